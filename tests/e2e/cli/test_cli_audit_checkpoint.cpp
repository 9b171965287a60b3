// `invitedesk audit checkpoint` and `audit verify` against the checkpoint log, end to end
// (issue 15, item 2): administrators only (exit 1 with the reason otherwise, no key made);
// the key file named by --audit-key or INVITEDESK_AUDIT_KEY made 0600 with its log beside it;
// verify without a key says no checkpoint was found; deleting the newest event, or the
// checkpoint rows, up to a checkpoint makes verify fail (exit 1) saying what was lost; `serve`
// with a key signs on its schedule.
#include "CliFixture.h"

#include "core/io/PrivateFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliAuditCheckpoint : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        seedSharedDatabase();
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(QStringLiteral("audit/invitedesk-audit.key"));
    }

    void verifyWithoutAKeySaysNoCheckpointWasFound()
    {
        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("no checkpoint was found")),
                 qPrintable(r.describe()));
        const CliRun json =
            act(QStringLiteral("admin"),
                {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject checkpoint =
            json.json().toObject().value(QStringLiteral("checkpoint")).toObject();
        QCOMPARE(checkpoint.value(QStringLiteral("found")).toBool(), false);
    }

    void onlyAdministratorsSign_data()
    {
        QTest::addColumn<QString>("who");
        for (const char* who : {"dist1", "sales1", "doctor1", "ivr"})
            QTest::newRow(who) << QString::fromLatin1(who);
    }
    void onlyAdministratorsSign()
    {
        QFETCH(QString, who);
        const CliRun r = act(who, {QStringLiteral("audit"), QStringLiteral("checkpoint"),
                                   QStringLiteral("--audit-key"), m_key});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("as: Only an administrator")),
                 qPrintable(r.describe()));
        QVERIFY(!QFile::exists(m_key));
        QCOMPARE(m_db.count(QStringLiteral("audit_checkpoints")), 0);
    }

    // The key named by the environment, made 0600 on first use; the head signed.
    void checkpointMakesThePrivateKeyAndLogsTheHead()
    {
        const CliRun r = withKeyInEnvironment(
            {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFile::exists(m_key));
        QVERIFY(!PrivateFiles::isOpenToOthers(m_key));
        const QString log = m_key + QStringLiteral(".checkpoints");
        QVERIFY(QFile::exists(log));
        QVERIFY(!PrivateFiles::isOpenToOthers(log));
        const QJsonObject item = r.json().toObject();
        const qint64 head =
            m_db.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")).toLongLong();
        QCOMPARE(item.value(QStringLiteral("seq")).toInteger(), head);
        QCOMPARE(item.value(QStringLiteral("log")).toString(), log);
        QCOMPARE(m_db.count(QStringLiteral("audit_checkpoints")), 1);
        // Nothing of the key file's text in the output.
        QFile key(m_key);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray pem = key.readAll();
        QVERIFY(!r.out.toUtf8().contains(pem.mid(28, 40)));

        const CliRun verified =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify"),
                                          QStringLiteral("--audit-key"), m_key});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        QVERIFY2(
            verified.out.contains(
                QStringLiteral("1 signed checkpoint(s) checked, the newest at event %1").arg(head)),
            qPrintable(verified.describe()));
    }

    void aDeletedNewestEventIsCaught()
    {
        const CliRun invited =
            invite(QStringLiteral("admin"), QStringLiteral("cp.newest@example.com"),
                   QStringLiteral("sales"));
        QVERIFY2(invited.exitCode == 0, qPrintable(invited.describe()));
        const CliRun signedNow =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("checkpoint"),
                                          QStringLiteral("--audit-key"), m_key});
        QVERIFY2(signedNow.exitCode == 0, qPrintable(signedNow.describe()));
        const qint64 head =
            m_db.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")).toLongLong();
        removeAround(QStringLiteral("audit_events"),
                     QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(head));

        // Without the key, the chain alone still holds: what the checkpoint is for.
        const CliRun blind =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(blind.exitCode == 0, qPrintable(blind.describe()));
        const CliRun caught =
            withKeyInEnvironment({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(caught.exitCode == 1, qPrintable(caught.describe()));
        QVERIFY2(caught.err.contains(QStringLiteral("broken at event %1").arg(head)),
                 qPrintable(caught.describe()));
        QVERIFY2(caught.err.contains(QStringLiteral("the newest events were deleted")),
                 qPrintable(caught.describe()));
        // And no new checkpoint covers the deletion.
        const CliRun refused =
            withKeyInEnvironment({QStringLiteral("audit"), QStringLiteral("checkpoint")});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(QStringLiteral("events were deleted")),
                 qPrintable(refused.describe()));
    }

    // `serve` with a key signs at start (the schedule's first look), a bad schedule is usage.
    void serveSignsOnItsSchedule()
    {
        const QString url = freshUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(m_lastError));
        QVERIFY(bootstrap(url).exitCode == 0);
        const QString key = m_dir.filePath(QStringLiteral("serve/audit.key"));
        const CliRun bad =
            CliHarness::run({QStringLiteral("serve"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), url,
                             QStringLiteral("--audit-checkpoint-events"), QStringLiteral("many")},
                            {{QStringLiteral("INVITEDESK_AUDIT_KEY"), key}});
        QVERIFY2(bad.exitCode == 2, qPrintable(bad.describe()));

        QProcess p;
        p.setProcessEnvironment(CliHarness::environment(
            {{QStringLiteral("INVITEDESK_AUDIT_KEY"), key},
             {QStringLiteral("INVITEDESK_MAIL"),
              QStringLiteral("file://") + m_dir.filePath(QStringLiteral("serve-mail"))}}));
        p.start(CliHarness::binary(),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--database"), url, QStringLiteral("--json")});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        DbProbe db(url);
        QTRY_VERIFY_WITH_TIMEOUT(db.count(QStringLiteral("audit_checkpoints")) == 1, 20000);
        p.terminate();
        QVERIFY(p.waitForFinished(20000));
        const QJsonObject started = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(started.value(QStringLiteral("audit_checkpoints")).toBool(), true);
        QVERIFY(!PrivateFiles::isOpenToOthers(key));
        QFile log(key + QStringLiteral(".checkpoints"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().count('\n'), 1);
        const CliRun verified = act(
            QStringLiteral("admin"),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--audit-key"), key},
            url);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        QVERIFY2(verified.out.contains(QStringLiteral("1 signed checkpoint(s) checked")),
                 qPrintable(verified.describe()));
    }

    // On a database of its own: checkpoint rows deleted, caught through the log.
    void deletedCheckpointRowsAreCaught()
    {
        const QString url = freshUrl();
        QVERIFY2(!url.isEmpty(), qPrintable(m_lastError));
        QVERIFY(bootstrap(url).exitCode == 0);
        const QString key = m_dir.filePath(QStringLiteral("rows.key"));
        const CliRun signedNow = act(QStringLiteral("admin"),
                                     {QStringLiteral("audit"), QStringLiteral("checkpoint"),
                                      QStringLiteral("--audit-key"), key},
                                     url);
        QVERIFY2(signedNow.exitCode == 0, qPrintable(signedNow.describe()));
        DbProbe db(url);
        removeAround(QStringLiteral("audit_checkpoints"),
                     QStringLiteral("DELETE FROM audit_checkpoints"), &db);
        const CliRun caught = act(QStringLiteral("admin"),
                                  {QStringLiteral("audit"), QStringLiteral("verify"),
                                   QStringLiteral("--audit-key"), key, QStringLiteral("--json")},
                                  url);
        QCOMPARE(caught.exitCode, 1);
        const QJsonObject report = caught.json().toObject();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(report.value(QStringLiteral("problem"))
                     .toString()
                     .contains(QStringLiteral("checkpoint rows were deleted")),
                 qPrintable(caught.describe()));
    }

private:
    CliRun withKeyInEnvironment(QStringList args)
    {
        args << QStringLiteral("--as") << kAdmin << QStringLiteral("--database") << m_url;
        return CliHarness::run(args, {{QStringLiteral("INVITEDESK_PASSWORD"), kAdminPassword},
                                      {QStringLiteral("INVITEDESK_AUDIT_KEY"), m_key}});
    }
    // As only someone with the owner's rights could: around the append-only guard.
    void removeAround(const QString& table, const QString& sql, DbProbe* probe = nullptr)
    {
        DbProbe& db = probe ? *probe : m_db;
        QString error;
        const QString guard = db.isPostgres()
                                  ? QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)
                                  : QStringLiteral("DROP TRIGGER %1_no_delete").arg(table);
        QVERIFY2(db.exec(guard, {}, &error), qPrintable(error));
        QVERIFY2(db.exec(sql, {}, &error), qPrintable(error));
        if (db.isPostgres())
            QVERIFY2(db.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table), {},
                             &error),
                     qPrintable(error));
    }

    QTemporaryDir m_dir;
    QString m_key;
};

QTEST_GUILESS_MAIN(TestCliAuditCheckpoint)
#include "test_cli_audit_checkpoint.moc"
