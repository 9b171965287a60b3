// Who may do what through the integration API (both backends): no or a bad token is 401, a
// revoked token is refused, the invite matrix walked through the API (403), downline
// visibility (404 for what the user may not see), read-only tokens, and the token's last use
// being recorded.
#include "IntegrationApiFixture.h"

#include "core/domain/InvitePolicy.h"
#include "core/services/ApiTokenService.h"
#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace invitedesk;
using namespace invitedesk::test;

class TestApiPermissions : public IntegrationApiFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startApiFixture(); }
    void cleanupTestCase() { stopApiFixture(); }

    void withoutAValidTokenItIs401_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("basic") << QByteArray("Basic YWRtaW46cHc=");
        QTest::newRow("unknown") << QByteArray("Bearer idk_") + QByteArray(43, 'A');
        QTest::newRow("malformed") << QByteArray("Bearer nonsense");
    }

    void withoutAValidTokenItIs401()
    {
        QFETCH(QByteArray, authorization);
        Headers h;
        if (!authorization.isEmpty())
            h.append(qMakePair(QByteArray("Authorization"), authorization));
        const HttpReply r = call("GET", "/api/v1/invitations/", {}, {}, h);
        verifyError(r, 401, "unauthenticated", "token");
        QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
    }

    void revokedTokenIsRefused()
    {
        ApiTokenService tokens(m_db, ServiceConfig{});
        auto t = tokens.create(m_tree["dist1"], {QStringLiteral("soon revoked"), {}, false});
        QVERIFY(t.ok());
        QCOMPARE(call("GET", "/api/v1/invitations/", t->token).status, 200);
        QVERIFY(tokens.revoke(m_tree["dist1"], QStringLiteral("soon revoked")).ok());
        verifyError(call("GET", "/api/v1/invitations/", t->token), 401, "unauthenticated");
    }

    void inviteMatrixThroughTheApi_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("type");
        for (const QString& user : kUsers) {
            for (const QString& type : roles::allNames())
                QTest::newRow(qPrintable(user + QLatin1Char('/') + type)) << user << type;
        }
    }

    void inviteMatrixThroughTheApi()
    {
        QFETCH(QString, user);
        QFETCH(QString, type);
        QJsonObject body{{"email", unique("m")},
                         {"first_name", "A"},
                         {"last_name", "B"},
                         {"invitation_type", type}};
        const HttpReply r = call("POST", "/api/v1/invitations/", m_token[user], body);
        const bool may =
            invite_policy::mayInvite(m_tree[user].role, *invitation_types::fromName(type));
        if (!may) {
            verifyError(r, 403, "not_permitted");
        } else {
            // Allowed by the matrix: created, or refused for a field the type needs (422).
            QVERIFY2(r.status == 201 || r.status == 422, qPrintable(r.describe()));
        }
    }

    void salesCannotInviteADistributor()
    {
        QJsonObject body{{"email", unique("d")},
                         {"first_name", "A"},
                         {"last_name", "B"},
                         {"invitation_type", "distributor"}};
        verifyError(call("POST", "/api/v1/invitations/", m_token["sales1"], body), 403,
                    "not_permitted", "type");
    }

    void downlineVisibility()
    {
        const QString id = created("sales1", newDoctor(unique("vis")));
        QVERIFY(!id.isEmpty());
        // Up the chain it is visible; beside it (dist2's branch) it does not exist.
        QCOMPARE(call("GET", "/api/v1/invitations/" + id, m_token["dist1"]).status, 200);
        QCOMPARE(call("GET", "/api/v1/invitations/" + id, m_token["master"]).status, 200);
        verifyError(call("GET", "/api/v1/invitations/" + id, m_token["dist2"]), 404, "not_found");
        verifyError(call("POST", "/api/v1/invitations/" + id + "/resend", m_token["sales2"]), 404,
                    "not_found");
        verifyError(call("DELETE", "/api/v1/invitations/" + id, m_token["sales2"]), 404,
                    "not_found");
        const HttpReply list = call("GET", "/api/v1/invitations/?limit=500", m_token["dist2"]);
        QCOMPARE(list.status, 200);
        for (const QJsonValue& v : json(list).value("items").toArray())
            QVERIFY(v.toObject().value("id").toString() != id);
        // A malformed id is a bad request.
        verifyError(call("GET", "/api/v1/invitations/not-a-uuid", m_token["dist1"]), 400,
                    "invalid_input", "id");
    }

    void readOnlyTokenReadsButDoesNotChange()
    {
        QCOMPARE(call("GET", "/api/v1/invitations/", m_readOnly).status, 200);
        verifyError(call("POST", "/api/v1/invitations/", m_readOnly, newDoctor(unique("ro"))), 403,
                    "not_permitted", "token");
        verifyError(call("POST", "/api/v1/invitations/bulk/resend", m_readOnly,
                         QJsonObject{{"ids", QJsonArray{QUuid::createUuid().toString(
                                                 QUuid::WithoutBraces)}}}),
                    403, "not_permitted", "token");
    }

    // A call records the token's last use (token list shows it), at most once a minute: the
    // calls right after it leave it.
    void tokenUseIsRecorded()
    {
        ApiTokenService tokens(m_db, ServiceConfig{});
        auto t = tokens.create(m_tree["dist2"], {QStringLiteral("used"), {}, false});
        QVERIFY(t.ok());
        const auto lastUsed = [&] {
            const QList<ApiToken> list = tokens.list(m_tree["dist2"]).value();
            for (const ApiToken& token : list) {
                if (token.id == t->record.id)
                    return token.lastUsedAt;
            }
            return QDateTime();
        };
        QVERIFY(!lastUsed().isValid());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(call("GET", "/api/v1/invitations/?limit=1", t->token).status, 200);
        const QDateTime first = lastUsed();
        QVERIFY(first.isValid());
        QVERIFY(first >= before && first <= QDateTime::currentDateTimeUtc().addSecs(1));
        QTest::qWait(20);
        QCOMPARE(call("GET", "/api/v1/invitations/?limit=1", t->token).status, 200);
        QCOMPARE(lastUsed(), first);
    }

    // Last: every status these tests saw is documented for its operation.
    void everyStatusSeenIsDocumented() { verifyEverySeenStatusDocumented(); }
};

QTEST_GUILESS_MAIN(TestApiPermissions)
#include "test_api_permissions.moc"
