// The integration API over loopback (both backends): every route and status, bearer tokens
// (missing, unknown, revoked, read-only), the invite matrix walked through the API, downline
// visibility, keyset pages, If-Match, Idempotency-Key, bulk per-item answers, statistics,
// limits and headers, and the OpenAPI document: every route described, every described route
// served, and every status these tests saw documented for its operation.
#include "AcceptanceHttpFixture.h"

#include "core/domain/InvitePolicy.h"
#include "core/http/api/IntegrationApi.h"
#include "core/services/ApiTokenService.h"
#include "core/storage/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QStringList kUsers = {"admin",  "chp",     "master",  "dist1",  "dist2", "sales1",
                            "sales2", "doctor1", "office1", "staff1", "ivr",   "ship"};
}

class TestIntegrationApi : public AcceptanceHttpFixture {
    Q_OBJECT
    QHash<QString, QString> m_token; // user key -> bearer token
    QString m_readOnly;
    // (method, documented path, status) of every answer, checked against the document last.
    QSet<QString> m_seen;

    QString templateOf(const QByteArray& method, const QString& path) const
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

    HttpReply call(const QByteArray& method, const QString& pathAndQuery, const QString& token,
                   const QJsonValue& body = QJsonValue(QJsonValue::Undefined), Headers headers = {},
                   quint16 port = 0)
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
    // Notes the answer for everyStatusSeenIsDocumented and, when INVITEDESK_API_ANSWERS names
    // a file, appends it there for the schema check (tests/core/http/openapi/validate.mjs).
    void record(const QByteArray& method, const QString& path, const HttpReply& reply)
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
    static void verifyError(const HttpReply& reply, int status, const QString& code,
                            const QString& field = {})
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
    QJsonObject newDoctor(const QString& email)
    {
        return QJsonObject{{"email", email},
                           {"first_name", "Dana"},
                           {"last_name", "Reyes"},
                           {"invitation_type", "doctor"},
                           {"invitation_message", "Welcome aboard"}};
    }
    QString created(const QString& user, const QJsonObject& body)
    {
        const HttpReply r = call("POST", "/api/v1/invitations/", m_token[user], body);
        if (r.status != 201)
            qWarning() << r.describe();
        return json(r).value("id").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
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
    void cleanupTestCase() { stopFixture(); }

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

    void createGetAndTheDeskSeeTheSame()
    {
        const QString email = unique("create");
        const HttpReply r =
            call("POST", "/api/v1/invitations/", m_token["sales1"], newDoctor(email));
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        verifySecurityHeaders(r);
        const QJsonObject item = json(r);
        const QString id = item.value("id").toString();
        QCOMPARE(r.header("location"), "/api/v1/invitations/" + id.toLatin1());
        QCOMPARE(r.header("etag"), QByteArray("\"1\""));
        QCOMPARE(item.value("message").toString(), QStringLiteral("Welcome aboard"));
        QCOMPARE(item.value("invited_by").toString(), m_tree["sales1"].email);
        const HttpReply got = call("GET", "/api/v1/invitations/" + id, m_token["sales1"]);
        QCOMPARE(got.status, 200);
        // What the desk and the command line show (Invitation::toJson, the one item builder).
        const Invitation desk = m_invitations->get(m_tree["sales1"], id).value();
        QCOMPARE(json(got), desk.toJson());
        // The audit event names the token.
        AuditFilter f;
        f.invitationId = id;
        const auto events = AuditLog(m_db).list(f).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().details.value("api_token").toObject().value("name").toString(),
                 QStringLiteral("tests"));
    }

    void typedCreates()
    {
        QJsonObject doctor{{"email", unique("doc")},
                           {"first_name", "A"},
                           {"last_name", "B"},
                           {"npi", "1234567893"},
                           {"specialty", "Cardiology"}};
        HttpReply r = call("POST", "/api/v1/invitations/doctors", m_token["sales1"], doctor);
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        QCOMPARE(json(r).value("invitation_type").toString(), QStringLiteral("doctor"));
        QCOMPARE(json(r).value("details").toObject().value("npi").toString(),
                 QStringLiteral("1234567893"));
        QJsonObject sales{{"email", unique("sales")},
                          {"first_name", "A"},
                          {"last_name", "B"},
                          {"territory", "North"}};
        r = call("POST", "/api/v1/invitations/sales", m_token["dist1"], sales);
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        QCOMPARE(json(r).value("invitation_type").toString(), QStringLiteral("sales"));
        QJsonObject staff{{"email", unique("staff")},
                          {"first_name", "A"},
                          {"last_name", "B"},
                          {"invitation_type", "medical_staff"},
                          {"practice_name", "Clinic"}};
        r = call("POST", "/api/v1/invitations/practice-staff", m_token["doctor1"], staff);
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        QCOMPARE(json(r).value("invitation_type").toString(), QStringLiteral("medical_staff"));
        // The address decides the type: another type is refused, naming the field.
        staff["invitation_type"] = "doctor";
        verifyError(call("POST", "/api/v1/invitations/practice-staff", m_token["doctor1"], staff),
                    422, "invalid_input", "invitation_type");
        sales["invitation_type"] = "doctor";
        verifyError(call("POST", "/api/v1/invitations/sales", m_token["dist1"], sales), 422,
                    "invalid_input", "invitation_type");
    }

    void badBodies()
    {
        const QString path = "/api/v1/invitations/";
        // Not JSON, not an object, an unknown field, a wrong JSON type: 400 naming the field.
        HttpReply r =
            HttpProbe::viaQnam("POST", url(path), "{not json",
                               {{"Authorization", "Bearer " + m_token["admin"].toLatin1()},
                                {"Content-Type", "application/json"}},
                               20000);
        record("POST", path, r);
        verifyError(r, 400, "invalid_input", "body");
        QJsonObject body = newDoctor(unique("bad"));
        body["colour"] = "blue";
        verifyError(call("POST", path, m_token["admin"], body), 400, "invalid_input", "colour");
        body = newDoctor(unique("bad"));
        body["expires_days"] = "seven";
        verifyError(call("POST", path, m_token["admin"], body), 400, "invalid_input",
                    "expires_days");
        // A value the service refuses: 422 with the command line's field and message.
        body = newDoctor(QStringLiteral("not-an-email"));
        verifyError(call("POST", path, m_token["admin"], body), 422, "invalid_input", "email");
        body = newDoctor(unique("npi"));
        body["npi"] = "1234567890";
        verifyError(call("POST", path, m_token["admin"], body), 422, "invalid_input", "npi");
        // An e-mail with an open invitation: 409.
        const QString email = unique("twice");
        QVERIFY(!created("admin", newDoctor(email)).isEmpty());
        verifyError(call("POST", path, m_token["admin"], newDoctor(email)), 409, "conflict",
                    "email");
        // Over the body limit: 413.
        const QByteArray big(600 * 1024, ' ');
        r = HttpProbe::viaQnam("POST", url(path), big,
                               {{"Authorization", "Bearer " + m_token["admin"].toLatin1()},
                                {"Content-Type", "application/json"}},
                               20000);
        record("POST", path, r);
        verifyError(r, 413, "invalid_input", "body");
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

    void keysetPagesWalkEverythingOnce()
    {
        // doctor1 invites practice staff: a list of its own.
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            QJsonObject body{{"email", unique("page")},
                             {"first_name", "A"},
                             {"last_name", "B"},
                             {"invitation_type", "medical_staff"}};
            const QString id = created("doctor1", body);
            QVERIFY(!id.isEmpty());
            ids << id;
        }
        for (const QString& sort : {QStringLiteral("-created_at"), QStringLiteral("email")}) {
            QStringList seen;
            QString cursor;
            int pages = 0;
            do {
                QUrlQuery q;
                q.addQueryItem("limit", "3");
                q.addQueryItem("sort", sort);
                q.addQueryItem("invited_by", m_tree["doctor1"].id);
                if (!cursor.isEmpty())
                    q.addQueryItem("cursor", cursor);
                const HttpReply r =
                    call("GET", "/api/v1/invitations/?" + q.toString(QUrl::FullyEncoded),
                         m_token["doctor1"]);
                QVERIFY2(r.status == 200, qPrintable(r.describe()));
                const QJsonObject page = json(r);
                QVERIFY(page.contains("next_cursor"));
                for (const QJsonValue& v : page.value("items").toArray())
                    seen << v.toObject().value("id").toString();
                cursor = page.value("next_cursor").toString();
                QVERIFY(++pages < 10);
            } while (!cursor.isEmpty());
            QCOMPARE(seen.size(), QSet<QString>(seen.begin(), seen.end()).size());
            for (const QString& id : ids)
                QVERIFY2(seen.contains(id), qPrintable(sort));
        }
        // Filters of `list`, refused by name.
        const HttpReply filtered =
            call("GET", "/api/v1/invitations/?status=pending,sent&type=medical_staff",
                 m_token["doctor1"]);
        QCOMPARE(filtered.status, 200);
        for (const QJsonValue& v : json(filtered).value("items").toArray())
            QCOMPARE(v.toObject().value("invitation_type").toString(),
                     QStringLiteral("medical_staff"));
        verifyError(call("GET", "/api/v1/invitations/?status=lost", m_token["doctor1"]), 400,
                    "invalid_input", "status");
        verifyError(call("GET", "/api/v1/invitations/?limit=0", m_token["doctor1"]), 400,
                    "invalid_input", "limit");
        verifyError(call("GET", "/api/v1/invitations/?cursor=abc", m_token["doctor1"]), 400,
                    "invalid_input", "cursor");
        verifyError(call("GET", "/api/v1/invitations/?colour=red", m_token["doctor1"]), 400,
                    "invalid_input", "colour");
        // A cursor of another sort is refused rather than misread.
        const HttpReply first = call("GET", "/api/v1/invitations/?limit=1", m_token["doctor1"]);
        const QString c = json(first).value("next_cursor").toString();
        QVERIFY(!c.isEmpty());
        verifyError(call("GET", "/api/v1/invitations/?sort=email&cursor=" + c, m_token["doctor1"]),
                    400, "invalid_input", "cursor");
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

    void resendAndCancel()
    {
        const QString id = created("sales1", newDoctor(unique("rc")));
        const QString path = "/api/v1/invitations/" + id;
        HttpReply r = call("POST", path + "/resend", m_token["sales1"]);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(json(r).value("resend_count").toInt(), 1);
        r = call("DELETE", path, m_token["sales1"], QJsonObject{{"reason", "wrong person"}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(json(r).value("status").toString(), QStringLiteral("cancelled"));
        QCOMPARE(json(r).value("cancel_reason").toString(), QStringLiteral("wrong person"));
        verifyError(call("DELETE", path, m_token["sales1"]), 409, "conflict", "status");
        verifyError(call("POST", path + "/resend", m_token["sales1"]), 409, "conflict", "status");
        verifyError(call("DELETE", path, m_token["sales1"],
                         QJsonObject{{"reason", QString(501, QLatin1Char('x'))}}),
                    422, "invalid_input", "reason");
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

    void bulkAnswersPerItem()
    {
        const QString dup = unique("bulkdup");
        QJsonArray items{newDoctor(unique("bulk")), newDoctor(dup), newDoctor(dup),
                         QJsonObject{{"email", unique("x")},
                                     {"first_name", "A"},
                                     {"last_name", "B"},
                                     {"invitation_type", "distributor"}},
                         QJsonValue(7)};
        HttpReply r = call("POST", "/api/v1/invitations/bulk", m_token["sales1"],
                           QJsonObject{{"invitations", items}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QJsonObject answer = json(r);
        QCOMPARE(answer.value("succeeded").toInt(), 2);
        QCOMPARE(answer.value("failed").toInt(), 3);
        const QJsonArray results = answer.value("items").toArray();
        QCOMPARE(results.size(), 5);
        QVERIFY(results.at(0).toObject().value("ok").toBool());
        QVERIFY(results.at(1).toObject().value("ok").toBool());
        QCOMPARE(results.at(2).toObject().value("error").toObject().value("code").toString(),
                 QStringLiteral("conflict"));
        QCOMPARE(results.at(3).toObject().value("error").toObject().value("code").toString(),
                 QStringLiteral("not_permitted"));
        QCOMPARE(results.at(4).toObject().value("index").toInt(), 4);
        QVERIFY(!results.at(4).toObject().value("ok").toBool());
        const QString a = results.at(0).toObject().value("id").toString();
        const QString b = results.at(1).toObject().value("id").toString();
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);

        r = call("POST", "/api/v1/invitations/bulk/resend", m_token["sales1"],
                 QJsonObject{{"ids", QJsonArray{a, unknown}}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        answer = json(r);
        QCOMPARE(answer.value("succeeded").toInt(), 1);
        QCOMPARE(answer.value("items").toArray().at(1).toObject().value("error").toObject().value(
                     "code"),
                 QJsonValue("not_found"));
        r = call("DELETE", "/api/v1/invitations/bulk/cancel", m_token["sales1"],
                 QJsonObject{{"ids", QJsonArray{a, b}}, {"reason", "campaign over"}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(json(r).value("succeeded").toInt(), 2);
        QCOMPARE(m_invitations->get(m_tree["sales1"], b)->status, InvitationStatus::Cancelled);
        verifyError(call("POST", "/api/v1/invitations/bulk/resend", m_token["sales1"],
                         QJsonObject{{"ids", QJsonArray{}}}),
                    400, "invalid_input", "ids");
        verifyError(call("POST", "/api/v1/invitations/bulk", m_token["sales1"], QJsonObject{}), 400,
                    "invalid_input", "invitations");
    }

    void statisticsAreTheStatsObject()
    {
        const HttpReply r = call("GET", "/api/v1/invitations/statistics/summary", m_token["dist1"]);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QJsonObject desk = m_invitations->statistics(m_tree["dist1"])->toJson();
        QCOMPARE(json(r).value("total"), desk.value("total"));
        QCOMPARE(json(r).value("by_status"), desk.value("by_status"));
        QCOMPARE(json(r).keys(), desk.keys());
        verifyError(call("GET",
                         "/api/v1/invitations/statistics/summary?scope=" + m_tree["dist2"].id,
                         m_token["dist1"]),
                    403, "not_permitted", "scope");
    }

    void methodsAndUnknownAddresses()
    {
        HttpReply r = call("PATCH", "/api/v1/invitations/", m_token["admin"]);
        verifyError(r, 405, "method_not_allowed");
        QCOMPARE(r.header("allow"), QByteArray("GET, POST"));
        r = call("GET", "/api/v1/nothing", m_token["admin"]);
        verifyError(r, 404, "not_found");
    }

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
    void everyStatusSeenIsDocumented()
    {
        const QJsonObject paths = QJsonDocument::fromJson(http::IntegrationApi::openApiDocument())
                                      .object()
                                      .value("paths")
                                      .toObject();
        QVERIFY(m_seen.size() > 20);
        for (const QString& seen : std::as_const(m_seen)) {
            const QStringList parts = seen.split(QLatin1Char(' '));
            const QJsonObject op =
                paths.value(parts.at(1)).toObject().value(parts.at(0).toLower()).toObject();
            QVERIFY2(op.value("responses").toObject().contains(parts.at(2)),
                     qPrintable("undocumented: " + seen));
        }
    }
};

QTEST_GUILESS_MAIN(TestIntegrationApi)
#include "test_integration_api.moc"
