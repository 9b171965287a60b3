#include "core/http/server/RequestInfo.h"

#include "core/http/server/HttpCompat.h"

#include <QHttpServerRequest>

namespace invitedesk::http {

RequestInfo RequestInfo::from(const QHttpServerRequest& request, const QString& routePattern,
                              const QString& arg)
{
    RequestInfo info;
    info.started.start();
    info.method = compat::methodName(request);
    info.path = request.url().path();
    info.query = request.url().query(QUrl::FullyEncoded);
    info.routePattern = routePattern;
    info.arg = arg;
    info.headers = compat::requestHeaders(request);
    info.body = request.body();
    info.peer = request.remoteAddress();
    const QByteArray connection = info.header("connection").toLower();
    info.closeAfterResponse = connection.contains("close");
    return info;
}

QByteArray RequestInfo::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RequestInfo::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> RequestInfo::headerValues(const QByteArray& name) const
{
    QList<QByteArray> values;
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

QByteArray RequestInfo::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

} // namespace invitedesk::http
