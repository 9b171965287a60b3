// Least privilege in PostgreSQL (issue 15, item 1; migration 010): the group roles, a person's
// own login seeing through psql exactly what their desk lists and inviting only inside the
// matrix, nobody but the owner writing the audit log, the accept role reading no table, a
// dispatcher draining the outbox as a mailer-only account, and logins following password
// changes, deactivation and acceptance. PostgreSQL only: the test cluster trusts `postgres`
// and asks every other login for its password (scripts/test-servers.sh).
#include "core/domain/InvitePolicy.h"
#include "core/services/AcceptanceService.h"
#include "core/services/AuthService.h"
#include "core/services/InvitationService.h"
#include "core/services/PeopleService.h"
#include "core/storage/DatabaseAccountRepository.h"
#include "core/storage/PersonLoginRepository.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kPassword = QStringLiteral("Login-password-2026!");
const QStringList kGroups = {"invitedesk_owner", "invitedesk_app", "invitedesk_accept",
                             "invitedesk_mailer"};
} // namespace

class TestDatabaseRoles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void groupRolesOwnEverything();
    void matrixRowsComeFromThePolicy();
    void personSeesWhatTheDeskLists_data();
    void personSeesWhatTheDeskLists();
    void personInvitesOnlyInsideTheMatrix_data();
    void personInvitesOnlyInsideTheMatrix();
    void personCannotWriteTheAuditLogOrReadSecrets();
    void personCannotChangeAnotherLogin();
    void acceptRoleReadsNoTable();
    void mailerDrainsTheOutboxAndNothingElse();
    void loginFollowsPasswordAndDeactivation();
    void acceptingCreatesTheLogin();
    void accountIsDescribed();

private:
    void checkAcceptRole();
    // A connection of its own as `user` with `password`; invalid (with *error) when refused.
    QSqlDatabase connectAs(const QString& user, const QString& password, QString* error = nullptr);
    QString loginOf(const QString& key);
    QSet<QString> ids(QSqlDatabase db, const QString& sql);
    QSqlQuery run(const QString& sql, const QVariantList& binds = {});

    DatabasePtr m_db;
    UserTree m_tree;
    QStringList m_connections;
};

void TestDatabaseRoles::initTestCase()
{
    if (TestDatabase::backend() != Backend::Postgres)
        QFAIL("test_database_roles runs on PostgreSQL only (INVITEDESK_TEST_BACKEND=postgres)");
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    // Invitations all over the tree, some cancelled, so each person sees a different share.
    InvitationService service(m_db, ServiceConfig{});
    const QList<QPair<QString, QString>> plan = {
        {"admin", "ivr_company"},    {"admin", "chp_admin"},       {"master", "distributor"},
        {"dist1", "sales"},          {"dist1", "doctor"},          {"dist2", "sales"},
        {"sales1", "doctor"},        {"sales1", "doctor"},         {"sales2", "doctor"},
        {"doctor1", "office_admin"}, {"doctor1", "medical_staff"}, {"office1", "medical_staff"}};
    int n = 0;
    for (const auto& [who, type] : plan) {
        NewInvitation in;
        in.type = type;
        in.email = QStringLiteral("invitee%1@roles.example").arg(n++);
        in.firstName = QStringLiteral("Invitee");
        in.lastName = QStringLiteral("N%1").arg(n);
        auto made = service.create(m_tree[who], in);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
        if (n % 4 == 0)
            QVERIFY(service.cancel(m_tree[who], made->id, QString()).ok());
    }
    deliverLinks(m_db); // links exist once their messages went out
    // Fixture users are written straight to the table: give the ones under test their logins
    // as adding them would.
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    for (const QString& key :
         {"admin", "master", "dist1", "dist2", "sales1", "doctor1", "office1"}) {
        auto made = PersonLoginRepository(*m_db, conn.value()).sync(m_tree[key].id, kPassword);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
        QVERIFY(made->startsWith(QStringLiteral("idk_")));
    }
}

void TestDatabaseRoles::cleanup()
{
    for (const QString& name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

QSqlDatabase TestDatabaseRoles::connectAs(const QString& user, const QString& password,
                                          QString* error)
{
    const QString name = QStringLiteral("roles-%1").arg(QUuid::createUuid().toString());
    m_connections << name;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_db->url().host);
    db.setPort(m_db->url().port);
    db.setDatabaseName(m_db->url().database);
    db.setUserName(user);
    db.setPassword(password);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

QString TestDatabaseRoles::loginOf(const QString& key)
{
    QSqlQuery q = run(QStringLiteral("SELECT db_role FROM users WHERE id = ?"), {m_tree[key].id});
    return q.next() ? q.value(0).toString() : QString();
}

QSet<QString> TestDatabaseRoles::ids(QSqlDatabase db, const QString& sql)
{
    QSet<QString> out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QSqlQuery TestDatabaseRoles::run(const QString& sql, const QVariantList& binds)
{
    auto conn = m_db->connection();
    QSqlQuery q(conn.value());
    if (!Database::exec(q, sql, binds))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

void TestDatabaseRoles::groupRolesOwnEverything()
{
    for (const QString& group : kGroups) {
        QSqlQuery q =
            run(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {group});
        QVERIFY2(q.next(), qPrintable(group));
        QCOMPARE(q.value(0).toBool(), false);
    }
    QSqlQuery owners = run(QStringLiteral(
        "SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v')"));
    int tables = 0;
    while (owners.next()) {
        ++tables;
        QCOMPARE(owners.value(1).toString() + QLatin1Char(' ') + owners.value(0).toString(),
                 QStringLiteral("invitedesk_owner ") + owners.value(0).toString());
    }
    QVERIFY(tables > 10);
    QSqlQuery schema = run(QStringLiteral(
        "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"));
    QVERIFY(schema.next());
    QCOMPARE(schema.value(0).toString(), QStringLiteral("invitedesk_owner"));
}

void TestDatabaseRoles::matrixRowsComeFromThePolicy()
{
    for (Role inviter : roles::all()) {
        for (InvitationType type : invitation_types::all()) {
            QSqlQuery q = run(QStringLiteral("SELECT count(*) FROM invite_matrix WHERE "
                                             "inviter_role = ? AND invitation_type = ?"),
                              {roles::name(inviter), invitation_types::name(type)});
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt() == 1, invite_policy::mayInvite(inviter, type));
        }
    }
}

void TestDatabaseRoles::personSeesWhatTheDeskLists_data()
{
    QTest::addColumn<QString>("who");
    for (const char* who : {"admin", "master", "dist1", "dist2", "sales1", "doctor1", "office1"})
        QTest::newRow(who) << QString::fromLatin1(who);
}

void TestDatabaseRoles::personSeesWhatTheDeskLists()
{
    QFETCH(QString, who);
    InvitationQuery all;
    all.limit = 0;
    auto listed = InvitationService(m_db, ServiceConfig{}).list(m_tree[who], all);
    QVERIFY(listed.ok());
    QSet<QString> expected;
    for (const Invitation& i : listed->items)
        expected.insert(i.id);
    QVERIFY2(!expected.isEmpty(), "every person under test has invitations to see");

    QString error;
    QSqlDatabase db = connectAs(loginOf(who), kPassword, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QCOMPARE(ids(db, QStringLiteral("SELECT id FROM user_invitations")), expected);
    // Messages and history come with the invitations they belong to, no more.
    const QSet<QString> mailed = ids(db, QStringLiteral("SELECT invitation_id FROM email_outbox"));
    QVERIFY(!mailed.isEmpty());
    QVERIFY(expected.contains(mailed));
    QVERIFY(ids(db, QStringLiteral("SELECT invitation_id FROM audit_events WHERE invitation_id IS "
                                   "NOT NULL"))
                .subtract(expected)
                .isEmpty());
}

void TestDatabaseRoles::personInvitesOnlyInsideTheMatrix_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("type");
    for (const char* who : {"admin", "dist1", "sales1", "doctor1", "office1"})
        for (InvitationType type : invitation_types::all())
            QTest::addRow("%s invites %s", who, qPrintable(invitation_types::name(type)))
                << QString::fromLatin1(who) << invitation_types::name(type);
}

void TestDatabaseRoles::personInvitesOnlyInsideTheMatrix()
{
    QFETCH(QString, who);
    QFETCH(QString, type);
    const User inviter = m_tree[who];
    QString error;
    QSqlDatabase db = connectAs(loginOf(who), kPassword, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QVERIFY(db.transaction());
    const QString insert = QStringLiteral(
        "INSERT INTO user_invitations (id, email, first_name, last_name, invitation_type, "
        "role_name, status, organization_id, invited_by_id, expires_at, created_at, updated_at) "
        "VALUES (CAST(? AS uuid), ?, 'Psql', 'Direct', ?, ?, 'pending', CAST(? AS uuid), "
        "CAST(? AS uuid), now() + interval '7 days', now(), now())");
    QSqlQuery q(db);
    const bool inserted = Database::exec(q, insert,
                                         {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          QStringLiteral("psql-%1@roles.example").arg(type), type,
                                          type, inviter.organizationId, inviter.id});
    const bool allowed = invite_policy::mayInvite(inviter.role, *roles::fromName(type));
    QVERIFY2(inserted == allowed, qPrintable(q.lastError().text()));
    if (!inserted)
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    db.rollback();

    // Never in someone else's name, whatever the type.
    QVERIFY(db.transaction());
    QSqlQuery other(db);
    QVERIFY(!Database::exec(other, insert,
                            {QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QStringLiteral("forged@roles.example"), type, type,
                             m_tree["sales2"].organizationId, m_tree["sales2"].id}));
    db.rollback();
}

void TestDatabaseRoles::personCannotWriteTheAuditLogOrReadSecrets()
{
    QString error;
    QSqlDatabase db = connectAs(loginOf("admin"), kPassword, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    // Also refused: the statistics' kept counts, every inviter's figures (018, 020, 021).
    const QStringList refused = {
        "INSERT INTO audit_events (occurred_at, action, details, prev_hash, hash) VALUES (now(), "
        "'forged', '{}', '\\x00', decode(repeat('00', 32), 'hex'))",
        "UPDATE audit_events SET action = 'rewritten'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        "ALTER TABLE audit_events DISABLE TRIGGER ALL",
        "DROP POLICY person_reads ON user_invitations",
        "SELECT password_hash FROM users",
        "SELECT token_hash FROM api_tokens",
        "SELECT token_hash FROM invitation_links",
        "INSERT INTO audit_personal VALUES (1, '{}')",
        "DELETE FROM audit_personal",
        "SELECT * FROM invitation_counts",
        "SELECT * FROM invitation_counts_delta",
        "SELECT * FROM invitation_inviter_counts",
        "SELECT * FROM invitation_type_counts",
        "SELECT * FROM invitation_expiry_hours",
        "INSERT INTO invitation_day_counts_delta VALUES (current_date, 1000, 0)",
        "SELECT invitedesk_fold_invitation_counts()",
        "DELETE FROM user_invitations",
        "UPDATE users SET role = 'admin'"};
    for (const QString& sql : refused) {
        QSqlQuery q(db);
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QVERIFY2(q.lastError().nativeErrorCode() == QStringLiteral("42501") ||
                     q.lastError().nativeErrorCode() == QStringLiteral("42P01"),
                 qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
    // What a person may read of users carries no secret.
    QVERIFY(!ids(db, QStringLiteral("SELECT email FROM users")).isEmpty());
}

void TestDatabaseRoles::personCannotChangeAnotherLogin()
{
    QString error;
    QSqlDatabase db = connectAs(loginOf("sales1"), kPassword, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    auto verifier = PersonLoginRepository::scramVerifier(db, QStringLiteral("Taken-over-2026!"));
    QVERIFY(verifier.ok());
    QSqlQuery q(db);
    QVERIFY(!Database::exec(q, QStringLiteral("SELECT invitedesk_sync_login(CAST(? AS uuid), ?)"),
                            {m_tree["dist1"].id, verifier.value()}));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QString refused;
    QVERIFY(!connectAs(loginOf("dist1"), QStringLiteral("Taken-over-2026!"), &refused).isOpen());
    QVERIFY(connectAs(loginOf("dist1"), kPassword).isOpen());
}

void TestDatabaseRoles::acceptRoleReadsNoTable()
{
    checkAcceptRole();
    m_db->closeExtraConnection(QStringLiteral("accept-role"));
}

void TestDatabaseRoles::checkAcceptRole()
{
    auto conn = m_db->extraConnection(QStringLiteral("accept-role"));
    QVERIFY(conn.ok());
    QSqlQuery tables(conn.value());
    QVERIFY(tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                       "table_schema = 'public'")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QVERIFY(names.contains(QStringLiteral("user_invitations")));
    QSqlQuery q(conn.value());
    QVERIFY(q.exec(QStringLiteral("SET ROLE invitedesk_accept")));
    for (const QString& table : names) {
        QVERIFY2(!q.exec(QStringLiteral("SELECT 1 FROM public.%1 LIMIT 1").arg(table)),
                 qPrintable(table));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    // What it may do: find one invitation by its link's hash, and nothing without one.
    QSqlQuery link(conn.value());
    QVERIFY(link.exec(QStringLiteral("RESET ROLE")));
    QVERIFY(link.exec(QStringLiteral("SELECT l.token_hash, i.email FROM invitation_links l JOIN "
                                     "user_invitations i ON i.id = l.invitation_id LIMIT 1")));
    QVERIFY2(link.next(), "the fixture's mail was delivered: links exist");
    const QByteArray hash = link.value(0).toByteArray();
    const QString email = link.value(1).toString();
    link.finish();
    QVERIFY(q.exec(QStringLiteral("SET ROLE invitedesk_accept")));
    QVERIFY(Database::exec(q, QStringLiteral("SELECT email FROM invitedesk_acceptance_by_link(?)"),
                           {hash}));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), email);
    QVERIFY(q.exec(QStringLiteral("RESET ROLE")));
}

void TestDatabaseRoles::mailerDrainsTheOutboxAndNothingElse()
{
    const QString login =
        QStringLiteral("mailer_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    {
        // Utility statements cannot be prepared: run as they are.
        QSqlQuery create(m_db->connection().value());
        QVERIFY2(create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE "
                                            "invitedesk_mailer")
                                 .arg(login, kPassword)),
                 qPrintable(create.lastError().text()));
    }
    DatabaseUrl url = m_db->url();
    url.user = login;
    url.password = kPassword;
    auto mailer = Database::open(url.toString());
    QVERIFY2(mailer.ok(), mailer.ok() ? "" : qPrintable(mailer.error().describe()));
    // A new invitation's message goes out through a dispatcher that has only the mailer role.
    NewInvitation in;
    in.type = QStringLiteral("doctor");
    in.email = QStringLiteral("mailed@roles.example");
    in.firstName = QStringLiteral("Mailed");
    in.lastName = QStringLiteral("Doctor");
    QVERIFY(InvitationService(m_db, ServiceConfig{}).create(m_tree["sales1"], in).ok());
    const QString token = deliverLink(mailer.value(), in.email);
    QVERIFY(!token.isEmpty());
    QSqlQuery sent = run(QStringLiteral("SELECT email_delivery_status FROM user_invitations WHERE "
                                        "email = ?"),
                         {in.email});
    QVERIFY(sent.next());
    QCOMPARE(sent.value(0).toString(), QStringLiteral("sent"));

    auto conn = mailer.value()->connection();
    QVERIFY(conn.ok());
    for (const QString& sql :
         {QStringLiteral("UPDATE user_invitations SET email = 'x@y.example'"),
          QStringLiteral("INSERT INTO user_invitations (id) VALUES (gen_random_uuid())"),
          QStringLiteral("SELECT password_hash FROM users"),
          QStringLiteral("UPDATE audit_events SET action = 'x'"),
          QStringLiteral("SELECT * FROM api_tokens")}) {
        QSqlQuery q(conn.value());
        QVERIFY2(!q.exec(sql), qPrintable(sql));
    }
}

void TestDatabaseRoles::loginFollowsPasswordAndDeactivation()
{
    const QString login = loginOf("dist2");
    PeopleService people(m_db, ServiceConfig{});
    // The fixture's InviteDesk password is not the login's yet: align them first.
    const QString newPassword = QStringLiteral("Changed-password-2026!");
    auto changed = people.changeOwnPassword(m_tree["dist2"], TestFixtures::password(), newPassword);
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().describe()));
    QString error;
    QVERIFY(!connectAs(login, kPassword, &error).isOpen());
    QVERIFY2(connectAs(login, newPassword, &error).isOpen(), qPrintable(error));

    auto off = people.deactivate(m_tree["admin"], m_tree["dist2"].email, QStringLiteral("left"));
    QVERIFY2(off.ok(), off.ok() ? "" : qPrintable(off.error().describe()));
    QVERIFY(!connectAs(login, newPassword, &error).isOpen());
    QVERIFY2(error.contains(QStringLiteral("not permitted to log in")), qPrintable(error));
    QVERIFY(people.reactivate(m_tree["admin"], m_tree["dist2"].email).ok());
    QVERIFY2(connectAs(login, newPassword, &error).isOpen(), qPrintable(error));

    // user list --json names the login.
    PeopleQuery query;
    auto listed = people.list(m_tree["admin"], query);
    QVERIFY(listed.ok());
    bool found = false;
    for (const Person& p : listed.value()) {
        if (p.user.id == m_tree["dist2"].id) {
            QCOMPARE(PeopleService::toJson(p).value(QStringLiteral("db_role")).toString(), login);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestDatabaseRoles::acceptingCreatesTheLogin()
{
    NewInvitation in;
    in.type = QStringLiteral("doctor");
    in.email = QStringLiteral("accepting@roles.example");
    in.firstName = QStringLiteral("Accepting");
    in.lastName = QStringLiteral("Doctor");
    QVERIFY(InvitationService(m_db, ServiceConfig{}).create(m_tree["sales1"], in).ok());
    const QString token = deliverLink(m_db, in.email);
    AcceptRequest request;
    request.token = token;
    request.password = QStringLiteral("Accepted-password-2026!");
    auto user = AcceptanceService(m_db, ServiceConfig{}).accept(request);
    QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().describe()));
    QSqlQuery q = run(QStringLiteral("SELECT db_role FROM users WHERE id = ?"), {user->id});
    QVERIFY(q.next());
    const QString login = q.value(0).toString();
    QVERIFY(!login.isEmpty());
    QString error;
    QSqlDatabase db = connectAs(login, request.password, &error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    // A new doctor has invited nobody yet: sees nothing, and may not invite a distributor.
    QVERIFY(ids(db, QStringLiteral("SELECT id FROM user_invitations")).isEmpty());

    // Added by someone (user add) works the same.
    NewUser added;
    added.email = QStringLiteral("added@roles.example");
    added.firstName = QStringLiteral("Added");
    added.lastName = QStringLiteral("Admin");
    added.role = QStringLiteral("admin");
    added.password = QStringLiteral("Added-password-2026!");
    auto made = AuthService(m_db, ServiceConfig{}).createUser(m_tree["admin"], added);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    QSqlQuery addedLogin =
        run(QStringLiteral("SELECT db_role FROM users WHERE id = ?"), {made->id});
    QVERIFY(addedLogin.next());
    QVERIFY2(connectAs(addedLogin.value(0).toString(), added.password, &error).isOpen(),
             qPrintable(error));
}

void TestDatabaseRoles::accountIsDescribed()
{
    auto service = DatabaseAccountRepository(*m_db).current();
    QVERIFY(service.ok());
    QVERIFY(service->superuser);
    QVERIFY(!service->personLogin);

    DatabaseUrl url = m_db->url();
    url.user = loginOf("sales1");
    url.password = kPassword;
    auto person = Database::open(url.toString());
    QVERIFY2(person.ok(), person.ok() ? "" : qPrintable(person.error().describe()));
    auto described = DatabaseAccountRepository(*person.value()).current();
    QVERIFY2(described.ok(), described.ok() ? "" : qPrintable(described.error().describe()));
    QCOMPARE(described->name, url.user);
    QVERIFY(described->personLogin);
    QVERIFY(!described->superuser);
    QCOMPARE(described->groups, QStringList{QStringLiteral("invitedesk_app")});
}

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "test_database_roles.moc"
