// PostgreSQL behind Debian's PgBouncer in transaction pooling mode (issue 16, item 4; a URL
// with ?pooling=transaction). scripts/test-servers.sh starts PgBouncer with one server
// connection per database and user, so every client of a database takes turns on the same
// server session. Checked: values come back through PooledPgDriver exactly as QPSQL gives
// them; nothing is left in the shared session (no prepared statement, the time zone from the
// startup packet); the services create, list, cancel, deliver and accept through the pooler
// and the audit chain verifies; and live updates still arrive, on the LISTEN connection that
// goes straight to the server. PostgreSQL only.
#include "core/services/AcceptanceService.h"
#include "core/services/BackendServices.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/InvitationChangeListener.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// What a read gives, made comparable: QPSQL gives a non-negative bigint as qulonglong and
// timestamps in their own offset.
QVariant comparable(const QVariant& v)
{
    if (v.metaType().id() == QMetaType::ULongLong)
        return QVariant(v.toLongLong());
    if (v.metaType().id() == QMetaType::QDateTime && !v.isNull())
        return QVariant(v.toDateTime().toUTC());
    return v;
}
} // namespace

class TestTransactionPooling : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urlNamesThePooler();
    void valuesComeBackAsQpsqlGivesThem_data();
    void valuesComeBackAsQpsqlGivesThem();
    void nothingStaysInTheSharedSession();
    void servicesWorkThroughThePooler();
    void changesReachAListenerStraightFromTheServer();

private:
    // A Database on the test database through PgBouncer.
    DatabasePtr pooled();
    QVariant selectThrough(const DatabasePtr& db, const QString& type, const QVariant& value);

    DatabasePtr m_direct;
    QString m_pooledUrl;
    UserTree m_tree;
};

void TestTransactionPooling::initTestCase()
{
    if (TestDatabase::backend() != Backend::Postgres)
        QFAIL(
            "test_transaction_pooling runs on PostgreSQL only (INVITEDESK_TEST_BACKEND=postgres)");
    const QString bouncer = qEnvironmentVariable("INVITEDESK_TEST_PGBOUNCER_PORT");
    QVERIFY2(!bouncer.isEmpty(), "INVITEDESK_TEST_PGBOUNCER_PORT is not set: run the tests "
                                 "through scripts/test.sh, which starts PgBouncer");
    INVITEDESK_REQUIRE_DB(m_direct);
    m_tree = TestFixtures::makeTree(m_direct);
    QUrl url(m_direct->url().toString());
    const int serverPort = url.port();
    url.setPort(bouncer.toInt());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pooling"), QStringLiteral("transaction"));
    query.addQueryItem(QStringLiteral("listen_port"), QString::number(serverPort));
    url.setQuery(query);
    m_pooledUrl = url.toString();
}

DatabasePtr TestTransactionPooling::pooled()
{
    auto db = Database::open(m_pooledUrl);
    if (!db) {
        qWarning("%s", qPrintable(db.error().describe()));
        return nullptr;
    }
    return db.value();
}

void TestTransactionPooling::urlNamesThePooler()
{
    auto url = DatabaseUrl::parse(m_pooledUrl);
    QVERIFY(url.ok());
    QVERIFY(url->transactionPooling);
    QCOMPARE(DatabaseUrl::parse(url->toString()).value(), url.value());
    QVERIFY(url->display().contains(QStringLiteral("pooling=transaction")));
    // Without a way to LISTEN, live updates would silently stop: refused, naming the field.
    auto noListen = DatabaseUrl::parse(
        QStringLiteral("postgresql://app@pooler.example:6432/invitedesk?pooling=transaction"));
    QVERIFY(!noListen.ok());
    QCOMPARE(noListen.error().field, QStringLiteral("database"));
    QVERIFY(noListen.error().message.contains(QStringLiteral("listen_port")));
    auto unknown = DatabaseUrl::parse(QStringLiteral(
        "postgresql://app@pooler.example:6432/invitedesk?pooling=session&listen_port=5432"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("pooling")));
}

QVariant TestTransactionPooling::selectThrough(const DatabasePtr& db, const QString& type,
                                               const QVariant& value)
{
    QSqlQuery q(db->connection().value());
    if (!Database::exec(q, QStringLiteral("SELECT CAST(? AS %1), 'a ''?'' stays', ?").arg(type),
                        {value, 7}) ||
        !q.next()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return QStringLiteral("<failed>");
    }
    if (q.value(1).toString() != QLatin1String("a '?' stays") || q.value(2).toInt() != 7)
        return QStringLiteral("<placeholders misplaced>");
    return comparable(q.value(0));
}

void TestTransactionPooling::valuesComeBackAsQpsqlGivesThem_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << "text" << QVariant(QStringLiteral("O'Brien \\ ? ünï — 東京"));
    QTest::newRow("empty text") << "text" << QVariant(QString(""));
    QTest::newRow("null text") << "text" << Database::nullText();
    QTest::newRow("comment-like") << "text" << QVariant(QStringLiteral("-- not a comment */"));
    QTest::newRow("negative int") << "integer" << QVariant(-7);
    QTest::newRow("bigint") << "bigint" << QVariant(qint64(9007199254740993LL));
    QTest::newRow("true") << "boolean" << QVariant(true);
    QTest::newRow("false") << "boolean" << QVariant(false);
    QTest::newRow("double") << "double precision" << QVariant(-1.25);
    QTest::newRow("numeric") << "numeric" << QVariant(QStringLiteral("12.50"));
    QTest::newRow("bytea") << "bytea" << QVariant(QByteArray("\x00\x01\x27\x5c\xff?", 6));
    QTest::newRow("timestamptz") << "timestamptz"
                                 << QVariant(
                                        QDateTime::fromMSecsSinceEpoch(1796000000123LL, Qt::UTC));
    QTest::newRow("null timestamptz") << "timestamptz" << QVariant(QMetaType(QMetaType::QDateTime));
    QTest::newRow("date") << "date" << QVariant(QDate(2026, 12, 7));
    QTest::newRow("uuid") << "uuid"
                          << QVariant(QStringLiteral("6f1c1b6e-8d3b-4f59-9d7e-3a1f1f0c2b11"));
    QTest::newRow("jsonb") << "jsonb" << QVariant(QStringLiteral("{\"a\": [1, \"?\"]}"));
    QTest::newRow("array") << "text[]" << QVariant(QStringLiteral("{a,\"b c\"}"));
}

void TestTransactionPooling::valuesComeBackAsQpsqlGivesThem()
{
    QFETCH(QString, type);
    QFETCH(QVariant, value);
    auto through = pooled();
    QVERIFY(through);
    QCOMPARE(through->connection().value().driverName(), QStringLiteral("INVITEDESK_PGPOOL"));
    const QVariant direct = selectThrough(m_direct, type, value);
    const QVariant viaPooler = selectThrough(through, type, value);
    QCOMPARE(viaPooler.isNull(), direct.isNull());
    QCOMPARE(viaPooler.metaType(), direct.metaType());
    QCOMPARE(viaPooler, direct);
}

void TestTransactionPooling::nothingStaysInTheSharedSession()
{
    auto first = pooled();
    auto second = pooled();
    QVERIFY(first && second);
    // Two clients take turns on the pooler's one server connection, a kept statement each.
    QSqlQuery a(first->connection().value());
    QSqlQuery b(second->connection().value());
    QVERIFY(a.prepare(QStringLiteral("SELECT count(*) FROM users WHERE email <> ?")));
    QVERIFY(b.prepare(QStringLiteral("SELECT current_setting('TimeZone'), ?")));
    for (int round = 0; round < 3; ++round) {
        a.addBindValue(QStringLiteral("nobody@example.com"));
        QVERIFY2(a.exec() && a.next(), qPrintable(a.lastError().text()));
        b.addBindValue(round);
        QVERIFY2(b.exec() && b.next(), qPrintable(b.lastError().text()));
        QCOMPARE(b.value(0).toString(), QStringLiteral("UTC"));
        QCOMPARE(b.value(1).toInt(), round);
    }
    QSqlQuery left(first->connection().value());
    QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")));
    QVERIFY(left.next());
    QCOMPARE(left.value(0).toInt(), 0);

    // The check sees what QPSQL leaves there: the same URL without pooling.
    QUrl plain(m_pooledUrl);
    plain.setQuery(QString());
    auto qpsql = Database::open(plain.toString());
    QVERIFY(qpsql.ok());
    QSqlQuery kept(qpsql.value()->connection().value());
    QVERIFY(kept.prepare(QStringLiteral("SELECT ?")));
    QSqlQuery seen(qpsql.value()->connection().value());
    QVERIFY(seen.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")));
    QVERIFY(seen.next());
    QVERIFY(seen.value(0).toInt() > 0);
}

void TestTransactionPooling::servicesWorkThroughThePooler()
{
    auto db = pooled();
    QVERIFY(db);
    const UserTree& tree = m_tree;
    InvitationService invitations(db, ServiceConfig{});
    QList<NewInvitation> batch;
    for (int i = 0; i < 3; ++i) {
        NewInvitation in;
        in.type = QStringLiteral("doctor");
        in.email = QStringLiteral("pooled%1@example.com").arg(i);
        in.firstName = QStringLiteral("Pat");
        in.lastName = QStringLiteral("O'Pooled");
        batch << in;
    }
    const BulkResult made = invitations.createMany(tree["sales1"], batch);
    QCOMPARE(made.succeeded(), 3);
    auto page = invitations.list(tree["sales1"], InvitationQuery{});
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().describe()));
    QCOMPARE(page->items.size(), 3);
    QVERIFY(invitations.cancel(tree["sales1"], made.items.at(2).id, QStringLiteral("dup")).ok());

    const QString token = deliverLink(db, batch.at(0).email);
    QVERIFY(!token.isEmpty());
    AcceptRequest accept;
    accept.token = token;
    accept.password = QStringLiteral("Pooled-password-2026!");
    auto user = AcceptanceService(db, ServiceConfig{}).accept(accept);
    QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().describe()));
    QCOMPARE(user->lastName, QStringLiteral("O'Pooled"));

    auto verified = AuditLog(db).verify();
    QVERIFY2(verified.ok() && verified->ok, verified.ok()
                                                ? qPrintable(verified->problem)
                                                : qPrintable(verified.error().describe()));
    QVERIFY(verified->checked >= 6);
}

void TestTransactionPooling::changesReachAListenerStraightFromTheServer()
{
    auto db = pooled();
    QVERIFY(db);
    const UserTree& tree = m_tree;
    NewInvitation in;
    in.type = QStringLiteral("doctor");
    in.email = QStringLiteral("listened@example.com");
    in.firstName = QStringLiteral("Lee");
    in.lastName = QStringLiteral("Listened");
    auto made = InvitationService(db, ServiceConfig{}).create(tree["sales1"], in);
    QVERIFY(made.ok());

    InvitationChangeFeed feed;
    InvitationChangeListener listener(*BackendServices::wrap(db, ServiceConfig{}), &feed);
    QSignalSpy listening(&listener, &InvitationChangeListener::listeningChanged);
    QVERIFY(listener.start().ok());
    QVERIFY(listening.wait(15000));
    QCOMPARE(listening.last().at(0).toBool(), true);

    // Another client, through the pooler, cancels it.
    QSignalSpy changed(&feed, &InvitationChangeFeed::invitationsChanged);
    auto other = pooled();
    QVERIFY(InvitationService(other, ServiceConfig{})
                .cancel(tree["sales1"], made->id, QStringLiteral("no longer needed"))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QVERIFY(changed.last().at(0).toStringList().contains(made->id));
    listener.stop();
}

QTEST_GUILESS_MAIN(TestTransactionPooling)
#include "test_transaction_pooling.moc"
