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
// every row of an import, so what they store cannot drift apart: the pending invitation, the
// outbox message that will carry its link, and its "invitation.created" audit event. No token
// exists yet: the dispatcher mints the link's token when it renders the message.
class InvitationRecords {
public:
    // Links start with config.publicUrl, or with linkBase where the caller resolved the
    // platform's stored address (PlatformSettingsRepository::linkBase).
    InvitationRecords(const ServiceConfig& config, const QDateTime& now);
    InvitationRecords(const ServiceConfig& config, const QDateTime& now, QString linkBase);

    // A pending invitation as the (normalised) input asks.
    Invitation pending(QString id, const Actor& actor, const Organization& organization,
                       const NewInvitation& input, InvitationType type,
                       const QString& parentUserId) const;
    // The message that will carry the invitation's link to the invitee, due now.
    OutboxMessage message(const Invitation& invitation) const;
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
