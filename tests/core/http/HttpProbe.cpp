#include "HttpProbe.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

namespace invitedesk::test {

QString HttpReply::describe() const
{
    return QStringLiteral("status %1 %2 body %3")
        .arg(status)
        .arg(error)
        .arg(QString::fromUtf8(body.left(400)));
}

QString HttpProbe::clientName(Client client)
{
    return client == Client::Qnam ? QStringLiteral("qnam") : QStringLiteral("curl");
}

HttpReply HttpProbe::send(Client client, const QByteArray& method, const QUrl& url,
                          const QByteArray& body, const Headers& headers, int timeoutMs)
{
    return client == Client::Qnam ? viaQnam(method, url, body, headers, timeoutMs)
                                  : viaCurl(method, url, body, headers, timeoutMs);
}

HttpReply HttpProbe::viaQnam(const QByteArray& method, const QUrl& url, const QByteArray& body,
                             const Headers& headers, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    QBuffer* upload = new QBuffer;
    upload->setData(body);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, upload);
    upload->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QStringLiteral("timeout");
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    out.body = reply->readAll();
    if (out.status == 0 && out.error.isEmpty())
        out.error = reply->errorString();
    delete reply;
    return out;
}

HttpReply HttpProbe::viaCurl(const QByteArray& method, const QUrl& url, const QByteArray& body,
                             const Headers& headers, int timeoutMs)
{
    QStringList args{QStringLiteral("-s"),         QStringLiteral("-i"),
                     QStringLiteral("--max-time"), QString::number(timeoutMs / 1000 + 1),
                     QStringLiteral("-X"),         QString::fromLatin1(method),
                     QStringLiteral("-H"),         QStringLiteral("Expect:")};
    for (const auto& h : headers)
        args << QStringLiteral("-H") << QString::fromLatin1(h.first + ": " + h.second);
    if (!body.isEmpty() || method == "POST")
        args << QStringLiteral("--data-binary") << QStringLiteral("@-");
    args << url.toString(QUrl::FullyEncoded);
    QProcess curl;
    curl.start(QStringLiteral("curl"), args);
    HttpReply out;
    if (!curl.waitForStarted(5000)) {
        out.error = QStringLiteral("curl did not start: ") + curl.errorString();
        return out;
    }
    curl.write(body);
    curl.closeWriteChannel();
    // Wait with the event loop running: the handler under test may live in this thread.
    QEventLoop loop;
    QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 2000, &loop, &QEventLoop::quit);
    if (curl.state() != QProcess::NotRunning)
        loop.exec();
    if (curl.state() != QProcess::NotRunning) {
        curl.kill();
        curl.waitForFinished(1000);
        out.error = QStringLiteral("curl timed out");
        return out;
    }
    const QByteArray output = curl.readAllStandardOutput();
    if (curl.exitCode() != 0 && output.isEmpty()) {
        out.error = QStringLiteral("curl exit %1").arg(curl.exitCode());
        return out;
    }
    return parse(output);
}

HttpReply HttpProbe::parse(const QByteArray& bytes, QByteArray* rest)
{
    HttpReply out;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        out.error = QStringLiteral("no complete response");
        if (rest)
            *rest = bytes;
        return out;
    }
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    out.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = out.headers.value("content-length", "-1").toLongLong();
    const QByteArray after = bytes.mid(end + 4);
    if (length >= 0) {
        out.body = after.left(length);
        if (rest)
            *rest = after.mid(length);
    } else {
        out.body = after;
        if (rest)
            rest->clear();
    }
    return out;
}

QByteArray HttpProbe::raw(quint16 port, const QByteArray& bytes, int timeoutMs,
                          bool* closedByServer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QEventLoop loop;
    QByteArray received;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        received += socket.readAll();
        closed = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    received += socket.readAll();
    if (closedByServer)
        *closedByServer = closed;
    return received;
}

} // namespace invitedesk::test
