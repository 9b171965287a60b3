#include "IntegrationApiFixture.h"

#include "core/http/api/IntegrationApi.h"
#include "core/services/ApiTokenService.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace invitedesk::test {

void IntegrationApiFixture::startApiFixture()
{
    // Each executable writes its own answers file (ctest may run them side by side).
    if (!qEnvironmentVariableIsEmpty("INVITEDESK_API_ANSWERS"))
        QFile::remove(qEnvironmentVariable("INVITEDESK_API_ANSWERS"));
    startFixture();
    ApiTokenService tokens(m_db, ServiceConfig{});
    for (const QString& user : kUsers) {
        auto t = tokens.create(m_tree[user], {QStringLiteral("tests"), {}, false});
        QVERIFY(t.ok());
        m_token.insert(user, t->token);
    }
    auto ro = tokens.create(m_tree["sales1"], {QStringLiteral("read"), {}, true});
    QVERIFY(ro.ok());
    m_readOnly = ro->token;
}

void IntegrationApiFixture::stopApiFixture()
{
    stopFixture();
}

QString IntegrationApiFixture::templateOf(const QByteArray& method, const QString& path)
{
    for (const auto& r : http::IntegrationApi::routes()) {
        QString re = QRegularExpression::escape(r.path);
        re.replace(QStringLiteral("\\{id\\}"), QStringLiteral("[^/]+"));
        if (r.method == method &&
            QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$')).match(path).hasMatch())
            return r.path;
    }
    return {};
}

HttpReply IntegrationApiFixture::call(const QByteArray& method, const QString& pathAndQuery,
                                      const QString& token, const QJsonValue& body, Headers headers,
                                      quint16 port)
{
    if (!token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (!bytes.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const QUrl u = url(pathAndQuery, port);
    HttpReply reply = HttpProbe::viaQnam(method, u, bytes, headers, 20000);
    record(method, u.path(), reply);
    return reply;
}

void IntegrationApiFixture::record(const QByteArray& method, const QString& path,
                                   const HttpReply& reply)
{
    const QString t = templateOf(method, path);
    if (t.isEmpty())
        return;
    m_seen.insert(QString::fromLatin1(method) + QLatin1Char(' ') + t + QLatin1Char(' ') +
                  QString::number(reply.status));
    const QString answers = qEnvironmentVariable("INVITEDESK_API_ANSWERS");
    if (answers.isEmpty())
        return;
    QFile file(answers);
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(answers));
    file.write(QJsonDocument(QJsonObject{{"method", QString::fromLatin1(method)},
                                         {"path", t},
                                         {"status", reply.status},
                                         {"body", QString::fromUtf8(reply.body)}})
                   .toJson(QJsonDocument::Compact) +
               '\n');
}

void IntegrationApiFixture::verifyError(const HttpReply& reply, int status, const QString& code,
                                        const QString& field)
{
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    const QJsonObject error = json(reply).value("error").toObject();
    QCOMPARE(error.value("code").toString(), code);
    QVERIFY(!error.value("message").toString().isEmpty());
    QVERIFY(error.contains("field"));
    if (!field.isEmpty())
        QCOMPARE(error.value("field").toString(), field);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    verifySecurityHeaders(reply);
}

void IntegrationApiFixture::verifyEverySeenStatusDocumented() const
{
    const QJsonObject paths = QJsonDocument::fromJson(http::IntegrationApi::openApiDocument())
                                  .object()
                                  .value("paths")
                                  .toObject();
    QVERIFY(!m_seen.isEmpty());
    for (const QString& seen : std::as_const(m_seen)) {
        const QStringList parts = seen.split(QLatin1Char(' '));
        const QJsonObject op =
            paths.value(parts.at(1)).toObject().value(parts.at(0).toLower()).toObject();
        QVERIFY2(op.value("responses").toObject().contains(parts.at(2)),
                 qPrintable("undocumented: " + seen));
    }
}

QJsonObject IntegrationApiFixture::newDoctor(const QString& email) const
{
    return QJsonObject{{"email", email},
                       {"first_name", "Dana"},
                       {"last_name", "Reyes"},
                       {"invitation_type", "doctor"},
                       {"invitation_message", "Welcome aboard"}};
}

QString IntegrationApiFixture::created(const QString& user, const QJsonObject& body)
{
    const HttpReply r = call("POST", "/api/v1/invitations/", m_token[user], body);
    if (r.status != 201)
        qWarning() << r.describe();
    return json(r).value("id").toString();
}

} // namespace invitedesk::test
