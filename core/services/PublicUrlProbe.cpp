#include "core/services/PublicUrlProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace invitedesk {

Result<QString> PublicUrlProbe::healthz(const QString& publicUrl, int timeoutMs)
{
    QString base = publicUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/healthz"));
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("the public URL %1 is not an http(s) address").arg(base),
                           QStringLiteral("public-url"));

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 ms = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return Error::make(Error::Code::Environment,
                           QStringLiteral("%1 did not answer within %2 s")
                               .arg(url.toString())
                               .arg(timeoutMs / 1000),
                           QStringLiteral("public-url"));
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString errorText = reply->errorString();
    const bool networkError = reply->error() != QNetworkReply::NoError && status == 0;
    reply->deleteLater();
    if (networkError)
        return Error::make(Error::Code::Environment,
                           QStringLiteral("%1: %2").arg(url.toString(), errorText),
                           QStringLiteral("public-url"));
    if (status != 200)
        return Error::make(
            Error::Code::Environment,
            QStringLiteral("%1 answered %2, not 200").arg(url.toString()).arg(status),
            QStringLiteral("public-url"));
    return QStringLiteral("%1 answered 200 in %2 ms").arg(url.toString()).arg(ms);
}

} // namespace invitedesk
