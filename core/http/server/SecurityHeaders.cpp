#include "core/http/server/SecurityHeaders.h"

#include "core/http/server/HttpCompat.h"

#include <QCryptographicHash>
#include <QHttpServerResponse>

namespace invitedesk::http {

SecurityHeaders::SecurityHeaders(const QList<QByteArray>& stylesheetHashes)
{
    m_csp = "default-src 'none'";
    if (!stylesheetHashes.isEmpty()) {
        m_csp += "; style-src";
        for (const QByteArray& hash : stylesheetHashes)
            m_csp += " 'sha256-" + hash + '\'';
    }
    m_csp += "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    m_headers = {
        {"Content-Security-Policy", m_csp},    {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},    {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"}, {"Cross-Origin-Resource-Policy", "same-origin"},
    };
}

QList<QPair<QByteArray, QByteArray>> SecurityHeaders::all() const
{
    return {
        {"Content-Security-Policy", m_csp},    {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},    {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"}, {"Cross-Origin-Resource-Policy", "same-origin"},
    };
}

void SecurityHeaders::apply(QHttpServerResponse& response) const
{
    for (const auto& header : m_headers)
        compat::setHeader(response, header.first, header.second);
}

QByteArray SecurityHeaders::asRawLines() const
{
    QByteArray out;
    for (const auto& header : all())
        out += header.first + ": " + header.second + "\r\n";
    return out;
}

QByteArray SecurityHeaders::stylesheetHash(const QByteArray& css)
{
    return QCryptographicHash::hash(css, QCryptographicHash::Sha256).toBase64();
}

} // namespace invitedesk::http
