// What creating an invitation stores, as one piece builds it for `invite`, batches and
// imports: the pending invitation, its outbox message (no token: none exists yet) and its
// "invitation.created" event.
#include "core/services/InvitationRecords.h"

#include <QTest>

#include <optional>

using namespace invitedesk;

class TestInvitationRecords : public QObject {
    Q_OBJECT
private:
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-25T14:00:00.000Z"), Qt::ISODateWithMs);
    Actor m_actor;
    Organization m_org;
    ServiceConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        m_actor.id = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
        m_actor.email = QStringLiteral("sales@example.com");
        m_actor.firstName = QStringLiteral("Sam");
        m_actor.lastName = QStringLiteral("Sales");
        m_actor.organizationId = QStringLiteral("00000000-0000-0000-0000-00000000000a");
        m_org.id = m_actor.organizationId;
        m_org.name = QStringLiteral("Acme Health");
        m_org.expiryDays = 10;
        m_config.publicUrl = QStringLiteral("https://invite.example.com");
        m_config.defaultLanguage = QStringLiteral("es");
    }

    void pendingInvitation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("expiresDays"); // 0: the organisation's
        QTest::addColumn<QString>("storedLanguage");
        QTest::addColumn<QString>("expiresAt");
        QTest::newRow("defaults") << QString() << 0 << QStringLiteral("es")
                                  << QStringLiteral("2026-12-05T14:00:00.000Z");
        QTest::newRow("own language and expiry")
            << QStringLiteral("en") << 3 << QStringLiteral("en")
            << QStringLiteral("2026-11-28T14:00:00.000Z");
    }
    void pendingInvitation()
    {
        QFETCH(QString, language);
        QFETCH(int, expiresDays);
        QFETCH(QString, storedLanguage);
        QFETCH(QString, expiresAt);
        NewInvitation in;
        in.email = QStringLiteral("ana@example.com");
        in.firstName = QStringLiteral("Ana");
        in.lastName = QStringLiteral("Núñez");
        in.message = QStringLiteral("Welcome");
        in.language = language;
        if (expiresDays)
            in.expiresDays = expiresDays;
        in.details.npi = QStringLiteral("1234567893");
        const QString parent = QStringLiteral("00000000-0000-0000-0000-0000000000b1");

        const InvitationRecords records(m_config, m_now);
        const std::optional<Invitation> inv = records.pending(
            QStringLiteral("id-1"), m_actor, m_org, in, InvitationType::Doctor, parent);
        QCOMPARE(inv->id, QStringLiteral("id-1"));
        QCOMPARE(inv->email, in.email);
        QCOMPARE(inv->fullName(), QStringLiteral("Ana Núñez"));
        QCOMPARE(inv->type, InvitationType::Doctor);
        QCOMPARE(inv->status, InvitationStatus::Pending);
        QCOMPARE(inv->organizationId, m_org.id);
        QCOMPARE(inv->organizationName, m_org.name);
        QCOMPARE(inv->invitedById, m_actor.id);
        QCOMPARE(inv->invitedByName, QStringLiteral("Sam Sales"));
        QCOMPARE(inv->parentUserId, parent);
        QCOMPARE(inv->message, in.message);
        QCOMPARE(inv->language, storedLanguage);
        QCOMPARE(inv->details.npi, in.details.npi);
        QCOMPARE(inv->expiresAt.toString(Qt::ISODateWithMs), expiresAt);
        QCOMPARE(inv->createdAt, m_now);
        QCOMPARE(inv->updatedAt, m_now);
        QCOMPARE(inv->emailDeliveryStatus, QStringLiteral("queued"));

        // No token yet: the dispatcher mints the link's when it renders the message.
        const OutboxMessage mail = records.message(inv.value());
        QCOMPARE(mail.invitationId, inv->id);
        QCOMPARE(mail.kind, QStringLiteral("invitation"));
        QCOMPARE(mail.recipient, in.email);
        QVERIFY(mail.subject.isEmpty() && mail.textBody.isEmpty() && mail.htmlBody.isEmpty());
        QCOMPARE(mail.language, storedLanguage);
        QCOMPARE(mail.publicUrl, m_config.publicUrl);
        QCOMPARE(mail.nextAttemptAt, m_now);
        QCOMPARE(mail.createdAt, m_now);

        const AuditEvent event = records.created(m_actor, inv.value(), expiresAt);
        QCOMPARE(event.occurredAt, m_now);
        QCOMPARE(event.actorUserId, m_actor.id);
        QCOMPARE(event.action, QStringLiteral("invitation.created"));
        QCOMPARE(event.invitationId, inv->id);
        QCOMPARE(event.details, (QJsonObject{{QStringLiteral("email"), in.email},
                                             {QStringLiteral("type"), QStringLiteral("doctor")},
                                             {QStringLiteral("parent_user_id"), parent},
                                             {QStringLiteral("expires_at"), expiresAt}}));
    }
};

QTEST_GUILESS_MAIN(TestInvitationRecords)
#include "test_invitation_records.moc"
