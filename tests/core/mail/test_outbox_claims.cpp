// What the outbox dispatcher claims and how it meets changes: a cancel or resend while the
// message is in flight, an invitation expired before it was sent, another dispatcher's lease,
// two dispatchers at once (each row sent once). SQLite and PostgreSQL.
#include "OutboxDispatcherFixture.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace invitedesk;
using namespace invitedesk::test;

class TestOutboxClaims : public OutboxRelayTest {
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestOutboxClaims)
#include "test_outbox_claims.moc"
