#pragma once

#include "core/Error.h"
#include "core/domain/InvitationType.h"
#include "core/domain/User.h"
#include "core/services/InvitationRequests.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace invitedesk {

class InvitationPlanLookup;

// The one home of the rules for a new invitation, for a single invite, a batch and an import
// alike: the invite matrix, the upline (named by id or e-mail, active, in the inviter's
// downline, of a role that may sit above the type; practice staff under the practice's
// doctor), one account per e-mail, one open invitation per e-mail and organisation, and the
// organisation's daily quota per inviter. It asks the database through an
// InvitationPlanLookup: row by row for a single invite, prefetched for an import.
//
// Each check returns the refusal a person reads (codes InvalidInput, NotPermitted, Conflict
// or QuotaExceeded, with the field it concerns: "type", "parent", "email" or "quota"), or the
// look-up's own error (Environment, Internal; see isRefusal()).
class InvitationPlanner {
    Q_DECLARE_TR_FUNCTIONS(InvitationPlanner)

public:
    struct Quota {
        std::optional<int> perDay; // the organisation's daily cap per inviter; nullopt: none
        QDateTime now;             // the day counted is the one before this instant
    };
    InvitationPlanner(const Actor& actor, InvitationPlanLookup& lookup, Quota quota = {});

    // What a single invite passes (or its first refusal), in this order: the fields
    // (invitation_validation::normalise, which trims `input` in place), the upline, the
    // account, the open invitation, the quota. Does not count against the quota: call
    // countPlanned() for each invitation that will be written.
    struct Plan {
        InvitationType type = InvitationType::Doctor;
        QString parentUserId; // the upline to store
    };
    Result<Plan> plan(NewInvitation& input);

    // The matrix alone (no database): whether the actor may invite the type.
    Result<void> checkType(InvitationType type) const;
    // Who may invite whom under which upline: the matrix, then the named upline (by id, or
    // by e-mail; both empty: the default one) looked up and checked. Returns the upline.
    Result<QString> upline(InvitationType type, const QString& parentUserId,
                           const QString& parentEmail);
    Result<void> checkAccount(const QString& email);
    Result<void> checkOpenInvitation(const QString& email);
    // Whether the quota allows one more after those created in the last day and those
    // counted with countPlanned(). Never refuses an admin.
    Result<void> checkQuota();
    void countPlanned() { ++m_planned; }

    // A refusal of the rules rather than a failed look-up.
    static bool isRefusal(const Error& error);

private:
    Actor m_actor;
    InvitationPlanLookup& m_lookup;
    Quota m_quota;
    std::optional<qint64> m_createdBefore; // by the actor in the day before m_quota.now
    qint64 m_planned = 0;
};

} // namespace invitedesk
