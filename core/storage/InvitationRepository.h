#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/InvitationQuery.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"
#include "core/storage/InvitationVisibility.h"

#include <optional>

namespace invitedesk {

namespace status_sql {
struct Fragment;
}

struct InvitationPage {
    QList<Invitation> items;
    bool hasMore = false;
    QVariant nextAfterValue; // pass back as InvitationQuery::afterValue
    QString nextAfterId;
};

// Which overdue invitations an expiry sweep takes: every one (empty), or only those with one of
// these e-mails or sharing the e-mail of one of these invitations (a change about to touch
// them, and the open-invitation-per-e-mail rule it must not trip over).
struct ExpiryScope {
    QStringList emails;
    QStringList invitationIds;
    bool isEmpty() const { return emails.isEmpty() && invitationIds.isEmpty(); }
};

// user_invitations. Visibility: admins see everything; anyone else sees invitations that
// they or their downline sent, or whose upline is in their downline.
// Every read presents an invitation's status as at `asOf` (status_sql::current): one past
// its expiry reads as expired before the sweep records it. Only a writer that reads nothing
// back may leave asOf invalid (then reads show the stored status).
class InvitationRepository {
public:
    InvitationRepository(Database& database, QSqlDatabase db, QDateTime asOf = {})
        : m_database(database), m_db(std::move(db)), m_asOf(std::move(asOf))
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
    // The address of an invitation in one of `from`, at `version`; false = lost the race.
    Result<bool> updateEmail(const QString& id, int version, const QList<InvitationStatus>& from,
                             const QString& email, const QDateTime& now);
    Result<bool> updateFields(const Invitation& changed, const QList<InvitationStatus>& from,
                              const QDateTime& now);
    // Marks up to `limit` invitations past their expiry (within `scope`) as expired, oldest
    // expiry first; returns them as they now are.
    Result<QList<Invitation>> expireDue(const QDateTime& now, int limit,
                                        const ExpiryScope& scope = {});

    Result<bool> hasOpenInvitation(const QString& email, const QString& organizationId);
    Result<qint64> countCreatedBy(const QString& inviterId, const QDateTime& since);

    Result<InvitationPage> list(const Actor& actor, const InvitationQuery& query);
    // How many the query matches (its limit and keyset position ignored); with atMost > 0,
    // stops reading after atMost + 1 rows, so a result above atMost means "more than atMost".
    Result<qint64> count(const Actor& actor, const InvitationQuery& query, qint64 atMost = 0);
    static QVariant sortValueOf(const Invitation& invitation, InvitationQuery::SortKey key);

private:
    InvitationVisibility filtered(const Actor& actor, const InvitationQuery& query) const;
    Result<std::optional<Invitation>> findOne(const QString& where, const QVariant& value);
    void bindInsert(class QSqlQuery& q, const Invitation& inv) const;
    // The status every read selects, sorts and filters by (status_sql::current, or the stored
    // one without asOf).
    status_sql::Fragment statusColumn() const;
    status_sql::Fragment statusIn(const QList<InvitationStatus>& wanted) const;

    Database& m_database;
    QSqlDatabase m_db;
    QDateTime m_asOf;
};

} // namespace invitedesk
