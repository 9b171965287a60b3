#pragma once

#include <QLoggingCategory>

// invitedesk.http: the handler's own events (start, stop, refused connections, failures).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
// invitedesk.http.access: one line per request (method, route pattern, status, time, client).
// Never a token: the route pattern is logged, not the path.
Q_DECLARE_LOGGING_CATEGORY(lcHttpAccess)
