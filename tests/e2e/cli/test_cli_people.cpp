// `invitedesk user list/show/deactivate/reactivate/move/password` end to end on the demo
// tree: the JSON item's fields (a contract), what each user lists, sign-in refused while
// deactivated, a move changing what each upline lists, one's own password, the audit events,
// and the exit codes (0 done, 1 refused, 2 usage, 3 environment).
#include "CliFixture.h"

#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QStringList kPersonKeys = {"active",     "created_at",   "db_role",       "email",
                                 "first_name", "id",           "invitation_id", "invited_by_email",
                                 "last_name",  "locked_until", "parent_email",  "role"};
const QStringList kCountKeys = {"accepted_invitations", "direct_downline", "open_invitations",
                                "total_downline"};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

class TestCliPeople : public CliFixture {
    Q_OBJECT

    CliRun user(const QString& who, QStringList args)
    {
        args.prepend(QStringLiteral("user"));
        return act(who, args);
    }
    // The e-mails `who` lists with --json (and the extra options).
    QStringList listedEmails(const QString& who, const QStringList& more = {})
    {
        const CliRun r = user(who, QStringList{"list", "--json"} + more);
        if (r.exitCode != 0) {
            qWarning("user list failed: %s", qPrintable(r.describe()));
            return {QStringLiteral("<failed>")};
        }
        QStringList emails;
        for (const QJsonValue& v : r.json().toArray())
            emails << v.toObject().value("email").toString();
        return emails;
    }
    // The e-mails of `who` and everyone below, from the tables.
    QStringList downlineEmails(const QString& who)
    {
        QHash<QString, QStringList> children;
        QHash<QString, QString> emails;
        for (const auto& row :
             m_db.rows(QStringLiteral("SELECT id, parent_user_id, email FROM users"))) {
            children[row.at(1).toString()] << row.at(0).toString();
            emails.insert(row.at(0).toString(), row.at(2).toString());
        }
        QStringList todo{m_db.userId(demoEmail(who))};
        QStringList out;
        while (!todo.isEmpty()) {
            const QString id = todo.takeFirst();
            out << emails.value(id);
            todo << children.value(id);
        }
        return sorted(out);
    }
    qint64 auditCount(const QString& action)
    {
        return m_db
            .scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"), {action})
            .toLongLong();
    }

private slots:
    void initTestCase() { seedSharedDatabase(); }
    void cleanupTestCase() { verifyAuditChain(); }

    void listItemsCarryExactlyTheContractsFields()
    {
        const CliRun r = user("dist1", {"list", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray items = r.json().toArray();
        QVERIFY(!items.isEmpty());
        QStringList emails;
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            QCOMPARE(sorted(o.keys()), kPersonKeys);
            QVERIFY(o.value("active").isBool());
            QVERIFY(!o.value("created_at").toString().isEmpty());
            emails << o.value("email").toString();
            if (o.value("email").toString() == demoEmail("sales1"))
                QCOMPARE(o.value("parent_email").toString(), demoEmail("dist1"));
        }
        // Exactly dist1 and its downline, by e-mail.
        QCOMPARE(sorted(emails), downlineEmails("dist1"));
        // The plain form: one line each.
        const CliRun plain = user("dist1", {"list"});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
        QCOMPARE(plain.out.trimmed().split('\n').size(), items.size());
        // An admin lists everyone; a role filter.
        QCOMPARE(listedEmails("admin").size(), int(m_db.count(QStringLiteral("users"))));
        const CliRun sales = user("master", {"list", "--json", "--role", "sales"});
        QVERIFY2(sales.exitCode == 0, qPrintable(sales.describe()));
        QStringList salesEmails;
        for (const QJsonValue& v : sales.json().toArray()) {
            QCOMPARE(v.toObject().value("role").toString(), QStringLiteral("sales"));
            salesEmails << v.toObject().value("email").toString();
        }
        QVERIFY(salesEmails.contains(demoEmail("sales1")));
        QVERIFY(salesEmails.contains(demoEmail("sales2")));
    }

    void showAddsTheCounts()
    {
        const CliRun r = user("master", {"show", demoEmail("sales1"), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().toObject();
        QCOMPARE(sorted(o.keys()), sorted(kPersonKeys + kCountKeys));
        QCOMPARE(o.value("total_downline").toInt(), downlineEmails("sales1").size() - 1);
        QVERIFY(o.value("direct_downline").toInt() >= 1);
        const CliRun plain = user("master", {"show", demoEmail("sales1")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
        QVERIFY(plain.out.contains(QLatin1String("downline")));
        // Someone one may not see is no one: exit 1.
        const CliRun hidden = user("dist2", {"show", demoEmail("sales1")});
        QVERIFY2(hidden.exitCode == 1, qPrintable(hidden.describe()));
        QVERIFY(hidden.err.contains(QLatin1String("user:")));
    }

    void deactivateRefusesSignInUntilReactivated()
    {
        const qint64 before = auditCount(QStringLiteral("user.deactivated"));
        const CliRun off =
            user("dist1", {"deactivate", demoEmail("sales1"), "--reason", "left the company"});
        QVERIFY2(off.exitCode == 0, qPrintable(off.describe()));
        QCOMPARE(auditCount(QStringLiteral("user.deactivated")), before + 1);
        // sales1 cannot sign in: refused (1), saying why.
        const CliRun refused = user("sales1", {"list"});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(QLatin1String("deactivated")),
                 qPrintable(refused.describe()));
        // Listed as inactive; --inactive lists only them.
        QCOMPARE(listedEmails("dist1", {"--inactive"}), QStringList{demoEmail("sales1")});
        // Twice: refused.
        QCOMPARE(user("dist1", {"deactivate", demoEmail("sales1")}).exitCode, 1);

        const CliRun on = user("dist1", {"reactivate", demoEmail("sales1"), "--json"});
        QVERIFY2(on.exitCode == 0, qPrintable(on.describe()));
        QCOMPARE(sorted(on.json().toObject().keys()), kPersonKeys);
        QCOMPARE(on.json().toObject().value("active").toBool(), true);
        QCOMPARE(auditCount(QStringLiteral("user.reactivated")), qint64(1));
        QCOMPARE(user("sales1", {"list"}).exitCode, 0);
        QVERIFY(listedEmails("dist1", {"--inactive"}).isEmpty());
    }

    void refusalsAndUsage_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("self-deactivation")
            << "sales1" << QStringList{"deactivate", demoEmail("sales1")} << 1 << "own account";
        QTest::newRow("acting on an upline")
            << "sales1" << QStringList{"deactivate", demoEmail("dist1")} << 1 << "user:";
        QTest::newRow("outside the matrix")
            << "master" << QStringList{"deactivate", demoEmail("office")} << 1 << "may not";
        QTest::newRow("unknown role")
            << "master" << QStringList{"list", "--role", "boss"} << 1 << "role:";
        QTest::newRow("cycle") << "master"
                               << QStringList{"move", demoEmail("sales1"), "--parent",
                                              demoEmail("doctor1")}
                               << 1 << "cycle";
        QTest::newRow("new upline outside the downline")
            << "dist1" << QStringList{"move", demoEmail("sales1"), "--parent", demoEmail("dist2")}
            << 1 << "parent:";
        QTest::newRow("no person") << "admin" << QStringList{"deactivate"} << 2 << "USER_EMAIL";
        QTest::newRow("two people")
            << "admin" << QStringList{"show", demoEmail("sales1"), demoEmail("sales2")} << 2
            << "unexpected";
        QTest::newRow("move without --parent")
            << "admin" << QStringList{"move", demoEmail("sales1")} << 2 << "--parent";
        QTest::newRow("unknown option")
            << "admin" << QStringList{"list", "--bogus"} << 2 << "bogus";
    }
    void refusalsAndUsage()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const DbProbe::Counts before = m_db.counts();
        const CliRun r = user(who, args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(says), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_db.counts(), before);
    }

    void unreachableDatabaseExit3()
    {
        const CliRun r = CliHarness::run(
            {"user", "list", "--as", kAdmin, "--database", "postgresql://nobody@127.0.0.1:1/none"},
            {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword}});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    }

    void moveChangesWhatEachUplineLists()
    {
        const QStringList subtree = downlineEmails("sales1");
        for (const QString& e : subtree) {
            QVERIFY(listedEmails("dist1").contains(e));
            QVERIFY(!listedEmails("dist2").contains(e));
        }
        const CliRun moved =
            user("master", {"move", demoEmail("sales1"), "--parent", demoEmail("dist2"), "--json"});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.describe()));
        QCOMPARE(moved.json().toObject().value("parent_email").toString(), demoEmail("dist2"));
        QCOMPARE(downlineEmails("sales1"), subtree); // the downline came along
        const QStringList dist1 = listedEmails("dist1");
        const QStringList dist2 = listedEmails("dist2");
        for (const QString& e : subtree) {
            QVERIFY2(!dist1.contains(e), qPrintable(e));
            QVERIFY2(dist2.contains(e), qPrintable(e));
        }
        QCOMPARE(auditCount(QStringLiteral("user.moved")), qint64(1));
        // And back, so the other cases see the demo tree.
        const CliRun back =
            user("master", {"move", demoEmail("sales1"), "--parent", demoEmail("dist1")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
        QVERIFY(back.out.contains(demoEmail("dist1")));
    }

    void ownPassword()
    {
        const QString email = demoEmail("doctor2");
        const QString fresh = QStringLiteral("doctor two's new passphrase");
        auto run = [&](const QString& current, const QString& next, const QStringList& args) {
            return CliHarness::run(
                QStringList{"user", "password", "--as", email, "--database", m_url} + args,
                {{QStringLiteral("INVITEDESK_PASSWORD"), current},
                 {QStringLiteral("INVITEDESK_NEW_PASSWORD"), next}});
        };
        // A weak one is refused, naming the field; the password is never echoed.
        const CliRun weak = run(DemoSeeder::defaultPassword(), QStringLiteral("tooshort"), {});
        QVERIFY2(weak.exitCode == 1, qPrintable(weak.describe()));
        QVERIFY2(weak.err.contains(QLatin1String("new_password")), qPrintable(weak.describe()));
        QVERIFY(!weak.err.contains(QLatin1String("tooshort")));
        QCOMPARE(auditCount(QStringLiteral("user.password_changed")), qint64(0));

        const CliRun changed = run(DemoSeeder::defaultPassword(), fresh, {"--json"});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.describe()));
        QCOMPARE(changed.json().toObject().value("password_changed").toBool(), true);
        QVERIFY(!changed.out.contains(fresh) && !changed.err.contains(fresh));
        QCOMPARE(auditCount(QStringLiteral("user.password_changed")), qint64(1));
        // The old one no longer signs in; the new one does.
        const CliRun old = run(DemoSeeder::defaultPassword(), fresh, {});
        QVERIFY2(old.exitCode == 1, qPrintable(old.describe()));
        const CliRun list = CliHarness::run({"user", "list", "--as", email, "--database", m_url},
                                            {{QStringLiteral("INVITEDESK_PASSWORD"), fresh}});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    }

    void helpTexts()
    {
        for (const char* command :
             {"list", "show", "deactivate", "reactivate", "move", "password"}) {
            const CliRun r = CliHarness::run({"user", QString::fromLatin1(command), "--help"});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY(r.out.contains(QLatin1String("user ") + QLatin1String(command)));
        }
        const CliRun general = CliHarness::run({"--help"});
        QVERIFY(general.out.contains(QLatin1String("user deactivate")));
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "test_cli_people.moc"
