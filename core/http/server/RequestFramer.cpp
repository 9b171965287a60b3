#include "core/http/server/RequestFramer.h"

#include <QList>

namespace invitedesk::http {

namespace {
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
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

// Where the head ends (index just past the blank line), or -1. Accepts bare LF line ends,
// as the HTTP parser inside QtHttpServer does: a line ends at LF (a CR before it is dropped),
// so the head ends at the first LF followed by LF or by CR LF, whatever ended the line before
// ("\n\r\n" too: looking only for "\r\n\r\n" and "\n\n" let a head end there unseen, and
// the next request's head be read as part of it).
qsizetype headEnd(const QByteArray& head)
{
    const qsizetype lf = head.indexOf("\n\n");
    const qsizetype crlf = head.indexOf("\n\r\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 3;
    return lf < 0 ? -1 : lf + 2;
}

QByteArrayView chopCr(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

const QList<QByteArray>& knownMethods()
{
    static const QList<QByteArray> methods = {"GET",    "HEAD",    "POST",  "PUT",
                                              "DELETE", "OPTIONS", "PATCH", "TRACE"};
    return methods;
}
} // namespace

RequestFramer::RequestFramer(qsizetype maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes), m_maxBodyBytes(maxBodyBytes)
{}

bool RequestFramer::midRequest() const
{
    return !m_head.isEmpty() || m_bodyRemaining > 0 || m_leadingBlankBytes > 0;
}

bool RequestFramer::takeCloseFlag()
{
    if (m_closeFlags.empty())
        return false;
    const bool flag = m_closeFlags.front();
    m_closeFlags.pop_front();
    return flag;
}

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    if (m_failed != Verdict::Ok)
        return m_failed;
    while (!bytes.isEmpty()) {
        if (m_bodyRemaining > 0) {
            const qint64 take = qMin<qint64>(m_bodyRemaining, bytes.size());
            m_bodyRemaining -= take;
            bytes = bytes.sliced(take);
            continue;
        }
        // Empty lines before a request line are allowed (RFC 9112 section 2.2), as part of the
        // request's head: they start its timeout and count against its size.
        if (m_head.isEmpty()) {
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n')) {
                bytes = bytes.sliced(1);
                ++m_leadingBlankBytes;
            }
            if (m_leadingBlankBytes > m_maxHeaderBytes)
                return m_failed = Verdict::HeadersTooLarge;
            if (bytes.isEmpty())
                break;
        }
        const qsizetype before = m_head.size();
        m_head.append(bytes.data(), bytes.size());
        if (!m_requestLineChecked) {
            const qsizetype nl = m_head.indexOf('\n');
            // Refuse as soon as the method cannot be one (binary, a TLS handshake), rather
            // than waiting for a line end that may never come.
            const qsizetype space = m_head.indexOf(' ');
            const qsizetype methodEnd = space >= 0 ? space : (nl >= 0 ? nl : m_head.size());
            for (qsizetype i = 0; i < methodEnd; ++i) {
                if (!isTokenChar(m_head.at(i)) && !(i == methodEnd - 1 && m_head.at(i) == '\r'))
                    return m_failed = Verdict::BadRequest;
            }
            if (nl >= 0) {
                bool http10 = false;
                const Verdict v =
                    checkRequestLine(chopCr(QByteArrayView(m_head).first(nl)), &http10);
                if (v != Verdict::Ok)
                    return m_failed = v;
                m_requestLineChecked = true;
            }
        }
        const qsizetype end = headEnd(m_head);
        if (end < 0) {
            if (m_head.size() > m_maxHeaderBytes)
                return m_failed = Verdict::HeadersTooLarge;
            break;
        }
        if (end > m_maxHeaderBytes)
            return m_failed = Verdict::HeadersTooLarge;
        // What follows the head belongs to the body or the next request.
        const qsizetype consumed = end - before;
        bytes = bytes.sliced(consumed);
        m_head.truncate(end);
        const Verdict v = finishHead();
        m_head.clear();
        m_leadingBlankBytes = 0;
        m_requestLineChecked = false;
        if (v != Verdict::Ok)
            return m_failed = v;
    }
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::checkRequestLine(QByteArrayView line, bool* http10) const
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> p;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == ' ') {
                p.append(line.sliced(start, i - start));
                start = i + 1;
            }
        }
        return p;
    }();
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return Verdict::BadRequest;
    for (char c : parts[1]) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return Verdict::BadRequest;
    }
    const QByteArrayView version = parts[2];
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' ||
        !(version[5] >= '0' && version[5] <= '9') || !(version[7] >= '0' && version[7] <= '9'))
        return Verdict::BadRequest;
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return Verdict::VersionNotSupported;
    if (!knownMethods().contains(parts[0].toByteArray()))
        return Verdict::MethodNotImplemented;
    *http10 = version == "HTTP/1.0";
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::finishHead()
{
    QList<QByteArrayView> lines;
    {
        QByteArrayView rest(m_head);
        while (!rest.isEmpty()) {
            const qsizetype nl = rest.indexOf('\n');
            const QByteArrayView line = chopCr(nl < 0 ? rest : rest.first(nl));
            if (line.isEmpty())
                break;
            lines.append(line);
            rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        }
    }
    if (lines.isEmpty())
        return Verdict::BadRequest;
    bool http10 = false;
    const Verdict v = checkRequestLine(lines.first(), &http10);
    if (v != Verdict::Ok)
        return v;

    qint64 contentLength = -1;
    bool close = http10;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.front() == ' ' || line.front() == '\t')
            return Verdict::BadRequest; // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return Verdict::BadRequest;
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!ok || !digits || (contentLength >= 0 && contentLength != n))
                return Verdict::BadRequest;
            contentLength = n;
        } else if (name == "transfer-encoding") {
            return Verdict::LengthRequired;
        } else if (name == "connection") {
            const QByteArray lower = value.toLower();
            if (lower.contains("close"))
                close = true;
            else if (http10 && lower.contains("keep-alive"))
                close = false;
        }
    }
    if (contentLength > m_maxBodyBytes)
        return Verdict::BodyTooLarge;
    m_bodyRemaining = qMax<qint64>(contentLength, 0);
    m_closeFlags.push_back(close);
    return Verdict::Ok;
}

int RequestFramer::statusOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return 200;
    case Verdict::BadRequest:
        return 400;
    case Verdict::LengthRequired:
        return 411;
    case Verdict::BodyTooLarge:
        return 413;
    case Verdict::HeadersTooLarge:
        return 431;
    case Verdict::MethodNotImplemented:
        return 501;
    case Verdict::VersionNotSupported:
        return 505;
    }
    return 400;
}

QByteArray RequestFramer::reasonOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return "OK";
    case Verdict::BadRequest:
        return "Bad Request";
    case Verdict::LengthRequired:
        return "Length Required";
    case Verdict::BodyTooLarge:
        return "Payload Too Large";
    case Verdict::HeadersTooLarge:
        return "Request Header Fields Too Large";
    case Verdict::MethodNotImplemented:
        return "Not Implemented";
    case Verdict::VersionNotSupported:
        return "HTTP Version Not Supported";
    }
    return "Bad Request";
}

} // namespace invitedesk::http
