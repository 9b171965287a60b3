// invitedesk-bench's many-desks scenario on the test PostgreSQL (labels bench;pg), small: 20
// desks (a round a second each) for 10 seconds beside 3 serve instances and 2 dispatchers draining
// 200 invitations. Functional checks only, never on time: every desk connected, every message
// delivered once (sent_twice 0) and every accept heard by every desk (accepts_missed 0).
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace invitedesk;

class BenchManyDesks : public QObject {
    Q_OBJECT

private slots:
    void smallRun()
    {
        QString error;
        const QString url = test::TestDatabase::createUrl(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QVERIFY(!qEnvironmentVariable("INVITEDESK_BENCH_BIN").isEmpty());
        QVERIFY(!qEnvironmentVariable("INVITEDESK_BIN").isEmpty());
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(qEnvironmentVariable("INVITEDESK_BENCH_BIN"),
                {QStringLiteral("--database"), url, QStringLiteral("--rows"),
                 QStringLiteral("5000"), QStringLiteral("--runs"), QStringLiteral("1"),
                 QStringLiteral("--desks"), QStringLiteral("20"), QStringLiteral("--seconds"),
                 QStringLiteral("10"), QStringLiteral("--messages"), QStringLiteral("200"),
                 QStringLiteral("--think-ms"), QStringLiteral("1000")});
        if (!p.waitForFinished(400000)) {
            p.kill();
            p.waitForFinished();
        }
        const QByteArray output = p.readAllStandardOutput();
        qInfo().noquote() << QString::fromUtf8(output);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = output.trimmed().split('\n');
        const QJsonObject report = QJsonDocument::fromJson(lines.last()).object();
        // The single-desk figures are still there.
        QVERIFY(report.value(QStringLiteral("stats"))
                    .toObject()
                    .value(QStringLiteral("p50_ms"))
                    .toDouble() > 0);
        const QJsonObject many = report.value(QStringLiteral("many_desks")).toObject();
        QVERIFY2(!many.isEmpty(), output.right(2000).constData());
        auto number = [&](const char* key) {
            return many.value(QString::fromLatin1(key)).toDouble();
        };
        QCOMPARE(number("desks"), 20.0);
        QCOMPARE(number("desks_connected"), 20.0);
        QCOMPARE(number("serve_instances"), 3.0);
        QCOMPARE(number("dispatchers"), 2.0);
        QCOMPARE(number("processes_running_at_end"), 5.0);
        QCOMPARE(number("desk_errors"), 0.0);
        QVERIFY(number("desk_rounds") > 0);
        // Every desk's two connections, the serve instances' and the dispatchers'.
        QVERIFY(number("connections_peak") >= 40);
        QCOMPARE(number("messages_queued"), 200.0);
        QCOMPARE(many.value(QStringLiteral("queue_cut_short")).toBool(), false);
        QCOMPARE(number("messages_sent"), 200.0);
        QCOMPARE(number("message_files"), 200.0);
        QCOMPARE(number("sent_twice"), 0.0);
        QVERIFY(number("accepts") > 0);
        QCOMPARE(number("accepts_refused"), 0.0);
        QCOMPARE(number("accepts_missed"), 0.0);
        for (const char* key : {"list_p99_ms", "filter_p99_ms", "stats_p99_ms",
                                "accept_to_desk_p50_ms", "accept_to_desk_p99_ms"})
            QVERIFY2(number(key) > 0, key);
    }
};

QTEST_GUILESS_MAIN(BenchManyDesks)
#include "bench_many_desks.moc"
