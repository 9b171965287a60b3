#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

// The rules a new password must meet (accepting an invitation, adding a user, changing one's
// password): at least 12 characters (Unicode code points), not the e-mail address or its part
// before the @, and not in the shipped list of common passwords (:/security/common-passwords.txt),
// all compared case-insensitively.
namespace invitedesk::password_policy {

inline constexpr int MinLength = 12;
// Far above anything a person types; keeps one request from feeding megabytes into scrypt.
inline constexpr int MaxLength = 1024;

// Ok, or Error::invalid("password", message a person can act on). Never logs the password.
Result<void> check(const QString& password, const QString& email);

// The rules in words, for the acceptance page and the user dialog (translated).
QStringList rules();

} // namespace invitedesk::password_policy
