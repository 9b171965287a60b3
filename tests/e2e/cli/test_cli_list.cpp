// `invitedesk list`, `show` and `stats` end to end: the built binary against a real database
// (SQLite, or the test PostgreSQL): global options anywhere on the line, the JSON fields, the
// newest 100 by default, a distributor's view of exactly its downline, and the statistics.
// Each sign-in costs a scrypt hash (~0.3 s), so the cases share one seeded database.
#include "CliCases.h"
#include "CliFixture.h"

#include "core/domain/InvitationStatus.h"
#include "core/domain/Role.h"
#include "core/services/AuthService.h"
#include "core/services/InvitationService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliList : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { seedSharedDatabase(); }

    void globalOptionsAnywhere_data() { addGlobalOptionCases(); }
    void globalOptionsAnywhere()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expectedItems);
        for (QString& a : args)
            a.replace(QStringLiteral("@DB"), m_url).replace(QStringLiteral("@AS"), kAdmin);
        const CliRun r =
            CliHarness::run(args, {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.json().isArray(), qPrintable(r.describe()));
        const QJsonArray items = r.json().toArray();
        if (expectedItems >= 0)
            QCOMPARE(items.size(), expectedItems);
        else
            QVERIFY(!items.isEmpty());
    }

    void inviteListShowJson()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const CliRun r = invite(QStringLiteral("admin"), QStringLiteral("Fields@Example.com"),
                                QStringLiteral("doctor"),
                                {QStringLiteral("--expires-days"), QStringLiteral("10"),
                                 QStringLiteral("--npi"), QStringLiteral("1234567893")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject created = r.json().toObject();
        for (const QString& key : kInvitationKeys)
            QVERIFY2(created.contains(key), qPrintable(key));
        QCOMPARE(created.value(QStringLiteral("email")).toString(),
                 QStringLiteral("fields@example.com"));
        QCOMPARE(created.value(QStringLiteral("first_name")).toString(), QStringLiteral("Test"));
        QCOMPARE(created.value(QStringLiteral("last_name")).toString(), QStringLiteral("Person"));
        QCOMPARE(created.value(QStringLiteral("invitation_type")).toString(),
                 QStringLiteral("doctor"));
        QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        const QDateTime expires = QDateTime::fromString(
            created.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(expires.isValid(), qPrintable(r.out));
        QVERIFY(qAbs(before.addDays(10).secsTo(expires)) < 3600);
        const QString id = created.value(QStringLiteral("id")).toString();
        QCOMPARE(m_db.count(QStringLiteral("user_invitations WHERE email = 'fields@example.com'")),
                 qint64(1));

        const CliRun list = act(QStringLiteral("admin"),
                                {QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--search"), QStringLiteral("fields@example")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray items = list.json().toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        for (const QString& key : kInvitationKeys + kListKeys)
            QVERIFY2(item.contains(key), qPrintable(key));
        QCOMPARE(item.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(item.value(QStringLiteral("invited_by")).toString(), kAdmin);
        QCOMPARE(item.value(QStringLiteral("resend_count")).toInt(-1), 0);
        QCOMPARE(item.value(QStringLiteral("email_attempts")).toInt(-1), 0);
        QVERIFY(item.value(QStringLiteral("email_delivery_status")).isString());
        QVERIFY(item.value(QStringLiteral("last_email_error")).isNull());
        // The integration API's names (issue 13), beside the older message and details: the
        // type fields at the top level, null where the type has none.
        QCOMPARE(item.value(QStringLiteral("npi")).toString(), QStringLiteral("1234567893"));
        QCOMPARE(item.value(QStringLiteral("details")).toObject().value(QStringLiteral("npi")),
                 item.value(QStringLiteral("npi")));
        for (const char* key : {"specialty", "territory", "practice_name", "company_name"})
            QVERIFY2(item.contains(QLatin1String(key)) && item.value(QLatin1String(key)).isNull(),
                     key);
        QVERIFY(item.contains(QStringLiteral("invitation_message")));
        QCOMPARE(item.value(QStringLiteral("invitation_message")),
                 item.value(QStringLiteral("message")));

        const CliRun show =
            act(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("show"), id});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        const QJsonObject shown = show.json().toObject();
        for (auto it = item.begin(); it != item.end(); ++it)
            QVERIFY2(shown.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    void listNewest100ByDefault()
    {
        auto db = Database::open(m_url);
        QVERIFY(db);
        auto admin = AuthService(db.value(), {}).findByEmail(kAdmin);
        QVERIFY(admin);
        InvitationService service(db.value(), {});
        for (int i = 0; i < 105; ++i) {
            NewInvitation in;
            in.email = QStringLiteral("bulk%1@example.com").arg(i);
            in.firstName = QStringLiteral("Bulk");
            in.lastName = QString::number(i);
            in.type = QStringLiteral("sales");
            auto created = service.create(admin.value(), in);
            QVERIFY2(created, qPrintable(created ? QString() : created.error().describe()));
        }
        const qint64 total = m_db.count(QStringLiteral("user_invitations"));
        QVERIFY(total > 105);

        const CliRun byDefault =
            act(QStringLiteral("admin"), {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.describe()));
        const QJsonArray newest = byDefault.json().toArray();
        QCOMPARE(newest.size(), 100);

        const QJsonArray all = listAll(QStringLiteral("admin"));
        QCOMPARE(qint64(all.size()), total);
        QSet<QString> sqlIds;
        for (const auto& row : m_db.rows(QStringLiteral("SELECT id FROM user_invitations")))
            sqlIds.insert(row.first().toString());
        QCOMPARE(idsOf(all), sqlIds);

        // Newest first: nothing left out is newer than what was listed.
        const QSet<QString> listed = idsOf(newest);
        QCOMPARE(listed.size(), 100);
        QString oldestListed = QStringLiteral("9999");
        QString prev = QStringLiteral("9999");
        for (const auto& v : newest) {
            const QString created = v.toObject().value(QStringLiteral("created_at")).toString();
            QVERIFY2(created <= prev, "not newest first");
            prev = created;
            oldestListed = qMin(oldestListed, created);
        }
        for (const auto& v : all) {
            const QJsonObject o = v.toObject();
            if (!listed.contains(o.value(QStringLiteral("id")).toString()))
                QVERIFY2(o.value(QStringLiteral("created_at")).toString() <= oldestListed,
                         qPrintable(o.value(QStringLiteral("email")).toString()));
        }
    }

    void distributorSeesExactlyItsDownline()
    {
        // Sent above dist1 but for one of its sales reps: dist1 sees it, dist2 does not.
        const CliRun viaMaster =
            invite(QStringLiteral("master"), QStringLiteral("for.sales1@example.com"),
                   QStringLiteral("doctor"),
                   {QStringLiteral("--parent"), demoEmail(QStringLiteral("sales1"))});
        QVERIFY2(viaMaster.exitCode == 0, qPrintable(viaMaster.describe()));
        const QString viaMasterId =
            viaMaster.json().toObject().value(QStringLiteral("id")).toString();

        const QSet<QString> dist1 = idsOf(listAll(QStringLiteral("dist1")));
        const QSet<QString> dist2 = idsOf(listAll(QStringLiteral("dist2")));
        QCOMPARE(dist1, expectedVisible(QStringLiteral("dist1")));
        QCOMPARE(dist2, expectedVisible(QStringLiteral("dist2")));
        QVERIFY(dist1.contains(m_chainInvitationId));
        QVERIFY(dist1.contains(viaMasterId));
        QVERIFY(!dist2.contains(m_chainInvitationId));
        QVERIFY(!dist2.contains(viaMasterId));
        QVERIFY(!dist2.isEmpty());
        QVERIFY(!dist1.intersects(dist2));
        QVERIFY(dist1.size() < m_db.count(QStringLiteral("user_invitations")));
    }

    void statsJson_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("admin") << QStringLiteral("admin");
        QTest::newRow("distributor") << QStringLiteral("dist1");
        QTest::newRow("vendor who sees nothing") << QStringLiteral("ship");
    }
    void statsJson()
    {
        QFETCH(QString, who);
        const CliRun r = act(who, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().toObject();
        for (const char* key : {"total", "by_status", "by_type", "acceptance_rate",
                                "median_hours_to_accept", "expiring_48h"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject byStatus = o.value(QStringLiteral("by_status")).toObject();
        const QJsonObject byType = o.value(QStringLiteral("by_type")).toObject();
        const QStringList statusNames = statuses::allNames();
        const QStringList typeNames = roles::allNames();
        QCOMPARE(byStatus.keys().size(), statusNames.size());
        QCOMPARE(byType.keys().size(), typeNames.size());
        qint64 statusSum = 0, typeSum = 0;
        for (const QString& s : statusNames) {
            QVERIFY2(byStatus.value(s).isDouble(), qPrintable(s)); // present, zeros included
            statusSum += byStatus.value(s).toInteger();
        }
        for (const QString& t : typeNames) {
            QVERIFY2(byType.value(t).isDouble(), qPrintable(t));
            typeSum += byType.value(t).toInteger();
        }
        const qint64 total = o.value(QStringLiteral("total")).toInteger(-1);
        QCOMPARE(statusSum, total);
        QCOMPARE(typeSum, total);
        const double rate = o.value(QStringLiteral("acceptance_rate")).toDouble(-1);
        QVERIFY(rate >= 0.0 && rate <= 1.0);
        QVERIFY(o.value(QStringLiteral("median_hours_to_accept")).isDouble());
        QVERIFY(o.value(QStringLiteral("median_hours_to_accept")).toDouble() >= 0.0);
        QVERIFY(o.value(QStringLiteral("expiring_48h")).isDouble());
        QVERIFY(o.value(QStringLiteral("expiring_48h")).toInteger() <= total);

        if (who == QLatin1String("admin")) {
            QCOMPARE(total, m_db.count(QStringLiteral("user_invitations")));
            for (const QString& s : statusNames)
                QCOMPARE(byStatus.value(s).toInteger(),
                         m_db.scalar(QStringLiteral("SELECT count(*) FROM user_invitations "
                                                    "WHERE status = ?"),
                                     {s})
                             .toLongLong());
            QVERIFY(byStatus.value(QStringLiteral("accepted")).toInteger() > 0);
        } else if (who == QLatin1String("ship")) {
            QCOMPARE(total, qint64(0));
        } else {
            QCOMPARE(total, qint64(expectedVisible(who).size()));
        }
    }

    // Last: everything the other cases did left an intact chain.
    void auditChainHoldsAfterEverything()
    {
        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(m_db.count(QStringLiteral("audit_events")) > 100);
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "test_cli_list.moc"
