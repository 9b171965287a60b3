// JsonTextWriter, the byte writer behind the integration API's item and list answers: what it
// writes must parse to exactly the QJsonObject the command line prints for the same record
// (both come from Invitation::writeJson), for any text and any time.
#include "core/domain/Invitation.h"
#include "core/http/server/JsonTextWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace invitedesk;
using namespace invitedesk::http;

namespace {
QJsonDocument parsed(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return doc;
}

Invitation sample()
{
    Invitation inv;
    inv.id = QStringLiteral("0192f5d2-6c1e-7a3b-8c4d-5e6f7a8b9c0d");
    inv.email = QStringLiteral("ana.ruiz@example.com");
    inv.firstName = QStringLiteral("Ana");
    inv.lastName = QStringLiteral("Ruiz");
    inv.type = InvitationType::Doctor;
    inv.status = InvitationStatus::Sent;
    inv.organizationId = QStringLiteral("org-1");
    inv.organizationName = QStringLiteral("Clínica Norte");
    inv.invitedById = QStringLiteral("user-1");
    inv.invitedByEmail = QStringLiteral("dist@example.com");
    inv.language = QStringLiteral("es");
    inv.details.npi = QStringLiteral("1234567893");
    inv.details.specialty = QStringLiteral("Cardiology");
    inv.expiresAt = QDateTime(QDate(2026, 12, 12), QTime(9, 30, 5, 42), QTimeZone::utc());
    inv.sentAt = QDateTime(QDate(2026, 12, 5), QTime(0, 0), QTimeZone::utc());
    inv.createdAt = QDateTime(QDate(2026, 12, 4), QTime(23, 59, 59, 999), QTimeZone::utc());
    inv.updatedAt = inv.sentAt;
    inv.resendCount = 2;
    inv.emailAttempts = 3;
    inv.emailDeliveryStatus = QStringLiteral("sent");
    inv.version = 7;
    return inv;
}

QByteArray written(const Invitation& inv)
{
    QByteArray out;
    JsonTextWriter writer(&out);
    writer.beginObject();
    inv.writeJson(writer);
    writer.endObject();
    return out;
}
} // namespace

class TestJsonTextWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void itemMatchesTheObjectPath_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Welcome aboard");
        QTest::newRow("empty is null") << QString();
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ C:\\path");
        QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) +
                                         QChar(0x1f) + QChar(0x7f);
        QTest::newRow("accents") << QStringLiteral("Señora Müller, ¿qué tal?");
        QTest::newRow("beyond the BMP") << QStringLiteral("ok 👍 𝄞");
        QTest::newRow("separators")
            << QString(QChar(0x2028)) + QChar(0x2029) + QStringLiteral("</script>");
        QTest::newRow("long") << QString(5000, QLatin1Char('x'));
    }
    void itemMatchesTheObjectPath()
    {
        QFETCH(QString, text);
        Invitation inv = sample();
        inv.message = text;
        inv.lastName = text.isEmpty() ? QStringLiteral("Ruiz") : text;
        inv.cancelReason = text;
        inv.lastEmailError = text;
        const QJsonDocument doc = parsed(written(inv));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object(), inv.toJson());
        QCOMPARE(doc.object().value(QStringLiteral("invitation_message")).toString(), text);
    }

    void timesAsQtWritesThem_data()
    {
        QTest::addColumn<QDateTime>("time");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
        };
        QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0, 0);
        QTest::newRow("before the epoch") << utc(1969, 12, 31, 23, 59, 59, 1);
        QTest::newRow("leap day") << utc(2028, 2, 29, 12, 0, 0, 500);
        QTest::newRow("end of century") << utc(2099, 12, 31, 23, 59, 59, 999);
        QTest::newRow("2000-03-01") << utc(2000, 3, 1, 0, 0, 0, 0);
        QTest::newRow("year 1") << utc(1, 1, 1, 0, 0, 0, 0);
        QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59, 999);
        QTest::newRow("year 10000 (Qt's form)") << utc(10000, 1, 1, 0, 0, 0, 0);
        QTest::newRow("not UTC") << QDateTime(QDate(2026, 7, 1), QTime(10, 0),
                                              QTimeZone(-5 * 3600));
    }
    void timesAsQtWritesThem()
    {
        QFETCH(QDateTime, time);
        QByteArray out;
        JsonTextWriter::appendUtcTime(out, time);
        QCOMPARE(QString::fromUtf8(out),
                 QLatin1Char('"') + time.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char('"'));
    }

    void everyFieldAndNulls()
    {
        Invitation inv = sample();
        inv.invitedByActive = false;
        inv.acceptedAt = QDateTime(); // stays null
        const QJsonObject o = parsed(written(inv)).object();
        QCOMPARE(o, inv.toJson());
        QCOMPARE(o.value(QStringLiteral("invited_by_active")), QJsonValue(false));
        QVERIFY(o.value(QStringLiteral("accepted_at")).isNull());
        QVERIFY(o.value(QStringLiteral("parent_email")).isNull());
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("details")).toObject().value(QStringLiteral("npi")),
                 QJsonValue(QStringLiteral("1234567893")));
        QCOMPARE(o.value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2026-12-12T09:30:05.042Z"));
    }

    void nestingAndValues()
    {
        QByteArray out;
        JsonTextWriter w(&out);
        w.beginObject();
        w.beginArray("items");
        for (int i = 0; i < 3; ++i) {
            w.beginObject();
            w.integer("n", i);
            w.endObject();
        }
        w.endArray();
        w.beginArray("empty");
        w.endArray();
        w.value("cursor", QJsonValue());
        w.value("next", QStringLiteral("abc"));
        w.value("ratio", 0.25);
        w.value("big", double(1) / 3);
        w.value("list", QJsonArray{1, QStringLiteral("two")});
        w.value("flag", true);
        w.endObject();
        const QJsonObject o = parsed(out).object();
        const QJsonObject expected{
            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("n"), 0}},
                                                 QJsonObject{{QStringLiteral("n"), 1}},
                                                 QJsonObject{{QStringLiteral("n"), 2}}}},
            {QStringLiteral("empty"), QJsonArray{}},
            {QStringLiteral("cursor"), QJsonValue()},
            {QStringLiteral("next"), QStringLiteral("abc")},
            {QStringLiteral("ratio"), 0.25},
            {QStringLiteral("big"), double(1) / 3},
            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("two")}},
            {QStringLiteral("flag"), true}};
        QCOMPARE(o, expected);
        QVERIFY(out.startsWith("{\"items\":[{\"n\":0},{\"n\":1},{\"n\":2}],\"empty\":[]"));
    }
};

QTEST_GUILESS_MAIN(TestJsonTextWriter)
#include "test_json_text_writer.moc"
