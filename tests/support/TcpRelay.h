#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QThread>

class QTcpServer;

namespace invitedesk::test {

// A loopback TCP relay to a server, on a thread of its own (so it answers while the test's
// thread blocks in a connect through it), that a test makes "go away": Forward passes bytes
// both ways; Hold accepts and never answers (a client waits for its own timeout: a server
// that does not respond); Refuse accepts and closes at once. dropAll() ends every connection
// through it. Every method returns after the relay's thread has done it.
class TcpRelay {
public:
    enum class Mode { Forward, Hold, Refuse };

    // Listens on 127.0.0.1, a free port (port() is 0 when it cannot).
    TcpRelay(const QString& host, quint16 port);
    ~TcpRelay();
    TcpRelay(const TcpRelay&) = delete;
    TcpRelay& operator=(const TcpRelay&) = delete;

    quint16 port() const { return m_port; }
    // For connections from now on.
    void setMode(Mode mode);
    void dropAll();
    // Connections accepted in Hold mode and still open (a client waiting for an answer).
    int heldCount();

private:
    struct Link {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream; // none when held
    };
    void accept();
    void relay(QTcpSocket* client);
    template <typename F> void onThread(F f);

    QString m_host;
    quint16 m_targetPort;
    quint16 m_port = 0;
    QThread m_thread;
    QObject* m_context; // lives on m_thread; parent of the server and every socket
    // Touched on m_thread only:
    QTcpServer* m_server = nullptr;
    Mode m_mode = Mode::Forward;
    QList<Link> m_links;
};

} // namespace invitedesk::test
