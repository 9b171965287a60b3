// libFuzzer entry point for core/http/server/RequestFramer: the bytes of one connection to
// `invitedesk serve`, ahead of QtHttpServer's own parser. The framer must see the requests
// exactly where that parser does; if they disagree, a request's head (its Content-Length, its
// "Connection: close") slips past the checks. Checks, with limits of 512 header and 4096 body
// octets:
//  - the framer agrees with a plain reading of RFC 9112 as QtHttpServer's parser applies it
//    (the reference below: lines end at LF, an optional CR before it; the head ends at the
//    first empty line; empty lines before a request line are skipped): the same verdict, the
//    same requests with the same close flags, the same "in the middle of a request";
//  - however TCP cuts the stream, the framer refuses it or not alike, and follows the same
//    requests;
//  - once refused it stays refused; after the last request a new one is read cleanly.
#include "core/http/server/RequestFramer.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace invitedesk::http;
using Verdict = RequestFramer::Verdict;

namespace {

constexpr qsizetype kMaxHead = 512;
constexpr qint64 kMaxBody = 4096;

void check(bool condition)
{
    if (!condition)
        abort();
}

struct Reading {
    Verdict verdict = Verdict::Ok;
    std::vector<bool> closeFlags; // one per complete head
    bool midRequest = false;
};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArrayView chopCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

Verdict requestLine(QByteArrayView line, bool* http10)
{
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return Verdict::BadRequest;
    for (char c : parts[1]) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return Verdict::BadRequest;
    }
    const QByteArray& v = parts[2];
    if (v.size() != 8 || !v.startsWith("HTTP/") || v[6] != '.' || v[5] < '0' || v[5] > '9' ||
        v[7] < '0' || v[7] > '9')
        return Verdict::BadRequest;
    if (v != "HTTP/1.1" && v != "HTTP/1.0")
        return Verdict::VersionNotSupported;
    static const QList<QByteArray> methods = {"GET",    "HEAD",    "POST",  "PUT",
                                              "DELETE", "OPTIONS", "PATCH", "TRACE"};
    if (!methods.contains(parts[0]))
        return Verdict::MethodNotImplemented;
    *http10 = v == "HTTP/1.0";
    return Verdict::Ok;
}

// The whole stream read at once, one line at a time.
Reading reference(QByteArrayView s)
{
    Reading r;
    qsizetype pos = 0;
    const auto fail = [&r](Verdict v) {
        r.verdict = v;
        return r;
    };
    while (true) {
        qsizetype blanks = 0;
        while (pos < s.size() && (s[pos] == '\r' || s[pos] == '\n')) {
            ++pos;
            ++blanks;
        }
        if (blanks > kMaxHead)
            return fail(Verdict::HeadersTooLarge);
        if (pos == s.size()) {
            r.midRequest = blanks > 0;
            return r;
        }
        const qsizetype start = pos;
        // The method (up to a space or the line's end) is refused as soon as a byte cannot
        // belong to it; a CR just before the space or LF is left to the request line's check.
        qsizetype methodEnd = start;
        while (methodEnd < s.size() && s[methodEnd] != ' ' && s[methodEnd] != '\n')
            ++methodEnd;
        for (qsizetype i = start; i < methodEnd; ++i) {
            if (!isTokenChar(s[i]) && !(s[i] == '\r' && i == methodEnd - 1))
                return fail(Verdict::BadRequest);
        }
        QList<QByteArrayView> lines;
        qsizetype end = -1;
        for (qsizetype at = start; at < s.size();) {
            const qsizetype nl = s.indexOf('\n', at);
            if (nl < 0)
                break;
            const QByteArrayView line = chopCr(s.sliced(at, nl - at));
            at = nl + 1;
            if (lines.isEmpty()) {
                bool http10 = false;
                const Verdict v = requestLine(line, &http10);
                if (v != Verdict::Ok)
                    return fail(v);
            } else if (line.isEmpty()) {
                end = at;
                break;
            }
            lines.append(line);
        }
        if (end < 0) {
            if (s.size() - start > kMaxHead)
                return fail(Verdict::HeadersTooLarge);
            r.midRequest = true;
            return r;
        }
        if (end - start > kMaxHead)
            return fail(Verdict::HeadersTooLarge);
        bool http10 = false;
        requestLine(lines[0], &http10);
        bool close = http10;
        qint64 length = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArrayView line = lines[i];
            if (line[0] == ' ' || line[0] == '\t')
                return fail(Verdict::BadRequest);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.first(colon)))
                return fail(Verdict::BadRequest);
            const QByteArray name = line.first(colon).toByteArray().toLower();
            const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
            if (name == "content-length") {
                bool digits = !value.isEmpty() && value.size() <= 18;
                for (char c : value)
                    digits = digits && c >= '0' && c <= '9';
                if (!digits || (length >= 0 && length != value.toLongLong()))
                    return fail(Verdict::BadRequest);
                length = value.toLongLong();
            } else if (name == "transfer-encoding") {
                return fail(Verdict::LengthRequired);
            } else if (name == "connection") {
                const QByteArray lower = value.toLower();
                if (lower.contains("close"))
                    close = true;
                else if (http10 && lower.contains("keep-alive"))
                    close = false;
            }
        }
        if (length > kMaxBody)
            return fail(Verdict::BodyTooLarge);
        r.closeFlags.push_back(close);
        pos = end;
        if (length > 0) {
            if (s.size() - pos < length) {
                r.midRequest = true;
                return r;
            }
            pos += length;
        }
    }
}

// Feeds the stream in pieces of the sizes `next` hands out (0: the rest at once).
template <typename NextSize> Reading feed(RequestFramer& framer, QByteArrayView s, NextSize next)
{
    Reading r;
    for (qsizetype at = 0; at < s.size();) {
        qsizetype n = next();
        if (n <= 0 || at + n > s.size())
            n = s.size() - at;
        const Verdict v = framer.feed(s.sliced(at, n));
        check(r.verdict == Verdict::Ok || v == r.verdict); // refused stays refused
        r.verdict = v;
        at += n;
    }
    r.midRequest = framer.midRequest();
    return r;
}

// Takes the close flags of the requests the reference found, then shows that there are no
// more: a new request with "Connection: close" must be the next one.
void checkFlags(RequestFramer& framer, const Reading& want)
{
    for (bool flag : want.closeFlags)
        check(framer.takeCloseFlag() == flag);
    if (want.verdict != Verdict::Ok) {
        check(framer.feed("GET / HTTP/1.1\r\n\r\n") == want.verdict);
        return;
    }
    if (want.midRequest)
        return;
    check(framer.feed("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") == Verdict::Ok);
    check(framer.takeCloseFlag());
    check(!framer.midRequest());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView stream(reinterpret_cast<const char*>(data), qsizetype(size));
    const Reading want = reference(stream);

    RequestFramer whole(kMaxHead, kMaxBody);
    const Reading got = feed(whole, stream, [] { return qsizetype(0); });
    check(got.verdict == want.verdict);
    if (want.verdict == Verdict::Ok)
        check(got.midRequest == want.midRequest);
    checkFlags(whole, want);

    quint32 state = quint32(size) * 2654435761u + (size ? data[size - 1] : 0);
    RequestFramer pieces(kMaxHead, kMaxBody);
    const Reading cut = feed(pieces, stream, [&state] {
        state = state * 1103515245u + 12345u;
        return qsizetype(1 + (state >> 16) % 23);
    });
    // Where TCP cuts the stream may change which refusal comes first, never whether.
    check((cut.verdict == Verdict::Ok) == (want.verdict == Verdict::Ok));
    if (want.verdict == Verdict::Ok) {
        check(cut.midRequest == want.midRequest);
        checkFlags(pieces, want);
    }
    return 0;
}
