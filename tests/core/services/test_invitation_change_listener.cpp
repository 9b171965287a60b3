// Live desks on PostgreSQL: every committed invitation change, from any connection, reaches a
// listening desk's feed as ids (changes), a count (new rows) or "read everything" (a bulk
// statement, or a connection that came back); a rolled-back change announces nothing. The
// listener connects and reconnects on its own thread, backing off: a server that does not
// answer never holds the thread that created it (the window). SQLite has nothing to listen to.
#include "InvitationServiceFixture.h"

#include "core/services/BackendServices.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/InvitationChangeListener.h"
#include "core/services/ReconnectBackoff.h"
#include "tests/support/TcpRelay.h"
#include "tests/support/TestDatabase.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
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
        // start() returns at once; the listener's thread connects and subscribes.
        QTRY_VERIFY_WITH_TIMEOUT(m_listener->isListening(), 10000);
    }

    // The test database through a relay the test can make go away.
    DatabasePtr openThrough(const TcpRelay& relay)
    {
        QUrl url(qEnvironmentVariable("INVITEDESK_TEST_PG_URL"));
        url.setPort(relay.port());
        url.setPath(QLatin1Char('/') + m_db->url().database);
        auto db = Database::open(url.toString());
        if (!db)
            qWarning() << db.error().describe();
        return db ? db.value() : nullptr;
    }

    // A listener of its own, connected through a relay the test can break or make refuse.
    struct RelayedListener {
        RelayedListener(const QString& host, quint16 port) : relay(host, port) {}
        TcpRelay relay;
        DatabasePtr db;
        InvitationChangeFeed feed;
        std::unique_ptr<InvitationChangeListener> listener;
    };
    std::unique_ptr<RelayedListener> relayedListener(int firstDelayMs, int maxDelayMs)
    {
        auto r = std::make_unique<RelayedListener>(m_db->url().host, quint16(m_db->url().port));
        if (r->relay.port() == 0 || !(r->db = openThrough(r->relay)))
            return nullptr;
        r->listener = std::make_unique<InvitationChangeListener>(
            *BackendServices::wrap(r->db, ServiceConfig{}), &r->feed);
        r->listener->setWatchInterval(100);
        r->listener->setReconnectDelays(firstDelayMs, maxDelayMs);
        return r;
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

    void backoffSchedule_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("cap");
        QTest::addColumn<QList<int>>("waits");
        QTest::newRow("defaults: 1 s doubling to 30 s")
            << ReconnectBackoff::defaultFirstMs << ReconnectBackoff::defaultCapMs
            << QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000};
        QTest::newRow("injected") << 50 << 200 << QList<int>{50, 100, 200, 200};
        QTest::newRow("cap below first") << 500 << 100 << QList<int>{500, 500};
        QTest::newRow("no wait is at least 1 ms") << 0 << 5 << QList<int>{1, 2, 4, 5, 5};
        QTest::newRow("no overflow")
            << 0x40000000 << 0x7fffffff << QList<int>{0x40000000, 0x7fffffff, 0x7fffffff};
    }

    void backoffSchedule()
    {
        QFETCH(int, first);
        QFETCH(int, cap);
        QFETCH(QList<int>, waits);
        ReconnectBackoff backoff(first, cap);
        QList<int> seen;
        for (int i = 0; i < waits.size(); ++i)
            seen << backoff.next();
        QCOMPARE(seen, waits);
        backoff.reset(); // a success: from the first wait again
        QCOMPARE(backoff.next(), waits.first());
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
             QStringLiteral("INSERT INTO user_invitations (id, email, first_name, last_name, "
                            "invitation_type, role_name, status, organization_id, invited_by_id, "
                            "parent_user_id, expires_at, validity_days, created_at, "
                            "updated_at) SELECT gen_random_uuid(), 'n' || g || '@example.com', "
                            "first_name, last_name, invitation_type, role_name, status, "
                            "organization_id, invited_by_id, parent_user_id, "
                            "expires_at, validity_days, "
                            "created_at, updated_at FROM user_invitations u, "
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

    // The listener's reconnects wait first, 2 × first … up to the cap; a success starts over.
    void reconnectsBackOff()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        const auto relayed = relayedListener(20, 80);
        QVERIFY(relayed);
        TcpRelay& relay = relayed->relay;
        InvitationChangeFeed& feed = relayed->feed;
        InvitationChangeListener& listener = *relayed->listener;
        QSignalSpy retries(&listener, &InvitationChangeListener::reconnectScheduled);
        QSignalSpy all(&feed, &InvitationChangeFeed::everythingChanged);
        QVERIFY(listener.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 10000);
        QCOMPARE(retries.size(), 0);
        // The server turns every connection away at once.
        relay.setMode(TcpRelay::Mode::Refuse);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(retries.size() >= 5, 10000);
        QList<int> waits;
        for (int i = 0; i < 5; ++i)
            waits << retries.at(i).at(0).toInt();
        QCOMPARE(waits, (QList<int>{20, 40, 80, 80, 80}));
        QVERIFY(!listener.isListening());
        QCOMPARE(all.size(), 0);
        relay.setMode(TcpRelay::Mode::Forward);
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 10000);
        QCOMPARE(all.size(), 1); // once: what changed while away was not heard
        // Lost again: the waits start over.
        retries.clear();
        relay.setMode(TcpRelay::Mode::Refuse);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!retries.isEmpty(), 10000);
        QCOMPARE(retries.first().at(0).toInt(), 20);
        listener.stop();
        QVERIFY(!listener.isListening());
    }

    // The server accepts connections and never answers (libpq waits connect_timeout, 10 s, for
    // each): the listener's attempts wait on its thread while this thread's event loop keeps
    // turning; when the server is back, the listener is too, and the feed reads everything.
    void windowTurnsWhileTheServerDoesNotAnswer()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        const auto relayed = relayedListener(100, 400);
        QVERIFY(relayed);
        TcpRelay& relay = relayed->relay;
        InvitationChangeFeed& feed = relayed->feed;
        InvitationChangeListener& listener = *relayed->listener;
        QSignalSpy listening(&listener, &InvitationChangeListener::listeningChanged);
        QSignalSpy all(&feed, &InvitationChangeFeed::everythingChanged);
        QSignalSpy changed(&feed, &InvitationChangeFeed::invitationsChanged);
        QVERIFY(listener.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 10000);
        relay.setMode(TcpRelay::Mode::Hold);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!listener.isListening(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(relay.heldCount() == 1, 5000); // an attempt waits for an answer

        // A 50 ms tick on this thread while the attempt waits.
        QElapsedTimer clock;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(50);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.restart());
            ++ticks;
        });
        clock.start();
        tick.start();
        QTest::qWait(2000);
        tick.stop();
        QVERIFY2(relay.heldCount() == 1, "the attempt stopped waiting: nothing was measured");
        QVERIFY2(longestGap < 500,
                 qPrintable(QStringLiteral("this thread stood still for %1 ms").arg(longestGap)));
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("%1 ticks in 2 s").arg(ticks)));
        QVERIFY(!listener.isListening());
        QCOMPARE(all.size(), 0);

        // The server is back (the waiting attempt fails at once; the next one gets through).
        relay.setMode(TcpRelay::Mode::Forward);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(listener.isListening(), 15000);
        QCOMPARE(all.size(), 1);
        QCOMPARE(listening.first().at(0).toBool(), true);
        QCOMPARE(listening.last().at(0).toBool(), true);
        // And changes arrive again.
        const QString id = createInvitation(QStringLiteral("back@example.com"));
        QVERIFY(m_service->cancel(m_tree["sales1"], id, QStringLiteral("typo")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    }

    // stop() ends the thread and waits for it, not for the next attempt; nothing the thread
    // heard reaches the feed afterwards; start() again listens again.
    void stopEndsTheThread()
    {
        if (!postgres())
            QSKIP("SQLite run: nothing to listen to");
        QSignalSpy listening(m_listener.get(), &InvitationChangeListener::listeningChanged);
        QSignalSpy changed(m_feed.get(), &InvitationChangeFeed::invitationsChanged);
        m_listener->stop();
        QCOMPARE(listening.size(), 1);
        QCOMPARE(listening.first().at(0).toBool(), false);
        QVERIFY(!m_listener->isListening());
        const QString id = createInvitation(QStringLiteral("stopped@example.com"));
        QVERIFY(m_service->cancel(m_tree["sales1"], id, QStringLiteral("typo")).ok());
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
        // Started again: listening again.
        QVERIFY(m_listener->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_listener->isListening(), 10000);

        // Stopped while it waits to try again (a minute): stop() does not wait for that.
        const auto relayed = relayedListener(60000, 60000);
        QVERIFY(relayed);
        InvitationChangeListener& refused = *relayed->listener;
        QSignalSpy retries(&refused, &InvitationChangeListener::reconnectScheduled);
        relayed->relay.setMode(TcpRelay::Mode::Refuse);
        QVERIFY(refused.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(!retries.isEmpty(), 10000);
        QElapsedTimer clock;
        clock.start();
        refused.stop();
        QVERIFY(!refused.isListening());
        QVERIFY2(clock.elapsed() < 2000, "stop() waited for the next attempt");
    }
};

QTEST_GUILESS_MAIN(TestInvitationChangeListener)
#include "test_invitation_change_listener.moc"
