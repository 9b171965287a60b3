// `invitedesk user reset-password` end to end on the demo tree: refusals exit 1 naming why
// (and change nothing), usage errors 2; a reset queues one e-mail with no link yet, `outbox
// run` sends it with a link minted then (only its SHA-256 in the database, no token anywhere
// else), the link sets a new password once, and the person signs in with it. Both backends.
#include "CliFixture.h"

#include "core/security/TokenGenerator.h"
#include "core/services/PasswordResetService.h"
#include "tests/support/LinkDelivery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliPasswordReset : public CliFixture {
    Q_OBJECT

    QTemporaryDir m_mail;

    CliRun reset(const QString& who, QStringList args)
    {
        args.prepend(QStringLiteral("reset-password"));
        args.prepend(QStringLiteral("user"));
        return act(who, args);
    }
    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        return m_db.scalar(sql, binds).toLongLong();
    }
    // The reset link tokens in the .eml files written to `recipient`.
    QStringList resetTokensMailedTo(const QString& recipient)
    {
        QStringList found;
        const QDir dir(m_mail.path());
        for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray message = f.readAll();
            if (message.contains(recipient.toUtf8()))
                found << linkTokens(message, QStringLiteral("reset"));
        }
        return found;
    }
    CliRun sendOutbox()
    {
        return CliHarness::run(
            {QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
             QStringLiteral("--due-now"), QStringLiteral("--database"), m_url,
             QStringLiteral("--mail"), QStringLiteral("file://") + m_mail.path(),
             QStringLiteral("--public-url"), QStringLiteral("https://reset.example.com")});
    }
    CliRun signIn(const QString& email, const QString& password)
    {
        return CliHarness::run({QStringLiteral("user"), QStringLiteral("show"), email,
                                QStringLiteral("--as"), email, QStringLiteral("--database"), m_url},
                               {{QStringLiteral("INVITEDESK_PASSWORD"), password}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_mail.isValid());
        seedSharedDatabase();
    }
    void cleanupTestCase() { verifyAuditChain(); }

    void refusalsAndUsage_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("oneself") << "sales1" << QStringList{demoEmail("sales1")} << 1
                                 << "user: You cannot send yourself a reset link";
        QTest::newRow("someone else's downline")
            << "dist1" << QStringList{demoEmail("sales2")} << 1 << "user: No user";
        QTest::newRow("outside the matrix")
            << "master" << QStringList{demoEmail("office")} << 1 << "may not reset";
        QTest::newRow("no such person")
            << "admin" << QStringList{QStringLiteral("nobody@example.com")} << 1 << "user:";
        QTest::newRow("no person") << "admin" << QStringList{} << 2 << "USER_EMAIL";
        QTest::newRow("two people")
            << "admin" << QStringList{demoEmail("sales1"), demoEmail("sales2")} << 2
            << "unexpected";
    }
    void refusalsAndUsage()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const DbProbe::Counts before = m_db.counts();
        const qint64 resets = m_db.count(QStringLiteral("password_resets"));
        const CliRun r = reset(who, args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(says), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_db.counts(), before);
        QCOMPARE(m_db.count(QStringLiteral("password_resets")), resets);
    }

    void resetLinkIsMailedMintedAtSendAndWorksOnce()
    {
        const QString person = demoEmail("sales1");
        const QString personId = m_db.userId(person);
        const CliRun queued = reset("dist1", {person, QStringLiteral("--json")});
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.describe()));
        const QJsonObject item = queued.json().toObject();
        QCOMPARE(item.value("email").toString(), person);
        QCOMPARE(item.value("password_reset_queued").toBool(), true);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM password_resets WHERE user_id = ? "
                                       "AND requested_by_id = ? AND used_at IS NULL"),
                        {personId, m_db.userId(demoEmail("dist1"))}),
                 qint64(1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM email_outbox WHERE recipient = ? "
                                       "AND kind = 'password_reset' AND status = 'queued'"),
                        {person}),
                 qint64(1));
        QCOMPARE(m_db.count(QStringLiteral("password_reset_links")), qint64(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                       "'user.password_reset_requested'")),
                 qint64(1));

        const CliRun sent = sendOutbox();
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const QStringList mailed = resetTokensMailedTo(person);
        QCOMPARE(mailed.size(), 1);
        const QString token = mailed.first();
        QCOMPARE(m_db.rows(QStringLiteral("SELECT token_hash FROM password_reset_links"))
                     .value(0)
                     .value(0)
                     .toByteArray(),
                 tokens::hash(token));
        // No table holds the token.
        for (const char* table :
             {"password_resets", "password_reset_links", "email_outbox", "audit_events", "users"}) {
            for (const QVariantList& row :
                 m_db.rows(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)))) {
                for (const QVariant& v : row)
                    QVERIFY2(!v.toString().contains(token), table);
            }
        }

        // The link sets a new password (the page and route are tested on their own); the
        // command line then signs in with it, and not with the old one.
        auto db = Database::open(m_url);
        QVERIFY(db.ok());
        const QString fresh = QStringLiteral("sales one's reset passphrase");
        PasswordResetRequest request;
        request.token = token;
        request.password = fresh;
        auto done = PasswordResetService(db.value(), ServiceConfig{}).reset(request);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().describe()));
        const CliRun withNew = signIn(person, fresh);
        QVERIFY2(withNew.exitCode == 0, qPrintable(withNew.describe()));
        const CliRun withOld = signIn(person, DemoSeeder::defaultPassword());
        QVERIFY2(withOld.exitCode == 1, qPrintable(withOld.describe()));
        auto again = PasswordResetService(db.value(), ServiceConfig{}).reset(request);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Gone);
        // The plain form says where the link goes.
        const CliRun plain = reset("admin", {person});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.describe()));
        QVERIFY(plain.out.contains(person));
    }

    void deactivatedPersonIsRefused()
    {
        const QString person = demoEmail("sales2");
        QVERIFY(act("dist2", {"user", "deactivate", person}).exitCode == 0);
        const qint64 resets = m_db.count(QStringLiteral("password_resets"));
        const CliRun r = reset("dist2", {person});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("deactivated")), qPrintable(r.describe()));
        QCOMPARE(m_db.count(QStringLiteral("password_resets")), resets);
        QVERIFY(act("dist2", {"user", "reactivate", person}).exitCode == 0);
        QCOMPARE(reset("dist2", {person}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPasswordReset)
#include "test_cli_password_reset.moc"
