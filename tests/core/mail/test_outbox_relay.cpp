// The outbox dispatcher against a real aiosmtpd (STARTTLS + AUTH): invitations created by the
// service, claimed, rendered, sent and recorded, and what the relay's answers do (refusal,
// deferral, attempts exhausted, backoff, the relay down), on SQLite and PostgreSQL.
#include "OutboxDispatcherFixture.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestOutboxRelay : public OutboxRelayTest {
    Q_OBJECT

private slots:
    void threeInvitationsToJoseOverStartTls()
    {
        QList<Invitation> invs;
        for (int i = 0; i < 3; ++i)
            invs << invite(QStringLiteral("jose.muller%1@example.org").arg(i));
        const int before = m_tlsServer.receivedCount();
        OutboxDispatcher dispatcher(m_db, tlsConfig());
        auto report = dispatcher.runOnce();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY2(report->relayError.isEmpty(), qPrintable(report->relayError));
        QCOMPARE(report->claimed, 3);
        QCOMPARE(report->sent, 3);
        QCOMPARE(report->remindersQueued, 6);
        QCOMPARE(m_tlsServer.receivedCount(), before + 3);

        QString error;
        const QJsonArray got = m_tlsServer.received(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray envelopes = m_tlsServer.envelopes();
        for (const Invitation& inv : invs) {
            const QVariantMap i = invitationRow(m_db, inv.id);
            QCOMPARE(i.value("status").toString(), QStringLiteral("sent"));
            QVERIFY(!i.value("sent_at").isNull());
            QVERIFY(!i.value("last_sent_at").isNull());
            QCOMPARE(i.value("email_delivery_status").toString(), QStringLiteral("sent"));
            QCOMPARE(i.value("email_attempts").toInt(), 1);
            QVERIFY(i.value("last_email_error").toString().isEmpty());
            const QVariantMap o = outboxRow(inv.id);
            QCOMPARE(o.value("status").toString(), QStringLiteral("sent"));
            QVERIFY(o.value("claimed_by").isNull());
            QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("mail.sent")), 1);
            QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("reminder.queued")), 1);
            // The reminders are queued; each gets a link of its own when it goes out.
            QCOMPARE(scalar(m_db,
                            QStringLiteral("SELECT count(*) FROM email_outbox WHERE invitation_id "
                                           "= ? AND kind = 'reminder' AND status = 'queued'"),
                            {inv.id}),
                     2);

            // What arrived, read by Python's email package.
            QJsonObject m;
            for (const auto& v : got) {
                if (v.toObject().value("to_addresses").toArray().at(0).toString() == inv.email)
                    m = v.toObject();
            }
            QVERIFY2(!m.isEmpty(), qPrintable(inv.email));
            QCOMPARE(m.value("defects").toArray().size(), 0);
            QCOMPARE(m.value("to_names").toArray().at(0).toString(), QStringLiteral("José Müller"));
            QCOMPARE(m.value("subject").toString(),
                     QStringLiteral("admin Fixture le invita a unirse a Fixture Org como médico"));
            QCOMPARE(m.value("from_addresses").toArray().at(0).toString(),
                     QStringLiteral("no-reply@invite.test"));
            QCOMPARE(m.value("part_types").toArray().size(), 3);
            const QStringList inMail = linkTokens(m.value("text").toString().toUtf8());
            QCOMPARE(inMail.size(), 1);
            // Only the link's hash is kept, as the invitation's live link.
            QCOMPARE(scalar(m_db,
                            QStringLiteral("SELECT count(*) FROM invitation_links WHERE "
                                           "invitation_id = ? AND token_hash = ? AND "
                                           "kind = 'invitation' AND revoked_at IS NULL"),
                            {inv.id, tokens::hash(inMail.first())}),
                     1);
            const QString link = kPublicUrl + QStringLiteral("/invite/") + inMail.first();
            QVERIFY(m.value("text").toString().contains(link));
            QVERIFY(m.value("text").toString().contains(kMessage));
            QVERIFY(m.value("html").toString().contains(QStringLiteral("href=\"%1\"").arg(link)));
            QVERIFY(m.value("html").toString().contains(
                QStringLiteral("Bienvenido &lt;b&gt;José&lt;/b&gt; &amp; &quot;co&quot;")));
            QVERIFY(m.value("max_line").toInt() <= 998);
        }
        // One TLS connection for the three.
        for (qsizetype k = envelopes.size() - 3; k < envelopes.size(); ++k) {
            QVERIFY(envelopes.at(k).toObject().value("tls").toBool());
            QCOMPARE(envelopes.at(k).toObject().value("peer_port"),
                     envelopes.last().toObject().value("peer_port"));
        }
        // Nothing is left to do.
        auto again = dispatcher.runOnce(true);
        QVERIFY(again.ok());
        QCOMPARE(again->claimed, 0);
    }

    void rejection550FailsWithTheServersWords()
    {
        const Invitation inv = invite(QStringLiteral("reject.jose@example.org"));
        OutboxDispatcher dispatcher(m_db, tlsConfig());
        auto report = dispatcher.runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->failed, 1);
        const QVariantMap i = invitationRow(m_db, inv.id);
        QCOMPARE(i.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(i.value("email_delivery_status").toString(), QStringLiteral("failed"));
        QCOMPARE(i.value("last_email_error").toString(), QStringLiteral("550 5.1.1 no such user"));
        QCOMPARE(i.value("email_attempts").toInt(), 1);
        const QVariantMap o = outboxRow(inv.id);
        QCOMPARE(o.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("mail.failed")), 1);
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM email_outbox WHERE "
                                       "invitation_id = ? AND kind = 'reminder'"),
                        {inv.id}),
                 0);
    }

    void deferral451RetriesLater()
    {
        const Invitation inv = invite(QStringLiteral("defer.jose@example.org"));
        DispatcherSettings settings;
        settings.jitter = [] { return 0.5; }; // no jitter: exactly the base delay
        OutboxDispatcher dispatcher(m_db, tlsConfig(), settings);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        auto report = dispatcher.runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->deferred, 1);
        QVariantMap i = invitationRow(m_db, inv.id);
        QCOMPARE(i.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(i.value("email_delivery_status").toString(), QStringLiteral("deferred"));
        QCOMPARE(i.value("email_attempts").toInt(), 1);
        QCOMPARE(i.value("last_email_error").toString(),
                 QStringLiteral("451 4.3.0 mailbox busy, try again later"));
        QVariantMap o = outboxRow(inv.id);
        QCOMPARE(o.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(o.value("attempts").toInt(), 1);
        QVERIFY(o.value("claimed_by").isNull()); // released at the end of the run
        // The link was committed before the message left; the retry mints another.
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM invitation_links WHERE "
                                       "invitation_id = ?"),
                        {inv.id}),
                 1);
        const QDateTime next = Database::readTime(o.value("next_attempt_at"));
        QVERIFY2(next >= start.addSecs(59) && next <= QDateTime::currentDateTimeUtc().addSecs(61),
                 qPrintable(next.toString(Qt::ISODateWithMs)));
        QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("mail.deferred")), 1);

        // Not due yet; --due-now treats it as due.
        QCOMPARE(dispatcher.runOnce(false)->claimed, 0);
        auto dueNow = dispatcher.runOnce(true);
        QCOMPARE(dueNow->claimed, 1);
        QCOMPARE(dueNow->deferred, 1);
        QCOMPARE(invitationRow(m_db, inv.id).value("email_attempts").toInt(), 2);
        QCOMPARE(outboxRow(inv.id).value("attempts").toInt(), 2);
    }

    void attemptsExhaustedFail()
    {
        const Invitation inv = invite(QStringLiteral("defer.again@example.org"));
        DispatcherSettings settings;
        settings.maxAttempts = 2;
        OutboxDispatcher dispatcher(m_db, tlsConfig(), settings);
        QCOMPARE(dispatcher.runOnce()->deferred, 1);
        QCOMPARE(dispatcher.runOnce(true)->failed, 1);
        const QVariantMap i = invitationRow(m_db, inv.id);
        QCOMPARE(i.value("status").toString(), QStringLiteral("failed"));
        QCOMPARE(i.value("email_attempts").toInt(), 2);
        QCOMPARE(i.value("last_email_error").toString(),
                 QStringLiteral("451 4.3.0 mailbox busy, try again later"));
    }

    void backoffGrowsAndIsCapped()
    {
        DispatcherSettings s;
        s.jitter = [] { return 0.5; };
        s.baseBackoffSeconds = 60;
        s.maxBackoffSeconds = 3600;
        OutboxDispatcher d(m_db, MailConfig{}, s);
        QCOMPARE(d.backoffSeconds(1), 60);
        QCOMPARE(d.backoffSeconds(2), 120);
        QCOMPARE(d.backoffSeconds(4), 480);
        QCOMPARE(d.backoffSeconds(20), 3600);
        s.jitter = [] { return 0.0; };
        QCOMPARE(OutboxDispatcher(m_db, MailConfig{}, s).backoffSeconds(1), 48);
        s.jitter = [] { return 0.999999; };
        QVERIFY(OutboxDispatcher(m_db, MailConfig{}, s).backoffSeconds(1) <= 72);
    }

    void relayDownLosesNothing()
    {
        SmtpTestServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const int port = server.port();
        const MailConfig config = plainConfig(server);
        server.stop();
        const Invitation a = invite(QStringLiteral("down.a@example.org"));
        const Invitation b = invite(QStringLiteral("down.b@example.org"));
        OutboxDispatcher dispatcher(m_db, config);
        auto down = dispatcher.runOnce();
        QVERIFY(down.ok());
        QVERIFY2(down->relayError.contains(QStringLiteral("refused the connection")),
                 qPrintable(down->relayError));
        QCOMPARE(down->sent, 0);
        QCOMPARE(down->released, 2);
        for (const Invitation& inv : {a, b}) {
            QCOMPARE(invitationRow(m_db, inv.id).value("status").toString(),
                     QStringLiteral("pending"));
            QCOMPARE(invitationRow(m_db, inv.id).value("email_attempts").toInt(), 0);
            const QVariantMap o = outboxRow(inv.id);
            QCOMPARE(o.value("status").toString(), QStringLiteral("queued"));
            QCOMPARE(o.value("attempts").toInt(), 0);
            QVERIFY(o.value("claimed_by").isNull()); // nothing waits on our lease
        }
        SmtpTestServer::Options again;
        again.port = port;
        QVERIFY2(server.start(again, &error), qPrintable(error));
        auto back = dispatcher.runOnce();
        QVERIFY(back.ok());
        QCOMPARE(back->sent, 2);
        QCOMPARE(server.receivedCount(), 2);
        QCOMPARE(invitationRow(m_db, a.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(invitationRow(m_db, b.id).value("status").toString(), QStringLiteral("sent"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxRelay)
#include "test_outbox_relay.moc"
