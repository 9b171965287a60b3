// libFuzzer entry point for core/mail/MimeEncoding and the headers MimeMessage writes with it:
// subjects, display names and bodies are text that inviters, invitees and IT type. The first
// byte chooses how the rest is read (bit 0: UTF-16, so unpaired surrogates occur; the other
// bits: the length of the header name before the value); the rest is the text. Checks:
//  - encoded header values are 7-bit printable ASCII; CR and LF occur only as CRLF SP folds, so
//    no input can start a header of its own;
//  - no line is longer than 998 octets (RFC 5322 2.1.1), the header name counted, and a line
//    over 78 octets holds a single word; encoded words are at most 75 octets (RFC 2047 2);
//  - what a mail reader decodes (RFC 2047 words, quoted-strings, unfolding) is exactly the
//    sanitised input: an input that merely looks like an encoded word stays what it was;
//  - quoted-printable lines are at most 76 octets, 7-bit, without trailing white space, and
//    decode to the input with CRLF line ends; dot-stuffing and toCrlf undo cleanly;
//  - a whole MimeMessage built from the text keeps all of the above.
#include "core/mail/MimeEncoding.h"
#include "core/mail/MimeMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

using namespace invitedesk;

namespace {

void check(bool condition)
{
    if (!condition)
        abort();
}

// UTF-8 as a mail reader decodes it: a leading U+FEFF is text (QString::fromUtf8 drops it).
QString fromUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}

// What a string becomes once written as UTF-8 (an unpaired surrogate turns into U+FFFD).
QString throughUtf8(const QString& s)
{
    return fromUtf8(s.toUtf8());
}

// Header value syntax: printable ASCII, with CRLF only as the start of a fold (CRLF SP).
void checkHeaderValue(const QByteArray& v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        const uchar c = uchar(v[i]);
        if (c == '\r') {
            check(i + 2 < v.size() && v[i + 1] == '\n' && v[i + 2] == ' ');
            i += 2;
            continue;
        }
        check(c >= 0x20 && c <= 0x7e);
    }
}

// Line lengths of a header value that starts after `prefix` octets on its first line; `fold`:
// the encoder promises to fold at 78 octets where it can (unstructured text does, phrases not).
void checkHeaderLines(const QByteArray& v, qsizetype prefix, bool fold)
{
    const QList<QByteArray> lines = v.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype length = line.size() + (i == 0 ? prefix : 0);
        check(length <= 998);
        if (fold && length > 78) // only a word that cannot be split may overflow
            check(!line.mid(i == 0 ? 0 : 1).contains(' '));
    }
}

QByteArray unfold(QByteArray v)
{
    return v.replace("\r\n ", " ");
}

// An RFC 2047 encoded word ("=?charset?B|Q?text?="), decoded; nullopt when `w` is not one.
std::optional<QByteArray> decodeWord(const QByteArray& w)
{
    if (!w.startsWith("=?") || !w.endsWith("?=") || w.size() < 8)
        return std::nullopt;
    const QList<QByteArray> parts = w.mid(2, w.size() - 4).split('?');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].size() != 1)
        return std::nullopt;
    const char enc = char(parts[1][0] | 0x20);
    if (enc == 'b') {
        const auto r =
            QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return std::nullopt;
        return r.decoded;
    }
    if (enc == 'q') {
        QByteArray text = parts[2];
        return QByteArray::fromPercentEncoding(text.replace('_', ' '), '=');
    }
    return std::nullopt;
}

// What a mail reader shows for unstructured text or a phrase of atoms and encoded words: the
// words, encoded ones decoded, with the white space between two encoded words dropped.
QString decodeText(const QByteArray& unfolded)
{
    QString out;
    QByteArray space;
    bool previousEncoded = false;
    qsizetype i = 0;
    while (i < unfolded.size()) {
        qsizetype j = i;
        while (j < unfolded.size() && unfolded[j] == ' ')
            ++j;
        space = unfolded.mid(i, j - i);
        i = j;
        while (j < unfolded.size() && unfolded[j] != ' ')
            ++j;
        if (j == i)
            break;
        const QByteArray word = unfolded.mid(i, j - i);
        i = j;
        if (const auto decoded = decodeWord(word)) {
            if (!previousEncoded)
                out += QString::fromLatin1(space);
            out += fromUtf8(*decoded);
            previousEncoded = true;
        } else {
            out += QString::fromLatin1(space) + QString::fromLatin1(word);
            previousEncoded = false;
        }
    }
    return out;
}

QString decodePhrase(const QByteArray& phrase)
{
    const QByteArray unfolded = unfold(phrase);
    if (unfolded.size() >= 2 && unfolded.startsWith('"') && unfolded.endsWith('"')) {
        QString out;
        for (qsizetype i = 1; i + 1 < unfolded.size(); ++i) {
            char c = unfolded[i];
            if (c == '\\') {
                check(i + 2 < unfolded.size());
                c = unfolded[++i];
            } else {
                check(c != '"');
            }
            out += QLatin1Char(c);
        }
        return out;
    }
    return decodeText(unfolded);
}

void checkEncodedWordSizes(const QByteArray& v)
{
    for (const QByteArray& word : unfold(v).split(' ')) {
        if (decodeWord(word))
            check(word.size() <= 75);
    }
}

void checkUnstructured(const QString& text, int nameLength)
{
    const QByteArray out = mime::encodeUnstructured(text, nameLength);
    checkHeaderValue(out);
    checkHeaderLines(out, nameLength, true);
    checkEncodedWordSizes(out);
    check(decodeText(unfold(out)) == throughUtf8(mime::sanitizeHeaderValue(text)));
}

void checkDisplayName(const QString& name)
{
    const QByteArray out = mime::encodeDisplayName(name);
    const QString clean = mime::sanitizeHeaderValue(name);
    check(out.isEmpty() == clean.isEmpty());
    checkHeaderValue(out);
    checkHeaderLines(out, 4, false); // "To: "
    checkEncodedWordSizes(out);
    check(decodePhrase(out) == throughUtf8(clean));
}

void checkQuotedPrintable(const QByteArray& bytes)
{
    const QByteArray qp = mime::quotedPrintable(bytes);
    for (QByteArray line : qp.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        check(line.size() <= 76);
        check(!line.endsWith(' ') && !line.endsWith('\t'));
        for (char c : line)
            check(c >= 0x21 && c <= 0x7e || c == ' ' || c == '\t');
    }
    check(mime::toCrlf(qp) == qp); // no bare CR or LF
    check(mime::decodeQuotedPrintable(qp) == mime::toCrlf(bytes));
    mime::decodeQuotedPrintable(bytes); // any input: no crash
}

void checkLineEnds(const QByteArray& bytes)
{
    const QByteArray crlf = mime::toCrlf(bytes);
    for (qsizetype i = 0; i < crlf.size(); ++i) {
        if (crlf[i] == '\r')
            check(i + 1 < crlf.size() && crlf[i + 1] == '\n');
        if (crlf[i] == '\n')
            check(i > 0 && crlf[i - 1] == '\r');
    }
    check(mime::toCrlf(crlf) == crlf);
    QByteArray lf = bytes;
    lf.replace("\r\n", "\n").replace('\r', '\n');
    check(QByteArray(crlf).replace("\r\n", "\n") == lf);

    // Dot-stuffing: no line is a lone ".", and dropping one leading dot per line undoes it.
    const QByteArray stuffed = mime::dotStuff(crlf);
    QList<QByteArray> lines = stuffed.split('\n');
    for (QByteArray& line : lines) {
        check(line != "." && line != ".\r");
        if (line.startsWith('.')) {
            check(line.startsWith(".."));
            line.remove(0, 1);
        }
    }
    check(lines.join('\n') == crlf);
}

// A whole message: headers from the text, both bodies.
void checkMessage(const QString& text, int nameLength)
{
    MimeMessage m;
    m.setFrom({text.left(120), QStringLiteral("sender@example.org")});
    m.setTo({text.left(300), QStringLiteral("invitee@example.com")});
    m.setSubject(text);
    m.setTextBody(text);
    m.setHtmlBody(nameLength % 2 ? text : QString());
    m.setDate(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    m.setMessageId("<0123456789abcdef@example.org>");
    m.addHeader("X-Fuzz", text);
    const QByteArray bytes = m.toBytes();
    check(bytes.endsWith("\r\n"));
    check(mime::toCrlf(bytes) == bytes);
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    check(headEnd > 0);
    const QList<QByteArray> head = bytes.left(headEnd).split('\n');
    QByteArray subject;
    bool inSubject = false;
    for (QByteArray line : head) {
        if (line.endsWith('\r'))
            line.chop(1);
        check(line.size() <= 998);
        for (char c : line)
            check(c >= 0x20 && c <= 0x7e);
        if (line.startsWith(' ')) {
            if (inSubject)
                subject += line;
            continue;
        }
        check(line.indexOf(':') > 0);
        inSubject = line.startsWith("Subject: ");
        if (inSubject)
            subject = line.mid(9);
    }
    check(decodeText(subject) == throughUtf8(mime::sanitizeHeaderValue(text)));
    for (QByteArray line : bytes.mid(headEnd + 4).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        check(line.size() <= 76);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t control = data[0];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QString text;
    if (control & 1) {
        text.resize(rest.size() / 2);
        memcpy(text.data(), rest.constData(), size_t(text.size()) * 2);
    } else {
        text = QString::fromUtf8(rest);
    }
    const int nameLength = control >> 1; // 0..127

    checkUnstructured(text, nameLength);
    checkDisplayName(text.left(300)); // the services keep names to 100 characters
    checkQuotedPrintable(rest);
    checkQuotedPrintable(text.toUtf8());
    checkLineEnds(rest);
    const QByteArray address = mime::formatAddress(text.left(300), QStringLiteral("a@example.org"));
    checkHeaderValue(address);
    check(address.endsWith("a@example.org") || address.endsWith("<a@example.org>"));
    checkMessage(text, nameLength);
    return 0;
}
