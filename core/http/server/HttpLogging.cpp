#include "core/http/server/HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "invitedesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttpAccess, "invitedesk.http.access", QtInfoMsg)
