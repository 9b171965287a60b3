// Signed checkpoints of the audit chain (issue 15, item 2): the head signed with an Ed25519
// key kept outside the database, stored as a row and a line of the log beside the key, and
// verify holding the chain against that log. Deleting the newest events, or checkpoint rows,
// up to a checkpoint is caught; so is a changed log line. Only administrators sign; the key
// file is made 0600; serve's schedule signs every N events and after its interval.
#include "InvitationServiceFixture.h"

#include "core/io/PrivateFiles.h"
#include "core/security/Ed25519Key.h"
#include "core/services/AuditCheckpointLog.h"
#include "core/services/AuditCheckpointScheduler.h"
#include "core/services/AuditCheckpoints.h"
#include "core/services/AuditService.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAuditCheckpoints : public InvitationServiceFixture {
    Q_OBJECT
private slots:
    void init()
    {
        setUpFixture();
        QVERIFY(m_dir.isValid());
        m_start = QDateTime::currentDateTimeUtc();
        m_offsetSecs = 0;
        m_config = ServiceConfig{};
        m_config.clock = [this] { return m_start.addSecs(m_offsetSecs); };
        m_config.auditKeyPath = m_dir.filePath(QStringLiteral("keys/audit-%1.key").arg(++m_run));
        m_service = std::make_unique<InvitationService>(m_db, m_config);
    }

    void keyFileIsMadePrivateAndKeptOutOfTheDatabase()
    {
        QVERIFY(!QFile::exists(m_config.auditKeyPath));
        invite(2);
        auto first = audit().checkpoint(admin());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().describe()));
        QVERIFY(QFile::exists(m_config.auditKeyPath));
        QVERIFY(!PrivateFiles::isOpenToOthers(m_config.auditKeyPath));
        QVERIFY(QFile(m_config.auditKeyPath).permissions().testFlags(PrivateFiles::kFileMode));
        QFile key(m_config.auditKeyPath);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray pem = key.readAll();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const QString log = AuditCheckpointLog::pathFor(m_config.auditKeyPath);
        QVERIFY(QFile::exists(log));
        QVERIFY(!PrivateFiles::isOpenToOthers(log));

        // The row holds the public half and the signature, nothing of the private key.
        QCOMPARE(countRows(QStringLiteral("audit_checkpoints")), 1);
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, hash, public_key, signature, signed_by "
                                      "FROM audit_checkpoints")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), first->seq);
        QCOMPARE(q.value(1).toByteArray(), first->hash);
        QCOMPARE(q.value(2).toByteArray(), Ed25519Key::fromPrivatePem(pem)->publicKey());
        QCOMPARE(q.value(4).toString(), admin().id);
        QVERIFY(Ed25519Key::verify(q.value(2).toByteArray(), first->signedMessage(),
                                   q.value(3).toByteArray()));

        // The next checkpoint signs with the same key; the file is not made again.
        invite(1);
        auto second = audit().checkpoint(admin());
        QVERIFY(second.ok());
        QCOMPARE(second->publicKey, first->publicKey);
        QCOMPARE(second->seq, first->seq + 1); // the invitation.created event
        QFile again(m_config.auditKeyPath);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), pem);
    }

    void onlyAdministratorsSign_data()
    {
        QTest::addColumn<QString>("who");
        for (const char* key : {"chp", "master", "dist1", "sales1", "doctor1", "office1", "ivr"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void onlyAdministratorsSign()
    {
        QFETCH(QString, who);
        invite(1);
        auto refused = audit().checkpoint(m_tree[who]);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotPermitted);
        QCOMPARE(refused.error().field, QStringLiteral("actor"));
        QVERIFY(!QFile::exists(m_config.auditKeyPath));
        QCOMPARE(countRows(QStringLiteral("audit_checkpoints")), 0);
    }

    // Without a key, verify does what it did before and says no checkpoint was found.
    void withoutAKeyVerifySaysNoCheckpointWasFound()
    {
        invite(1);
        ServiceConfig none = m_config;
        none.auditKeyPath.clear();
        for (const ServiceConfig& config : {none, m_config}) {
            auto report = AuditService(m_db, config).verify(admin());
            QVERIFY(report.ok());
            QVERIFY(report->ok);
            QVERIFY(!report->checkpointFound);
            QVERIFY2(report->checkpointNote.contains(QStringLiteral("no checkpoint was found")),
                     qPrintable(report->checkpointNote));
        }
    }

    // The "done when": deleting the newest event, which the chain alone cannot see.
    void aDeletedNewestEventIsCaught()
    {
        invite(3);
        auto checkpoint = audit().checkpoint(admin());
        QVERIFY(checkpoint.ok());
        auto holds = audit().verify(admin());
        QVERIFY(holds.ok());
        QVERIFY2(holds->ok, qPrintable(holds->problem));
        QVERIFY(holds->checkpointFound);
        QCOMPARE(holds->checkpointSeq, checkpoint->seq);
        QCOMPARE(holds->checkpointsChecked, 1);

        deleteRows(QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(checkpoint->seq));
        QVERIFY(AuditLog(m_db).verify()->ok); // the chain alone still holds
        auto caught = audit().verify(admin());
        QVERIFY(caught.ok());
        QVERIFY(!caught->ok);
        QCOMPARE(caught->firstBrokenSeq, checkpoint->seq);
        QVERIFY2(caught->problem.contains(QStringLiteral("newest events were deleted")),
                 qPrintable(caught->problem));

        // New events on top do not hide it, and no new checkpoint signs over it.
        invite(1);
        QVERIFY(AuditLog(m_db).verify()->ok);
        auto still = audit().verify(admin());
        QVERIFY(!still->ok);
        QVERIFY2(still->problem.contains(QStringLiteral("deleted")), qPrintable(still->problem));
        auto refused = audit().checkpoint(admin());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(countRows(QStringLiteral("audit_checkpoints")), 1);
    }

    void deletedCheckpointRowsAreCaught()
    {
        invite(1);
        QVERIFY(audit().checkpoint(admin()).ok());
        invite(1);
        auto newest = audit().checkpoint(admin());
        QVERIFY(newest.ok());
        QVERIFY(audit().verify(admin())->ok);
        deleteRows(QStringLiteral("DELETE FROM audit_checkpoints WHERE seq = %1").arg(newest->seq),
                   QStringLiteral("audit_checkpoints"));
        auto caught = audit().verify(admin());
        QVERIFY(!caught->ok);
        QCOMPARE(caught->firstBrokenSeq, newest->seq);
        QVERIFY2(caught->problem.contains(QStringLiteral("checkpoint rows were deleted")),
                 qPrintable(caught->problem));
    }

    void aChangedLogLineIsCaught_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("seq") << "seq";
        QTest::newRow("hash") << "hash";
        QTest::newRow("signed_at") << "signed_at";
        QTest::newRow("signature") << "signature";
        QTest::newRow("another key") << "key";
        QTest::newRow("not a checkpoint") << "garbage";
    }
    void aChangedLogLineIsCaught()
    {
        QFETCH(QString, change);
        invite(2);
        auto signedNow = audit().checkpoint(admin());
        QVERIFY(signedNow.ok());
        AuditCheckpoint forged = signedNow.value();
        QByteArray line;
        if (change == QLatin1String("seq")) {
            forged.seq -= 1;
        } else if (change == QLatin1String("hash")) {
            forged.hash[0] = char(forged.hash.at(0) ^ 1);
        } else if (change == QLatin1String("signed_at")) {
            forged.signedAt = forged.signedAt.addSecs(-3600);
        } else if (change == QLatin1String("signature")) {
            forged.signature[5] = char(forged.signature.at(5) ^ 1);
        } else if (change == QLatin1String("key")) {
            // Signed properly, but with a key that is not the audit key.
            const auto other = Ed25519Key::generate();
            forged.publicKey = other->publicKey();
            forged.signature = other->sign(forged.signedMessage());
        }
        line = change == QLatin1String("garbage") ? QByteArray("{\"v\":1,\"seq\":\"x\"}")
                                                  : forged.toLogLine();
        const QString log = AuditCheckpointLog::pathFor(m_config.auditKeyPath);
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(line + '\n');
        file.close();
        auto caught = audit().verify(admin());
        QVERIFY(caught.ok());
        QVERIFY(!caught->ok);
        QVERIFY2(caught->problem.contains(QStringLiteral("the log was changed")),
                 qPrintable(caught->problem));
    }

    // serve's schedule: the first look signs, then every N events or after the interval when
    // something happened; nothing when nothing did.
    void theScheduleSignsEveryNEventsAndAfterItsInterval()
    {
        invite(1);
        AuditCheckpointSchedule schedule;
        schedule.everyEvents = 4;
        schedule.intervalMinutes = 60;
        AuditCheckpointScheduler scheduler(AuditCheckpoints(m_db, m_config), schedule);
        auto first = scheduler.runOnce();
        QVERIFY(first.ok());
        QVERIFY(first.value());
        QCOMPARE(first.value()->signedBy, QString());
        QVERIFY(!scheduler.runOnce().value()); // nothing new

        invite(3); // an invitation.created event each
        QVERIFY(!scheduler.runOnce().value());
        invite(1); // four since the checkpoint
        auto byCount = scheduler.runOnce();
        QVERIFY(byCount.value());
        QCOMPARE(byCount.value()->seq, first.value()->seq + 4);

        invite(1);
        m_offsetSecs += 59 * 60;
        QVERIFY(!scheduler.runOnce().value());
        m_offsetSecs += 60;
        auto byTime = scheduler.runOnce();
        QVERIFY(byTime.value());
        QCOMPARE(byTime.value()->signedAt, m_config.now());
        m_offsetSecs += 2 * 3600;
        QVERIFY(!scheduler.runOnce().value()); // the head did not move
        QCOMPARE(countRows(QStringLiteral("audit_checkpoints")), 3);
        auto report = audit().verify(admin());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->checkpointsChecked, 3);
    }

    void scheduleSettingsAreRead_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("minutes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("everyEvents");
        QTest::addColumn<int>("intervalMinutes");
        QTest::newRow("defaults") << ""
                                  << "" << true << qint64(1000) << 60;
        QTest::newRow("set") << "50"
                             << " 15 " << true << qint64(50) << 15;
        QTest::newRow("off") << "0"
                             << "0" << true << qint64(0) << 0;
        QTest::newRow("events not a number") << "many"
                                             << "" << false << qint64(0) << 0;
        QTest::newRow("negative minutes") << ""
                                          << "-1" << false << qint64(0) << 0;
    }
    void scheduleSettingsAreRead()
    {
        QFETCH(QString, events);
        QFETCH(QString, minutes);
        QFETCH(bool, ok);
        auto schedule = AuditCheckpointSchedule::fromText(events, minutes);
        QCOMPARE(schedule.ok(), ok);
        if (!ok)
            return;
        QTEST(schedule->everyEvents, "everyEvents");
        QTEST(schedule->intervalMinutes, "intervalMinutes");
    }

private:
    AuditService audit() const { return AuditService(m_db, m_config); }
    Actor admin() { return m_tree["admin"]; }
    void invite(int n)
    {
        for (int i = 0; i < n; ++i) {
            auto inv = m_service->create(
                m_tree["admin"], request(QStringLiteral("cp%1@example.com").arg(++m_invited),
                                         QStringLiteral("sales")));
            QVERIFY2(inv.ok(), qPrintable(inv.ok() ? QString() : inv.error().describe()));
        }
    }
    // As only an attacker with the owner's rights could: around the append-only guard.
    void deleteRows(const QString& sql, const QString& table = QStringLiteral("audit_events"))
    {
        QSqlQuery q(m_db->connection().value());
        if (m_db->isPostgres()) {
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)));
        } else {
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1_no_delete").arg(table)));
        }
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }

    QTemporaryDir m_dir;
    QDateTime m_start;
    qint64 m_offsetSecs = 0;
    ServiceConfig m_config;
    int m_run = 0;
    int m_invited = 0;
};

QTEST_GUILESS_MAIN(TestAuditCheckpoints)
#include "test_audit_checkpoints.moc"
