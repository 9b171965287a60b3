#include "core/storage/StatusBinding.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/storage/SqlPlaceholders.h"

#include <QStringList>

namespace invitedesk::status_sql {

QString placeholders(const QList<InvitationStatus>& list)
{
    return sql::placeholders(list.size());
}

QVariantList values(const QList<InvitationStatus>& list)
{
    QVariantList out;
    out.reserve(list.size());
    for (InvitationStatus s : list)
        out << value(s);
    return out;
}

QVariant value(InvitationStatus status)
{
    return statuses::name(status);
}

Fragment current(const QVariant& now)
{
    const QList<InvitationStatus> expirable = lifecycle::sourcesOf(LifecycleEvent::Expire);
    Fragment f;
    f.sql = QStringLiteral("(CASE WHEN i.status IN (%1) AND i.expires_at <= ? THEN ? "
                           "ELSE i.status END)")
                .arg(placeholders(expirable));
    f.binds << values(expirable) << now << value(lifecycle::targetOf(LifecycleEvent::Expire));
    return f;
}

QList<Fragment> currentArms(const QList<InvitationStatus>& wanted, const QVariant& now)
{
    const QList<InvitationStatus> expirable = lifecycle::sourcesOf(LifecycleEvent::Expire);
    const InvitationStatus expired = lifecycle::targetOf(LifecycleEvent::Expire);
    QList<InvitationStatus> settled; // the sweep never changes these
    QList<InvitationStatus> live;    // these only while their expiry is ahead
    for (InvitationStatus s : wanted) {
        if (expirable.contains(s)) {
            if (!live.contains(s))
                live << s;
        } else if (!settled.contains(s)) {
            settled << s;
        }
    }
    QList<Fragment> arms;
    if (!settled.isEmpty())
        arms << Fragment{QStringLiteral("i.status IN (%1)").arg(placeholders(settled)),
                         values(settled)};
    if (!live.isEmpty())
        arms << Fragment{
            QStringLiteral("i.status IN (%1) AND i.expires_at > ?").arg(placeholders(live)),
            values(live) << now};
    if (wanted.contains(expired))
        arms << Fragment{
            QStringLiteral("i.status IN (%1) AND i.expires_at <= ?").arg(placeholders(expirable)),
            values(expirable) << now};
    return arms;
}

Fragment currentIn(const QList<InvitationStatus>& wanted, const QVariant& now)
{
    return anyOf(currentArms(wanted, now));
}

Fragment anyOf(const QList<Fragment>& arms)
{
    QStringList either;
    Fragment f;
    for (const Fragment& arm : arms) {
        either << QLatin1Char('(') + arm.sql + QLatin1Char(')');
        f.binds << arm.binds;
    }
    f.sql = either.isEmpty()
                ? QStringLiteral("1 = 0")
                : QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return f;
}

} // namespace invitedesk::status_sql
