#pragma once

#include "core/domain/User.h"

#include <QStringList>
#include <QVariantList>

namespace invitedesk {

// The SQL that limits invitations (alias i) to what an actor may see: admins see
// everything; anyone else what they or their downline sent, or whose upline is in their
// downline. scopeUserId narrows to one member's downline. The downline is read from the
// closure table user_downline (migration 017), one index range per root.
struct InvitationVisibility {
    QString rootId;      // the downline's root; empty when the actor sees everything
    QStringList clauses; // AND-ed conditions, the downline's first when rootId is set
    QVariantList binds;  // in the clauses' order

    // binds with `selected` (the select list's, which comes before the clauses) first.
    QVariantList bindsWith(const QVariantList& selected) const;

    static InvitationVisibility forActor(const Actor& actor, const QString& scopeUserId);
    // " WHERE a AND b" (or empty), and the same ready to take one more condition.
    QString where() const;
    QString whereAnd() const;

    // The clauses other than the downline's (the list's filters), and their binds.
    QStringList filterClauses() const;
    QVariantList filterBinds() const;

    // "The ids of the root's visible invitations whose filters hold", as two joins through
    // the closure (by inviter, by upline) that each read only the downline's rows: the
    // columns `select` (written over alias i, each row's id first) of both, as a UNION.
    // Binds: selectBinds, the root, filterBinds(), then the same again.
    QString downlineRows(const QString& select) const;
    QVariantList downlineRowsBinds(const QVariantList& selectBinds) const;
};

} // namespace invitedesk
