#include "core/domain/MailStatus.h"

namespace invitedesk::mail_statuses {

QString name(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString name(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Queued:
        return QStringLiteral("queued");
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Deferred:
        return QStringLiteral("deferred");
    case DeliveryStatus::Failed:
        return QStringLiteral("failed");
    case DeliveryStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString name(DeliveryChannel channel)
{
    switch (channel) {
    case DeliveryChannel::Relay:
        return QStringLiteral("relay");
    case DeliveryChannel::Folder:
        return QStringLiteral("folder");
    }
    return {};
}

} // namespace invitedesk::mail_statuses
