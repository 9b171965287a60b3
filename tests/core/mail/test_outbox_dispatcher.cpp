// The outbox dispatcher end to end: invitations created by the service, claimed, rendered,
// sent to a real aiosmtpd (STARTTLS + AUTH) and recorded, on SQLite and PostgreSQL.
#include "DispatcherTestSupport.h"
#include "SmtpTestServer.h"

#include "core/services/OrganizationService.h"
#include "core/storage/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kPublicUrl = QStringLiteral("https://invite.test");
const QString kMessage = QStringLiteral("Bienvenido <b>José</b> & \"co\"");
} // namespace

class TestOutboxDispatcher : public QObject {
    Q_OBJECT

    QTemporaryDir m_certs;
    SmtpTestServer m_tlsServer;   // STARTTLS + AUTH
    SmtpTestServer m_plainServer; // plain, for volume
    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_service;

    Invitation invite(const QString& email, const QString& language = QStringLiteral("es"))
    {
        NewInvitation in;
        in.email = email;
        in.firstName = QStringLiteral("José");
        in.lastName = QStringLiteral("Müller");
        in.type = QStringLiteral("doctor");
        in.message = kMessage;
        in.language = language;
        auto r = m_service->create(m_tree[QStringLiteral("admin")], in);
        if (!r)
            qFatal("create failed: %s", qPrintable(r.error().message));
        return r.value();
    }
    MailConfig tlsConfig() const
    {
        MailConfig c;
        c.url = m_tlsServer.url(QStringLiteral("mailer"));
        c.password = QStringLiteral("relay pass");
        c.publicUrl = QStringLiteral("https://not-this-one.example"); // rows carry their own
        return c;
    }
    MailConfig plainConfig(const SmtpTestServer& server) const
    {
        MailConfig c;
        c.url = server.url();
        return c;
    }
    QVariantMap outboxRow(const QString& invitationId,
                          const QString& kind = QStringLiteral("invitation"))
    {
        return row(m_db,
                   QStringLiteral("SELECT status, attempts, last_error, next_attempt_at, "
                                  "claimed_by, sent_at FROM email_outbox WHERE invitation_id = ? "
                                  "AND kind = ? ORDER BY created_at DESC"),
                   {invitationId, kind});
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY(m_certs.isValid());
        QVERIFY2(SmtpTestServer::makeCertificates(m_certs.path(), &error), qPrintable(error));
        SmtpTestServer::Options tls;
        tls.mode = SmtpTestServer::Mode::StartTls;
        tls.auth = QStringLiteral("mailer:relay pass");
        tls.certDir = m_certs.path();
        QVERIFY2(m_tlsServer.start(tls, &error), qPrintable(error));
        QVERIFY2(m_plainServer.start({}, &error), qPrintable(error));
    }

    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        ServiceConfig config;
        config.publicUrl = kPublicUrl;
        m_service = std::make_unique<InvitationService>(m_db, config);
    }

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

    void cancelWhileInFlightLeavesInvitationAlone()
    {
        const Invitation inv = invite(QStringLiteral("cancel.race@example.org"));
        QTemporaryDir dir;
        bool done = false;
        OutboxDispatcher dispatcher(m_db, MailConfig{});
        dispatcher.setTransportFactory([&]() -> Result<std::unique_ptr<MailTransport>> {
            return std::unique_ptr<MailTransport>(
                new HookTransport(std::make_unique<FileTransport>(dir.path()), [&] {
                    if (!done)
                        QVERIFY(m_service->cancel(m_tree["admin"], inv.id, QStringLiteral("race"))
                                    .ok());
                    done = true;
                }));
        });
        auto report = dispatcher.runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->sent, 1);
        QCOMPARE(report->overtaken, 1);
        QCOMPARE(report->remindersQueued, 0);
        QCOMPARE(invitationRow(m_db, inv.id).value("status").toString(),
                 QStringLiteral("cancelled"));
        const QVariantMap o = outboxRow(inv.id);
        QCOMPARE(o.value("status").toString(), QStringLiteral("cancelled"));
    }

    void resendWhileInFlightSendsTheNewLink()
    {
        const Invitation inv = invite(QStringLiteral("resend.race@example.org"));
        QTemporaryDir dir;
        bool resent = false;
        OutboxDispatcher dispatcher(m_db, MailConfig{});
        dispatcher.setTransportFactory([&]() -> Result<std::unique_ptr<MailTransport>> {
            return std::unique_ptr<MailTransport>(
                new HookTransport(std::make_unique<FileTransport>(dir.path()), [&] {
                    if (!resent) {
                        auto r = m_service->resend(m_tree["admin"], inv.id);
                        QVERIFY(r.ok());
                        resent = true;
                    }
                }));
        });
        auto report = dispatcher.runOnce();
        QVERIFY(report.ok());
        QCOMPARE(report->overtaken, 1);
        int sent = report->sent;
        // The new row is due at once; this run or the next sends it.
        if (sent < 2)
            sent += dispatcher.runOnce()->sent;
        QCOMPARE(sent, 2); // the old message went out, then the new one
        const QVariantMap i = invitationRow(m_db, inv.id);
        QCOMPARE(i.value("status").toString(), QStringLiteral("sent"));
        QString error;
        const QJsonArray files = SmtpTestServer::checkMail({dir.path()}, &error);
        QCOMPARE(files.size(), 2);
        // The old message's link was revoked by the resend (the mail went out anyway); the new
        // one is live.
        QStringList states;
        for (const auto& f : files) {
            const QStringList inMail = linkTokens(f.toObject().value("text").toString().toUtf8());
            QCOMPARE(inMail.size(), 1);
            const QVariantMap link = row(m_db,
                                         QStringLiteral("SELECT revoked_reason FROM "
                                                        "invitation_links WHERE token_hash = ?"),
                                         {tokens::hash(inMail.first())});
            QVERIFY(!link.isEmpty());
            states << (link.value("revoked_reason").isNull()
                           ? QStringLiteral("live")
                           : link.value("revoked_reason").toString());
        }
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("live"), QStringLiteral("resent")}));
        // Reminders follow the new message only.
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM email_outbox WHERE "
                                       "invitation_id = ? AND kind = 'reminder' AND "
                                       "status = 'queued'"),
                        {inv.id}),
                 2);
    }

    void expiredInvitationIsNotMailed()
    {
        const Invitation inv = invite(QStringLiteral("late@example.org"));
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("UPDATE user_invitations SET expires_at = ? WHERE id = ?"));
        q.addBindValue(m_db->timeValue(QDateTime::currentDateTimeUtc().addSecs(-60)));
        q.addBindValue(inv.id);
        QVERIFY(q.exec());
        QTemporaryDir dir;
        MailConfig c;
        c.url = QUrl::fromLocalFile(dir.path()).toString();
        auto report = OutboxDispatcher(m_db, c).runOnce();
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->sent, 0);
        QCOMPARE(QDir(dir.path()).entryList({"*.eml"}).size(), 0);
        const QVariantMap o = outboxRow(inv.id);
        QCOMPARE(o.value("status").toString(), QStringLiteral("cancelled"));
    }

    void leasesAreRespectedAndExpire()
    {
        const Invitation inv = invite(QStringLiteral("lease@example.org"));
        OutboxDeliveryRepository repo(m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto held = repo.claim(QStringLiteral("other-desk"), 10, false, now, now.addSecs(600));
        QCOMPARE(held->size(), 1);
        QTemporaryDir dir;
        MailConfig c;
        c.url = QUrl::fromLocalFile(dir.path()).toString();
        OutboxDispatcher dispatcher(m_db, c);
        QCOMPARE(dispatcher.runOnce(true)->claimed, 0); // a live lease is respected
        // The other desk died: its lease runs out and the row is taken over.
        QSqlQuery q(m_db->connection().value());
        q.prepare(
            QStringLiteral("UPDATE email_outbox SET claimed_until = ? WHERE invitation_id = ?"));
        q.addBindValue(m_db->timeValue(now.addSecs(-1)));
        q.addBindValue(inv.id);
        QVERIFY(q.exec());
        QCOMPARE(dispatcher.runOnce()->sent, 1);
        QCOMPARE(invitationRow(m_db, inv.id).value("status").toString(), QStringLiteral("sent"));
    }

    void concurrentDispatchersSendEachRowOnce()
    {
        QStringList emails;
        for (int i = 0; i < 40; ++i) {
            emails << QStringLiteral("many%1@example.org").arg(i);
            invite(emails.last());
        }
        const int before = m_plainServer.receivedCount();
        const MailConfig config = plainConfig(m_plainServer);
        auto work = [&](const QString& id) {
            DispatcherSettings s;
            s.batchSize = 5;
            s.dispatcherId = id;
            OutboxDispatcher d(m_db, config, s);
            auto r = d.runOnce();
            return r.ok() ? r->sent : -1;
        };
        QFuture<int> one = QtConcurrent::run(work, QStringLiteral("desk-1"));
        QFuture<int> two = QtConcurrent::run(work, QStringLiteral("desk-2"));
        const int sent = one.result() + two.result();
        QCOMPARE(sent, 40);
        QCOMPARE(m_plainServer.receivedCount(), before + 40);
        QSet<QString> recipients;
        const QJsonArray env = m_plainServer.envelopes();
        for (qsizetype k = before; k < env.size(); ++k)
            recipients.insert(env.at(k).toObject().value("rcpt_tos").toArray().at(0).toString());
        QCOMPARE(recipients.size(), 40); // no message twice
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM user_invitations WHERE status "
                                             "= 'sent' AND email LIKE 'many%'")),
                 40);
    }

    void fileTransportWithOrganisationBranding()
    {
        auto conn = m_db->connection();
        OrganizationRepository orgs(*m_db, conn.value());
        Organization org = orgs.findById(m_tree["admin"].organizationId).value().value();
        org.displayName = QStringLiteral("Acme Salud");
        org.senderAddress = QStringLiteral("invitaciones@acme.example");
        org.replyTo = QStringLiteral("Ayuda <ayuda@acme.example>");
        org.brandColor = QStringLiteral("#aa3300");
        QVERIFY(orgs.update(org).ok());
        const Invitation inv = invite(QStringLiteral("brand@example.org"));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/sub"));
        MailConfig c;
        c.url = QUrl::fromLocalFile(folder).toString();
        auto report = OutboxDispatcher(m_db, c).runOnce();
        QCOMPARE(report->sent, 1);
        QString error;
        const QJsonArray files = SmtpTestServer::checkMail({folder}, &error);
        QCOMPARE(files.size(), 1);
        const QJsonObject m = files.at(0).toObject();
        QCOMPARE(m.value("from_addresses").toArray().at(0).toString(),
                 QStringLiteral("invitaciones@acme.example"));
        QCOMPARE(m.value("from_names").toArray().at(0).toString(), QStringLiteral("Acme Salud"));
        QCOMPARE(m.value("reply_to").toString(), QStringLiteral("Ayuda <ayuda@acme.example>"));
        QVERIFY(m.value("subject").toString().contains(QStringLiteral("Acme Salud")));
        QVERIFY(m.value("html").toString().contains(QStringLiteral("#aa3300")));
        QCOMPARE(m.value("bare_lf").toInt(), 0);
        QCOMPARE(linkTokens(m.value("text").toString().toUtf8()).size(), 1);
    }

    void storedPublicUrlIsTheBaseOfEveryLink()
    {
        // A row queued before the admin stored the platform's address (with this desk's own)
        // and one queued after: both are rendered with the stored one, whatever the row or
        // the dispatcher's own setting says. Without a stored address, as before.
        const Invitation early = invite(QStringLiteral("early@example.org"), QStringLiteral("en"));
        OrganizationService org(m_db);
        QVERIFY(org.set(m_tree["admin"], QStringLiteral("public-url"),
                        QStringLiteral("https://invite.platform.example"))
                    .ok());
        const Invitation late = invite(QStringLiteral("late@example.org"), QStringLiteral("en"));
        QTemporaryDir dir;
        MailConfig c;
        c.url = QUrl::fromLocalFile(dir.path()).toString();
        c.publicUrl = QStringLiteral("https://desk.example");
        auto report = OutboxDispatcher(m_db, c).runOnce();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->sent, 2);
        QString error;
        QJsonArray files = SmtpTestServer::checkMail({dir.path()}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 2);
        for (const QJsonValue& f : std::as_const(files)) {
            const QString text = f.toObject().value("text").toString();
            QVERIFY2(text.contains(QStringLiteral("https://invite.platform.example/invite/")),
                     qPrintable(text));
            QVERIFY(!text.contains(kPublicUrl));
            QVERIFY(!text.contains(QStringLiteral("desk.example")));
        }
        Q_UNUSED(early);
        Q_UNUSED(late);

        QVERIFY(org.set(m_tree["admin"], QStringLiteral("public-url"), QString()).ok());
        invite(QStringLiteral("after@example.org"), QStringLiteral("en"));
        QTemporaryDir dir2;
        c.url = QUrl::fromLocalFile(dir2.path()).toString();
        report = OutboxDispatcher(m_db, c).runOnce();
        QCOMPARE(report->sent, 1);
        files = SmtpTestServer::checkMail({dir2.path()}, &error);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.at(0).toObject().value("text").toString().contains(kPublicUrl + "/invite/"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxDispatcher)
#include "test_outbox_dispatcher.moc"
