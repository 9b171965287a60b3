// How delivery outcomes move invitations (OutboxOutcomeRecorder through the dispatcher), on
// SQLite and PostgreSQL. Pins the decision on "mail accepted": the relay taking an invitation
// e-mail moves the invitation from pending to sent, and only from pending (the lifecycle's
// sources, now bound by the SQL, which used to allow 'sent' too): a copy of the invitation
// e-mail delivered to an invitation that is sent already is recorded on the outbox row and in
// the audit log, but changes nothing on the invitation and queues no second set of reminders.
#include "DispatcherTestSupport.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestOutboxOutcomes : public QObject, protected DispatcherFixture {
    Q_OBJECT

    qint64 queuedReminders(const QString& invitationId)
    {
        return scalar(m_db,
                      QStringLiteral("SELECT count(*) FROM email_outbox WHERE invitation_id = ? "
                                     "AND kind = 'reminder' AND status = 'queued'"),
                      {invitationId});
    }

private slots:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_person.firstName = QStringLiteral("Ana");
        m_person.lastName = QStringLiteral("Sent");
        startServices(QDateTime::fromString(QStringLiteral("2026-05-04T09:00:00Z"), Qt::ISODate));
    }

    void mailAcceptedLeavesFromPendingOnly()
    {
        QCOMPARE(lifecycle::sourcesOf(LifecycleEvent::MailAccepted),
                 QList<InvitationStatus>{InvitationStatus::Pending});
        QCOMPARE(lifecycle::apply(InvitationStatus::Sent, LifecycleEvent::MailAccepted),
                 std::nullopt);

        const Invitation inv = invite(QStringLiteral("copy@example.org"));
        auto first = m_dispatcher->runOnce();
        QVERIFY(first.ok());
        QCOMPARE(first->sent, 1);
        const QVariantMap sent = invitationRow(m_db, inv.id);
        QCOMPARE(sent.value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(sent.value("version").toInt(), inv.version + 1);
        QCOMPARE(queuedReminders(inv.id), 2);

        // A second invitation e-mail for the same (now sent) invitation goes out later.
        OutboxMessage copy;
        copy.invitationId = inv.id;
        copy.kind = QStringLiteral("invitation");
        copy.recipient = inv.email;
        copy.language = QStringLiteral("en");
        copy.publicUrl = QStringLiteral("https://invite.test");
        copy.nextAttemptAt = m_clock.now;
        copy.createdAt = m_clock.now;
        {
            Transaction tx(*m_db);
            QVERIFY(tx.begin().ok());
            QVERIFY(OutboxRepository::enqueue(tx, copy).ok());
            QVERIFY(tx.commit().ok());
        }
        m_clock.now = m_clock.now.addSecs(3600);
        auto second = m_dispatcher->runOnce();
        QVERIFY(second.ok());
        QCOMPARE(second->sent, 1);
        QCOMPARE(second->remindersQueued, 0);

        // Recorded as mail on the row and in the audit log; the invitation is as it was.
        QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("mail.sent")), 2);
        QCOMPARE(invitationRow(m_db, inv.id), sent);
        QCOMPARE(queuedReminders(inv.id), 2);
        QCOMPARE(auditCount(m_db, inv.id, QStringLiteral("reminder.queued")), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxOutcomes)
#include "test_outbox_outcomes.moc"
