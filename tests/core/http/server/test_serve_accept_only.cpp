// `invitedesk serve` on a login that holds only invitedesk_accept (issue 15, item 1; migration
// 022): it says so on start and turns the API and the outbox off, and through the owner
// functions alone it shows an invitation's page, records its first view, accepts it (the
// account, its database login and the audit events), and sets a password through a reset
// link. Afterwards the audit chain, with the events the functions appended, verifies.
// PostgreSQL only: SQLite has no logins.
#include "HttpProbe.h"

#include "core/services/InvitationService.h"
#include "core/services/PasswordResetService.h"
#include "core/storage/AuditLog.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kServePassword = QStringLiteral("Serve-login-2026!");
const QString kAccepted = QStringLiteral("Accepted-password-2026!");
const QString kReset = QStringLiteral("Reset-password-2026!");
} // namespace

class TestServeAcceptOnly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void servesLinksThroughTheFunctionsAlone();

private:
    QJsonObject startServe();
    QUrl at(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QSqlQuery run(const QString& sql, const QVariantList& binds = {});
    bool canConnect(const QString& login, const QString& password);

    DatabasePtr m_db;
    QString m_bin;
    QString m_login;
    QProcess m_serve;
    int m_port = 0;
};

void TestServeAcceptOnly::initTestCase()
{
    if (TestDatabase::backend() != Backend::Postgres)
        QFAIL("test_serve_accept_only runs on PostgreSQL only (INVITEDESK_TEST_BACKEND=postgres)");
    m_bin = qEnvironmentVariable("INVITEDESK_BIN");
    QVERIFY2(QFile::exists(m_bin), "INVITEDESK_BIN must name the invitedesk binary");
    INVITEDESK_REQUIRE_DB(m_db);
    m_login = QStringLiteral("serve_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    // Utility statements cannot be prepared: run as they are.
    QSqlQuery create(m_db->connection().value());
    QVERIFY2(create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE "
                                        "invitedesk_accept")
                             .arg(m_login, kServePassword)),
             qPrintable(create.lastError().text()));
}

void TestServeAcceptOnly::cleanupTestCase()
{
    if (m_serve.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_serve.processId()), SIGTERM);
        m_serve.waitForFinished(20000);
    }
}

QSqlQuery TestServeAcceptOnly::run(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_db->connection().value());
    if (!Database::exec(q, sql, binds))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

bool TestServeAcceptOnly::canConnect(const QString& login, const QString& password)
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    url.password = password;
    auto db = Database::open(url.toString());
    return db.ok() && db.value()->connection().ok();
}

QJsonObject TestServeAcceptOnly::startServe()
{
    DatabaseUrl url = m_db->url();
    url.user = m_login;
    url.password.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVITEDESK_DB_PASSWORD"), kServePassword);
    env.insert(QStringLiteral("INVITEDESK_MAIL"), QStringLiteral("file:///dev/null"));
    m_serve.setProcessEnvironment(env);
    m_serve.start(m_bin, {QStringLiteral("--database"), url.toString(), QStringLiteral("--json"),
                          QStringLiteral("serve"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate-limit"),
                          QStringLiteral("0")});
    QByteArray out;
    QJsonObject started;
    QElapsedTimer waited;
    waited.start();
    while (started.isEmpty() && waited.elapsed() < 20000 &&
           m_serve.state() != QProcess::NotRunning) {
        m_serve.waitForReadyRead(500);
        out += m_serve.readAllStandardOutput();
        started = QJsonDocument::fromJson(out).object();
    }
    if (started.isEmpty())
        qWarning() << out << m_serve.readAllStandardError();
    m_port = started.value(QStringLiteral("port")).toInt();
    return started;
}

void TestServeAcceptOnly::servesLinksThroughTheFunctionsAlone()
{
    const UserTree tree = TestFixtures::makeTree(m_db);
    NewInvitation in;
    in.type = QStringLiteral("doctor");
    in.email = QStringLiteral("accept-only@roles.example");
    in.firstName = QStringLiteral("Avery");
    in.lastName = QStringLiteral("Linkholder");
    auto made = InvitationService(m_db, ServiceConfig{}).create(tree["sales1"], in);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    const QString token = deliverLink(m_db, in.email);
    QVERIFY(!token.isEmpty());
    QVERIFY(PasswordResetService(m_db, ServiceConfig{})
                .requestReset(tree["admin"], tree["doctor1"].email)
                .ok());
    const QString resetToken = deliverResetLink(m_db, tree["doctor1"].email);
    QVERIFY(!resetToken.isEmpty());

    // `check` finds the database at this binary's schema through the login, and has nothing
    // to warn about it.
    {
        DatabaseUrl url = m_db->url();
        url.user = m_login;
        url.password.clear();
        QProcess check;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INVITEDESK_DB_PASSWORD"), kServePassword);
        check.setProcessEnvironment(env);
        check.start(m_bin, {QStringLiteral("--database"), url.toString(), QStringLiteral("--json"),
                            QStringLiteral("check")});
        QVERIFY(check.waitForFinished(30000));
        const QJsonObject out = QJsonDocument::fromJson(check.readAllStandardOutput()).object();
        const QJsonObject database = out.value(QStringLiteral("database")).toObject();
        const QJsonObject account = out.value(QStringLiteral("database_account")).toObject();
        QVERIFY2(database.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument(out).toJson()));
        QCOMPARE(account.value(QStringLiteral("name")).toString(), m_login);
        QCOMPARE(account.value(QStringLiteral("accept_only")).toBool(), true);
        QVERIFY(account.value(QStringLiteral("warning")).isNull());
    }

    const QJsonObject started = startServe();
    QVERIFY(m_port > 0);
    QCOMPARE(started.value(QStringLiteral("accept_only")).toBool(), true);
    QCOMPARE(started.value(QStringLiteral("api")).toBool(), false);
    QCOMPARE(started.value(QStringLiteral("outbox")).toBool(), false);
    QCOMPARE(
        HttpProbe::viaQnam("GET", at(QStringLiteral("/api/v1/openapi.json")), {}, {}, 10000).status,
        404);
    QCOMPARE(HttpProbe::viaQnam("GET", at(QStringLiteral("/healthz")), {}, {}, 10000).status, 200);

    // The page, found by its link; a made-up link finds nothing.
    const HttpReply page =
        HttpProbe::viaQnam("GET", at(QStringLiteral("/invite/") + token), {}, {}, 10000);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Avery"), page.body.constData());
    QCOMPARE(HttpProbe::viaQnam(
                 "GET", at(QStringLiteral("/invite/") + QString(token).replace(0, 4, "AAAA")), {},
                 {}, 10000)
                 .status,
             404);

    const HttpReply accepted = HttpProbe::viaQnam(
        "POST", at(QStringLiteral("/api/v1/invitations/accept/") + token),
        QJsonDocument(QJsonObject{{QStringLiteral("password"), kAccepted}}).toJson(),
        {{"Content-Type", "application/json"}}, 20000);
    QVERIFY2(accepted.status == 201, qPrintable(accepted.describe()));
    const QString userId =
        QJsonDocument::fromJson(accepted.body).object().value(QStringLiteral("user_id")).toString();
    // The same link twice: already used.
    QCOMPARE(HttpProbe::viaQnam(
                 "POST", at(QStringLiteral("/api/v1/invitations/accept/") + token),
                 QJsonDocument(QJsonObject{{QStringLiteral("password"), kAccepted}}).toJson(),
                 {{"Content-Type", "application/json"}}, 20000)
                 .status,
             410);

    const HttpReply reset = HttpProbe::viaQnam(
        "POST", at(QStringLiteral("/api/v1/password-reset/") + resetToken),
        QJsonDocument(QJsonObject{{QStringLiteral("password"), kReset}}).toJson(),
        {{"Content-Type", "application/json"}}, 20000);
    QVERIFY2(reset.status == 200, qPrintable(reset.describe()));
    ::kill(pid_t(m_serve.processId()), SIGTERM);
    QVERIFY(m_serve.waitForFinished(20000));

    // What the functions wrote, read back through the service account.
    QSqlQuery inv = run(QStringLiteral("SELECT status, opened_at IS NOT NULL, accepted_user_id "
                                       "FROM user_invitations WHERE id = ?"),
                        {made->id});
    QVERIFY(inv.next());
    QCOMPARE(inv.value(0).toString(), QStringLiteral("accepted"));
    QVERIFY(inv.value(1).toBool());
    QCOMPARE(inv.value(2).toString(), userId);
    QSqlQuery user = run(QStringLiteral("SELECT email, role, parent_user_id, db_role FROM users "
                                        "WHERE id = ?"),
                         {userId});
    QVERIFY(user.next());
    QCOMPARE(user.value(0).toString(), in.email);
    QCOMPARE(user.value(1).toString(), QStringLiteral("doctor"));
    QCOMPARE(user.value(2).toString(), tree["sales1"].id);
    QVERIFY(canConnect(user.value(3).toString(), kAccepted));
    QSqlQuery resetLogin =
        run(QStringLiteral("SELECT db_role FROM users WHERE id = ?"), {tree["doctor1"].id});
    QVERIFY(resetLogin.next());
    QVERIFY(canConnect(resetLogin.value(0).toString(), kReset));

    QStringList actions;
    QSqlQuery events = run(QStringLiteral("SELECT action FROM audit_events WHERE invitation_id = ? "
                                          "OR (action = 'user.password_reset' AND "
                                          "actor_user_id = ?) ORDER BY seq"),
                           {made->id, tree["doctor1"].id});
    while (events.next())
        actions << events.value(0).toString();
    QCOMPARE(actions.mid(actions.size() - 4),
             (QStringList{"invitation.opened", "user.created", "invitation.accepted",
                          "user.password_reset"}));
    // The addresses went to the personal part, outside the hash.
    QSqlQuery personal = run(QStringLiteral("SELECT count(*) FROM audit_events a JOIN "
                                            "audit_personal p ON p.seq = a.seq WHERE a.action IN "
                                            "('user.created', 'user.password_reset') AND "
                                            "a.details::text NOT LIKE '%@%' AND "
                                            "p.data->>'email' IS NOT NULL"));
    QVERIFY(personal.next());
    QCOMPARE(personal.value(0).toInt(), 2);
    auto verified = AuditLog(m_db).verify();
    QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().describe()));
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    QVERIFY(verified->checked > 4);
}

QTEST_GUILESS_MAIN(TestServeAcceptOnly)
#include "test_serve_accept_only.moc"
