// No link token at rest (issue 11, finding 1), on both backends. The dispatcher mints each
// message's token when it renders it; the database keeps only hashes. After invite, the
// invitation e-mail, queued reminders and sent reminders, every token taken from the
// delivered messages is searched for in every column of every table (as text, as bytes and
// as its decoded 32 raw bytes): none is found, and every link still validates until the
// invitation is accepted, cancelled, resent or expires. An empty token from the generator
// refuses the run and changes nothing (small item 8a).
#include "DispatcherTestSupport.h"

#include "core/services/AcceptanceService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QSqlRecord>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestLinkTokens : public QObject, protected DispatcherFixture {
    Q_OBJECT

    std::unique_ptr<AcceptanceService> m_acceptance;
    std::shared_ptr<QList<OutgoingMail>> m_sent;

    // Every link token delivered so far, by recipient, oldest first.
    QHash<QString, QStringList> delivered() const
    {
        QHash<QString, QStringList> out;
        for (const OutgoingMail& m : std::as_const(*m_sent))
            out[m.recipient] << linkTokens(m.data);
        return out;
    }
    QStringList allTokens() const
    {
        QStringList out;
        for (const QStringList& t : delivered())
            out << t;
        return out;
    }

    // Every (table, column) of the schema, from the catalogue.
    QList<QPair<QString, QString>> columns() const
    {
        QList<QPair<QString, QString>> out;
        QSqlQuery q(m_db->connection().value());
        if (m_db->isPostgres()) {
            if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM "
                                       "information_schema.columns WHERE table_schema = "
                                       "current_schema() ORDER BY table_name, ordinal_position")))
                qFatal("catalogue: %s", qPrintable(q.lastError().text()));
            while (q.next())
                out.append({q.value(0).toString(), q.value(1).toString()});
            return out;
        }
        QStringList tables;
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            qFatal("catalogue: %s", qPrintable(q.lastError().text()));
        while (q.next())
            tables << q.value(0).toString();
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery info(m_db->connection().value());
            info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            while (info.next())
                out.append({table, info.value(1).toString()});
        }
        return out;
    }

    // Where the needle (a token, or its hash when looking for the positive control) shows up:
    // "table.column" for every stored value that holds it as text, as bytes, as the token's
    // raw 32 bytes or as their hex or standard base64 text.
    QStringList whereStored(const QString& token, bool hashOnly = false) const
    {
        const QByteArray raw = QByteArray::fromBase64(
            token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QList<QByteArray> needles;
        if (hashOnly) {
            needles << tokens::hash(token);
        } else {
            needles << token.toUtf8() << raw << raw.toHex() << raw.toBase64()
                    << raw.toBase64(QByteArray::Base64UrlEncoding);
        }
        QStringList found;
        QHash<QString, QStringList> byTable;
        for (const auto& [table, column] : columns())
            byTable[table] << column;
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
            QSqlQuery q(m_db->connection().value());
            QStringList quoted;
            for (const QString& c : it.value())
                quoted << QLatin1Char('"') + c + QLatin1Char('"');
            if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"")
                            .arg(quoted.join(QStringLiteral(", ")), it.key())))
                qFatal("scan %s: %s", qPrintable(it.key()), qPrintable(q.lastError().text()));
            while (q.next()) {
                for (int c = 0; c < it.value().size(); ++c) {
                    const QVariant v = q.value(c);
                    if (v.isNull())
                        continue;
                    const QByteArray bytes = v.typeId() == QMetaType::QByteArray
                                                 ? v.toByteArray()
                                                 : v.toString().toUtf8();
                    const QByteArray text = v.toString().toUtf8();
                    for (const QByteArray& n : std::as_const(needles)) {
                        if (bytes.contains(n) || text.contains(n) || text.contains(n.toHex())) {
                            found << it.key() + QLatin1Char('.') + it.value().at(c);
                            break;
                        }
                    }
                }
            }
        }
        found.removeDuplicates();
        return found;
    }

    void verifyNoTokenStored(const char* when)
    {
        const QStringList all = allTokens();
        QVERIFY2(!all.isEmpty(), when);
        for (const QString& token : all) {
            const QStringList found = whereStored(token);
            QVERIFY2(found.isEmpty(),
                     qPrintable(QStringLiteral("%1: a delivered token is stored "
                                               "in %2")
                                    .arg(QLatin1String(when), found.join(QStringLiteral(", ")))));
            // The scan does read every column: the token's hash is found, in the links table.
            QCOMPARE(whereStored(token, true),
                     QStringList{QStringLiteral("invitation_links.token_hash")});
        }
    }
    void verifyAllValid(const char* when)
    {
        for (const QString& token : allTokens()) {
            auto valid = m_acceptance->validate(token);
            QVERIFY2(valid.ok(), qPrintable(QLatin1String(when) + QLatin1String(": ") +
                                            (valid.ok() ? QString() : valid.error().describe())));
        }
    }

private slots:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_person.firstName = QStringLiteral("Lina");
        m_person.lastName = QStringLiteral("Link");
        startServices(
            QDateTime::fromString(QStringLiteral("2026-11-25T14:00:00.000Z"), Qt::ISODateWithMs),
            MailConfig{});
        m_acceptance = std::make_unique<AcceptanceService>(m_db, m_config);
        m_sent = std::make_shared<QList<OutgoingMail>>();
        m_dispatcher->setTransportFactory(
            [sink = m_sent]() -> Result<std::unique_ptr<MailTransport>> {
                return std::unique_ptr<MailTransport>(std::make_unique<MemoryTransport>(sink));
            });
    }

    void noTokenAtRestAndEveryLinkWorks()
    {
        const Invitation a = invite(QStringLiteral("ana.link@example.org"));
        const Invitation b = invite(QStringLiteral("bo.link@example.org"), QStringLiteral("admin"));
        // Invitation e-mails delivered, reminders queued.
        const DispatchReport first = runAt(m_t0);
        QCOMPARE(first.sent, 2);
        QCOMPARE(first.remindersQueued, 4);
        verifyNoTokenStored("after the invitation e-mails, reminders queued");
        verifyAllValid("after the invitation e-mails");
        // First reminders.
        QCOMPARE(runAt(m_t0.addDays(2).addSecs(60)).sent, 2);
        verifyNoTokenStored("after the first reminders");
        verifyAllValid("after the first reminders");
        // Second reminders.
        QCOMPARE(runAt(m_t0.addDays(6).addSecs(60)).sent, 2);
        verifyNoTokenStored("after the second reminders");
        verifyAllValid("after the second reminders");
        // Three messages each, three links each, all different.
        const auto links = delivered();
        QCOMPARE(links.value(a.email).size(), 3);
        QCOMPARE(links.value(b.email).size(), 3);
        const QStringList all = allTokens();
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 6);
        for (const QString& token : links.value(b.email))
            QCOMPARE(m_acceptance->validate(token)->id, b.id);
        // They all expire with the invitation.
        m_clock.now = a.expiresAt.addSecs(1);
        for (const QString& token : allTokens())
            QCOMPARE(m_acceptance->lookup(token)->state, AcceptanceState::Expired);
    }

    void cancelEndsEveryLink()
    {
        const Invitation inv = invite(QStringLiteral("cancel.link@example.org"));
        runAt(m_t0);
        runAt(m_t0.addDays(2).addSecs(60));
        QCOMPARE(allTokens().size(), 2);
        verifyAllValid("before the cancel");
        QVERIFY(
            m_service->cancel(m_tree[QStringLiteral("admin")], inv.id, QStringLiteral("no")).ok());
        for (const QString& token : allTokens()) {
            QCOMPARE(m_acceptance->lookup(token)->state, AcceptanceState::Cancelled);
            QCOMPARE(m_acceptance->validate(token).error().code, Error::Code::Gone);
        }
    }

    void acceptEndsEveryLink()
    {
        const Invitation inv = invite(QStringLiteral("accept.link@example.org"));
        runAt(m_t0);
        runAt(m_t0.addDays(2).addSecs(60));
        const QStringList links = allTokens();
        QCOMPARE(links.size(), 2);
        // Accepted through the reminder's link; the invitation e-mail's link ends with it.
        AcceptRequest request{
            links.last(), QStringLiteral("a long and unusual passphrase 7"), {}, {}, {}};
        auto user = m_acceptance->accept(request);
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().describe()));
        for (const QString& token : links) {
            QCOMPARE(m_acceptance->lookup(token)->state, AcceptanceState::Accepted);
            request.token = token;
            QCOMPARE(m_acceptance->accept(request).error().code, Error::Code::Gone);
        }
        QCOMPARE(runAt(m_t0.addDays(6).addSecs(60)).sent, 0); // no second reminder
    }

    void resendReplacesEveryEarlierLink()
    {
        const Invitation inv = invite(QStringLiteral("resend.link@example.org"));
        runAt(m_t0);
        runAt(m_t0.addDays(2).addSecs(60));
        const QStringList old = allTokens();
        QCOMPARE(old.size(), 2);
        m_clock.now = m_t0.addDays(3);
        QVERIFY(m_service->resend(m_tree[QStringLiteral("admin")], inv.id).ok());
        // Revoked at once, before the new message goes out.
        for (const QString& token : old)
            QCOMPARE(m_acceptance->lookup(token)->state, AcceptanceState::Replaced);
        QCOMPARE(runAt(m_t0.addDays(3)).sent, 1);
        const QString fresh = delivered().value(inv.email).last();
        QVERIFY(!old.contains(fresh));
        for (const QString& token : old) {
            QCOMPARE(m_acceptance->lookup(token)->state, AcceptanceState::Replaced);
            auto gone = m_acceptance->validate(token);
            QCOMPARE(gone.error().code, Error::Code::Gone);
            QVERIFY2(gone.error().message.contains(
                         QLatin1String("replaced by a newer invitation e-mail")),
                     qPrintable(gone.error().message));
            AcceptRequest request{
                token, QStringLiteral("a long and unusual passphrase 7"), {}, {}, {}};
            QCOMPARE(m_acceptance->accept(request).error().code, Error::Code::Gone);
        }
        QCOMPARE(m_acceptance->validate(fresh)->id, inv.id);
        verifyNoTokenStored("after the resend");
    }

    // Small item 8a: the path that mints tokens refuses when the generator gives nothing:
    // an internal error, nothing sent, nothing changed.
    void emptyTokenRefusesAndChangesNothing()
    {
        const Invitation inv = invite(QStringLiteral("no.random@example.org"));
        const QVariantMap before = invitationRow(m_db, inv.id);
        const qint64 audit = scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_events"));
        DispatcherSettings settings;
        settings.clock = m_clock.fn();
        settings.tokenSource = [] { return QString(); };
        OutboxDispatcher broken(m_db, MailConfig{}, settings);
        broken.setTransportFactory([sink = m_sent]() -> Result<std::unique_ptr<MailTransport>> {
            return std::unique_ptr<MailTransport>(std::make_unique<MemoryTransport>(sink));
        });
        auto run = broken.runOnce(true);
        QVERIFY(!run.ok());
        QCOMPARE(run.error().code, Error::Code::Internal);
        QVERIFY(m_sent->isEmpty());
        QCOMPARE(invitationRow(m_db, inv.id), before);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_events")), audit);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM invitation_links")), 0);
        const QVariantMap outbox =
            row(m_db,
                QStringLiteral("SELECT status, attempts, claimed_by, last_error FROM email_outbox "
                               "WHERE invitation_id = ?"),
                {inv.id});
        QCOMPARE(outbox.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(outbox.value("attempts").toInt(), 0);
        QVERIFY(outbox.value("claimed_by").isNull());
        QVERIFY(outbox.value("last_error").isNull());
        // A working generator then sends it as usual.
        QCOMPARE(runAt(m_t0).sent, 1);
        verifyAllValid("after the retry");
    }
};

QTEST_GUILESS_MAIN(TestLinkTokens)
#include "test_link_tokens.moc"
