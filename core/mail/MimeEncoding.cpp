#include "core/mail/MimeEncoding.h"

#include <QRandomGenerator>
#include <QUrl>

namespace invitedesk::mime {

namespace {
constexpr int kMaxEncodedWordPayload = 45; // 45 octets -> 60 base64 chars -> 72-octet word
constexpr int kQpLineLimit = 76;
const char kHex[] = "0123456789ABCDEF";

bool isAtext(QChar c)
{
    const ushort u = c.unicode();
    if (u > 126 || u < 33)
        return false;
    return QByteArrayView("()<>[]:;@\\,.\"").indexOf(char(u)) < 0;
}

// UTF-8 chunks of at most kMaxEncodedWordPayload octets, never splitting a character.
QList<QByteArray> utf8Chunks(const QString& text)
{
    QList<QByteArray> chunks;
    QByteArray current;
    for (int i = 0; i < text.size(); ++i) {
        int len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        const QByteArray ch = text.mid(i, len).toUtf8();
        i += len - 1;
        if (current.size() + ch.size() > kMaxEncodedWordPayload) {
            chunks.append(current);
            current.clear();
        }
        current += ch;
    }
    if (!current.isEmpty())
        chunks.append(current);
    return chunks;
}

// A word a mail reader would decode as an RFC 2047 encoded word ("=?charset?B?...?="): text
// that holds one must itself go encoded, or the reader shows something else than was written.
bool hasEncodedWordLookalike(const QString& text)
{
    for (const auto word : QStringView(text).split(QLatin1Char(' '))) {
        if (word.startsWith(QLatin1String("=?")) && word.endsWith(QLatin1String("?=")))
            return true;
    }
    return false;
}

QByteArray encodedWords(const QString& text)
{
    QByteArray out;
    const auto chunks = utf8Chunks(text);
    for (int i = 0; i < chunks.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunks.at(i).toBase64() + "?=";
    }
    return out;
}
} // namespace

QString sanitizeHeaderValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out.simplified();
}

bool isPrintableAscii(const QString& value)
{
    for (QChar c : value) {
        const ushort u = c.unicode();
        if ((u < 32 && u != '\t') || u > 126)
            return false;
    }
    return true;
}

QByteArray encodeUnstructured(const QString& raw, int headerNameLength)
{
    const QString text = sanitizeHeaderValue(raw);
    if (!isPrintableAscii(text) || hasEncodedWordLookalike(text))
        return encodedWords(text);
    // Fold plain text at spaces; a word too long even for a line of its own (998 octets, the
    // header name counted on the first) goes encoded.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QByteArray out;
    int lineLength = headerNameLength;
    for (int i = 0; i < words.size(); ++i) {
        const QByteArray word = words.at(i).toLatin1();
        if (word.size() + 1 > 997 || (i == 0 && headerNameLength + word.size() > 998))
            return encodedWords(text);
        if (i == 0) {
            out += word;
            lineLength += word.size();
        } else if (lineLength + 1 + word.size() > 78) {
            out += "\r\n " + word;
            lineLength = 1 + word.size();
        } else {
            out += ' ' + word;
            lineLength += 1 + word.size();
        }
    }
    return out;
}

QByteArray encodeDisplayName(const QString& raw)
{
    const QString name = sanitizeHeaderValue(raw);
    if (name.isEmpty())
        return {};
    if (!isPrintableAscii(name) || hasEncodedWordLookalike(name))
        return encodedWords(name);
    bool atoms = true;
    for (QChar c : name) {
        if (c != QLatin1Char(' ') && !isAtext(c))
            atoms = false;
    }
    if (atoms)
        return name.toLatin1();
    QByteArray quoted = "\"";
    for (QChar c : name) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            quoted += '\\';
        quoted += char(c.unicode());
    }
    quoted += '"';
    return quoted;
}

QString asciiAddress(const QString& address)
{
    const QString clean = sanitizeHeaderValue(address);
    const qsizetype at = clean.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return clean;
    const QString domain = clean.mid(at + 1);
    if (isPrintableAscii(domain))
        return clean;
    const QByteArray ace = QUrl::toAce(domain);
    return clean.left(at + 1) + (ace.isEmpty() ? domain : QString::fromLatin1(ace));
}

QByteArray formatAddress(const QString& displayName, const QString& address)
{
    const QByteArray addr = asciiAddress(address).toUtf8();
    const QByteArray name = encodeDisplayName(displayName);
    if (name.isEmpty())
        return addr;
    return name + " <" + addr + '>';
}

QByteArray quotedPrintable(const QByteArray& utf8)
{
    // Written through a raw pointer into a buffer sized for the worst case (every octet
    // escaped, plus soft breaks): this runs over every byte of every message.
    const qsizetype n = utf8.size();
    QByteArray out(n * 3 + (n / 24 + 2) * 3, Qt::Uninitialized);
    char* o = out.data();
    const char* in = utf8.constData();
    int lineLength = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = uchar(in[i]);
        if (b == '\r' || b == '\n') {
            if (b == '\r' && i + 1 < n && in[i + 1] == '\n')
                ++i;
            *o++ = '\r';
            *o++ = '\n';
            lineLength = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == n || in[i + 1] == '\r' || in[i + 1] == '\n';
        const bool literal =
            (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !atLineEnd);
        const int width = literal ? 1 : 3;
        // Keep room for the "=" of a soft break unless this is the line's last octet.
        const int limit = atLineEnd ? kQpLineLimit : kQpLineLimit - 1;
        if (lineLength + width > limit) {
            *o++ = '=';
            *o++ = '\r';
            *o++ = '\n';
            lineLength = 0;
        }
        if (literal) {
            *o++ = char(b);
        } else {
            *o++ = '=';
            *o++ = kHex[b >> 4];
            *o++ = kHex[b & 0x0f];
        }
        lineLength += width;
    }
    out.resize(o - out.constData());
    return out;
}

QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 2 < n && encoded.at(i + 1) == '\r' && encoded.at(i + 2) == '\n') {
            i += 2;
            continue;
        }
        if (i + 1 < n && encoded.at(i + 1) == '\n') {
            i += 1;
            continue;
        }
        if (i + 2 < n) {
            bool ok = false;
            const int v = encoded.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray dotStuff(const QByteArray& crlfText)
{
    // Copies runs between the lines that start with a dot instead of byte by byte.
    QByteArray out;
    qsizetype from = 0;
    qsizetype dot = crlfText.startsWith('.') ? 0 : crlfText.indexOf("\n.");
    if (dot < 0)
        return crlfText;
    out.reserve(crlfText.size() + 64);
    while (dot >= 0) {
        const qsizetype at = crlfText.at(dot) == '.' ? dot : dot + 1; // the dot's position
        out.append(crlfText.constData() + from, at - from);
        out.append('.');
        from = at;
        dot = crlfText.indexOf("\n.", at);
    }
    out.append(crlfText.constData() + from, crlfText.size() - from);
    return out;
}

QByteArray formatDate(const QDateTime& when)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 +0000")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]))
        .arg(d.day())
        .arg(QLatin1String(months[d.month() - 1]))
        .arg(d.year())
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(t.second(), 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray makeMessageId(const QString& domain)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
    // id-right must be a dot-atom or a domain literal: IDNA for names, literals kept.
    QByteArray right = domain.startsWith(QLatin1Char('[')) && isPrintableAscii(domain)
                           ? domain.toLatin1()
                           : QUrl::toAce(domain);
    if (right.isEmpty())
        right = "invitedesk.invalid";
    return '<' + raw.toHex() + '@' + right + '>';
}

QByteArray makeBoundary()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    return "=_InviteDesk_" +
           QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

QByteArray toCrlf(const QByteArray& text)
{
    // Most input is already CRLF: check first, convert only when needed.
    const qsizetype n = text.size();
    const char* p = text.constData();
    bool clean = true;
    for (qsizetype i = 0; i < n && clean; ++i) {
        if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n')
                ++i; // a CRLF pair
            else
                clean = false;
        } else if (p[i] == '\n') {
            clean = false;
        }
    }
    if (clean)
        return text;
    QByteArray out(n * 2, Qt::Uninitialized);
    char* o = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '\r' || c == '\n') {
            *o++ = '\r';
            *o++ = '\n';
            if (c == '\r' && i + 1 < n && p[i + 1] == '\n')
                ++i;
        } else {
            *o++ = c;
        }
    }
    out.resize(o - out.constData());
    return out;
}

} // namespace invitedesk::mime
