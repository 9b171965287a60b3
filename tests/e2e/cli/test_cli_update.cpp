// `invitedesk update` end to end, and the one invitation item every command prints: the built
// binary against a real database (SQLite, or the test PostgreSQL). Update changes what it is
// given through the desk's service call; a bad value names its field and changes nothing; the
// item `invite`, `show`, `list` and `update` print reads the same.
#include "CliFixture.h"

#include <QJsonObject>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
QJsonObject withoutTimeline(QJsonObject o)
{
    o.remove(QStringLiteral("timeline"));
    return o;
}

QString firstDifference(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& k : keys) {
        if (a.value(k) != b.value(k))
            return QStringLiteral("%1: %2 vs %3")
                .arg(k,
                     QString::fromUtf8(
                         QJsonDocument(QJsonArray{a.value(k)}).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(QJsonArray{b.value(k)}).toJson(QJsonDocument::Compact)));
    }
    return {};
}
} // namespace

class TestCliUpdate : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { seedSharedDatabase(); }
    void cleanupTestCase() { verifyAuditChain(); }

    void updateChangesTheGivenFields()
    {
        const CliRun created = invite(
            QStringLiteral("sales1"), QStringLiteral("update.me@example.com"),
            QStringLiteral("doctor"), {QStringLiteral("--specialty"), QStringLiteral("Oncology")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject before = created.json().toObject();
        const QString id = before.value(QStringLiteral("id")).toString();
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const CliRun r =
            act(QStringLiteral("sales1"),
                {QStringLiteral("update"), id, QStringLiteral("--first"), QStringLiteral("Renée"),
                 QStringLiteral("--message"), QStringLiteral("See you there"),
                 QStringLiteral("--npi"), QStringLiteral("1234567893"),
                 QStringLiteral("--expires-days"), QStringLiteral("20"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject updated = r.json().toObject();
        QCOMPARE(updated.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(updated.value(QStringLiteral("first_name")).toString(), QStringLiteral("Renée"));
        QCOMPARE(updated.value(QStringLiteral("last_name")),
                 before.value(QStringLiteral("last_name")));
        QCOMPARE(updated.value(QStringLiteral("message")).toString(),
                 QStringLiteral("See you there"));
        const QJsonObject details = updated.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("npi")).toString(), QStringLiteral("1234567893"));
        QCOMPARE(details.value(QStringLiteral("specialty")).toString(),
                 QStringLiteral("Oncology")); // not given: kept
        // The same at the top level, under the names the integration API takes.
        QCOMPARE(updated.value(QStringLiteral("npi")).toString(), QStringLiteral("1234567893"));
        QCOMPARE(updated.value(QStringLiteral("specialty")).toString(), QStringLiteral("Oncology"));
        QCOMPARE(updated.value(QStringLiteral("invitation_message")).toString(),
                 QStringLiteral("See you there"));
        const QDateTime expires = QDateTime::fromString(
            updated.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(start.addDays(20).secsTo(expires)) < 600);
        QCOMPARE(updated.value(QStringLiteral("version")).toInt(),
                 before.value(QStringLiteral("version")).toInt() + 1);

        // The database holds it, with one invitation.updated event naming the fields.
        const auto row = m_db.rows(QStringLiteral("SELECT first_name, invitation_message FROM "
                                                  "user_invitations WHERE id = ?"),
                                   {id});
        QCOMPARE(row.value(0).value(0).toString(), QStringLiteral("Renée"));
        QCOMPARE(row.value(0).value(1).toString(), QStringLiteral("See you there"));
        const auto events = m_db.rows(QStringLiteral("SELECT details FROM audit_events WHERE "
                                                     "invitation_id = ? AND action = "
                                                     "'invitation.updated'"),
                                      {id});
        QCOMPARE(events.size(), 1);
        const QString fields = events.first().first().toString();
        for (const char* f : {"first_name", "message", "details", "expires_at"})
            QVERIFY2(fields.contains(QLatin1String(f)), qPrintable(fields));

        // The text form prints the item too.
        const CliRun text =
            act(QStringLiteral("sales1"),
                {QStringLiteral("update"), id, QStringLiteral("--last"), QStringLiteral("Okafor")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains(QStringLiteral("Okafor")), qPrintable(text.describe()));
    }

    // A bad value: exit 1, one line naming the field, nothing changed.
    void badValueNamesTheFieldAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::newRow("NPI check digit")
            << QStringList{QStringLiteral("--npi"), QStringLiteral("1234567890")}
            << QStringLiteral("npi");
        QTest::newRow("empty first name")
            << QStringList{QStringLiteral("--first"), QString()} << QStringLiteral("first_name");
        QTest::newRow("long last name")
            << QStringList{QStringLiteral("--last"), QString(101, QLatin1Char('x'))}
            << QStringLiteral("last_name");
        QTest::newRow("long message")
            << QStringList{QStringLiteral("--message"), QString(2001, QLatin1Char('m'))}
            << QStringLiteral("message");
        QTest::newRow("no days") << QStringList{QStringLiteral("--expires-days"),
                                                QStringLiteral("0")}
                                 << QStringLiteral("expires_days");
        QTest::newRow("a year and a day")
            << QStringList{QStringLiteral("--expires-days"), QStringLiteral("366")}
            << QStringLiteral("expires_days");
        QTest::newRow("days not a number")
            << QStringList{QStringLiteral("--expires-days"), QStringLiteral("soon")}
            << QStringLiteral("expires_days");
        QTest::newRow("a doctor has no territory")
            << QStringList{QStringLiteral("--territory"), QStringLiteral("North")}
            << QStringLiteral("territory");
        QTest::newRow("a doctor has no company")
            << QStringList{QStringLiteral("--company"), QStringLiteral("Acme")}
            << QStringLiteral("company");
        QTest::newRow("good field, then a bad one")
            << QStringList{QStringLiteral("--first"), QStringLiteral("Fine"),
                           QStringLiteral("--specialty"), QStringLiteral("bad\u0001text")}
            << QStringLiteral("specialty");
    }
    void badValueNamesTheFieldAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const QVariantList state = fullState(m_chainInvitationId);
        QVERIFY(!state.isEmpty());
        const auto before = m_db.counts();
        const CliRun r = act(QStringLiteral("sales1"),
                             QStringList{QStringLiteral("update"), m_chainInvitationId} + args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString reason = r.err.trimmed();
        QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(r.describe()));
        QVERIFY2(reason.contains(field + QLatin1Char(':')), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fullState(m_chainInvitationId), state);
        QCOMPARE(m_db.counts(), before);
    }

    void refusedAndUsage()
    {
        const auto before = m_db.counts();
        // Not one the actor may see: refused like show.
        const CliRun outsider =
            act(QStringLiteral("dist2"), {QStringLiteral("update"), m_chainInvitationId,
                                          QStringLiteral("--first"), QStringLiteral("X")});
        QVERIFY2(outsider.exitCode == 1, qPrintable(outsider.describe()));
        QVERIFY(outsider.err.contains(QStringLiteral("id:")));
        // Nothing to change, or no id: usage.
        QCOMPARE(
            act(QStringLiteral("sales1"), {QStringLiteral("update"), m_chainInvitationId}).exitCode,
            2);
        QCOMPARE(act(QStringLiteral("sales1"),
                     {QStringLiteral("update"), QStringLiteral("--first"), QStringLiteral("X")})
                     .exitCode,
                 2);
        QCOMPARE(m_db.counts(), before);
    }

    // The item reads the same from invite, show, list and update, whoever the upline is.
    void sameItemEverywhere_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("parent");
        QTest::newRow("the inviter is the upline")
            << QStringLiteral("sales1") << QStringLiteral("doctor") << QStringList()
            << demoEmail(QStringLiteral("sales1"));
        QTest::newRow("a named upline")
            << QStringLiteral("dist1") << QStringLiteral("doctor")
            << QStringList{QStringLiteral("--parent"), demoEmail(QStringLiteral("sales1"))}
            << demoEmail(QStringLiteral("sales1"));
        QTest::newRow("practice staff under the practice's doctor")
            << QStringLiteral("office") << QStringLiteral("medical_staff") << QStringList()
            << demoEmail(QStringLiteral("doctor1"));
    }
    void sameItemEverywhere()
    {
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(QStringList, more);
        QFETCH(QString, parent);
        const QString email = QStringLiteral("same.%1@example.com")
                                  .arg(QTest::currentDataTag())
                                  .replace(QLatin1Char(' '), QLatin1Char('.'))
                                  .replace(QLatin1Char('\''), QLatin1Char('.'));
        const CliRun created = invite(who, email, type, more);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject invited = created.json().toObject();
        QCOMPARE(invited.value(QStringLiteral("parent_email")).toString(), parent);
        const QString id = invited.value(QStringLiteral("id")).toString();

        const CliRun show = act(who, {QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        const QJsonObject shown = withoutTimeline(show.json().toObject());
        QVERIFY2(invited == shown, qPrintable(firstDifference(invited, shown)));

        const QJsonArray listed = listAll(who, {QStringLiteral("--search"), email});
        QCOMPARE(listed.size(), 1);
        QVERIFY2(listed.first().toObject() == shown,
                 qPrintable(firstDifference(listed.first().toObject(), shown)));

        const CliRun updated = act(who, {QStringLiteral("update"), id, QStringLiteral("--message"),
                                         QStringLiteral("hello"), QStringLiteral("--json")});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.describe()));
        const CliRun again = act(who, {QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonObject item = updated.json().toObject();
        const QJsonObject reread = withoutTimeline(again.json().toObject());
        QVERIFY2(item == reread, qPrintable(firstDifference(item, reread)));
        QCOMPARE(item.value(QStringLiteral("parent_email")).toString(), parent);
    }

private:
    QVariantList fullState(const QString& id)
    {
        const auto r = m_db.rows(
            QStringLiteral("SELECT status, version, first_name, last_name, invitation_message, "
                           "npi, details, expires_at, updated_at FROM user_invitations "
                           "WHERE id = ?"),
            {id});
        return r.isEmpty() ? QVariantList() : r.first();
    }
};

QTEST_GUILESS_MAIN(TestCliUpdate)
#include "test_cli_update.moc"
