// Live desks on PostgreSQL: every committed invitation change, from any connection, reaches a
// listening desk's feed as ids (changes), a count (new rows) or "read everything" (a bulk
// statement, or a connection that came back); a rolled-back change announces nothing. SQLite
// has nothing to listen to.
#include "InvitationServiceFixture.h"

#include "core/services/BackendServices.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/InvitationChangeListener.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace invitedesk;
using namespace invitedesk::test;

using Kind = InvitationChangeListener::Message::Kind;
Q_DECLARE_METATYPE(Kind)

class TestInvitationChangeListener : public InvitationServiceFixture {
    Q_OBJECT

    std::unique_ptr<InvitationChangeFeed> m_feed;
    std::unique_ptr<InvitationChangeListener> m_listener;

    bool postgres() const { return TestDatabase::backend() == Backend::Postgres; }

    void startListening()
    {
        m_feed = std::make_unique<InvitationChangeFeed>();
        const BackendPtr backend = BackendServices::wrap(m_db, ServiceConfig{});
        m_listener = std::make_unique<InvitationChangeListener>(*backend, m_feed.get());
        auto r = m_listener->start();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QVERIFY(m_listener->isListening());
    }

    QString createInvitation(const QString& email)
    {
        auto inv = m_service->create(m_tree["sales1"], request(email, QStringLiteral("doctor")));
        return inv ? inv->id : QString();
    }

private slots:
    void init()
    {
        setUpFixture();
        if (!postgres())
            return;
        startListening();
    }

    void cleanup()
    {
        m_listener.reset();
        m_feed.reset();
    }

    void parse_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("count");
        const QString a = QStringLiteral("0d9b0c52-43a4-4c52-9d2a-0f3ad1a8e0a1");
        const QString b = QStringLiteral("7f7c0e7e-1f6e-4a55-8c7a-3c0b59a2d9b2");
        QTest::newRow("one id") << (QStringLiteral("u:") + a) << Kind::Changed << QStringList{a}
                                << 0;
        QTest::newRow("two ids") << QStringLiteral("u:%1,%2").arg(a, b) << Kind::Changed
                                 << QStringList{a, b} << 0;
        QTest::newRow("garbage among ids")
            << QStringLiteral("u:%1,not-an-id,").arg(a) << Kind::Changed << QStringList{a} << 0;
        QTest::newRow("only garbage")
            << QStringLiteral("u:x,y") << Kind::Unknown << QStringList{} << 0;
        QTest::newRow("everything") << QStringLiteral("u:*") << Kind::All << QStringList{} << 0;
        QTest::newRow("added") << QStringLiteral("i:3:4711") << Kind::Added << QStringList{} << 3;
        QTest::newRow("added, no pid")
            << QStringLiteral("i:2") << Kind::Added << QStringList{} << 2;
        QTest::newRow("added nothing")
            << QStringLiteral("i:0") << Kind::Unknown << QStringList{} << 0;
        QTest::newRow("other") << QStringLiteral("hello") << Kind::Unknown << QStringList{} << 0;
    }

    void parse()
    {
        QFETCH(QString, payload);
        QFETCH(Kind, kind);
        QFETCH(QStringList, ids);
        QFETCH(int, count);
        const auto m = InvitationChangeListener::parse(payload);
        QCOMPARE(m.kind, kind);
        QCOMPARE(m.ids, ids);
        QCOMPARE(m.count, count);
    }

    void sqliteHasNothingToListenTo()
    {
        if (postgres())
            QSKIP("PostgreSQL run: see the other cases");
        InvitationChangeFeed feed;
        const BackendPtr backend = BackendServices::wrap(m_db, ServiceConfig{});
        InvitationChangeListener listener(*backend, &feed);
        auto r = listener.start();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY(!listener.isListening());
    }

    void newAndChangedInvitationsArrive()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        QSignalSpy added(m_feed.get(), &InvitationChangeFeed::invitationsAdded);
        QSignalSpy changed(m_feed.get(), &InvitationChangeFeed::invitationsChanged);
        // Added by this process (the desk's own create): it already shows, nothing to say.
        const QString id = createInvitation(QStringLiteral("live@example.com"));
        QVERIFY(!id.isEmpty());
        // Added by another process (psql here; another desk or an import elsewhere): the desk
        // is told how many.
        QUrl url(qEnvironmentVariable("INVITEDESK_TEST_PG_URL"));
        url.setPath(QLatin1Char('/') + m_db->url().database);
        QProcess psql;
        psql.start(
            qEnvironmentVariable("INVITEDESK_TEST_PG_BIN") + QStringLiteral("/psql"),
            {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), url.toString(),
             QStringLiteral("-c"),
             QStringLiteral("INSERT INTO user_invitations SELECT (jsonb_populate_record("
                            "NULL::user_invitations, to_jsonb(u) || jsonb_build_object('id', "
                            "gen_random_uuid(), 'email', 'n' || g || '@example.com', 'token_hash', "
                            "sha256(random()::text::bytea)))).* FROM user_invitations u, "
                            "generate_series(1, 2) g WHERE u.id = '%1'")
                 .arg(id)});
        QVERIFY(psql.waitForFinished(30000));
        QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).toInt(), 2);
        QVERIFY(m_service->cancel(m_tree["sales1"], id, QStringLiteral("typo")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        // The cancel is one transaction: its statements' ids arrive, and only this id.
        QStringList seen;
        for (const auto& args : std::as_const(changed))
            seen << args.at(0).toStringList();
        seen.removeDuplicates();
        QCOMPARE(seen, QStringList{id});
    }

    void rolledBackChangeAnnouncesNothing()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        const QString id = createInvitation(QStringLiteral("rollback@example.com"));
        QSignalSpy changed(m_feed.get(), &InvitationChangeFeed::invitationsChanged);
        QSignalSpy added(m_feed.get(), &InvitationChangeFeed::invitationsAdded);
        QTest::qWait(300); // the create's own announcement
        changed.clear();
        added.clear();
        auto other = m_db->extraConnection(QStringLiteral("rollback"));
        QVERIFY(other.ok());
        QSqlDatabase conn = other.value();
        QVERIFY(conn.transaction());
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE user_invitations SET first_name = 'Kim' WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(conn.rollback());
        // Then a committed change on the same connection: only that one arrives.
        q.prepare(QStringLiteral("UPDATE user_invitations SET first_name = 'Lee' WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QTest::qWait(200);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(added.size(), 0);
        m_db->closeExtraConnection(QStringLiteral("rollback"));
    }

    void bulkStatementAsksForEverything()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        for (int i = 0; i < 101; ++i)
            QVERIFY(!createInvitation(QStringLiteral("bulk%1@example.com").arg(i)).isEmpty());
        QSignalSpy all(m_feed.get(), &InvitationChangeFeed::everythingChanged);
        QSignalSpy changed(m_feed.get(), &InvitationChangeFeed::invitationsChanged);
        QTest::qWait(300);
        changed.clear();
        QSqlQuery q(m_db->connection().value());
        QVERIFY2(q.exec(QStringLiteral("UPDATE user_invitations SET first_name = 'Sam'")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 101);
        QTRY_COMPARE_WITH_TIMEOUT(all.size(), 1, 5000);
        QCOMPARE(changed.size(), 0); // no payload of 101 ids
    }

    void connectionLostAndBack()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        QSignalSpy listening(m_listener.get(), &InvitationChangeListener::listeningChanged);
        QSignalSpy all(m_feed.get(), &InvitationChangeFeed::everythingChanged);
        QSignalSpy changed(m_feed.get(), &InvitationChangeFeed::invitationsChanged);
        m_listener->setWatchInterval(100);
        // The server ends every other session of this database (a restart, as desks see it).
        QSqlQuery q(m_db->connection().value());
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = current_database() AND pid <> pg_backend_pid()")),
                 qPrintable(q.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(listening.size() >= 2, 10000);
        QCOMPARE(listening.first().at(0).toBool(), false);
        QCOMPARE(listening.last().at(0).toBool(), true);
        QVERIFY(m_listener->isListening());
        QVERIFY(all.size() >= 1); // what happened while away was not announced
        const QString id = createInvitation(QStringLiteral("after@example.com"));
        QVERIFY(m_service->cancel(m_tree["sales1"], id, QStringLiteral("typo")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestInvitationChangeListener)
#include "test_invitation_change_listener.moc"
