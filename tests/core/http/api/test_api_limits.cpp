// The integration API's limits and its document (both backends): rate limits per token and
// per address (429 with Retry-After), and the OpenAPI document: every route described,
// every described route served, the item and statistics schemas listing exactly their fields.
#include "IntegrationApiFixture.h"

#include "core/http/api/IntegrationApi.h"
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestApiLimits : public IntegrationApiFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startApiFixture(); }
    void cleanupTestCase() { stopApiFixture(); }

    void rateLimitsPerTokenAndPerAddress()
    {
        http::AcceptanceServerOptions options;
        options.port = 0;
        options.rateLimitPerMinute = 0;
        options.api.perTokenPerMinute = 1;
        options.api.perTokenBurst = 2;
        options.api.perAddressPerMinute = 1;
        options.api.perAddressBurst = 4;
        auto server = startServer(options);
        QVERIFY(server);
        const quint16 port = server->port();
        QCOMPARE(call("GET", "/api/v1/invitations/?limit=1", m_token["admin"], {}, {}, port).status,
                 200);
        QCOMPARE(call("GET", "/api/v1/invitations/?limit=1", m_token["admin"], {}, {}, port).status,
                 200);
        HttpReply r = call("GET", "/api/v1/invitations/?limit=1", m_token["admin"], {}, {}, port);
        verifyError(r, 429, "rate_limited");
        QVERIFY(r.header("retry-after").toInt() >= 1);
        // Another token has its own bucket, until the address's is empty too.
        QCOMPARE(call("GET", "/api/v1/invitations/?limit=1", m_token["chp"], {}, {}, port).status,
                 200);
        verifyError(call("GET", "/api/v1/invitations/?limit=1", m_token["master"], {}, {}, port),
                    429, "rate_limited");
        server->stopAndWait();
    }

    void openApiDocumentMatchesTheRoutes()
    {
        const HttpReply r = call("GET", "/api/v1/openapi.json", {});
        QCOMPARE(r.status, 200);
        verifySecurityHeaders(r);
        const QJsonObject doc = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(doc.value("openapi").toString(), QStringLiteral("3.1.0"));
        const QJsonObject paths = doc.value("paths").toObject();
        QSet<QString> routes;
        for (const auto& route : http::IntegrationApi::routes()) {
            const QString op = QString::fromLatin1(route.method).toLower();
            routes.insert(route.path + QLatin1Char(' ') + op);
            QVERIFY2(paths.value(route.path).toObject().contains(op),
                     qPrintable("not described: " + route.path + " " + op));
        }
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            for (const QString& op : p.value().toObject().keys()) {
                if (op == QLatin1String("parameters"))
                    continue;
                QVERIFY2(routes.contains(p.key() + QLatin1Char(' ') + op),
                         qPrintable("described but not served: " + p.key() + " " + op));
            }
        }
        // The item schema lists exactly the item's fields (Invitation::toJson).
        const QJsonObject schemas = doc.value("components").toObject().value("schemas").toObject();
        QStringList itemKeys = Invitation().toJson().keys();
        QStringList described =
            schemas.value("Invitation").toObject().value("properties").toObject().keys();
        QCOMPARE(described, itemKeys);
        QCOMPARE(schemas.value("Statistics").toObject().value("properties").toObject().keys(),
                 Statistics().toJson().keys());
    }

    // Last: every status these tests saw is documented for its operation.
    void everyStatusSeenIsDocumented() { verifyEverySeenStatusDocumented(); }
};

QTEST_GUILESS_MAIN(TestApiLimits)
#include "test_api_limits.moc"
