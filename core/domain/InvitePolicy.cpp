#include "core/domain/InvitePolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace invitedesk::invite_policy {

namespace {
using R = Role;

// The invite-permission matrix. Rows: inviter role; values: types it may invite.
const QHash<Role, QList<InvitationType>>& matrix()
{
    static const QHash<Role, QList<InvitationType>> table = {
        {R::Admin, roles::all()},
        {R::ChpAdmin, {R::MasterDistributor, R::Distributor, R::Sales, R::Doctor}},
        {R::MasterDistributor, {R::Distributor, R::Sales, R::Doctor}},
        {R::Distributor, {R::Sales, R::Doctor}},
        {R::Sales, {R::Doctor}},
        {R::Doctor, {R::OfficeAdmin, R::MedicalStaff}},
        {R::OfficeAdmin, {R::OfficeAdmin, R::MedicalStaff}},
        {R::MedicalStaff, {}},
        {R::IvrCompany, {}},
        {R::ShippingLogistics, {}},
    };
    return table;
}

// The translation context of the policy's messages.
struct InvitePolicy {
    Q_DECLARE_TR_FUNCTIONS(InvitePolicy)
};

QString roleLabel(Role role)
{
    return roles::label(role).toLower();
}

// Position in the sales chain, top first; -1 for roles outside it.
int chainRank(Role role)
{
    switch (role) {
    case R::Admin:
        return 0;
    case R::ChpAdmin:
        return 1;
    case R::MasterDistributor:
        return 2;
    case R::Distributor:
        return 3;
    case R::Sales:
        return 4;
    case R::Doctor:
        return 5;
    default:
        return -1;
    }
}
} // namespace

bool mayInvite(Role inviter, InvitationType type)
{
    return matrix().value(inviter).contains(type);
}

Result<void> checkMayInvite(Role inviter, InvitationType type)
{
    if (mayInvite(inviter, type))
        return {};
    return Error::make(
        Error::Code::NotPermitted,
        InvitePolicy::tr("A %1 may not invite a %2.").arg(roleLabel(inviter), roleLabel(type)),
        QStringLiteral("type"));
}

QList<InvitationType> invitableTypes(Role inviter)
{
    QList<InvitationType> result;
    const auto allowed = matrix().value(inviter);
    for (Role r : roles::all()) {
        if (allowed.contains(r))
            result.append(r);
    }
    return result;
}

QList<InvitationType> visibleTypes(Role viewer)
{
    QSet<Role> reached;
    QList<Role> pending = matrix().value(viewer);
    while (!pending.isEmpty()) {
        const Role r = pending.takeLast();
        if (reached.contains(r))
            continue;
        reached.insert(r);
        pending += matrix().value(r);
    }
    QList<InvitationType> result;
    for (Role r : roles::all()) {
        if (reached.contains(r))
            result.append(r);
    }
    return result;
}

bool mayChooseUpline(Role inviter, InvitationType type)
{
    if (!mayInvite(inviter, type))
        return false;
    if (invitation_types::isPracticeStaff(type))
        return inviter == R::Admin; // an admin names the doctor the staff member works for
    return chainRank(inviter) >= 0 && chainRank(inviter) < 5;
}

bool isAcceptableUpline(Role uplineRole, InvitationType type)
{
    if (invitation_types::isPracticeStaff(type))
        return uplineRole == R::Doctor || uplineRole == R::Admin;
    const int typeRank = chainRank(type);
    if (typeRank < 0) // ivr_company, shipping_logistics: directly under an admin
        return uplineRole == R::Admin;
    const int uplineRank = chainRank(uplineRole);
    return uplineRank >= 0 && uplineRank < typeRank;
}

QString defaultUpline(const User& inviter, InvitationType type)
{
    if (invitation_types::isPracticeStaff(type) && inviter.role == R::OfficeAdmin)
        return inviter.parentUserId;
    return inviter.id;
}

Result<QString> checkInvite(const User& inviter, InvitationType type, const User* named,
                            const DownlineTest& inDownline)
{
    if (auto r = checkMayInvite(inviter.role, type); !r)
        return r.error();
    if (!named) {
        const QString upline = defaultUpline(inviter, type);
        if (upline.isEmpty()) {
            return Error::invalid(
                QStringLiteral("parent"),
                InvitePolicy::tr("Your account is not linked to a doctor; ask an administrator."));
        }
        return upline;
    }
    if (named->id != inviter.id) {
        if (!mayChooseUpline(inviter.role, type)) {
            return Error::make(Error::Code::NotPermitted,
                               InvitePolicy::tr("A %1 may not choose the upline of a %2.")
                                   .arg(roleLabel(inviter.role), roleLabel(type)),
                               QStringLiteral("parent"));
        }
        if (inviter.role != R::Admin) {
            auto below = inDownline(named->id);
            if (!below)
                return below.error();
            if (!below.value()) {
                return Error::make(
                    Error::Code::NotPermitted,
                    InvitePolicy::tr("%1 is not in your downline.").arg(named->email),
                    QStringLiteral("parent"));
            }
        }
    }
    if (!isAcceptableUpline(named->role, type)) {
        return Error::invalid(QStringLiteral("parent"),
                              InvitePolicy::tr("A %1 cannot be the upline of a %2.")
                                  .arg(roleLabel(named->role), roleLabel(type)));
    }
    return named->id;
}

QString prefilledPractice(const User& inviter, const QString& ownInvitationPractice,
                          const QString& organizationKind, const QString& organizationName)
{
    if (inviter.role != Role::OfficeAdmin)
        return {};
    if (!ownInvitationPractice.trimmed().isEmpty())
        return ownInvitationPractice.trimmed();
    if (organizationKind == QLatin1String("practice"))
        return organizationName.trimmed();
    return {};
}

} // namespace invitedesk::invite_policy
