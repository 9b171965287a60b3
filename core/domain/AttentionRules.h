#pragma once

#include "core/domain/Invitation.h"
#include "core/domain/InvitationQuery.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace invitedesk {

// Why an invitation needs someone at the desk (issue 18, item 12), each with its one fix:
// its e-mail bounced (correct the address and resend), it expires within kExpiringSeconds
// and nobody accepted it yet (resend), or it expired while its e-mail never went out
// (resend). The one home of the rule: the list's query selects by it (InvitationQuery::
// needsAttention, written in SQL by InvitationListFilter from these same parts) and the desk
// reads each row's reason from reasonOf().
enum class AttentionReason { Bounced, ExpiringSoon, NeverDelivered };

class AttentionRules {
    Q_DECLARE_TR_FUNCTIONS(AttentionRules)
public:
    // An open invitation whose expiry is this close needs a resend before it lapses.
    static constexpr qint64 kExpiringSeconds = 48 * 3600;
    // Rows the desk's list reads at a time.
    static constexpr int kPageSize = 500;
    // The list is counted up to this many and shown as "10,000+" beyond: an exact count would
    // read every row that needs attention (over a hundred thousand on a large platform) each
    // time a desk window opens, for a figure nobody works through one by one.
    static constexpr qint64 kCountedAtMost = 10000;

    // The list as the desk shows it: those needing attention, oldest expiry first, `pageSize`
    // at a time (the first page; set the keyset position for the next).
    static InvitationQuery listQuery(int pageSize = kPageSize);

    // The reason, first match in this order: bounced, never delivered, expiring soon.
    static std::optional<AttentionReason> reasonOf(InvitationStatus status,
                                                   const QString& deliveryStatus,
                                                   const QDateTime& expiresAt,
                                                   const QDateTime& now);
    static std::optional<AttentionReason> reasonOf(const Invitation& invitation,
                                                   const QDateTime& now);
    // The words for the reason ("The e-mail bounced") and for its fix ("Correct the address
    // and resend…"), in the current language.
    static QString label(AttentionReason reason);
    static QString fixLabel(AttentionReason reason);
};

} // namespace invitedesk
