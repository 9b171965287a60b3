#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <deque>

namespace invitedesk::http {

// Follows the request framing of one connection ahead of QtHttpServer, which buffers a whole
// body before any route sees it and trusts Content-Length (before Qt 6.11). Scans request
// lines and header blocks only, so it can refuse, before the bytes pile up in memory:
// malformed request lines and headers (400), unknown methods (501), header blocks over the
// limit (431), bodies declared over the hard limit (413), bodies without a Content-Length
// (411: browsers, curl and reverse proxies send one for these small forms), HTTP versions
// other than 1.0/1.1 (505). It also records, per request, whether the connection must close
// after the answer (HTTP/1.0 without keep-alive, "Connection: close").
class RequestFramer {
public:
    enum class Verdict {
        Ok,
        BadRequest,           // 400
        LengthRequired,       // 411
        BodyTooLarge,         // 413
        HeadersTooLarge,      // 431
        MethodNotImplemented, // 501
        VersionNotSupported,  // 505
    };

    RequestFramer(qsizetype maxHeaderBytes, qint64 maxBodyBytes);

    // Scans the next bytes of the stream. Once a verdict other than Ok is returned, the
    // connection is beyond repair and the framer refuses everything after it.
    Verdict feed(QByteArrayView bytes);

    // True while a request has started but not yet fully arrived. Empty lines before a request
    // line count as its start: a client trickling "\r\n" is held to the request timeout.
    bool midRequest() const;
    // Whether the oldest request not yet answered asks to close the connection after its
    // answer; removes it. False when there is none.
    bool takeCloseFlag();

    static int statusOf(Verdict verdict);
    static QByteArray reasonOf(Verdict verdict);

private:
    Verdict finishHead();
    Verdict checkRequestLine(QByteArrayView line, bool* http10) const;

    qsizetype m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    QByteArray m_head; // the current request's head so far
    qint64 m_bodyRemaining = 0;
    qsizetype m_leadingBlankBytes = 0; // CR/LF before the current request line
    bool m_requestLineChecked = false;
    Verdict m_failed = Verdict::Ok;
    std::deque<bool> m_closeFlags;
};

} // namespace invitedesk::http
