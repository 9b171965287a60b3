#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// The byte-level encodings an Internet message needs (RFC 2045, 2047, 5322). Pure functions,
// so the MIME builder and the SMTP client share one tested implementation.
namespace invitedesk::mime {

// Removes CR, LF and every other control character (they would let a value start a new
// header or break the line structure) and collapses the resulting whitespace runs.
QString sanitizeHeaderValue(const QString& value);

// True when every character is printable US-ASCII (or space/tab).
bool isPrintableAscii(const QString& value);

// Unstructured header text (Subject): plain when ASCII, else RFC 2047 encoded words
// ("=?UTF-8?B?...?=", each at most 75 octets, split on character boundaries), folded with
// CRLF SP so that no line of the header exceeds 78 octets where that is possible and none
// exceeds 998. `headerNameLength` is the length of "Subject: " already on the first line.
// Text with a word that looks like an encoded word goes encoded too, so that a mail reader
// shows exactly the text.
QByteArray encodeUnstructured(const QString& text, int headerNameLength);

// A display name (phrase) for an address header: an atom sequence when it is plain ASCII
// without specials, a quoted-string when it has specials, encoded words when non-ASCII or
// when a word looks like an encoded word.
QByteArray encodeDisplayName(const QString& name);

// The domain in ASCII (IDNA) form; the local part is kept as is.
QString asciiAddress(const QString& address);

// "Name <local@domain>" or "local@domain"; the name encoded with encodeDisplayName.
QByteArray formatAddress(const QString& displayName, const QString& address);

// Quoted-printable (RFC 2045 6.7) of UTF-8 text. Any line ending in the input becomes a hard
// CRLF; encoded lines are at most 76 octets with "=" soft breaks; trailing whitespace
// before a line break is encoded. The result is 7-bit and ends without a line break.
QByteArray quotedPrintable(const QByteArray& utf8);
QByteArray decodeQuotedPrintable(const QByteArray& encoded);

// SMTP transparency (RFC 5321 4.5.2): a line that starts with "." gets one more ".". Input
// must already use CRLF line endings.
QByteArray dotStuff(const QByteArray& crlfText);

// RFC 5322 date-time in English regardless of the locale: "Wed, 25 Nov 2026 14:00:00 +0000".
QByteArray formatDate(const QDateTime& when);

// "<random@domain>" with 128 random bits.
QByteArray makeMessageId(const QString& domain);

// A multipart boundary that cannot occur in quoted-printable output (it contains "=_").
QByteArray makeBoundary();

// Converts every bare LF or CR to CRLF.
QByteArray toCrlf(const QByteArray& text);

} // namespace invitedesk::mime
