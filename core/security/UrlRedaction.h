#pragma once

#include <QString>

namespace invitedesk {

// Replaces the password of every "scheme://user:password@" in the text with "***", so a
// database or mail URL (or a message quoting one) can go into an error, a log line or the
// terminal: "postgresql://app:***@db.example.com/invitedesk". Works on text that is not a
// valid URL too, which is exactly when a URL gets quoted in an error.
QString redactUrlPasswords(const QString& text);

} // namespace invitedesk
