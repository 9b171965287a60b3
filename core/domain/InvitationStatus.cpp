#include "core/domain/InvitationStatus.h"

#include <QCoreApplication>

namespace invitedesk::statuses {

namespace {
struct StatusInfo {
    InvitationStatus status;
    const char* name;
    const char* label;
};
constexpr StatusInfo kStatuses[] = {
    {InvitationStatus::Pending, "pending", QT_TRANSLATE_NOOP("Status", "Pending")},
    {InvitationStatus::Sent, "sent", QT_TRANSLATE_NOOP("Status", "Sent")},
    {InvitationStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Status", "Accepted")},
    {InvitationStatus::Failed, "failed", QT_TRANSLATE_NOOP("Status", "Failed")},
    {InvitationStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Status", "Cancelled")},
    {InvitationStatus::Expired, "expired", QT_TRANSLATE_NOOP("Status", "Expired")},
};
} // namespace

QString name(InvitationStatus status)
{
    for (const auto& info : kStatuses) {
        if (info.status == status)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<InvitationStatus> fromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const auto& info : kStatuses) {
        if (wanted == QLatin1String(info.name))
            return info.status;
    }
    return std::nullopt;
}

QString label(InvitationStatus status)
{
    for (const auto& info : kStatuses) {
        if (info.status == status)
            return QCoreApplication::translate("Status", info.label);
    }
    return {};
}

const QList<InvitationStatus>& all()
{
    static const QList<InvitationStatus> list = [] {
        QList<InvitationStatus> l;
        for (const auto& info : kStatuses)
            l.append(info.status);
        return l;
    }();
    return list;
}

QStringList allNames()
{
    QStringList names;
    for (const auto& info : kStatuses)
        names.append(QString::fromLatin1(info.name));
    return names;
}

bool isOpen(InvitationStatus status)
{
    return status == InvitationStatus::Pending || status == InvitationStatus::Sent;
}

} // namespace invitedesk::statuses
