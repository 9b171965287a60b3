#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QHttpServerResponse;

namespace invitedesk::http {

// The headers every answer of the acceptance handler carries. The Content-Security-Policy
// allows nothing by default; the acceptance page's inline stylesheet is allowed by its hash
// (no 'unsafe-inline'), its form may post to the same origin only, and no one may frame it.
class SecurityHeaders {
public:
    // stylesheetHashes: base64 SHA-256 digests of inline <style> blocks the pages use.
    explicit SecurityHeaders(const QList<QByteArray>& stylesheetHashes = {});

    const QByteArray& contentSecurityPolicy() const { return m_csp; }
    QList<QPair<QByteArray, QByteArray>> all() const;
    void apply(QHttpServerResponse& response) const;
    // "Name: value\r\n" lines, for answers written straight to a socket.
    QByteArray asRawLines() const;

    // base64 SHA-256 of a stylesheet, as CSP's 'sha256-...' source expects.
    static QByteArray stylesheetHash(const QByteArray& css);

private:
    QByteArray m_csp;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace invitedesk::http
