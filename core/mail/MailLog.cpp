#include "core/mail/MailLog.h"

Q_LOGGING_CATEGORY(lcMail, "invitedesk.mail", QtInfoMsg)
