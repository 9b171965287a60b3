// The integration API's bulk routes (both backends): bulk create, resend and cancel answer
// per item, refusals included, and refuse an empty or missing list.
#include "IntegrationApiFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace invitedesk;
using namespace invitedesk::test;

class TestApiBulk : public IntegrationApiFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startApiFixture(); }
    void cleanupTestCase() { stopApiFixture(); }

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

    // Last: every status these tests saw is documented for its operation.
    void everyStatusSeenIsDocumented() { verifyEverySeenStatusDocumented(); }
};

QTEST_GUILESS_MAIN(TestApiBulk)
#include "test_api_bulk.moc"
