#pragma once

#include <QString>

namespace invitedesk::database_sessions {

// This process's open PostgreSQL sessions, by connection name, with the server process id
// (pg_backend_pid()) each learned when it opened. The change announcements of migration 015
// carry the id of the session that added invitations, so a desk can tell its own from others'.
// Thread-safe: every thread's connections register here.
void remember(const QString& connectionName, int serverPid);
void forget(const QString& connectionName);
bool isOwn(int serverPid);

} // namespace invitedesk::database_sessions
