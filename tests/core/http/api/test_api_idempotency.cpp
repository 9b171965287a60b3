// Retries and concurrent edits through the integration API (both backends): Idempotency-Key
// on creates (never invites twice; a replay answers exactly like the first answer, status,
// body, Location and ETag), and If-Match on updates (a stale version is 412).
#include "IntegrationApiFixture.h"

#include "core/services/ApiTokenService.h"
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestApiIdempotency : public IntegrationApiFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startApiFixture(); }
    void cleanupTestCase() { stopApiFixture(); }

    void idempotentCreateNeverInvitesTwice()
    {
        const QString email = unique("idem");
        const Headers key{{"Idempotency-Key", "order-4711"}};
        const HttpReply first =
            call("POST", "/api/v1/invitations/", m_token["sales1"], newDoctor(email), key);
        QVERIFY2(first.status == 201, qPrintable(first.describe()));
        const HttpReply again =
            call("POST", "/api/v1/invitations/", m_token["sales1"], newDoctor(email), key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(json(again), json(first));
        InvitationQuery q;
        q.search = email;
        QCOMPARE(m_invitations->count(m_tree["admin"], q).value(), 1);
        // The same key for another request: 422. Another token's same key is its own.
        verifyError(call("POST", "/api/v1/invitations/", m_token["sales1"],
                         newDoctor(unique("other")), key),
                    422, "invalid_input", "idempotency_key");
        const HttpReply elsewhere =
            call("POST", "/api/v1/invitations/", m_token["dist1"], newDoctor(unique("dist")), key);
        QCOMPARE(elsewhere.status, 201);
        // A refused create is an answer too: replayed, not retried.
        const Headers key2{{"Idempotency-Key", "order-4712"}};
        QJsonObject bad = newDoctor(unique("bad"));
        bad["invitation_type"] = "distributor";
        QCOMPARE(call("POST", "/api/v1/invitations/", m_token["sales1"], bad, key2).status, 403);
        const HttpReply replayed =
            call("POST", "/api/v1/invitations/", m_token["sales1"], bad, key2);
        QCOMPARE(replayed.status, 403);
        QCOMPARE(replayed.header("idempotent-replayed"), QByteArray("true"));
    }

    // A replay answers exactly like the first answer: status, body, Content-Type, Location and
    // ETag, even after the invitation has changed since (it is the first answer, replayed).
    void replayAnswersLikeTheFirstAnswer()
    {
        for (const QString& path : {QStringLiteral("/api/v1/invitations/"),
                                    QStringLiteral("/api/v1/invitations/doctors")}) {
            const Headers key{{"Idempotency-Key", "replay-" + unique("k").left(16).toLatin1()}};
            const QJsonObject body = newDoctor(unique("replay"));
            const HttpReply first = call("POST", path, m_token["dist1"], body, key);
            QVERIFY2(first.status == 201, qPrintable(first.describe()));
            QVERIFY(!first.header("location").isEmpty());
            QCOMPARE(first.header("etag"), QByteArray("\"1\""));
            QVERIFY(first.header("idempotent-replayed").isEmpty());
            const QString id = json(first).value("id").toString();
            QCOMPARE(call("PUT", "/api/v1/invitations/" + id, m_token["dist1"],
                          QJsonObject{{"first_name", "Changed"}})
                         .status,
                     200);
            const HttpReply again = call("POST", path, m_token["dist1"], body, key);
            QCOMPARE(again.status, first.status);
            QCOMPARE(again.body, first.body);
            for (const QByteArray name :
                 {QByteArray("location"), QByteArray("etag"), QByteArray("content-type")})
                QVERIFY2(again.header(name) == first.header(name), name.constData());
            QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
            verifySecurityHeaders(again);
        }
    }

    void updateWithIfMatch()
    {
        const QString id = created("sales1", newDoctor(unique("upd")));
        QVERIFY(!id.isEmpty());
        const QString path = "/api/v1/invitations/" + id;
        HttpReply r = call("PUT", path, m_token["sales1"],
                           QJsonObject{{"first_name", "Dora"}, {"specialty", "Oncology"}},
                           {{"If-Match", "\"1\""}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(json(r).value("first_name").toString(), QStringLiteral("Dora"));
        QCOMPARE(json(r).value("details").toObject().value("specialty").toString(),
                 QStringLiteral("Oncology"));
        QCOMPARE(json(r).value("version").toInt(), 2);
        QCOMPARE(r.header("etag"), QByteArray("\"2\""));
        // Stale: 412, and nothing changed.
        r = call("PUT", path, m_token["sales1"], QJsonObject{{"first_name", "Stale"}},
                 {{"If-Match", "\"1\""}});
        verifyError(r, 412, "conflict", "version");
        QCOMPARE(m_invitations->get(m_tree["sales1"], id)->firstName, QStringLiteral("Dora"));
        // Without If-Match it applies; a bad value is 422; a field of another type 422.
        r = call("PUT", path, m_token["sales1"], QJsonObject{{"invitation_message", "Hi"}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        verifyError(call("PUT", path, m_token["sales1"], QJsonObject{{"first_name", ""}}), 422,
                    "invalid_input", "first_name");
        verifyError(call("PUT", path, m_token["sales1"], QJsonObject{{"territory", "North"}}), 422,
                    "invalid_input");
        verifyError(call("PUT", path, m_token["sales1"], QJsonObject{{"email", "x@y.z"}}), 400,
                    "invalid_input", "email");
        verifyError(call("PUT", path, m_token["sales1"], QJsonObject{{"first_name", "X"}},
                         {{"If-Match", "yesterday"}}),
                    400, "invalid_input", "if_match");
        // Once cancelled it cannot change: 409.
        QCOMPARE(call("DELETE", path, m_token["sales1"]).status, 200);
        verifyError(call("PUT", path, m_token["sales1"], QJsonObject{{"first_name", "Late"}}), 409,
                    "conflict", "status");
    }

    // Last: every status these tests saw is documented for its operation.
    void everyStatusSeenIsDocumented() { verifyEverySeenStatusDocumented(); }
};

QTEST_GUILESS_MAIN(TestApiIdempotency)
#include "test_api_idempotency.moc"
