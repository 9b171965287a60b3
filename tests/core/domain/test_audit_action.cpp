// The audit actions: each enum value's stored name, pinned (the names are part of the
// hash-chained log and of audit_events rows written by earlier versions).
#include "core/domain/AuditAction.h"

#include <QSet>
#include <QTest>

using namespace invitedesk;

class TestAuditAction : public QObject {
    Q_OBJECT
private slots:
    void storedNames_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("name");
        const QList<QPair<AuditAction, const char*>> pinned = {
            {AuditAction::InvitationCreated, "invitation.created"},
            {AuditAction::InvitationUpdated, "invitation.updated"},
            {AuditAction::InvitationCancelled, "invitation.cancelled"},
            {AuditAction::InvitationResent, "invitation.resent"},
            {AuditAction::InvitationExpired, "invitation.expired"},
            {AuditAction::InvitationOpened, "invitation.opened"},
            {AuditAction::InvitationAccepted, "invitation.accepted"},
            {AuditAction::MailSent, "mail.sent"},
            {AuditAction::MailDeferred, "mail.deferred"},
            {AuditAction::MailFailed, "mail.failed"},
            {AuditAction::ReminderQueued, "reminder.queued"},
            {AuditAction::ReminderSent, "reminder.sent"},
            {AuditAction::UserCreated, "user.created"},
            {AuditAction::OrganizationUpdated, "organization.updated"},
            {AuditAction::PlatformUpdated, "platform.updated"},
            {AuditAction::ApiTokenCreated, "api_token.created"},
            {AuditAction::ApiTokenRevoked, "api_token.revoked"},
            {AuditAction::UserDeactivated, "user.deactivated"},
            {AuditAction::UserReactivated, "user.reactivated"},
            {AuditAction::UserMoved, "user.moved"},
            {AuditAction::UserPasswordChanged, "user.password_changed"},
            {AuditAction::UserPasswordResetRequested, "user.password_reset_requested"},
            {AuditAction::UserPasswordReset, "user.password_reset"},
            {AuditAction::InvitationViewed, "invitation.viewed"},
            {AuditAction::InvitationsExported, "invitations.exported"},
            {AuditAction::AuditExported, "audit.exported"},
            {AuditAction::UserLocked, "user.locked"},
            {AuditAction::UserUnlocked, "user.unlocked"},
            {AuditAction::AuditErased, "audit.erased"},
            {AuditAction::InvitationLinkShared, "invitation.link_shared"},
        };
        for (const auto& [action, name] : pinned)
            QTest::newRow(name) << int(action) << QString::fromLatin1(name);
    }
    void storedNames()
    {
        QFETCH(int, action);
        QFETCH(QString, name);
        QCOMPARE(audit_actions::name(AuditAction(action)), name);
        QCOMPARE(audit_actions::fromName(name), std::optional<AuditAction>(AuditAction(action)));
    }

    void everyActionHasOneDistinctName()
    {
        QSet<QString> names;
        for (const AuditAction a : audit_actions::all()) {
            const QString n = audit_actions::name(a);
            QVERIFY(!n.isEmpty());
            QVERIFY2(!names.contains(n), qPrintable(n));
            names.insert(n);
        }
        QCOMPARE(names.size(), 30);
    }

    void unknownNamesAreNotGuessed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("other case") << QStringLiteral("Invitation.Created");
        QTest::newRow("padded") << QStringLiteral(" mail.sent");
        QTest::newRow("from a newer version") << QStringLiteral("invitation.archived");
    }
    void unknownNamesAreNotGuessed()
    {
        QFETCH(QString, name);
        QVERIFY(!audit_actions::fromName(name));
    }
};

QTEST_GUILESS_MAIN(TestAuditAction)
#include "test_audit_action.moc"
