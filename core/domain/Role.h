#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace invitedesk {

// The ten roles of the platform. Each invitation type grants the role of the same name, so
// one enum serves both (see InvitationType.h).
enum class Role {
    Doctor,
    Sales,
    Distributor,
    MasterDistributor,
    OfficeAdmin,
    MedicalStaff,
    IvrCompany,
    ShippingLogistics,
    Admin,
    ChpAdmin,
};

namespace roles {
// Wire names: "doctor", "master_distributor", … used in the database, CLI and JSON.
QString name(Role role);
std::optional<Role> fromName(const QString& name);
// Human label for people ("Master distributor"); translated by the caller's context.
QString label(Role role);
const QList<Role>& all();
QStringList allNames();
} // namespace roles

} // namespace invitedesk
