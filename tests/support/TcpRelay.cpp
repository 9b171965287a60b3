#include "tests/support/TcpRelay.h"

#include <QTcpServer>

namespace invitedesk::test {

template <typename F> void TcpRelay::onThread(F f)
{
    QMetaObject::invokeMethod(m_context, f, Qt::BlockingQueuedConnection);
}

TcpRelay::TcpRelay(const QString& host, quint16 port)
    : m_host(host), m_targetPort(port), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("test-tcp-relay"));
    m_context->moveToThread(&m_thread);
    // Deleted on its thread as the thread ends, with the server and the sockets.
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    onThread([this] {
        m_server = new QTcpServer(m_context);
        QObject::connect(m_server, &QTcpServer::newConnection, m_context, [this] { accept(); });
        if (m_server->listen(QHostAddress::LocalHost, 0))
            m_port = m_server->serverPort();
    });
}

TcpRelay::~TcpRelay()
{
    m_thread.quit();
    m_thread.wait();
}

void TcpRelay::setMode(Mode mode)
{
    onThread([this, mode] { m_mode = mode; });
}

void TcpRelay::dropAll()
{
    onThread([this] {
        const QList<Link> links = std::exchange(m_links, {});
        for (const Link& link : links) {
            for (QTcpSocket* socket : {link.client.data(), link.upstream.data()}) {
                if (!socket)
                    continue;
                socket->abort();
                socket->deleteLater();
            }
        }
    });
}

int TcpRelay::heldCount()
{
    int held = 0;
    onThread([this, &held] {
        for (const Link& link : std::as_const(m_links)) {
            if (link.client && !link.upstream &&
                link.client->state() == QAbstractSocket::ConnectedState)
                ++held;
        }
    });
    return held;
}

void TcpRelay::accept()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        switch (m_mode) {
        case Mode::Refuse:
            client->close();
            client->deleteLater();
            break;
        case Mode::Hold:
            m_links.append(Link{client, nullptr});
            break;
        case Mode::Forward:
            relay(client);
            break;
        }
    }
}

void TcpRelay::relay(QTcpSocket* client)
{
    auto* upstream = new QTcpSocket(m_context);
    m_links.append(Link{client, upstream});
    const auto toUpstream = [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState && client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    };
    QObject::connect(client, &QTcpSocket::readyRead, upstream, toUpstream);
    QObject::connect(upstream, &QTcpSocket::connected, client, toUpstream);
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    // Either side ends: both do.
    const auto end = [client, upstream] {
        client->disconnect();
        upstream->disconnect();
        client->abort();
        upstream->abort();
        client->deleteLater();
        upstream->deleteLater();
    };
    QObject::connect(client, &QTcpSocket::disconnected, m_context, end);
    QObject::connect(upstream, &QTcpSocket::disconnected, m_context, end);
    QObject::connect(upstream, &QTcpSocket::errorOccurred, m_context, end);
    upstream->connectToHost(m_host, m_targetPort);
}

} // namespace invitedesk::test
