// The `invitedesk` command line end to end: the built binary against a real database
// (SQLite, or the test PostgreSQL), checking exit codes, output and what reached the tables.
// Each sign-in costs a scrypt hash (~0.3 s), so read-only cases share one seeded database.
#include "CliCases.h"
#include "CliFixture.h"

#include "core/domain/InvitationStatus.h"
#include "core/domain/Role.h"
#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"
#include "core/services/InvitationService.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCli : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(CliHarness::binary()).isExecutable(),
                 qPrintable(QStringLiteral("INVITEDESK_BIN=%1").arg(CliHarness::binary())));
        m_url = freshUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_lastError));
        m_db = DbProbe(m_url);
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.error()));

        const CliRun boot = bootstrap(m_url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));
        // The demo tree goes under the admin, in a database that already has a user.
        const CliRun demo = act(QStringLiteral("admin"), {QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));

        const CliRun chain =
            invite(QStringLiteral("sales1"), QStringLiteral("chain.doctor@example.com"),
                   QStringLiteral("doctor"));
        QVERIFY2(chain.exitCode == 0, qPrintable(chain.describe()));
        m_chainInvitationId = chain.json().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!m_chainInvitationId.isEmpty());
    }

    void demoSeedsEveryRoleAndStatus()
    {
        QSet<QString> roleNames;
        for (const auto& row : m_db.rows(QStringLiteral("SELECT DISTINCT role FROM users")))
            roleNames.insert(row.first().toString());
        for (const QString& r : roles::allNames())
            QVERIFY2(roleNames.contains(r), qPrintable(r));
        QSet<QString> statusNames;
        for (const auto& row :
             m_db.rows(QStringLiteral("SELECT DISTINCT status FROM user_invitations")))
            statusNames.insert(row.first().toString());
        for (const QString& s : statuses::allNames())
            QVERIFY2(statusNames.contains(s), qPrintable(s));
        // The tree hangs under the admin who seeded it.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT parent_user_id FROM users WHERE email = ?"),
                             {demoEmail(QStringLiteral("chp"))})
                     .toString(),
                 m_db.userId(kAdmin));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT parent_user_id FROM users WHERE email = ?"),
                             {demoEmail(QStringLiteral("sales1"))})
                     .toString(),
                 m_db.userId(demoEmail(QStringLiteral("dist1"))));
    }

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

    void salesInvitesDoctor()
    {
        const CliRun r = invite(QStringLiteral("sales1"), QStringLiteral("new.doctor@example.com"),
                                QStringLiteral("doctor"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString sales1 = m_db.userId(demoEmail(QStringLiteral("sales1")));
        const auto row = m_db.rows(
            QStringLiteral("SELECT invited_by_id, parent_user_id, status, invitation_type "
                           "FROM user_invitations WHERE email = ?"),
            {QStringLiteral("new.doctor@example.com")});
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.first().at(0).toString(), sales1);
        QCOMPARE(row.first().at(1).toString(), sales1);
        QCOMPARE(row.first().at(2).toString(), QStringLiteral("pending"));
        QCOMPARE(row.first().at(3).toString(), QStringLiteral("doctor"));
        QCOMPARE(m_db.count(QStringLiteral("email_outbox WHERE invitation_id = '%1'")
                                .arg(r.json().toObject().value(QStringLiteral("id")).toString())),
                 qint64(1));
    }

    void uplineOfNewInvitation_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("upline"); // "admin" or a demo key
        QTest::newRow("admin, no --parent: the admin")
            << QStringLiteral("admin") << QStringLiteral("ivr_company") << QStringList()
            << QStringLiteral("admin");
        QTest::newRow("doctor invites staff: the doctor")
            << QStringLiteral("doctor1") << QStringLiteral("medical_staff") << QStringList()
            << QStringLiteral("doctor1");
        QTest::newRow("office admin invites staff: its doctor")
            << QStringLiteral("office") << QStringLiteral("medical_staff") << QStringList()
            << QStringLiteral("doctor1");
        QTest::newRow("office admin invites office admin: its doctor")
            << QStringLiteral("office") << QStringLiteral("office_admin") << QStringList()
            << QStringLiteral("doctor1");
        QTest::newRow("master names a sales rep of its downline")
            << QStringLiteral("master") << QStringLiteral("doctor")
            << QStringList{QStringLiteral("--parent"), demoEmail(QStringLiteral("sales2"))}
            << QStringLiteral("sales2");
    }
    void uplineOfNewInvitation()
    {
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(QStringList, more);
        QFETCH(QString, upline);
        const QString email =
            QStringLiteral("upline.%1@example.com")
                .arg(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^a-z.@]+")), QStringLiteral("-"));
        const CliRun r = invite(who, email, type, more);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString expected =
            m_db.userId(upline == QLatin1String("admin") ? kAdmin : demoEmail(upline));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(r.json().toObject().value(QStringLiteral("parent_user_id")).toString(), expected);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT parent_user_id FROM user_invitations "
                                            "WHERE email = ?"),
                             {email})
                     .toString(),
                 expected);
    }

    // Refused input: exit 1, a one-line reason naming the field, nothing written.
    void refusedChangesNothing_data() { addRefusedCases(); }
    void refusedChangesNothing()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const auto before = m_db.counts();
        CliRun r;
        if (who == QLatin1String("wrong-password")) {
            r = CliHarness::run(
                args + QStringList{QStringLiteral("--as"), kAdmin, QStringLiteral("--database"),
                                   m_url},
                {{QStringLiteral("INVITEDESK_PASSWORD"), QStringLiteral("not the password")}});
        } else {
            r = act(who, args);
        }
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QString reason = r.err.trimmed();
        QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(r.describe()));
        QVERIFY2(reason.contains(field + QLatin1Char(':')), qPrintable(r.describe()));
        QCOMPARE(m_db.counts(), before);
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

    void cancelTwiceAndResendAfterCancel()
    {
        const CliRun created =
            invite(QStringLiteral("admin"), QStringLiteral("cancel.me@example.com"),
                   QStringLiteral("sales"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString id = created.json().toObject().value(QStringLiteral("id")).toString();

        const CliRun cancel =
            act(QStringLiteral("admin"), {QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                                          QStringLiteral("Wrong person")});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        const QVariantList cancelled = invitationState(id);
        QCOMPARE(cancelled.value(0).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.value(4).toString(), QStringLiteral("Wrong person"));
        const auto before = m_db.counts();

        const CliRun again = act(QStringLiteral("admin"), {QStringLiteral("cancel"), id});
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY(!again.err.trimmed().isEmpty());
        const CliRun resend = act(QStringLiteral("admin"), {QStringLiteral("resend"), id});
        QVERIFY2(resend.exitCode == 1, qPrintable(resend.describe()));
        QVERIFY(!resend.err.trimmed().isEmpty());
        QCOMPARE(invitationState(id), cancelled);
        QCOMPARE(m_db.counts(), before);
    }

    void resendGivesNewToken()
    {
        const QVariantList before = invitationState(m_chainInvitationId);
        const qint64 outbox = m_db.count(QStringLiteral("email_outbox"));
        // dist1 is in the inviter's upline chain, so it may resend.
        const CliRun r =
            act(QStringLiteral("dist1"),
                {QStringLiteral("resend"), m_chainInvitationId, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QVariantList after = invitationState(m_chainInvitationId);
        QCOMPARE(after.value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(after.value(2).toInt(), before.value(2).toInt() + 1);
        QVERIFY(after.value(3).toByteArray() != before.value(3).toByteArray());
        QCOMPARE(m_db.count(QStringLiteral("email_outbox")), outbox + 1);
    }

    void secondOpenInvitationRefused()
    {
        const CliRun first = invite(QStringLiteral("admin"), QStringLiteral("twice@example.com"),
                                    QStringLiteral("doctor"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const auto before = m_db.counts();
        const CliRun second = invite(QStringLiteral("admin"), QStringLiteral("Twice@Example.COM"),
                                     QStringLiteral("doctor"));
        QVERIFY2(second.exitCode == 1, qPrintable(second.describe()));
        QVERIFY2(second.err.contains(QLatin1String("email:")), qPrintable(second.describe()));
        QCOMPARE(m_db.counts(), before);
    }

    void outsiderCannotCancelOrResend_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("command");
        QTest::newRow("other distributor cancels")
            << QStringLiteral("dist2") << QStringLiteral("cancel");
        QTest::newRow("other distributor resends")
            << QStringLiteral("dist2") << QStringLiteral("resend");
        QTest::newRow("other sales rep cancels")
            << QStringLiteral("sales2") << QStringLiteral("cancel");
        QTest::newRow("other doctor resends")
            << QStringLiteral("doctor2") << QStringLiteral("resend");
        QTest::newRow("downline office admin cancels")
            << QStringLiteral("office") << QStringLiteral("cancel");
        QTest::newRow("vendor resends") << QStringLiteral("ivr") << QStringLiteral("resend");
    }
    void outsiderCannotCancelOrResend()
    {
        QFETCH(QString, who);
        QFETCH(QString, command);
        const QVariantList state = invitationState(m_chainInvitationId);
        QVERIFY(!state.isEmpty());
        const auto before = m_db.counts();
        const CliRun r = act(who, {command, m_chainInvitationId});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(invitationState(m_chainInvitationId), state);
        QCOMPARE(m_db.counts(), before);
    }

    void uplineMayCancel()
    {
        const CliRun r =
            act(QStringLiteral("master"), {QStringLiteral("cancel"), m_chainInvitationId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(invitationState(m_chainInvitationId).value(0).toString(),
                 QStringLiteral("cancelled"));
    }

    void textRoundTrips_data() { addRoundTripCases(); }
    void textRoundTrips()
    {
        QFETCH(QString, email);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, message);
        const CliRun r = act(
            QStringLiteral("admin"),
            {QStringLiteral("invite"), QStringLiteral("--json"), QStringLiteral("--email"), email,
             QStringLiteral("--type"), QStringLiteral("doctor"), QStringLiteral("--first"), first,
             QStringLiteral("--last"), last, QStringLiteral("--message"), message});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = r.json().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        const CliRun list =
            act(QStringLiteral("admin"), {QStringLiteral("list"), QStringLiteral("--json"),
                                          QStringLiteral("--search"), email});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray items = list.json().toArray();
        QCOMPARE(items.size(), 1);
        const CliRun show =
            act(QStringLiteral("admin"), {QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        for (const QJsonObject& o :
             {r.json().toObject(), items.first().toObject(), show.json().toObject()}) {
            QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
            QCOMPARE(o.value(QStringLiteral("email")).toString(), email);
            QCOMPARE(o.value(QStringLiteral("first_name")).toString(), first);
            QCOMPARE(o.value(QStringLiteral("last_name")).toString(), last);
            QCOMPARE(o.value(QStringLiteral("message")).toString(), message);
        }
        // And in the table itself, byte for byte.
        const auto row = m_db.rows(QStringLiteral("SELECT email, first_name, last_name, "
                                                  "invitation_message FROM user_invitations "
                                                  "WHERE id = ?"),
                                   {id});
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.first(), (QVariantList{email, first, last, message}));
        QVERIFY(m_db.count(QStringLiteral("users")) > 0);
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

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
