// PostgreSQL restarted mid-session (issue 15, faults), on a cluster of the test's own so the
// shared test server is never cut: every connection the desk's services and `serve`'s
// acceptance service hold is dropped by a fast restart. The next operation either works (a
// transaction's BEGIN is retried on a fresh connection: nothing has happened yet) or, for a
// statement that was cut, reports that the database is unreachable, in words, with the field
// "database"; the one after that works. Nothing is half-done: the audit chain verifies.
#include "core/services/AcceptanceService.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Migrator.h"
#include "tests/support/DurableCluster.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestFixtures.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestDatabaseRestart : public QObject {
    Q_OBJECT

    DurableCluster m_cluster;
    DatabasePtr m_db;
    UserTree m_tree;

    void restart()
    {
        QString error;
        QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    }

    // A read after the restart: works, or says the database is unreachable; the next works.
    template <typename Op> void readAcrossTheRestart(Op op, const char* what)
    {
        auto first = op();
        if (!first.ok()) {
            QVERIFY2(first.error().code == Error::Code::Environment,
                     qPrintable(first.error().message));
            QCOMPARE(first.error().field, QStringLiteral("database"));
            QVERIFY2(first.error().message.contains(QStringLiteral("unreachable")),
                     qPrintable(first.error().message));
        }
        auto second = op();
        QVERIFY2(second.ok(),
                 second.ok() ? what
                             : qPrintable(QStringLiteral("%1 after a restart: %2")
                                              .arg(QLatin1String(what), second.error().message)));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QProcess createdb;
        createdb.start(m_cluster.psql(),
                       {QStringLiteral("-d"), m_cluster.adminUrl(), QStringLiteral("-c"),
                        QStringLiteral("CREATE DATABASE restart_test")});
        QVERIFY(createdb.waitForFinished(60000));
        QCOMPARE(createdb.exitCode(), 0);
        QString url = m_cluster.adminUrl();
        url.chop(QStringLiteral("postgres").size());
        url += QStringLiteral("restart_test");
        auto db = Database::open(url);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = db.value();
        QVERIFY(Migrator(m_db).migrate().ok());
        m_tree = TestFixtures::makeTree(m_db);
    }

    void deskServicesCarryOn()
    {
        InvitationService service(m_db, ServiceConfig{});
        NewInvitation in;
        in.email = QStringLiteral("before.restart@example.org");
        in.type = QStringLiteral("doctor");
        in.firstName = QStringLiteral("Ana");
        in.lastName = QStringLiteral("Before");
        auto created = service.create(m_tree["sales1"], in);
        QVERIFY(created.ok());
        QVERIFY(service.list(m_tree["sales1"], {}).ok());

        restart();
        // A change first: its BEGIN meets the dead connection and is retried on a new one.
        auto cancelled = service.cancel(m_tree["sales1"], created->id, QStringLiteral("restart"));
        QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : qPrintable(cancelled.error().message));
        QCOMPARE(cancelled->status, InvitationStatus::Cancelled);

        restart();
        readAcrossTheRestart([&] { return service.list(m_tree["sales1"], {}); }, "list");
        readAcrossTheRestart([&] { return service.get(m_tree["sales1"], created->id); }, "get");

        restart();
        in.email = QStringLiteral("after.restart@example.org");
        auto again = service.create(m_tree["sales1"], in);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        auto listed = service.list(m_tree["sales1"], {});
        QVERIFY(listed.ok());
        QCOMPARE(listed->items.size(), 2);
        auto chain = AuditLog(m_db).verify();
        QVERIFY(chain.ok());
        QVERIFY(chain->ok);
    }

    // Every connection, the first and one made after a restart, is set up alike: times in
    // UTC, and no JIT compiling (Database::openConnection).
    void aNewConnectionIsSetUpAlike()
    {
        const auto settings = [this]() -> QStringList {
            auto conn = m_db->connection();
            if (!conn)
                return {conn.error().message};
            QSqlQuery q(conn.value());
            if (!q.exec(QStringLiteral("SELECT current_setting('TimeZone'), "
                                       "current_setting('jit')")) ||
                !q.next())
                return {q.lastError().text()};
            return {q.value(0).toString(), q.value(1).toString()};
        };
        QCOMPARE(settings(), (QStringList{"UTC", "off"}));
        restart();
        (void)settings(); // meets the dead connection
        QCOMPARE(settings(), (QStringList{"UTC", "off"}));
    }

    void acceptanceServiceCarriesOn()
    {
        InvitationService service(m_db, ServiceConfig{});
        NewInvitation in;
        in.email = QStringLiteral("serve.restart@example.org");
        in.type = QStringLiteral("doctor");
        in.firstName = QStringLiteral("Bo");
        in.lastName = QStringLiteral("Serve");
        QVERIFY(service.create(m_tree["sales1"], in).ok());
        const QString token = deliverLink(m_db, in.email);
        QVERIFY(!token.isEmpty());
        AcceptanceService acceptance(m_db, ServiceConfig{});
        QVERIFY(acceptance.lookup(token).ok());

        restart();
        QVERIFY(acceptance.health().ok()); // reconnects once by itself
        readAcrossTheRestart([&] { return acceptance.lookup(token); }, "lookup");
        restart();
        readAcrossTheRestart([&] { return acceptance.validate(token); }, "validate");
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRestart)
#include "test_database_restart.moc"
