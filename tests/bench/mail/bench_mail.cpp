// Figures, not a timed test: 1,000 queued invitations sent by `invitedesk outbox run --once`
// to a local aiosmtpd over one connection (outcomes recorded in the database), beside
// Python's smtplib sending the same 1,000 messages over one connection to the same server.
// Runs on SQLite, and on PostgreSQL too when INVITEDESK_TEST_PG_URL is set.
#include "SmtpTestServer.h"

#include "core/services/InvitationService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
constexpr int kMessages = 1000;

qint64 count(const DatabasePtr& db, const QString& sql)
{
    QSqlQuery q(db->connection().value());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString benchDir()
{
    return qEnvironmentVariable("INVITEDESK_SOURCE_DIR",
                                QStringLiteral(INVITEDESK_BENCH_SOURCE_DIR)) +
           QStringLiteral("/tests/bench/mail");
}
} // namespace

class BenchMail : public QObject {
    Q_OBJECT

    struct Figures {
        double ours = 0;    // messages/s, outbox run --once from process start to exit
        double smtplib = 0; // messages/s, connect to QUIT
    };

    // One round: a fresh database with 1,000 queued invitations, a fresh server.
    void round(const QString& backend, bool pipelining, Figures* figures)
    {
        qputenv("INVITEDESK_TEST_BACKEND", backend.toLatin1());
        QString error;
        const QString url = TestDatabase::createUrl(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        DatabasePtr db = Database::open(url).value();
        const UserTree tree = TestFixtures::makeTree(db);

        QList<NewInvitation> inputs;
        for (int i = 0; i < kMessages; ++i) {
            NewInvitation in;
            in.email = QStringLiteral("bench%1@example.org").arg(i);
            in.firstName = QStringLiteral("José");
            in.lastName = QStringLiteral("Müller");
            in.type = QStringLiteral("doctor");
            in.message = QStringLiteral("Welcome aboard, we look forward to working with you.");
            inputs << in;
        }
        ServiceConfig config;
        config.publicUrl = QStringLiteral("https://invite.bench.example");
        QElapsedTimer queueTimer;
        queueTimer.start();
        const BulkResult created = InvitationService(db, config).createMany(tree["admin"], inputs);
        QCOMPARE(created.succeeded(), kMessages);
        const qint64 queueMs = queueTimer.elapsed();

        // The server keeps each message as a file. On disk, the writeback of the thousands
        // written by earlier rounds slowed the (single-threaded) server round after round,
        // for both clients alike; in memory it measures the SMTP exchange.
        QTemporaryDir store(QDir(QStringLiteral("/dev/shm")).exists()
                                ? QStringLiteral("/dev/shm/invitedesk-bench-mail-XXXXXX")
                                : QDir::tempPath() +
                                      QStringLiteral("/invitedesk-bench-mail-XXXXXX"));
        QVERIFY(store.isValid());
        SmtpTestServer server;
        SmtpTestServer::Options o;
        o.pipelining = pipelining;
        o.storeDir = store.path();
        QVERIFY2(server.start(o, &error), qPrintable(error));

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("invitedesk.*.info=false;invitedesk.mail.debug=true"));
        cli.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        cli.start(qEnvironmentVariable("INVITEDESK_BIN"),
                  {QStringLiteral("--database"), url, QStringLiteral("outbox"),
                   QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("--json"),
                   QStringLiteral("--mail"), server.url()});
        QVERIFY(cli.waitForFinished(300000));
        const double seconds = timer.nsecsElapsed() / 1e9;
        const QByteArray cliLog = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, cliLog.constData());
        const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();

        // Correctness first: every outcome recorded, every message received, one connection.
        QCOMPARE(report.value("sent").toInt(), kMessages);
        QCOMPARE(server.receivedCount(), kMessages);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM user_invitations WHERE status = "
                                          "'sent' AND email_delivery_status = 'sent'")),
                 kMessages);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM email_outbox WHERE kind = "
                                          "'invitation' AND status = 'sent'")),
                 kMessages);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM invitation_links")), kMessages);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                          "'mail.sent'")),
                 kMessages);
        QSet<int> ports;
        for (const auto& e : server.envelopes())
            ports.insert(e.toObject().value("peer_port").toInt());
        QCOMPARE(ports.size(), 1);

        // The same 1,000 messages through smtplib over one connection to the same server.
        QProcess py;
        py.start(SmtpTestServer::python(),
                 {benchDir() + QStringLiteral("/smtplib_send.py"), QStringLiteral("127.0.0.1"),
                  QString::number(server.port()), server.storeDir()});
        QVERIFY(py.waitForFinished(300000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonObject smtplib = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        QCOMPARE(smtplib.value("messages").toInt(), kMessages);
        QCOMPARE(server.receivedCount(), 2 * kMessages);

        const double ours = kMessages / seconds;
        const double theirs = smtplib.value("per_second").toDouble();
        figures->ours = ours;
        figures->smtplib = theirs;
        std::printf("  round [%s, server %s]: queue %d invitations %lld ms; "
                    "outbox run --once (process start to exit, %d sent + %lld reminders queued, "
                    "outcomes and audit recorded): %.0f ms = %.0f msg/s; smtplib over one "
                    "connection: %.0f ms = %.0f msg/s; ratio %.2f\n",
                    qPrintable(backend), pipelining ? "with PIPELINING" : "without PIPELINING",
                    kMessages, queueMs, kMessages, qint64(report.value("reminders_queued").toInt()),
                    seconds * 1000, ours, smtplib.value("seconds").toDouble() * 1000, theirs,
                    ours / theirs);
        for (const QByteArray& line : cliLog.split('\n')) {
            if (line.contains("outbox: claim+render"))
                std::printf("    phases: %s\n", line.constData());
        }
        std::fflush(stdout);
    }

    // Other work on the machine moves these figures a lot: three rounds, medians reported.
    void run(const QString& backend, bool pipelining)
    {
        constexpr int kRounds = 3;
        QList<double> ours, theirs, ratios;
        for (int i = 0; i < kRounds; ++i) {
            Figures f;
            round(backend, pipelining, &f);
            if (QTest::currentTestFailed())
                return;
            ours << f.ours;
            theirs << f.smtplib;
            ratios << f.ours / f.smtplib;
        }
        const auto median = [](QList<double> v) {
            std::sort(v.begin(), v.end());
            return v.at(v.size() / 2);
        };
        std::printf("bench_mail [%s, server %s]: 1000 messages over one connection, median of %d: "
                    "outbox run --once %.0f msg/s (best %.0f); smtplib %.0f msg/s (best %.0f); "
                    "ratio %.2f\n",
                    qPrintable(backend), pipelining ? "with PIPELINING" : "without PIPELINING",
                    kRounds, median(ours), *std::max_element(ours.begin(), ours.end()),
                    median(theirs), *std::max_element(theirs.begin(), theirs.end()),
                    median(ratios));
        std::fflush(stdout);
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("INVITEDESK_BIN").isEmpty()); }

    void sqlitePipelining() { run(QStringLiteral("sqlite"), true); }
    void sqliteNoPipelining() { run(QStringLiteral("sqlite"), false); }
    void postgresPipelining()
    {
        if (qEnvironmentVariable("INVITEDESK_TEST_PG_URL").isEmpty())
            QSKIP("INVITEDESK_TEST_PG_URL not set (scripts/test.sh starts PostgreSQL)");
        run(QStringLiteral("postgres"), true);
    }
};

QTEST_GUILESS_MAIN(BenchMail)
#include "bench_mail.moc"
