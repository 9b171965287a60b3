#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace invitedesk {

enum class InvitationStatus { Pending, Sent, Accepted, Failed, Cancelled, Expired };

namespace statuses {
QString name(InvitationStatus status);
std::optional<InvitationStatus> fromName(const QString& name);
QString label(InvitationStatus status);
const QList<InvitationStatus>& all();
QStringList allNames();
// Open: the invitee can still accept (pending or sent).
bool isOpen(InvitationStatus status);
} // namespace statuses

} // namespace invitedesk
