#include "tests/bench/queries/AcceptDriver.h"

#include "tests/bench/queries/DeskFleet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>

namespace invitedesk::bench {

namespace {
constexpr qint64 kClickDelayMs = 1000;

// The recipient of one message as written (headers unfolded), lower-cased.
QString recipientOf(const QByteArray& message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    QByteArray headers = message.left(end < 0 ? message.size() : end);
    headers.replace("\r\n ", " ").replace("\r\n\t", " ");
    static const QRegularExpression to(
        QStringLiteral("^To:[^\\r\\n]*?<?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>?\\s*$"),
        QRegularExpression::MultilineOption);
    const auto match = to.match(QString::fromLatin1(headers));
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// The invitation link's token (quoted-printable soft line breaks undone), empty when none.
QString tokenOf(const QByteArray& message)
{
    QByteArray text = message;
    text.replace("=\r\n", "");
    static const QRegularExpression link(QStringLiteral("/invite/([A-Za-z0-9_-]{43})"));
    return link.match(QString::fromLatin1(text)).captured(1);
}
} // namespace

AcceptDriver::AcceptDriver(QString mailFolder, QList<int> ports, DeskFleet* fleet, QString password)
    : m_folder(std::move(mailFolder)), m_ports(std::move(ports)), m_fleet(fleet),
      m_password(std::move(password))
{}

void AcceptDriver::expect(const QHash<QString, QString>& invitationByEmail)
{
    QMutexLocker lock(&m_mutex);
    m_invitationByEmail.insert(invitationByEmail);
}

AcceptDriver::~AcceptDriver()
{
    stop();
}

void AcceptDriver::start()
{
    m_clock.start();
    // The folder's reader: every 200 ms, until stopped.
    m_threads.emplace_back(QThread::create([this] {
        while (!m_stop) {
            scan();
            for (int i = 0; i < 4 && !m_stop; ++i)
                QThread::msleep(50);
        }
    }));
    for (int port : std::as_const(m_ports))
        m_threads.emplace_back(QThread::create([this, port] { acceptLoop(port); }));
    for (auto& t : m_threads)
        t->start();
}

void AcceptDriver::stop()
{
    m_stop = true;
    {
        QMutexLocker lock(&m_mutex);
        m_queued.wakeAll();
    }
    for (auto& t : m_threads)
        t->wait();
    m_threads.clear();
}

void AcceptDriver::scan()
{
    QDir dir(m_folder, QStringLiteral("*.eml"), QDir::Name, QDir::Files);
    const QStringList names = dir.entryList();
    for (const QString& name : names) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_filesRead.contains(name))
                continue;
        }
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue; // not there yet (QSaveFile renames whole files in)
        const QByteArray message = f.readAll();
        const QString token = tokenOf(message);
        const QString recipient = recipientOf(message);
        QMutexLocker lock(&m_mutex);
        const QString invitation = m_invitationByEmail.value(recipient);
        if (invitation.isEmpty() && !m_stop)
            continue; // its invitation's batch is still being noted
        m_filesRead.insert(name);
        ++m_figures.messages;
        if (token.isEmpty())
            continue;
        if (m_tokensSeen.contains(token)) {
            ++m_figures.sentTwice; // the same outbox row delivered again
            continue;
        }
        m_tokensSeen.insert(token);
        if (!invitation.isEmpty()) {
            m_queue.append({invitation, token, m_clock.elapsed()});
            m_queued.wakeOne();
        }
    }
}

bool AcceptDriver::nextInvitee(QString* invitationId, QString* token)
{
    QMutexLocker lock(&m_mutex);
    while (!m_stop &&
           (m_queue.isEmpty() || m_clock.elapsed() - m_queue.first().arrivedMs < kClickDelayMs))
        m_queued.wait(&m_mutex, 50);
    if (m_stop)
        return false;
    const Invitee next = m_queue.takeFirst();
    *invitationId = next.invitation;
    *token = next.token;
    return true;
}

void AcceptDriver::acceptLoop(int port)
{
    QString invitation;
    QString token;
    while (nextInvitee(&invitation, &token)) {
        m_fleet->watch(invitation);
        QElapsedTimer t;
        t.start();
        QString refusal;
        int status = post(port, token, &refusal);
        int retries = 0;
        for (; status == 409 && retries < 2 && !m_stop; ++retries) {
            QThread::msleep(500);
            t.restart();
            status = post(port, token, &refusal);
        }
        const double ms = t.nsecsElapsed() / 1e6;
        const qint64 answeredUs = DeskFleet::wallClockUs();
        QMutexLocker lock(&m_mutex);
        m_figures.retried += retries;
        if (status == 201) {
            m_figures.accepted << invitation;
            m_figures.answerMs << ms;
            m_figures.answeredUs << answeredUs;
        } else {
            ++m_figures.refused;
            if (m_figures.firstRefusal.isEmpty())
                m_figures.firstRefusal = refusal;
        }
    }
}

int AcceptDriver::post(int port, const QString& token, QString* refusal)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("password"), m_password}})
                                .toJson(QJsonDocument::Compact);
    const QByteArray request =
        "POST /api/v1/invitations/accept/" + token.toLatin1() +
        " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!socket.waitForConnected(10000)) {
        *refusal = socket.errorString();
        return 0;
    }
    socket.write(request);
    QByteArray answer;
    QElapsedTimer waited;
    waited.start();
    // Until the whole answer is in (its Content-Length), the server closes, or a minute passed.
    static const QRegularExpression length(QStringLiteral("\\r\\ncontent-length:\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    auto complete = [&] {
        const qsizetype headersEnd = answer.indexOf("\r\n\r\n");
        if (headersEnd < 0)
            return false;
        const auto m = length.match(QString::fromLatin1(answer.left(headersEnd)));
        return m.hasMatch() && answer.size() - headersEnd - 4 >= m.captured(1).toLongLong();
    };
    while (!complete() && socket.state() == QAbstractSocket::ConnectedState &&
           waited.elapsed() < 60000) {
        if (socket.waitForReadyRead(1000))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    const int status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    if (status != 201)
        *refusal = status ? QString::fromLatin1(statusLine.value(1)) + QStringLiteral(" ") +
                                QString::fromUtf8(answer.mid(answer.indexOf("\r\n\r\n") + 4, 300))
                          : QStringLiteral("no answer");
    return status;
}

AcceptDriver::Figures AcceptDriver::figures() const
{
    QMutexLocker lock(&m_mutex);
    return m_figures;
}

} // namespace invitedesk::bench
