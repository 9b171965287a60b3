#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Test clients for the acceptance handler: QNetworkAccessManager, curl (QProcess) and a raw
// socket. All wait by running the event loop, so a handler running in the same thread answers.
namespace invitedesk::test {

struct HttpReply {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString error; // transport failure, empty when an answer came

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QString describe() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class HttpProbe {
public:
    enum class Client { Qnam, Curl };
    static QString clientName(Client client);

    static HttpReply send(Client client, const QByteArray& method, const QUrl& url,
                          const QByteArray& body = {}, const Headers& headers = {},
                          int timeoutMs = 20000);
    static HttpReply viaQnam(const QByteArray& method, const QUrl& url, const QByteArray& body,
                             const Headers& headers, int timeoutMs);
    static HttpReply viaCurl(const QByteArray& method, const QUrl& url, const QByteArray& body,
                             const Headers& headers, int timeoutMs);
    // Writes bytes on a fresh connection and reads until the server closes it or the timeout;
    // returns everything read. closedByServer tells which.
    static QByteArray raw(quint16 port, const QByteArray& bytes, int timeoutMs,
                          bool* closedByServer = nullptr);
    // Parses the first response in `bytes` (status, headers, Content-Length body); the rest of
    // the bytes are left in *rest.
    static HttpReply parse(const QByteArray& bytes, QByteArray* rest = nullptr);
};

} // namespace invitedesk::test
