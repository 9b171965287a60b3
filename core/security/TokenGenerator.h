#pragma once

#include <QByteArray>
#include <QString>

// Invitation link tokens. A token is 32 random bytes from OpenSSL's CSPRNG written as base64url
// without padding (43 characters). Only its SHA-256 is ever stored; the token itself lives in
// the e-mail and the link.
namespace invitedesk::tokens {

// Length of a generated token's text.
inline constexpr int TokenLength = 43;

// A new token, or an empty string if the random generator failed (callers must treat an empty
// token as an internal error; it never happens with a seeded OpenSSL).
QString generate();

// SHA-256 (32 bytes) over the token text's UTF-8, exactly as it appears in the link.
QByteArray hash(const QString& token);

// True when the text has the shape of a generated token: 43 base64url characters. A cheap
// filter before any database lookup; it says nothing about whether the token exists.
bool looksLikeToken(const QString& text);

// Constant-time comparison of two hashes (length checked first; lengths are not secret).
bool equal(const QByteArray& a, const QByteArray& b);

} // namespace invitedesk::tokens
