// Reminders: when they are planned, that they go out through the outbox with the same
// link, and never for cancelled, accepted or expired invitations. Both backends.
#include "DispatcherTestSupport.h"
#include "SmtpTestServer.h"

#include "core/mail/ReminderScheduler.h"
#include "core/services/AcceptanceService.h"
#include "core/storage/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestReminders : public QObject, protected DispatcherFixture {
    Q_OBJECT

    QStringList reminderStatuses(const QString& invitationId)
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT status FROM email_outbox WHERE invitation_id = ? "
                                 "AND kind = 'reminder' ORDER BY next_attempt_at"));
        q.addBindValue(invitationId);
        q.exec();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QJsonArray files()
    {
        QString error;
        return SmtpTestServer::checkMail({m_dir->path()}, &error);
    }

private slots:
    void schedule_data()
    {
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("afterDays");
        QTest::addColumn<int>("beforeDays");
        QTest::addColumn<int>("expiryHours");
        QTest::addColumn<int>("alreadySent");
        QTest::addColumn<QList<int>>("expectedHours"); // after sending
        QTest::newRow("default") << true << 2 << 1 << 7 * 24 << 0 << QList<int>{48, 144};
        QTest::newRow("off") << false << 2 << 1 << 7 * 24 << 0 << QList<int>{};
        QTest::newRow("short expiry") << true << 2 << 1 << 48 << 0 << QList<int>{24};
        QTest::newRow("one day") << true << 2 << 1 << 24 << 0 << QList<int>{};
        QTest::newRow("one already sent") << true << 2 << 1 << 7 * 24 << 1 << QList<int>{144};
        QTest::newRow("two already sent") << true << 2 << 1 << 7 * 24 << 2 << QList<int>{};
        QTest::newRow("crossing") << true << 5 << 3 << 7 * 24 << 0 << QList<int>{96};
        QTest::newRow("long expiry") << true << 3 << 2 << 30 * 24 << 0 << QList<int>{72, 28 * 24};
    }
    void schedule()
    {
        QFETCH(bool, enabled);
        QFETCH(int, afterDays);
        QFETCH(int, beforeDays);
        QFETCH(int, expiryHours);
        QFETCH(int, alreadySent);
        QFETCH(QList<int>, expectedHours);
        Organization org;
        org.remindersEnabled = enabled;
        org.reminderAfterDays = afterDays;
        org.reminderBeforeExpiryDays = beforeDays;
        const QDateTime sent(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const auto times =
            ReminderScheduler::schedule(org, sent, sent.addSecs(expiryHours * 3600), alreadySent);
        QList<int> hours;
        for (const QDateTime& t : times)
            hours << int(sent.secsTo(t) / 3600);
        QCOMPARE(hours, expectedHours);
    }

    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) == "schedule")
            return;
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_person.firstName = QStringLiteral("José");
        m_person.lastName = QStringLiteral("Müller");
        m_person.language = QStringLiteral("en");
        startServices(QDateTime::currentDateTimeUtc());
    }

    void twoRemindersEachWithALinkOfItsOwn()
    {
        const Invitation inv = invite(QStringLiteral("remind.me@example.org"));
        QCOMPARE(runAt(m_t0).sent, 1);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"queued", "queued"}));
        QCOMPARE(runAt(m_t0.addDays(1)).claimed, 0);
        const DispatchReport first = runAt(m_t0.addDays(2).addSecs(60));
        QCOMPARE(first.sent, 1);
        QCOMPARE(invitationRow(m_db, inv.id).value("reminder_count").toInt(), 1);
        QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("reminder.sent")), 1);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"sent", "queued"}));
        QCOMPARE(runAt(m_t0.addDays(6).addSecs(60)).sent, 1);
        QCOMPARE(invitationRow(m_db, inv.id).value("reminder_count").toInt(), 2);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"sent", "sent"}));
        QCOMPARE(runAt(m_t0.addDays(8)).claimed, 0);
        // The invitation stays 'sent'; the reminder does not touch its delivery record.
        QCOMPARE(invitationRow(m_db, inv.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(invitationRow(m_db, inv.id).value("email_attempts").toInt(), 1);

        const QJsonArray mails = files();
        QCOMPARE(mails.size(), 3);
        int reminders = 0;
        QSet<QString> links;
        for (const auto& m : mails) {
            const QJsonObject o = m.toObject();
            const QStringList inMail = linkTokens(o.value("text").toString().toUtf8());
            QCOMPARE(inMail.size(), 1);
            links.insert(inMail.first());
            QVERIFY(o.value("text").toString().contains(
                QStringLiteral("https://invite.test/invite/") + inMail.first()));
            if (o.value("subject").toString().startsWith(QStringLiteral("Reminder:"))) {
                ++reminders;
                QVERIFY(o.value("text").toString().contains(
                    QStringLiteral("as a sales representative")));
                QCOMPARE(o.value("to_names").toArray().at(0).toString(),
                         QStringLiteral("José Müller"));
            }
        }
        QCOMPARE(reminders, 2);
        // Three links, each live as long as the invitation is open.
        QCOMPARE(links.size(), 3);
        m_clock.now = m_t0.addDays(6).addSecs(120);
        ServiceConfig config;
        config.clock = m_clock.fn();
        AcceptanceService acceptance(m_db, config);
        for (const QString& token : std::as_const(links)) {
            auto valid = acceptance.validate(token);
            QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().describe()));
            QCOMPARE(valid->id, inv.id);
        }
    }

    void noReminderAfterCancel()
    {
        const Invitation inv = invite(QStringLiteral("cancel.me@example.org"));
        QCOMPARE(runAt(m_t0).sent, 1);
        m_clock.now = m_t0.addDays(1);
        QVERIFY(
            m_service->cancel(m_tree["admin"], inv.id, QStringLiteral("no longer needed")).ok());
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"cancelled", "cancelled"}));
        QCOMPARE(runAt(m_t0.addDays(2).addSecs(60)).claimed, 0);
        QCOMPARE(runAt(m_t0.addDays(6).addSecs(60)).claimed, 0);
        QCOMPARE(files().size(), 1);
    }

    void noReminderAfterAcceptance()
    {
        const Invitation inv = invite(QStringLiteral("accept.me@example.org"));
        QCOMPARE(runAt(m_t0).sent, 1);
        // Accepted by a path that did not cancel the queued rows: the dispatcher still checks.
        QSqlQuery q(m_db->connection().value());
        q.prepare(
            QStringLiteral("UPDATE user_invitations SET status = 'accepted', accepted_at = ?, "
                           "accepted_user_id = ? WHERE id = ?"));
        q.addBindValue(m_db->timeValue(m_t0.addDays(1)));
        q.addBindValue(m_tree["sales1"].id);
        q.addBindValue(inv.id);
        QVERIFY(q.exec());
        const DispatchReport r = runAt(m_t0.addDays(2).addSecs(60));
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.sent, 0);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"cancelled", "queued"}));
        QCOMPARE(runAt(m_t0.addDays(6).addSecs(60)).skipped, 1);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"cancelled", "cancelled"}));
        QCOMPARE(files().size(), 1);
        QCOMPARE(invitationRow(m_db, inv.id).value("reminder_count").toInt(), 0);
    }

    void noReminderAfterExpiry()
    {
        const Invitation inv = invite(QStringLiteral("expire.me@example.org"));
        QCOMPARE(runAt(m_t0).sent, 1);
        QCOMPARE(runAt(m_t0.addDays(2).addSecs(60)).sent, 1);
        // The sweep expires it (and cancels what was queued)...
        m_clock.now = m_t0.addDays(7).addSecs(60);
        QCOMPARE(m_service->expireDue().value(), 1);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"sent", "cancelled"}));
        QCOMPARE(runAt(m_t0.addDays(7).addSecs(120)).claimed, 0);
        // ...and without the sweep the dispatcher refuses on its own.
        const Invitation other = invite(QStringLiteral("expire.too@example.org"));
        QCOMPARE(runAt(m_clock.now).sent, 1);
        const DispatchReport late = runAt(m_clock.now.addDays(7).addSecs(60));
        QCOMPARE(late.sent, 0);
        QCOMPARE(late.skipped, 2);
        QCOMPARE(reminderStatuses(other.id), (QStringList{"cancelled", "cancelled"}));
    }

    void organisationCanTurnThemOff()
    {
        auto conn = m_db->connection();
        OrganizationRepository orgs(*m_db, conn.value());
        Organization org = orgs.findById(m_tree["admin"].organizationId).value().value();
        org.remindersEnabled = false;
        QVERIFY(orgs.update(org).ok());
        const Invitation inv = invite(QStringLiteral("quiet@example.org"));
        const DispatchReport r = runAt(m_t0);
        QCOMPARE(r.sent, 1);
        QCOMPARE(r.remindersQueued, 0);
        QVERIFY(reminderStatuses(inv.id).isEmpty());
        QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("reminder.queued")), 0);
    }

    void resendStartsAfreshWithTheNewLink()
    {
        const Invitation inv = invite(QStringLiteral("resent@example.org"));
        QCOMPARE(runAt(m_t0).sent, 1);
        QCOMPARE(runAt(m_t0.addDays(2).addSecs(60)).sent, 1);
        m_clock.now = m_t0.addDays(3);
        auto resent = m_service->resend(m_tree["admin"], inv.id);
        QVERIFY(resent.ok());
        QCOMPARE(runAt(m_t0.addDays(3)).sent, 1);
        // A resend is a new link with a new expiry (the service resets reminder_count): two
        // reminders for it, and the old link's remaining reminder is gone.
        QCOMPARE(invitationRow(m_db, inv.id).value("reminder_count").toInt(), 0);
        QCOMPARE(reminderStatuses(inv.id), (QStringList{"sent", "queued", "cancelled", "queued"}));
        // The first e-mail's and the first reminder's links were revoked; the new one is live.
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM invitation_links WHERE "
                                       "invitation_id = ? AND revoked_reason = 'resent'"),
                        {inv.id}),
                 2);
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM invitation_links WHERE "
                                       "invitation_id = ? AND revoked_at IS NULL"),
                        {inv.id}),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "test_reminders.moc"
