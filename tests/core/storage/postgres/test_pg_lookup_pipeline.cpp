// PgLookupPipeline: batched, non-blocking single-row reads on PostgreSQL (libpq pipeline
// mode) — order, no-row answers, errors inside a batch, a dropped connection, shutdown.
#include "core/storage/postgres/PgLookupPipeline.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// Hex of the parameter and its length; no row for an empty parameter; 1/length fails (division
// by zero) for a one-byte "!" so a batch can hold a failing lookup.
const QByteArray kSql = QByteArrayLiteral(
    "SELECT encode($1, 'hex'), length($1), 1 / (CASE WHEN $1 = '\\x21'::bytea THEN 0 ELSE 1 END) "
    "WHERE length($1) > 0");

struct Answer {
    bool arrived = false;
    PgLookupPipeline::Row row = std::optional<QByteArrayList>();
};

QString failure(const Answer& a)
{
    return a.row ? QString() : a.row.error().describe();
}
} // namespace

class TestPgLookupPipeline : public QObject {
    Q_OBJECT

    DatabasePtr m_db;
    std::unique_ptr<PgLookupPipeline> m_pipeline;

    // Asks for every parameter in one pass of the event loop (one batch), then waits.
    QList<Answer> lookUp(const QByteArrayList& parameters)
    {
        auto answers = std::make_shared<QList<Answer>>(parameters.size());
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            m_pipeline->fetchFirstRow(parameters[i], [answers, i](PgLookupPipeline::Row row) {
                (*answers)[i].arrived = true;
                (*answers)[i].row = std::move(row);
            });
        }
        // Callers check `arrived` (a lookup that never answers fails there).
        QTest::qWaitFor(
            [&] {
                return std::all_of(answers->begin(), answers->end(),
                                   [](const Answer& a) { return a.arrived; });
            },
            20000);
        return *answers;
    }

private slots:
    void initTestCase() { INVITEDESK_REQUIRE_DB(m_db); }

    void sqliteHasNoPipeline()
    {
        if (TestDatabase::backend() != Backend::Sqlite)
            QSKIP("PostgreSQL run: see the other cases");
        QString error;
        QVERIFY(!PgLookupPipeline::open(m_db, kSql, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // not a failure: callers use their path
    }

    void opensOnPostgres()
    {
        if (TestDatabase::backend() != Backend::Postgres)
            QSKIP("SQLite run: no pipeline");
        QString error;
        m_pipeline = PgLookupPipeline::open(m_db, kSql, &error);
        QVERIFY2(m_pipeline, qPrintable(error));
    }

    void answersInOrder_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("a batch of 500") << 500;
    }

    void answersInOrder()
    {
        if (!m_pipeline)
            QSKIP("SQLite run: no pipeline");
        QFETCH(int, count);
        QByteArrayList parameters;
        for (int i = 0; i < count; ++i)
            parameters << QByteArray::number(i).repeated(1 + i % 3);
        const QList<Answer> answers = lookUp(parameters);
        for (int i = 0; i < count; ++i) {
            QVERIFY(answers[i].arrived);
            QVERIFY2(answers[i].row, qPrintable(failure(answers[i])));
            QVERIFY(answers[i].row.value().has_value());
            const QByteArrayList& columns = *answers[i].row.value();
            QCOMPARE(columns.value(0), parameters[i].toHex());
            QCOMPARE(columns.value(1).toInt(), parameters[i].size());
        }
        QCOMPARE(m_pipeline->pending(), 0);
    }

    void noRowIsNullopt()
    {
        if (!m_pipeline)
            QSKIP("SQLite run: no pipeline");
        const QList<Answer> answers = lookUp({QByteArray("a"), QByteArray(""), QByteArray("b")});
        QVERIFY(answers[2].arrived);
        QVERIFY(answers[0].row && answers[0].row.value().has_value());
        QVERIFY(answers[1].row && !answers[1].row.value().has_value());
        QVERIFY(answers[2].row && answers[2].row.value().has_value());
    }

    void errorInBatchFailsOnlyThatBatch()
    {
        if (!m_pipeline)
            QSKIP("SQLite run: no pipeline");
        const QList<Answer> answers = lookUp({QByteArray("a"), QByteArray("!"), QByteArray("b")});
        QVERIFY(answers[2].arrived);
        QVERIFY(answers[0].row && answers[0].row.value().has_value());
        QVERIFY(!answers[1].row);
        QCOMPARE(answers[1].row.error().code, Error::Code::Internal);
        QVERIFY(answers[1].row.error().message.contains(QLatin1String("division by zero")));
        QVERIFY(!answers[2].row); // the rest of that batch never ran
        // The connection is still good for the next batch.
        const QList<Answer> next = lookUp({QByteArray("c")});
        QVERIFY(next[0].arrived);
        QVERIFY(next[0].row && next[0].row.value().has_value());
    }

    void survivesADroppedConnection()
    {
        if (!m_pipeline)
            QSKIP("SQLite run: no pipeline");
        QSqlQuery kill(m_db->connection().value());
        QVERIFY(kill.exec(
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                           // An autovacuum worker on the fresh database is no client.
                           "AND backend_type = 'client backend'")));
        QVERIFY(kill.next());
        QCOMPARE(kill.value(0).toInt(), 1); // the pipeline's connection
        QTest::qWait(100);                  // let the server close it
        const QList<Answer> answers = lookUp({QByteArray("x"), QByteArray("yy")});
        for (const Answer& a : answers)
            QVERIFY2(a.arrived && a.row && a.row.value().has_value(), qPrintable(failure(a)));
        QCOMPARE(answers[1].row.value()->value(1).toInt(), 2);
    }

    void answersErrorsWhileTheDatabaseIsGone()
    {
        if (!m_pipeline)
            QSKIP("SQLite run: no pipeline");
        // A database of its own, dropped under the pipeline.
        QString error;
        const QString url = TestDatabase::createUrl(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        DatabasePtr doomed = Database::open(url).value();
        auto pipeline = PgLookupPipeline::open(doomed, kSql, &error);
        QVERIFY2(pipeline, qPrintable(error));
        const QString name = url.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0);
        {
            QSqlQuery drop(m_db->connection().value());
            QVERIFY2(drop.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name)),
                     qPrintable(drop.lastError().text()));
        }
        std::swap(pipeline, m_pipeline);
        // The first batch finds the connection gone and cannot open another; the second
        // comes straight back (no new attempt within a second). Neither hangs.
        for (int batch = 0; batch < 2; ++batch) {
            const QList<Answer> answers = lookUp({QByteArray("a"), QByteArray("b")});
            for (const Answer& a : answers) {
                QVERIFY(a.arrived);
                QVERIFY(!a.row);
                QCOMPARE(a.row.error().code, Error::Code::Environment);
            }
        }
        std::swap(pipeline, m_pipeline);
    }

    void shutdownAnswersWhatIsLeft()
    {
        if (!m_pipeline)
            QSKIP("SQLite run: no pipeline");
        bool arrived = false;
        Error::Code code = Error::Code::Internal;
        m_pipeline->fetchFirstRow(QByteArray("z"), [&](PgLookupPipeline::Row row) {
            arrived = true;
            if (!row)
                code = row.error().code;
        });
        m_pipeline.reset(); // before the event loop sent it
        QVERIFY(arrived);
        QCOMPARE(code, Error::Code::Environment);
    }
};

QTEST_GUILESS_MAIN(TestPgLookupPipeline)
#include "test_pg_lookup_pipeline.moc"
