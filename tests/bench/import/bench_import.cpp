#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include "core/domain/TimeOrderedId.h"
#include "core/services/ImportService.h"
#include "core/services/InvitationExporter.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"
#include "core/storage/postgres/PgCopy.h"
#include "core/storage/postgres/PgCopyBinary.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

#if defined(Q_OS_LINUX)
#include <QFile>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
int rowsToImport()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("INVITEDESK_BENCH_ROWS", &ok);
    return ok && n > 0 ? n : 100000;
}

double peakRssMiB()
{
#if defined(Q_OS_LINUX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
#else
    return 0;
#endif
}

// CPU seconds used so far by this process (user + system).
double selfCpu()
{
#if defined(Q_OS_LINUX)
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

// CPU seconds used so far by the PostgreSQL backend serving this thread's connection (the
// server runs on this machine in the test setup); 0 where unknown or for SQLite.
double serverCpu(const DatabasePtr& db)
{
#if defined(Q_OS_LINUX)
    if (!db->isPostgres())
        return 0;
    QSqlQuery q(db->connection().value());
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(q.value(0).toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    // After the command name: state is field 0; utime and stime are fields 11 and 12.
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
#else
    Q_UNUSED(db);
    return 0;
#endif
}

struct Clock {
    QElapsedTimer wall;
    double self = 0;
    double server = 0;
    DatabasePtr db;
    void start(const DatabasePtr& d)
    {
        db = d;
        server = serverCpu(db);
        self = selfCpu();
        wall.start();
    }
    // "wall s, client CPU s, server CPU s, rows per CPU second".
    QString cpu(int rows) const
    {
        const double c = selfCpu() - self;
        const double s = db->isPostgres() ? serverCpu(db) - server : 0;
        return QStringLiteral("[CPU: client %1 s, server %2 s -> %3 rows per CPU-second]")
            .arg(c, 0, 'f', 2)
            .arg(s, 0, 'f', 2)
            .arg(c + s > 0 ? rows / (c + s) : 0, 0, 'f', 0);
    }
};

QByteArray makeCsv(int rows)
{
    QByteArray out = "email,first_name,last_name,invitation_type,message,language\r\n";
    out.reserve(rows * 90);
    for (int i = 0; i < rows; ++i) {
        out += QStringLiteral("user%1@clinic%2.example.org,\"Ana, María %1\",Núñez,%3,Welcome to "
                              "the platform,%4\r\n")
                   .arg(i)
                   .arg(i % 97)
                   .arg(i % 4 == 0 ? "sales" : "doctor")
                   .arg(i % 3 == 0 ? "es" : "en")
                   .toUtf8();
    }
    return out;
}

qint64 count(const DatabasePtr& db, const char* table)
{
    QSqlQuery q(db->connection().value());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    q.next();
    return q.value(0).toLongLong();
}

void line(const char* what, int rows, qint64 ms, const QString& extra = {})
{
    std::printf("  %-46s %7d rows in %7.2f s = %8.0f rows/s %s\n", what, rows, ms / 1000.0,
                ms > 0 ? rows * 1000.0 / ms : 0.0, qPrintable(extra));
    std::fflush(stdout);
}
} // namespace

class BenchImport : public QObject {
    Q_OBJECT
private slots:
    void importThroughService_data();
    void importThroughService();
    void copyFloor_data();
    void copyFloor();

private:
    struct Fresh {
        DatabasePtr db;
        UserTree tree;
    };
    Fresh fresh();
};

BenchImport::Fresh BenchImport::fresh()
{
    QString error;
    DatabasePtr db = TestDatabase::create(&error);
    if (!db)
        qFatal("no %s database: %s", qPrintable(TestDatabase::backendName()), qPrintable(error));
    return {db, TestFixtures::makeTree(db)};
}

void BenchImport::importThroughService_data()
{
    QTest::addColumn<InvitationBulkWriter::Method>("method");
    QTest::addColumn<QString>("label");
    QTest::newRow("auto") << InvitationBulkWriter::Method::Auto << "import (default path)";
    if (TestDatabase::backend() == Backend::Postgres)
        QTest::newRow("multi-row")
            << InvitationBulkWriter::Method::MultiRowInsert << "import with multi-row INSERTs";
}

void BenchImport::importThroughService()
{
    QFETCH(InvitationBulkWriter::Method, method);
    QFETCH(QString, label);
    const int rows = rowsToImport();
    const QByteArray file = makeCsv(rows);
    Fresh f = fresh();

    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.method = method;
    ImportService service(f.db, ServiceConfig{});
    Clock clock;
    qint64 firstWrittenAt = 0;
    clock.start(f.db);
    auto report = service.importCsv(
        f.tree["admin"], &buffer, options, [&](const QString& phase, qint64, qint64) {
            if (phase == QLatin1String("writing") && firstWrittenAt == 0)
                firstWrittenAt = clock.wall.elapsed();
        });
    const qint64 total = clock.wall.elapsed();
    const QString cpu = clock.cpu(rows);
    QVERIFY(report.ok());
    QCOMPARE(report->imported, rows);
    QCOMPARE(count(f.db, "user_invitations"), rows);
    QCOMPARE(count(f.db, "email_outbox"), rows);
    QCOMPARE(count(f.db, "audit_events"), rows);

    std::printf("\n%s, %s (%.1f MiB CSV):\n", qPrintable(TestDatabase::backendName()),
                qPrintable(label), file.size() / 1048576.0);
    line("whole import (validate + write + commit)", rows, total);
    std::printf("    %s\n", qPrintable(cpu));
    // The import writes while it validates: the first rows go out once the first chunk of
    // the file is checked.
    std::printf("    first rows handed to the database after %.2f s; peak RSS %.0f MiB\n",
                firstWrittenAt / 1000.0, peakRssMiB());

    // A second import into the now large tables: dry run of the same file (all rows open).
    buffer.seek(0);
    ImportOptions dry;
    dry.dryRun = true;
    clock.start(f.db);
    auto again = service.importCsv(f.tree["admin"], &buffer, dry);
    QVERIFY(again.ok());
    QCOMPARE(again->invalid, rows);
    line("dry run of the same file against them", rows, clock.wall.elapsed());
    std::printf("    %s\n", qPrintable(clock.cpu(rows)));

    // Exporting them all, as CSV, page by page.
    InvitationService invitations(f.db, ServiceConfig{});
    InvitationExporter exporter(invitations);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    InvitationQuery all;
    all.limit = 0;
    clock.start(f.db);
    auto exported = exporter.write(f.tree["admin"], all, InvitationExporter::Format::Csv, &out);
    QVERIFY(exported.ok());
    QCOMPARE(exported.value(), rows);
    line("export of all of them as CSV", rows, clock.wall.elapsed(),
         QStringLiteral("(%1 MiB)").arg(out.size() / 1048576.0, 0, 'f', 1));

    auto verify = AuditLog(f.db).verify();
    QVERIFY(verify.ok() && verify->ok);
}

void BenchImport::copyFloor_data()
{
    QTest::addColumn<bool>("binary");
    QTest::newRow("text") << false;
    QTest::newRow("binary") << true; // what the import sends
}

void BenchImport::copyFloor()
{
    QFETCH(bool, binary);
    if (TestDatabase::backend() != Backend::Postgres)
        QSKIP("COPY is PostgreSQL's");
    if (!PgCopy::isAvailable())
        QSKIP("built without libpq");
    const int rows = rowsToImport();
    Fresh f = fresh();
    const User admin = f.tree["admin"];

    // The same three rows per invitation, rendered before the clock starts.
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch()).toUTC();
    QByteArray invitations, outbox, audit;
    QByteArray prev(32, '\0');
    for (int i = 0; i < rows; ++i) {
        const QString id = ids::timeOrdered(); // as the import makes them
        const QString email = QStringLiteral("user%1@clinic%2.example.org").arg(i).arg(i % 97);
        const QString type = i % 4 == 0 ? QStringLiteral("sales") : QStringLiteral("doctor");
        const QString lang = i % 3 == 0 ? QStringLiteral("es") : QStringLiteral("en");
        AuditEvent e;
        e.occurredAt = now;
        e.actorUserId = admin.id;
        e.action = QStringLiteral("invitation.created");
        e.invitationId = id;
        e.details = QJsonObject{{"email", email}, {"type", type}};
        const QByteArray hash = AuditLog::computeHash(prev, e);
        if (binary) {
            namespace bin = pg_copy_binary;
            const QByteArray outboxId = ids::timeOrdered().toLatin1();
            bin::rowStart(invitations, 17);
            bin::uuidOrNull(invitations, id);
            bin::text(invitations, email);
            bin::text(invitations, QStringLiteral("Ana, María %1").arg(i));
            bin::text(invitations, QStringLiteral("Núñez"));
            bin::text(invitations, type);
            bin::text(invitations, type);
            bin::text(invitations, "pending");
            bin::uuidOrNull(invitations, admin.organizationId);
            bin::uuidOrNull(invitations, admin.id);
            bin::uuidOrNull(invitations, admin.id);
            bin::text(invitations, "Welcome to the platform");
            bin::text(invitations, lang);
            bin::jsonb(invitations, "{}");
            bin::null(invitations);
            bin::timestamptz(invitations, now.addDays(7));
            bin::timestamptz(invitations, now);
            bin::timestamptz(invitations, now);

            bin::rowStart(outbox, 13);
            bin::uuidOrNull(outbox, QString::fromLatin1(outboxId));
            bin::uuidOrNull(outbox, id);
            bin::text(outbox, "invitation");
            bin::text(outbox, email);
            bin::null(outbox);
            bin::null(outbox);
            bin::null(outbox);
            bin::text(outbox, lang);
            bin::text(outbox, "http://127.0.0.1:8080");
            bin::text(outbox, "queued");
            bin::int4(outbox, 0);
            bin::timestamptz(outbox, now);
            bin::timestamptz(outbox, now);

            bin::rowStart(audit, 7);
            bin::timestamptz(audit, now);
            bin::uuidOrNull(audit, admin.id);
            bin::text(audit, "invitation.created");
            bin::uuidOrNull(audit, id);
            bin::jsonb(audit, QJsonDocument(e.details).toJson(QJsonDocument::Compact));
            bin::bytea(audit, prev);
            bin::bytea(audit, hash);
        } else {
            for (const QString& v :
                 {id, email, QStringLiteral("Ana, María %1").arg(i), QStringLiteral("Núñez"), type,
                  type, QStringLiteral("pending"), admin.organizationId, admin.id, admin.id}) {
                PgCopy::appendText(invitations, v);
                PgCopy::appendSeparator(invitations);
            }
            PgCopy::appendText(invitations, QStringLiteral("Welcome to the platform"));
            PgCopy::appendSeparator(invitations);
            PgCopy::appendText(invitations, lang);
            invitations += "\t{}\t\\N\t";
            PgCopy::appendTime(invitations, now.addDays(7));
            PgCopy::appendSeparator(invitations);
            PgCopy::appendTime(invitations, now);
            PgCopy::appendSeparator(invitations);
            PgCopy::appendTime(invitations, now);
            PgCopy::appendRowEnd(invitations);

            for (const QString& v : {ids::timeOrdered(), id, QStringLiteral("invitation"), email}) {
                PgCopy::appendText(outbox, v);
                PgCopy::appendSeparator(outbox);
            }
            outbox += "\\N\t\\N\t\\N\t";
            for (const QString& v : {lang, QStringLiteral("http://127.0.0.1:8080")}) {
                PgCopy::appendText(outbox, v);
                PgCopy::appendSeparator(outbox);
            }
            outbox += "queued\t0\t";
            PgCopy::appendTime(outbox, now);
            PgCopy::appendSeparator(outbox);
            PgCopy::appendTime(outbox, now);
            PgCopy::appendRowEnd(outbox);

            PgCopy::appendTime(audit, now);
            audit += '\t' + admin.id.toLatin1() + "\tinvitation.created\t" + id.toLatin1() + '\t';
            PgCopy::appendText(
                audit, QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
            PgCopy::appendSeparator(audit);
            PgCopy::appendBytea(audit, prev);
            PgCopy::appendSeparator(audit);
            PgCopy::appendBytea(audit, hash);
            PgCopy::appendRowEnd(audit);
        }
        prev = hash;
    }

    Clock clock;
    clock.start(f.db);
    Transaction tx(*f.db);
    QVERIFY(tx.begin().ok());
    QSqlDatabase db = tx.db();
    auto r1 = PgCopy::copyIn(db, "user_invitations",
                             {"id", "email", "first_name", "last_name", "invitation_type",
                              "role_name", "status", "organization_id", "invited_by_id",
                              "parent_user_id", "invitation_message", "language", "details", "npi",
                              "expires_at", "created_at", "updated_at"},
                             invitations, binary ? PgCopy::Format::Binary : PgCopy::Format::Text);
    QVERIFY2(r1.ok(), qPrintable(r1.ok() ? QString() : r1.error().message));
    const qint64 afterInvitations = clock.wall.elapsed();
    auto r2 = PgCopy::copyIn(db, "email_outbox",
                             {"id", "invitation_id", "kind", "recipient", "subject", "text_body",
                              "html_body", "language", "public_url", "status", "attempts",
                              "next_attempt_at", "created_at"},
                             outbox, binary ? PgCopy::Format::Binary : PgCopy::Format::Text);
    QVERIFY2(r2.ok(), qPrintable(r2.ok() ? QString() : r2.error().message));
    const qint64 afterOutbox = clock.wall.elapsed();
    auto r3 = PgCopy::copyIn(
        db, "audit_events",
        {"occurred_at", "actor_user_id", "action", "invitation_id", "details", "prev_hash", "hash"},
        audit, binary ? PgCopy::Format::Binary : PgCopy::Format::Text);
    QVERIFY2(r3.ok(), qPrintable(r3.ok() ? QString() : r3.error().message));
    const qint64 afterAudit = clock.wall.elapsed();
    QVERIFY(tx.commit().ok());
    const qint64 ms = clock.wall.elapsed();
    const QString cpu = clock.cpu(rows);
    QCOMPARE(count(f.db, "user_invitations"), rows);
    std::printf("\npostgres, floor (%s COPY):\n", binary ? "binary" : "text");
    line("COPY of the same rows alone (3 tables, commit)", rows, ms,
         QStringLiteral("(%1 MiB of COPY data)")
             .arg((invitations.size() + outbox.size() + audit.size()) / 1048576.0, 0, 'f', 1));
    std::printf("    %s\n", qPrintable(cpu));
    std::printf(
        "    user_invitations %.2f s, email_outbox %.2f s, audit_events %.2f s, commit %.2f s\n",
        afterInvitations / 1000.0, (afterOutbox - afterInvitations) / 1000.0,
        (afterAudit - afterOutbox) / 1000.0, (ms - afterAudit) / 1000.0);
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
