// audit_personal_data: which values of an audit event's details are personal (kept outside
// the hash chain so that an erasure can delete them), and when a value names an address.
#include "core/domain/AuditPersonalData.h"

#include <QJsonArray>
#include <QTest>

using namespace invitedesk;

class TestAuditPersonalData : public QObject {
    Q_OBJECT
private slots:
    void personalPartOfTheWritersDetails_data()
    {
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QStringList>("personal");
        QTest::newRow("invitation.created")
            << QJsonObject{{"email", "a@b.example"},
                           {"type", "doctor"},
                           {"parent_user_id", "u1"},
                           {"expires_at", "2026-01-01T00:00:00.000Z"}}
            << QStringList{"email"};
        QTest::newRow("invitation.cancelled")
            << QJsonObject{{"reason", "asked by a@b.example"}, {"from", "sent"}}
            << QStringList{"reason"};
        QTest::newRow("user.moved") << QJsonObject{{"user_id", "u1"},
                                                   {"email", "a@b.example"},
                                                   {"role", "sales"},
                                                   {"from_parent_id", "u2"},
                                                   {"from_parent_email", "p@b.example"},
                                                   {"to_parent_id", "u3"},
                                                   {"to_parent_email", "q@b.example"}}
                                    << QStringList{"email", "from_parent_email", "to_parent_email"};
        QTest::newRow("mail.failed") << QJsonObject{{"outbox_id", "o1"},
                                                    {"kind", "invitation"},
                                                    {"recipient", "a@b.example"},
                                                    {"reply", "550 <a@b.example> unknown"},
                                                    {"attempt", 3}}
                                     << QStringList{"recipient", "reply"};
        QTest::newRow("names and NPI") << QJsonObject{{"first_name", "Ana"},
                                                      {"last_name", "Núñez"},
                                                      {"npi", "1234567893"},
                                                      {"message", "See you"}}
                                       << QStringList{"first_name", "last_name", "message", "npi"};
        QTest::newRow("nothing personal: ids, counts, settings")
            << QJsonObject{{"user_id", "u1"},
                           {"count", 3},
                           {"key", "reply-to"},
                           {"old", "desk@clinic.example"},
                           {"new", "front@clinic.example"},
                           {"api_token", QJsonObject{{"id", "t1"}, {"name", "crm"}}}}
            << QStringList{};
        QTest::newRow("null and empty say nothing")
            << QJsonObject{{"from_parent_email", QJsonValue::Null}, {"reason", ""}, {"to", "x"}}
            << QStringList{};
    }
    void personalPartOfTheWritersDetails()
    {
        QFETCH(QJsonObject, details);
        QFETCH(QStringList, personal);
        const QJsonObject part = audit_personal_data::personalPart(details);
        QCOMPARE(part.keys(), personal);
        for (const QString& key : personal) {
            QCOMPARE(part.value(key), details.value(key));
            QVERIFY(audit_personal_data::isPersonalKey(key));
        }
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("named");
        const QString a = QStringLiteral("bob@x.example");
        QTest::newRow("the address") << a << true;
        QTest::newRow("upper case") << QStringLiteral("BOB@X.Example") << true;
        QTest::newRow("in a sentence") << QStringLiteral("asked by bob@x.example today") << true;
        QTest::newRow("full stop after") << QStringLiteral("write to bob@x.example.") << true;
        QTest::newRow("in angle brackets")
            << QStringLiteral("550 5.1.1 <bob@x.example>: unknown") << true;
        QTest::newRow("twice, the second whole")
            << QStringLiteral("jimbob@x.example, bob@x.example") << true;
        QTest::newRow("longer local part") << QStringLiteral("jimbob@x.example") << false;
        QTest::newRow("dotted local part") << QStringLiteral("jim.bob@x.example") << false;
        QTest::newRow("plus local part") << QStringLiteral("jim+bob@x.example") << false;
        QTest::newRow("longer domain") << QStringLiteral("bob@x.example.org") << false;
        QTest::newRow("longer top-level") << QStringLiteral("bob@x.examples") << false;
        QTest::newRow("hyphenated domain") << QStringLiteral("bob@x.example-2") << false;
        QTest::newRow("another address") << QStringLiteral("alice@x.example") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(bool, named);
        const QString a = QStringLiteral("bob@x.example");
        QCOMPARE(audit_personal_data::mentions(text, a), named);
        // Anywhere in a JSON value.
        QCOMPARE(audit_personal_data::mentions(QJsonValue(text), a), named);
        QCOMPARE(audit_personal_data::mentions(QJsonObject{{"k", QJsonArray{1, text}}}, a), named);
    }

    void anEmptyAddressNamesNothing()
    {
        QVERIFY(!audit_personal_data::mentions(QStringLiteral("bob@x.example"), QString()));
        QVERIFY(
            !audit_personal_data::mentions(QStringLiteral("bob@x.example"), QStringLiteral(" ")));
    }
};

QTEST_GUILESS_MAIN(TestAuditPersonalData)
#include "test_audit_personal_data.moc"
