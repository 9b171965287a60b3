#include "AcceptanceHttpFixture.h"

#include "core/storage/UserRepository.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QMutex>
#include <QTest>
#include <QUuid>

namespace invitedesk::test {

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
    }
    if (type != QtInfoMsg && type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void AcceptanceHttpFixture::startFixture()
{
    g_previousHandler = qInstallMessageHandler(captureMessages);
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_invitations = std::make_unique<InvitationService>(m_db, ServiceConfig{});
    http::AcceptanceServerOptions options;
    options.port = 0;
    options.rateLimitPerMinute = 0; // the rate limit has its own servers
    m_server = startServer(options);
    QVERIFY(m_server && m_server->isRunning());
}

void AcceptanceHttpFixture::stopFixture()
{
    if (m_server)
        m_server->stopAndWait();
    qInstallMessageHandler(g_previousHandler);
}

std::unique_ptr<http::AcceptanceServer>
AcceptanceHttpFixture::startServer(http::AcceptanceServerOptions options)
{
    auto server = std::make_unique<http::AcceptanceServer>(
        BackendServices::wrap(m_db, ServiceConfig{}), options);
    auto started = server->start();
    if (!started) {
        qWarning() << "server did not start:" << started.error().describe();
        return nullptr;
    }
    return server;
}

QString AcceptanceHttpFixture::unique(const QString& prefix) const
{
    return prefix + QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128).left(10) +
           QStringLiteral("@example.com");
}

Invitation AcceptanceHttpFixture::invite(const QString& email, const QString& type,
                                         const QString& first)
{
    NewInvitation in;
    in.email = email;
    in.type = type;
    in.firstName = first;
    in.lastName = QStringLiteral("Invitee");
    auto created = m_invitations->create(m_tree[QStringLiteral("admin")], in);
    if (!created)
        qFatal("cannot create invitation: %s", qPrintable(created.error().describe()));
    m_links.insert(created->id, deliverLink(m_db, created->email));
    m_tokens.append(m_links.value(created->id));
    return created.value();
}

QString AcceptanceHttpFixture::deliverAgain(const Invitation& inv)
{
    const QString token = deliverLink(m_db, inv.email);
    m_links.insert(inv.id, token);
    m_tokens.append(token);
    return token;
}

void AcceptanceHttpFixture::makeAccount(const QString& email, const QString& organizationId)
{
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.email = email;
    u.firstName = QStringLiteral("Existing");
    u.lastName = QStringLiteral("Account");
    u.role = Role::Sales;
    u.organizationId = organizationId;
    u.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(UserRepository(*m_db, m_db->connection().value()).insert(u, QStringLiteral("x")).ok());
}

QUrl AcceptanceHttpFixture::url(const QString& path, quint16 port) const
{
    return QUrl(
        QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : m_server->port()).arg(path));
}

void AcceptanceHttpFixture::verifySecurityHeaders(const HttpReply& reply)
{
    QVERIFY2(reply.header("content-security-policy").startsWith("default-src 'none'"),
             reply.header("content-security-policy").constData());
    QCOMPARE(reply.header("x-frame-options"), QByteArray("DENY"));
    QCOMPARE(reply.header("referrer-policy"), QByteArray("no-referrer"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
}

QJsonObject AcceptanceHttpFixture::json(const HttpReply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QStringList AcceptanceHttpFixture::capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

void AcceptanceHttpFixture::verifyLogHoldsNoSecrets() const
{
    const QStringList log = capturedLog();
    for (const QString& line : log) {
        for (const QString& token : std::as_const(m_tokens))
            QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(kGood), qPrintable(line));
    }
}

} // namespace invitedesk::test
