// `invitedesk audit list` and `audit export` end to end (administrators only, through
// AuditService), and the one bulk reporter: refusals of cancel/resend always on stderr with
// exit 1, by ids and with --all-matching.
#include "CliFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliAudit : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        seedSharedDatabase();
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { verifyAuditChain(); }

    void listAsJson()
    {
        const CliRun all =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        const QJsonArray events = all.json().toArray();
        QCOMPARE(qint64(events.size()), m_db.count(QStringLiteral("audit_events")));
        const QJsonObject newest = events.first().toObject();
        for (const char* key : {"seq", "occurred_at", "actor_user_id", "action", "invitation_id",
                                "details", "hash", "personal_keys"})
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QVERIFY(newest.value(QStringLiteral("seq")).toInteger() >
                events.last().toObject().value(QStringLiteral("seq")).toInteger());

        const CliRun one =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--invitation"),
                 m_chainInvitationId, QStringLiteral("--json")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        const QJsonArray mine = one.json().toArray();
        QVERIFY(!mine.isEmpty());
        for (const auto& e : mine)
            QCOMPARE(e.toObject().value(QStringLiteral("invitation_id")).toString(),
                     m_chainInvitationId);
        QCOMPARE(mine.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("invitation.created"));

        const CliRun future =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                 QDate::currentDate().addDays(2).toString(Qt::ISODate), QStringLiteral("--json")});
        QVERIFY2(future.exitCode == 0, qPrintable(future.describe()));
        QCOMPARE(future.json().toArray().size(), 0);
        const CliRun past =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list"),
                                          QStringLiteral("--since"), QStringLiteral("2000-01-01")});
        QVERIFY2(past.exitCode == 0, qPrintable(past.describe()));
        QVERIFY(past.out.contains(QStringLiteral("invitation.created")));

        // --limit keeps the newest N; a limit that is not a number changes nothing and says so.
        const CliRun two =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                 QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(two.exitCode == 0, qPrintable(two.describe()));
        const QJsonArray newestTwo = two.json().toArray();
        QCOMPARE(newestTwo.size(), 2);
        QCOMPARE(newestTwo.at(0), events.at(0));
        QCOMPARE(newestTwo.at(1), events.at(1));
        const CliRun bad =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list"),
                                          QStringLiteral("--limit"), QStringLiteral("many")});
        QVERIFY2(bad.exitCode != 0, qPrintable(bad.describe()));
        QVERIFY2(bad.err.contains(QStringLiteral("limit")), qPrintable(bad.describe()));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        const QStringList list{QStringLiteral("audit"), QStringLiteral("list")};
        const QStringList exportCsv{QStringLiteral("audit"), QStringLiteral("export"),
                                    QStringLiteral("--format"), QStringLiteral("csv")};
        for (const char* who : {"dist1", "sales1", "doctor1", "office", "ivr"}) {
            QTest::addRow("%s lists", who)
                << QString::fromLatin1(who) << list << QStringLiteral("as");
            QTest::addRow("%s exports", who)
                << QString::fromLatin1(who) << exportCsv << QStringLiteral("as");
        }
        QTest::newRow("since is no date")
            << QStringLiteral("admin")
            << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                           QStringLiteral("--since"), QStringLiteral("last tuesday")}
            << QStringLiteral("since");
    }
    void refused()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const CliRun r = act(who, args);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.trimmed().contains(field + QLatin1Char(':')), qPrintable(r.describe()));
    }

    void exportWithoutFormatIsUsage()
    {
        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("export")});
        QCOMPARE(r.exitCode, 2);
    }

    void exportCsvToAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        const CliRun r =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--output"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM spreadsheets need
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("\"seq\",\"occurred_at\",\"actor_user_id\","
                                               "\"action\",\"invitation_id\",\"details\",\"hash\","
                                               "\"personal_keys\""));
        // Every event but the audit.exported one the export itself appended after writing.
        QCOMPARE(qint64(lines.size() - 1), m_db.count(QStringLiteral("audit_events")) - 1);
    }

    void exportJsonToStandardOutput()
    {
        const CliRun r =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--invitation"), m_chainInvitationId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray items = r.json().toArray();
        QVERIFY(!items.isEmpty());
        const CliRun listed =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--invitation"),
                 m_chainInvitationId, QStringLiteral("--json")});
        QCOMPARE(items, listed.json().toArray());
    }

    // Refused items of a bulk cancel/resend: on stderr, one line each, exit 1; stdout says
    // only what was done (and, for --all-matching, the count).
    void bulkRefusalsGoToStderr()
    {
        const QString tag = QStringLiteral("bulkrefusal");
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            const CliRun r =
                invite(QStringLiteral("admin"), QStringLiteral("%1%2@example.com").arg(tag).arg(i),
                       QStringLiteral("sales"));
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            ids << r.json().toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(act(QStringLiteral("admin"), {QStringLiteral("cancel"), ids.at(0)}).exitCode == 0);

        // By ids: the first is cancelled already, the second is cancelled now.
        const CliRun byIds =
            act(QStringLiteral("admin"), {QStringLiteral("cancel"), ids.at(0), ids.at(1)});
        QVERIFY2(byIds.exitCode == 1, qPrintable(byIds.describe()));
        QCOMPARE(byIds.out.trimmed(), ids.at(1) + QStringLiteral(": cancelled"));
        QCOMPARE(byIds.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(byIds.err.contains(ids.at(0) + QStringLiteral(": status:")),
                 qPrintable(byIds.describe()));

        // All matching, text: each refusal on stderr, none on stdout.
        const CliRun all = act(QStringLiteral("admin"),
                               {QStringLiteral("resend"), QStringLiteral("--all-matching"),
                                QStringLiteral("--status"), QStringLiteral("cancelled"),
                                QStringLiteral("--search"), tag});
        QVERIFY2(all.exitCode == 1, qPrintable(all.describe()));
        QVERIFY2(!all.out.contains(QStringLiteral("refused:")), qPrintable(all.describe()));
        QCOMPARE(all.out.trimmed(), QStringLiteral("0 resent, 2 refused."));
        for (const QString& id : ids)
            QVERIFY2(all.err.contains(QStringLiteral("invitedesk: ") + id + QStringLiteral(": ")),
                     qPrintable(all.describe()));
        QCOMPARE(all.err.trimmed().split(QLatin1Char('\n')).size(), 2);

        // All matching, JSON: the items on stdout, the refusals on stderr as well.
        const CliRun json = act(QStringLiteral("admin"),
                                {QStringLiteral("cancel"), QStringLiteral("--all-matching"),
                                 QStringLiteral("--status"), QStringLiteral("cancelled"),
                                 QStringLiteral("--search"), tag, QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 1, qPrintable(json.describe()));
        const QJsonArray items = json.json().toArray();
        QCOMPARE(items.size(), 2);
        for (const auto& item : items)
            QVERIFY(!item.toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(json.err.trimmed().split(QLatin1Char('\n')).size(), 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
