#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/InvitationQuery.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"
#include "core/storage/InvitationVisibility.h"

#include <optional>

namespace invitedesk {

struct InvitationPage {
    QList<Invitation> items;
    bool hasMore = false;
    QVariant nextAfterValue; // pass back as InvitationQuery::afterValue
    QString nextAfterId;
};

// user_invitations. Visibility: admins see everything; anyone else sees invitations that
// they or their downline sent, or whose upline is in their downline.
class InvitationRepository {
public:
    InvitationRepository(Database& database, QSqlDatabase db)
        : m_database(database), m_db(std::move(db))
    {}

    Result<std::optional<Invitation>> findById(const QString& id);
    // The invitation one of whose links (live or revoked) hashes to tokenHash.
    Result<std::optional<Invitation>> findByTokenHash(const QByteArray& tokenHash);
    Result<bool> isVisibleTo(const Actor& actor, const QString& invitationId);

    // New invitations have no link yet: the dispatcher adds one per message it sends.
    Result<void> insert(const Invitation& invitation);
    Result<void> insertMany(const QList<Invitation>& invitations);

    // Conditional updates: each changes the row only when its status is one of `from` and its
    // version is `version`; returns whether it did (false = someone else won the race).
    Result<bool> cancel(const QString& id, int version, const QList<InvitationStatus>& from,
                        const QString& byUserId, const QString& reason, const QDateTime& now);
    Result<bool> resend(const QString& id, int version, const QList<InvitationStatus>& from,
                        const QDateTime& newExpiry, const QDateTime& now);
    Result<bool> updateFields(const Invitation& changed, const QList<InvitationStatus>& from,
                              const QDateTime& now);
    // Marks open invitations past their expiry as expired; returns their ids.
    Result<QList<Invitation>> expireDue(const QDateTime& now, int limit);

    Result<bool> hasOpenInvitation(const QString& email, const QString& organizationId);
    Result<qint64> countCreatedBy(const QString& inviterId, const QDateTime& since);

    Result<InvitationPage> list(const Actor& actor, const InvitationQuery& query);
    Result<qint64> count(const Actor& actor, const InvitationQuery& query);
    static QVariant sortValueOf(const Invitation& invitation, InvitationQuery::SortKey key);

private:
    InvitationVisibility filtered(const Actor& actor, const InvitationQuery& query) const;
    Result<std::optional<Invitation>> findOne(const QString& where, const QVariant& value);
    void bindInsert(class QSqlQuery& q, const Invitation& inv) const;

    Database& m_database;
    QSqlDatabase m_db;
};

} // namespace invitedesk
