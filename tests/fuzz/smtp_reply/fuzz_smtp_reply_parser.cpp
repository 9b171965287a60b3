// libFuzzer entry point for core/mail/SmtpReplyParser: the relay's bytes, as hostile as a relay
// (or whoever sits between us and it before STARTTLS) can make them. Besides "no crash, no hang,
// no leak" it checks what the parser promises:
//  - however TCP cuts the stream, the same replies come out, and the same error (an over-long
//    line is refused whether it arrives in one segment or in many);
//  - every reply has a code of three digits and at least one line; no line holds a line break
//    or surrounding white space;
//  - the replies, written back in SMTP syntax, parse to themselves;
//  - after clear() (STARTTLS) nothing read before survives: the next reply comes out alone.
#include "core/mail/SmtpReplyParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace invitedesk;

namespace {

struct Outcome {
    QList<SmtpReply> replies;
    bool error = false;
    QString message;
};

bool sameReplies(const QList<SmtpReply>& a, const QList<SmtpReply>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].code != b[i].code || a[i].lines != b[i].lines)
            return false;
    }
    return true;
}

// Feeds `stream` in pieces of the sizes `next` hands out (0: all at once).
template <typename NextSize> Outcome run(const QByteArray& stream, NextSize next)
{
    SmtpReplyParser parser;
    for (qsizetype at = 0; at < stream.size();) {
        qsizetype n = next();
        if (n <= 0 || at + n > stream.size())
            n = stream.size() - at;
        parser.feed(stream.mid(at, n));
        at += n;
    }
    Outcome out;
    out.error = parser.hasError();
    out.message = parser.error();
    while (parser.hasReply())
        out.replies.append(parser.take());
    return out;
}

void check(bool condition)
{
    if (!condition)
        abort();
}

// The replies in SMTP syntax; false when a line would be longer than a server may send (the
// parser reads invalid UTF-8 as U+FFFD, three octets for one).
bool serialise(const QList<SmtpReply>& replies, QByteArray* out)
{
    for (const SmtpReply& r : replies) {
        const QByteArray code = QByteArray::number(r.code).rightJustified(3, '0');
        for (qsizetype i = 0; i < r.lines.size(); ++i) {
            const QByteArray text = r.lines[i].toUtf8();
            if (text.size() > 8192 - 4)
                return false;
            *out += code + (i + 1 < r.lines.size() ? '-' : ' ') + text + "\r\n";
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray stream(reinterpret_cast<const char*>(data), qsizetype(size));

    const Outcome whole = run(stream, [] { return qsizetype(0); });
    // Pieces from a generator seeded by the input, so a crash replays the same cuts.
    quint32 state = quint32(size) * 2654435761u + (size ? data[0] : 0);
    const Outcome pieces = run(stream, [&state] {
        state = state * 1103515245u + 12345u;
        return qsizetype(1 + (state >> 16) % 13);
    });
    check(whole.error == pieces.error && whole.message == pieces.message);
    check(sameReplies(whole.replies, pieces.replies));
    if (size <= 256) {
        const Outcome bytes = run(stream, [] { return qsizetype(1); });
        check(whole.error == bytes.error && whole.message == bytes.message);
        check(sameReplies(whole.replies, bytes.replies));
    }

    for (const SmtpReply& r : whole.replies) {
        check(r.code >= 0 && r.code <= 999 && !r.lines.isEmpty());
        for (const QString& line : r.lines) {
            check(!line.contains(QLatin1Char('\n')));
            check(line == line.trimmed());
        }
    }

    // Written back, the replies are read as they were.
    QByteArray again;
    if (serialise(whole.replies, &again)) {
        const Outcome reread = run(again, [] { return qsizetype(0); });
        check(!reread.error);
        check(sameReplies(reread.replies, whole.replies));
    }

    // STARTTLS: whatever was buffered, clear() forgets it.
    SmtpReplyParser parser;
    parser.feed(stream);
    parser.clear();
    check(!parser.hasError() && !parser.hasReply());
    parser.feed("220 2.0.0 ready\r\n");
    check(!parser.hasError() && parser.replyCount() == 1);
    const SmtpReply ready = parser.take();
    check(ready.code == 220 && ready.lines == QStringList{QStringLiteral("2.0.0 ready")});
    return 0;
}
