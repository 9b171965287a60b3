// `invitedesk demo` and `invitedesk invite` end to end: the built binary against a real
// database (SQLite, or the test PostgreSQL), checking exit codes, output and what reached the
// tables: the demo tree, who invites whom and under which upline, refused input that changes
// nothing, and text that round-trips byte for byte.
// Each sign-in costs a scrypt hash (~0.3 s), so the cases share one seeded database.
#include "CliCases.h"
#include "CliFixture.h"

#include "core/domain/InvitationStatus.h"
#include "core/domain/Role.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliInvite : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { seedSharedDatabase(); }
    // What the cases did left an intact audit chain.
    void cleanupTestCase() { verifyAuditChain(); }

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
            QCOMPARE(o.value(QStringLiteral("invitation_message")).toString(), message);
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
};

QTEST_GUILESS_MAIN(TestCliInvite)
#include "test_cli_invite.moc"
