// The integration API's routes over loopback (both backends): create (generic and typed),
// get, list with filters and keyset pages, resend, cancel, statistics, the item's shape (the
// `list --json` item), refused bodies, methods and unknown addresses.
#include "IntegrationApiFixture.h"

#include "core/services/ApiTokenService.h"
#include "core/storage/AuditLog.h"
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace invitedesk;
using namespace invitedesk::test;

class TestApiRoutes : public IntegrationApiFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startApiFixture(); }
    void cleanupTestCase() { stopApiFixture(); }

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

    // The item carries the names of a `list --json` item (issue 13): invitation_message and the
    // type fields at the top level (null where the type has none), beside message and details.
    // Create, get, list and update answer the same item.
    void itemHasTheListItemFields()
    {
        const QString email = unique("shape");
        QJsonObject doctor{
            {"email", email},      {"first_name", "A"},         {"last_name", "B"},
            {"npi", "1234567893"}, {"specialty", "Cardiology"}, {"invitation_message", "Hello"}};
        HttpReply r = call("POST", "/api/v1/invitations/doctors", m_token["sales1"], doctor);
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        const QJsonObject item = json(r);
        QCOMPARE(item.value("invitation_message").toString(), QStringLiteral("Hello"));
        QCOMPARE(item.value("message").toString(), QStringLiteral("Hello"));
        QCOMPARE(item.value("npi").toString(), QStringLiteral("1234567893"));
        QCOMPARE(item.value("specialty").toString(), QStringLiteral("Cardiology"));
        for (const char* none : {"territory", "practice_name", "company_name"})
            QVERIFY2(item.contains(QLatin1String(none)) && item.value(QLatin1String(none)).isNull(),
                     none);
        QCOMPARE(item.value("details").toObject().value("npi").toString(),
                 QStringLiteral("1234567893"));
        const QString id = item.value("id").toString();
        QCOMPARE(json(call("GET", "/api/v1/invitations/" + id, m_token["sales1"])), item);
        QUrlQuery q;
        q.addQueryItem("search", email);
        const HttpReply list = call("GET", "/api/v1/invitations/?" + q.toString(QUrl::FullyEncoded),
                                    m_token["sales1"]);
        QCOMPARE(list.status, 200);
        const QJsonArray items = json(list).value("items").toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject(), item);
        // An update by the item's own names reads back under them.
        r = call("PUT", "/api/v1/invitations/" + id, m_token["sales1"],
                 QJsonObject{{"specialty", "Oncology"}, {"invitation_message", "Hi again"}});
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(json(r).value("specialty").toString(), QStringLiteral("Oncology"));
        QCOMPARE(json(r).value("invitation_message").toString(), QStringLiteral("Hi again"));
        QCOMPARE(json(r).value("npi").toString(), QStringLiteral("1234567893"));
        // A sales invitation's territory is at the top level too.
        r = call("POST", "/api/v1/invitations/sales", m_token["dist1"],
                 QJsonObject{{"email", unique("shape")},
                             {"first_name", "A"},
                             {"last_name", "B"},
                             {"territory", "North"}});
        QVERIFY2(r.status == 201, qPrintable(r.describe()));
        QCOMPARE(json(r).value("territory").toString(), QStringLiteral("North"));
        QVERIFY(json(r).value("npi").isNull());
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

    // from/to as `invitedesk stats --from/--to` takes them: days, UTC, both inclusive; the
    // weekly trend follows them; a value that is not such a day is a 400 naming its field.
    void statisticsTakeADateRange()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString from = today.addDays(-40).toString(Qt::ISODate);
        const QString to = today.addDays(-20).toString(Qt::ISODate);
        const QString path = "/api/v1/invitations/statistics/summary";
        HttpReply r = call("GET", path + "?from=" + from + "&to=" + to, m_token["dist1"]);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        const QJsonObject body = json(r);
        QCOMPARE(body.value("total").toInt(), 0); // the fixture's invitations are from today
        const QJsonObject range = body.value("range").toObject();
        QCOMPARE(range.value("from").toString(), from + "T00:00:00.000Z");
        QCOMPARE(range.value("to").toString(),
                 today.addDays(-19).toString(Qt::ISODate) + "T00:00:00.000Z");
        const QJsonArray weekly = body.value("weekly").toArray();
        QCOMPARE(weekly.size(), 3); // 21 days
        QCOMPARE(weekly.first().toObject().value("start").toString(), from + "T00:00:00.000Z");
        // The same weeks as the service gives the desk and the CLI for that range.
        const auto desk = m_invitations->statistics(m_tree["dist1"], QString(),
                                                    StatisticsRange::fromDays(from, to).value());
        QVERIFY(desk.ok());
        QCOMPARE(body.value("weekly"), desk->toJson().value("weekly"));
        r = call("GET", path + "?from=" + from, m_token["dist1"]);
        QVERIFY2(r.status == 200, qPrintable(r.describe()));
        QCOMPARE(json(r).value("total").toInt(), m_invitations->statistics(m_tree["dist1"])->total);
        verifyError(call("GET", path + "?from=last-week", m_token["dist1"]), 400, "invalid_input",
                    "from");
        verifyError(call("GET", path + "?from=" + from + "&to=2026-02-30", m_token["dist1"]), 400,
                    "invalid_input", "to");
        verifyError(call("GET", path + "?from=" + to + "&to=" + from, m_token["dist1"]), 400,
                    "invalid_input", "to");
    }

    void methodsAndUnknownAddresses()
    {
        HttpReply r = call("PATCH", "/api/v1/invitations/", m_token["admin"]);
        verifyError(r, 405, "method_not_allowed");
        QCOMPARE(r.header("allow"), QByteArray("GET, POST"));
        r = call("GET", "/api/v1/nothing", m_token["admin"]);
        verifyError(r, 404, "not_found");
    }

    // Last: every status these tests saw is documented for its operation.
    void everyStatusSeenIsDocumented() { verifyEverySeenStatusDocumented(); }
};

QTEST_GUILESS_MAIN(TestApiRoutes)
#include "test_api_routes.moc"
