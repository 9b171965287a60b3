// invitedesk-bench on the test PostgreSQL (labels bench;pg): seeds 20,000 invitations into a
// fresh database, times every scenario, then runs again and reuses what it seeded. Checks
// the shape of the JSON on its last line: each scenario's p50_ms, p99_ms and floor_ms, and
// peak_rss_mb, positive numbers. Never fails on time.
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace invitedesk;

class BenchQueries : public QObject {
    Q_OBJECT

private:
    QString m_url;

    QJsonObject run(const QStringList& extra, QByteArray* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(qEnvironmentVariable("INVITEDESK_BENCH_BIN"),
                QStringList{QStringLiteral("--database"), m_url, QStringLiteral("--rows"),
                            QStringLiteral("20000")} +
                    extra);
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
        }
        *output = p.readAllStandardOutput();
        qInfo().noquote() << QString::fromUtf8(*output);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return {};
        const QList<QByteArray> lines = output->trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_url = test::TestDatabase::createUrl(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        QVERIFY(!qEnvironmentVariable("INVITEDESK_BENCH_BIN").isEmpty());
    }

    void figuresArePositive_data()
    {
        QTest::addColumn<QString>("key");
        for (const char* key : {"list_first_page", "list_page_500", "search", "filter_status_type",
                                "downline_distributor", "downline_master_distributor", "attention",
                                "attention_distributor", "stats"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void figuresArePositive()
    {
        QFETCH(QString, key);
        static QJsonObject report;
        static QByteArray output;
        if (report.isEmpty())
            report = run({}, &output);
        QVERIFY2(!report.isEmpty(), output.right(2000).constData());
        QCOMPARE(report.value(QStringLiteral("floor_source")).toString(),
                 QStringLiteral("auto_explain"));
        const QJsonObject figures = report.value(key).toObject();
        for (const char* field : {"p50_ms", "p99_ms", "floor_ms"}) {
            const QJsonValue v = figures.value(QString::fromLatin1(field));
            QVERIFY2(v.isDouble() && v.toDouble() > 0,
                     v.isDouble() && v.toDouble() > 0
                         ? QByteArray()
                         : (key + QLatin1Char('.') + QLatin1String(field)).toUtf8());
        }
        QVERIFY(figures.value(QStringLiteral("p99_ms")).toDouble() >=
                figures.value(QStringLiteral("p50_ms")).toDouble());
        QVERIFY(report.value(QStringLiteral("peak_rss_mb")).toDouble() > 0);
        QCOMPARE(report.value(QStringLiteral("invitations")).toDouble(), 20000.0);
    }

    // A second run finds its marker organisation, adds nothing and times the same data.
    void secondRunReuses()
    {
        QByteArray output;
        const QJsonObject report = run({QStringLiteral("--runs"), QStringLiteral("3")}, &output);
        QVERIFY2(!report.isEmpty(), output.right(2000).constData());
        QCOMPARE(report.value(QStringLiteral("reused_tree")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("added")).toDouble(), 0.0);
        QCOMPARE(report.value(QStringLiteral("invitations")).toDouble(), 20000.0);
        QVERIFY(report.value(QStringLiteral("stats"))
                    .toObject()
                    .value(QStringLiteral("p50_ms"))
                    .toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(BenchQueries)
#include "bench_queries.moc"
