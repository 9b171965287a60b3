#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/Organization.h"
#include "core/domain/User.h"
#include "core/services/InvitationRequests.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OutboxRepository.h"

namespace invitedesk {

// The rows that go with a new invitation, built one way for a single `invite`, a batch and
// every row of an import, so what they store cannot drift apart: the pending invitation
// with a fresh token, the outbox message that carries its link, and its
// "invitation.created" audit event.
class InvitationRecords {
public:
    // Links start with config.publicUrl, or with linkBase where the caller resolved the
    // platform's stored address (PlatformSettingsRepository::linkBase).
    InvitationRecords(const ServiceConfig& config, const QDateTime& now);
    InvitationRecords(const ServiceConfig& config, const QDateTime& now, QString linkBase);

    // A pending invitation as the (normalised) input asks, with a fresh token; an error only
    // when the random generator fails.
    Result<Invitation> pending(QString id, const Actor& actor, const Organization& organization,
                               const NewInvitation& input, InvitationType type,
                               const QString& parentUserId) const;
    // The message that carries `token` (the link) to the invitee, due now.
    OutboxMessage message(const Invitation& invitation, const QString& token) const;
    // The audit event of the creation; expiresAtText is the expiry as Qt::ISODateWithMs
    // writes it (an import formats its few instants once).
    AuditEvent created(const Actor& actor, const Invitation& invitation,
                       const QString& expiresAtText) const;

private:
    QString m_publicUrl;
    QString m_defaultLanguage;
    QDateTime m_now;
};

} // namespace invitedesk
