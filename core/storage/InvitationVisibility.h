#pragma once

#include "core/domain/User.h"

#include <QStringList>
#include <QVariantList>

namespace invitedesk {

// The SQL that limits invitations (alias i) to what an actor may see: admins see
// everything; anyone else what they or their downline sent, or whose upline is in their
// downline. scopeUserId narrows to one member's downline.
struct InvitationVisibility {
    QString cte;         // WITH RECURSIVE downline(...) prefix, or empty
    QStringList clauses; // AND-ed conditions
    QVariantList binds;  // CTE binds first, then clause binds
    int cteBinds = 0;    // how many of binds belong to the CTE

    // binds with `selected` (the select list's, which sits between the CTE and the clauses)
    // in their place.
    QVariantList bindsWith(const QVariantList& selected) const;

    static InvitationVisibility forActor(const Actor& actor, const QString& scopeUserId);
    // " WHERE a AND b" (or empty), and the same ready to take one more condition.
    QString where() const;
    QString whereAnd() const;
};

} // namespace invitedesk
