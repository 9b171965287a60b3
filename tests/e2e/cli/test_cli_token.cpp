// `invitedesk token create/list/revoke` end to end: the token printed once, alone on stdout
// (or {"token", "id"} with --json), only its SHA-256 in the database, names unique among a
// user's live tokens, refusals on stderr with exit 1, usage errors with exit 2.
#include "CliFixture.h"

#include "core/security/TokenGenerator.h"
#include "core/services/ApiTokenService.h"
#include "core/storage/Database.h"

#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliToken : public CliFixture {
    Q_OBJECT

    CliRun token(const QString& who, QStringList args)
    {
        args.prepend(QStringLiteral("token"));
        return act(who, args);
    }

private slots:
    void initTestCase() { seedSharedDatabase(); }
    void cleanupTestCase() { verifyAuditChain(); }

    void createPrintsTheTokenOnceAndStoresItsHash()
    {
        const CliRun plain = token("sales1", {"create", "--name", "crm", "--expires-days", "30"});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
        const QString text = plain.out.trimmed();
        QCOMPARE(plain.out, text + QLatin1Char('\n'));
        QVERIFY(text.startsWith(QStringLiteral("idk_")));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM api_tokens WHERE token_hash = ?"),
                             {tokens::hash(text)})
                     .toInt(),
                 1);
        const CliRun json = token("sales1", {"create", "--name", "ivr", "--read-only", "--json"});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject o = json.json().toObject();
        QCOMPARE(o.keys(), (QStringList{"id", "token"}));
        QVERIFY(o.value("token").toString().startsWith(QStringLiteral("idk_")));
        // No column holds a token's text.
        for (const QVariantList& row :
             m_db.rows(QStringLiteral("SELECT id, name, user_id FROM api_tokens"))) {
            for (const QVariant& v : row) {
                QVERIFY(!v.toString().contains(text.mid(4)));
                QVERIFY(!v.toString().contains(o.value("token").toString().mid(4)));
            }
        }
    }

    void listShowsNoTokenText()
    {
        const CliRun list = token("sales1", {"list", "--json"});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        const QJsonArray items = list.json().toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue& v : items) {
            QVERIFY(!v.toObject().contains("token"));
            QCOMPARE(v.toObject().value("state").toString(), QStringLiteral("active"));
        }
        // Each user sees only their own.
        QCOMPARE(token("dist1", {"list", "--json"}).json().toArray().size(), 0);
    }

    // last_used_at: null (and "never used") until a request authenticates with the token, then
    // its time, in the JSON and the text list.
    void listShowsTheLastUse()
    {
        const CliRun created = token("dist2", {"create", "--name", "used", "--json"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString text = created.json().toObject().value("token").toString();
        CliRun list = token("dist2", {"list", "--json"});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QJsonObject item = list.json().toArray().first().toObject();
        QVERIFY(item.contains("last_used_at"));
        QVERIFY(item.value("last_used_at").isNull());
        QVERIFY2(token("dist2", {"list"}).out.contains(QStringLiteral("never used")),
                 qPrintable(token("dist2", {"list"}).out));
        // What a request through the integration API does (ApiTokenService::authenticate).
        auto db = Database::open(m_url);
        QVERIFY(db.ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(ApiTokenService(db.value(), ServiceConfig{}).authenticate(text).ok());
        list = token("dist2", {"list", "--json"});
        item = list.json().toArray().first().toObject();
        const QDateTime used =
            QDateTime::fromString(item.value("last_used_at").toString(), Qt::ISODateWithMs);
        QVERIFY2(used.isValid() && used >= before, qPrintable(list.out));
        QVERIFY2(token("dist2", {"list"}).out.contains(QStringLiteral("last used ")),
                 qPrintable(token("dist2", {"list"}).out));
    }

    void refusalsAndUsage()
    {
        CliRun r = token("sales1", {"create", "--name", "crm"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("name:")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = token("sales1", {"create"});
        QCOMPARE(r.exitCode, 2);
        r = token("sales1", {"create", "--name", "x", "--expires-days", "soon"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("expires_days")), qPrintable(r.err));
        r = token("dist1", {"revoke", "crm"});
        QCOMPARE(r.exitCode, 1);
    }

    void revokeByNameOrId()
    {
        CliRun r = token("sales1", {"revoke", "crm"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString id = token("sales1", {"list", "--json"})
                               .json()
                               .toArray()
                               .at(0)
                               .toObject()
                               .value("id")
                               .toString();
        r = token("sales1", {"revoke", id, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().toObject().value("state").toString(), QStringLiteral("revoked"));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM api_tokens WHERE revoked_at IS "
                                            "NOT NULL"))
                     .toInt(),
                 2);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                            "'api_token.revoked'"))
                     .toInt(),
                 2);
        // The name is free again.
        QCOMPARE(token("sales1", {"create", "--name", "crm"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliToken)
#include "test_cli_token.moc"
