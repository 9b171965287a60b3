#pragma once

#include <QLoggingCategory>

// "invitedesk.mail": SMTP sessions, the outbox dispatcher. Never logs tokens, passwords or
// message bodies.
Q_DECLARE_LOGGING_CATEGORY(lcMail)
