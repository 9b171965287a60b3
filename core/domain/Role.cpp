#include "core/domain/Role.h"
#include "core/domain/RoleLabel.h"

#include <QCoreApplication>

namespace invitedesk::roles {

namespace {
struct RoleInfo {
    Role role;
    const char* name;
    const char* label;
};

constexpr RoleInfo kRoles[] = {
    {Role::Doctor, "doctor", QT_TRANSLATE_NOOP("Role", "Doctor")},
    {Role::Sales, "sales", QT_TRANSLATE_NOOP("Role", "Sales representative")},
    {Role::Distributor, "distributor", QT_TRANSLATE_NOOP("Role", "Distributor")},
    {Role::MasterDistributor, "master_distributor",
     QT_TRANSLATE_NOOP("Role", "Master distributor")},
    {Role::OfficeAdmin, "office_admin", QT_TRANSLATE_NOOP("Role", "Office admin")},
    {Role::MedicalStaff, "medical_staff", QT_TRANSLATE_NOOP("Role", "Medical staff")},
    {Role::IvrCompany, "ivr_company", QT_TRANSLATE_NOOP("Role", "IVR company")},
    {Role::ShippingLogistics, "shipping_logistics",
     QT_TRANSLATE_NOOP("Role", "Shipping logistics")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Administrator")},
    {Role::ChpAdmin, "chp_admin", QT_TRANSLATE_NOOP("Role", "CHP admin")},
};
} // namespace

QString name(Role role)
{
    for (const auto& info : kRoles) {
        if (info.role == role)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<Role> fromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& info : kRoles) {
        if (wanted == QLatin1String(info.name))
            return info.role;
    }
    return std::nullopt;
}

QString label(Role role)
{
    for (const auto& info : kRoles) {
        if (info.role == role)
            return QCoreApplication::translate("Role", info.label);
    }
    return {};
}

const char* sourceLabel(Role role)
{
    for (const auto& info : kRoles) {
        if (info.role == role)
            return info.label;
    }
    return "";
}

const QList<Role>& all()
{
    static const QList<Role> list = [] {
        QList<Role> l;
        for (const auto& info : kRoles)
            l.append(info.role);
        return l;
    }();
    return list;
}

QStringList allNames()
{
    QStringList names;
    for (const auto& info : kRoles)
        names.append(QString::fromLatin1(info.name));
    return names;
}

} // namespace invitedesk::roles
