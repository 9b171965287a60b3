// `invitedesk audit erase EMAIL` end to end (issue 15, item 2): administrators only (exit 1
// with the reason otherwise, nothing changed); an address no event has personal data of is
// exit 1 saying nothing was erased; the erasure leaves the address in neither audit table (the
// raw rows), `audit verify` passes, `audit list` shows the events without it and other
// people's events as before, and the audit.erased event holds counts only.
#include "CliFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliAuditErase : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { seedSharedDatabase(); }
    void cleanupTestCase() { verifyAuditChain(); }

    void onlyAdministratorsErase_data()
    {
        QTest::addColumn<QString>("who");
        for (const char* who : {"dist1", "sales1", "doctor1", "office", "ivr"})
            QTest::newRow(who) << QString::fromLatin1(who);
    }
    void onlyAdministratorsErase()
    {
        QFETCH(QString, who);
        const auto before = m_db.counts();
        const qint64 personal = m_db.count(QStringLiteral("audit_personal"));
        const CliRun r = act(who, {QStringLiteral("audit"), QStringLiteral("erase"),
                                   QStringLiteral("chain.doctor@example.com")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral(
                     "as: Only an administrator may erase personal data from the audit log.")),
                 qPrintable(r.describe()));
        QCOMPARE(m_db.counts(), before);
        QCOMPARE(m_db.count(QStringLiteral("audit_personal")), personal);
    }

    void unknownAddressSaysNothingWasErased()
    {
        const auto before = m_db.counts();
        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("erase"),
                                          QStringLiteral("nobody@example.com")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("email: No audit event holds personal data of "
                                               "nobody@example.com: nothing was erased.")),
                 qPrintable(r.describe()));
        QCOMPARE(m_db.counts(), before);
    }

    void oneAddressIsNeeded_data()
    {
        QTest::addColumn<QStringList>("addresses");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("two") << QStringList{QStringLiteral("a@example.com"),
                                            QStringLiteral("b@example.com")};
    }
    void oneAddressIsNeeded()
    {
        QFETCH(QStringList, addresses);
        const CliRun r =
            act(QStringLiteral("admin"),
                QStringList{QStringLiteral("audit"), QStringLiteral("erase")} + addresses);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void erasureLeavesTheAddressNowhereAndTheChainHolds()
    {
        const QString target = QStringLiteral("erase.target@example.com");
        const QString bystander = QStringLiteral("keep.me@example.com");
        const CliRun invited = invite(QStringLiteral("sales1"), target, QStringLiteral("doctor"));
        QVERIFY2(invited.exitCode == 0, qPrintable(invited.describe()));
        const QString id = invited.json().toObject().value(QStringLiteral("id")).toString();
        const CliRun cancelled =
            act(QStringLiteral("sales1"), {QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                                           QStringLiteral("Erase.Target@example.com asked")});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.describe()));
        const CliRun kept = invite(QStringLiteral("sales1"), bystander, QStringLiteral("doctor"));
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.describe()));
        const QString keptId = kept.json().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(holding(QStringLiteral("audit_events"), QStringLiteral("details"), target), 0);
        QCOMPARE(holding(QStringLiteral("audit_personal"), QStringLiteral("data"), target), 2);
        const QJsonArray keptBefore = listed(keptId);

        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("erase"),
                                          target.toUpper(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().toObject(),
                 (QJsonObject{{QStringLiteral("erased_events"), 2},
                              {QStringLiteral("hashed_events_naming_it"), 0}}));

        // Nowhere in the raw tables, and the chain holds.
        QCOMPARE(holding(QStringLiteral("audit_events"), QStringLiteral("details"), target), 0);
        QCOMPARE(holding(QStringLiteral("audit_personal"), QStringLiteral("data"), target), 0);
        verifyAuditChain();
        // The invitation's events without it; the bystander's as they were.
        const QJsonArray mine = listed(id);
        QCOMPARE(mine.size(), 2);
        for (const auto& v : mine) {
            const QJsonObject e = v.toObject();
            QVERIFY(!QJsonDocument(e).toJson().contains(target.toUtf8()));
            QCOMPARE(e.value(QStringLiteral("personal_keys")).toArray(), QJsonArray());
        }
        QCOMPARE(mine.last()
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("type")),
                 QJsonValue(QStringLiteral("doctor")));
        QCOMPARE(listed(keptId), keptBefore);
        QCOMPARE(keptBefore.first().toObject().value(QStringLiteral("personal_keys")).toArray(),
                 QJsonArray{QStringLiteral("email")});
        // The record of the erasure: counts, no address.
        const CliRun newest =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                 QStringLiteral("1"), QStringLiteral("--json")});
        const QJsonObject erased = newest.json().toArray().first().toObject();
        QCOMPARE(erased.value(QStringLiteral("action")).toString(), QStringLiteral("audit.erased"));
        QCOMPARE(erased.value(QStringLiteral("details")).toObject(), r.json().toObject());

        // Text output; asked again, nothing is left.
        const CliRun text = act(QStringLiteral("admin"),
                                {QStringLiteral("audit"), QStringLiteral("erase"), bystander});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QCOMPARE(text.out.trimmed(),
                 QStringLiteral("Erased the personal data of 1 audit event(s) about "
                                "keep.me@example.com; the chain still holds."));
        const CliRun again = act(QStringLiteral("admin"),
                                 {QStringLiteral("audit"), QStringLiteral("erase"), target});
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY2(again.err.contains(QStringLiteral("nothing was erased")),
                 qPrintable(again.describe()));
    }

private:
    // Rows of `table` whose `column` holds `text` (as text, any case).
    qint64 holding(const QString& table, const QString& column, const QString& text)
    {
        return m_db
            .scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE lower(CAST(%2 AS text)) LIKE ?")
                        .arg(table, column),
                    {QLatin1Char('%') + text.toLower() + QLatin1Char('%')})
            .toLongLong();
    }
    // `audit list --invitation ID --json`.
    QJsonArray listed(const QString& invitationId)
    {
        const CliRun r =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--invitation"),
                 invitationId, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("audit list failed: %s", qPrintable(r.describe()));
        return r.json().toArray();
    }
};

QTEST_GUILESS_MAIN(TestCliAuditErase)
#include "test_cli_audit_erase.moc"
