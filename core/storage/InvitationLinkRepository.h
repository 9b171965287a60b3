#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace invitedesk {

class Transaction;

// One link of an invitation as stored: the SHA-256 of the token in the link (the token itself
// is never stored anywhere; it exists only in the message that carries it).
struct InvitationLink {
    QByteArray tokenHash;
    QString invitationId;
    QString kind = QStringLiteral("invitation"); // invitation, reminder
};

// invitation_links: the live link hashes of each invitation. The outbox dispatcher adds one
// for every message it renders, committed before the message leaves; validate and accept look
// tokens up here. A resend revokes every earlier link; cancel, accept and expiry end them
// through the invitation's status.
class InvitationLinkRepository {
public:
    // Why a link was revoked, as stored in revoked_reason.
    static QString resentReason() { return QStringLiteral("resent"); }

    static Result<void> insertMany(Transaction& tx, const QList<InvitationLink>& links,
                                   const QDateTime& now);
    // Revokes the invitation's live links (resend); returns how many.
    static Result<int> revokeAll(Transaction& tx, const QString& invitationId,
                                 const QString& reason, const QDateTime& now);
};

} // namespace invitedesk
