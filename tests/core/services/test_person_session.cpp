// The desk on a person's own login (issue 15, migration 023): a PostgreSQL URL without a user
// connects as the signed-in person's login with their password, PostgreSQL checks it, and the
// services then work under that login's grants and row security: the same list and figures
// as a service account gives them, their changes with audit events appended by the owner's
// function (in their name only, about invitations they may see, the chain intact), and a
// refused login reading as a wrong e-mail or password. PostgreSQL only.
#include "core/services/AuditService.h"
#include "core/services/AuthService.h"
#include "core/services/BackendServices.h"
#include "core/services/InvitationService.h"
#include "core/services/PeopleService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PersonLoginRepository.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kPassword = QStringLiteral("Own-login-2026!");
const QStringList kPeople = {"admin", "master", "dist1", "sales1", "doctor1", "office1"};

QSet<QString> idsOf(const InvitationPage& page)
{
    QSet<QString> out;
    for (const Invitation& i : page.items)
        out.insert(i.id);
    return out;
}
} // namespace

class TestPersonSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loginNameIsTheDatabases_data();
    void loginNameIsTheDatabases();
    void listsWhatTheServiceAccountLists_data();
    void listsWhatTheServiceAccountLists();
    void refusedLoginsReadAlike_data();
    void refusedLoginsReadAlike();
    void changesAreAuditedInTheirName();
    void auditFunctionRefusesForgery();
    void idleLockChecksTheLoginsPassword();
    void passwordChangeMovesTheLogin();

private:
    BackendPtr signIn(const QString& key, const QString& password = kPassword);
    QString personUrl() const;
    QSqlQuery run(const QString& sql, const QVariantList& binds = {});

    DatabasePtr m_db;
    UserTree m_tree;
};

void TestPersonSession::initTestCase()
{
    if (TestDatabase::backend() != Backend::Postgres)
        QFAIL("test_person_session runs on PostgreSQL only (INVITEDESK_TEST_BACKEND=postgres)");
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    InvitationService service(m_db, ServiceConfig{});
    const QList<QPair<QString, QString>> plan = {
        {"admin", "ivr_company"},    {"master", "distributor"},   {"dist1", "sales"},
        {"dist1", "doctor"},         {"sales1", "doctor"},        {"sales2", "doctor"},
        {"doctor1", "office_admin"}, {"office1", "medical_staff"}};
    int n = 0;
    for (const auto& [who, type] : plan) {
        NewInvitation in;
        in.type = type;
        in.email = QStringLiteral("invitee%1@person.example").arg(n++);
        in.firstName = QStringLiteral("Invitee");
        in.lastName = QStringLiteral("N%1").arg(n);
        auto made = service.create(m_tree[who], in);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    }
    deliverLinks(m_db);
    auto conn = m_db->connection();
    QVERIFY(conn.ok());
    for (const QString& key : kPeople + QStringList{"staff1"}) {
        auto made = PersonLoginRepository(*m_db, conn.value()).sync(m_tree[key].id, kPassword);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    }
}

QString TestPersonSession::personUrl() const
{
    DatabaseUrl url = m_db->url();
    url.user.clear();
    url.password.clear();
    return url.toString();
}

QSqlQuery TestPersonSession::run(const QString& sql, const QVariantList& binds)
{
    auto conn = m_db->connection();
    QSqlQuery q(conn.value());
    if (!Database::exec(q, sql, binds))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

BackendPtr TestPersonSession::signIn(const QString& key, const QString& password)
{
    auto opened =
        BackendServices::openAsPerson(personUrl(), m_tree[key].email, password, ServiceConfig{});
    if (!opened) {
        qWarning("%s: %s", qPrintable(key), qPrintable(opened.error().describe()));
        return {};
    }
    auto user = opened.value()->auth().signIn(m_tree[key].email, password);
    if (!user) {
        qWarning("%s: %s", qPrintable(key), qPrintable(user.error().describe()));
        return {};
    }
    if (user->id != m_tree[key].id)
        return {};
    return opened.value();
}

void TestPersonSession::loginNameIsTheDatabases_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << "someone@clinic.example"
                           << "someone@clinic.example";
    QTest::newRow("as typed") << "  Some.One+Desk@Clinic.Example "
                              << "some.one+desk@clinic.example";
    QTest::newRow("non-ASCII local part") << "zoë@clinic.example"
                                          << "zoë@clinic.example";
}

void TestPersonSession::loginNameIsTheDatabases()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QSqlQuery q = run(QStringLiteral("SELECT invitedesk_login_name(?)"), {stored});
    QVERIFY(q.next());
    QCOMPARE(PersonLoginRepository::loginName(m_db->url().database, typed), q.value(0).toString());
    // And the logins made for people carry it.
    QSqlQuery made =
        run(QStringLiteral("SELECT db_role FROM users WHERE id = ?"), {m_tree["dist1"].id});
    QVERIFY(made.next());
    QCOMPARE(made.value(0).toString(),
             PersonLoginRepository::loginName(m_db->url().database, m_tree["dist1"].email));
}

void TestPersonSession::listsWhatTheServiceAccountLists_data()
{
    QTest::addColumn<QString>("who");
    for (const QString& who : kPeople)
        QTest::newRow(qPrintable(who)) << who;
}

void TestPersonSession::listsWhatTheServiceAccountLists()
{
    QFETCH(QString, who);
    const BackendPtr person = signIn(who);
    QVERIFY(person);
    QVERIFY(person->isPersonSession());
    InvitationQuery all;
    all.limit = 0;
    auto expected = InvitationService(m_db, ServiceConfig{}).list(m_tree[who], all);
    QVERIFY(expected.ok());
    auto listed = person->invitations().list(m_tree[who], all);
    QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().describe()));
    QCOMPARE(idsOf(listed.value()), idsOf(expected.value()));
    QVERIFY(!idsOf(listed.value()).isEmpty());
    // The figures too: a person's login reads no kept counts, so they come from the rows.
    auto figures = person->invitations().statistics(m_tree[who]);
    QVERIFY2(figures.ok(), figures.ok() ? "" : qPrintable(figures.error().describe()));
    auto reference = InvitationService(m_db, ServiceConfig{}).statistics(m_tree[who]);
    QVERIFY(reference.ok());
    QCOMPARE(figures->total, reference->total);
    QCOMPARE(figures->byStatus, reference->byStatus);
    QCOMPARE(figures->byType, reference->byType);
}

void TestPersonSession::refusedLoginsReadAlike_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << "dist1"
                                    << "Not-the-password-1!";
    QTest::newRow("unknown e-mail") << "nobody@person.example" << kPassword;
    QTest::newRow("no login yet") << "sales2" << TestFixtures::password();
}

void TestPersonSession::refusedLoginsReadAlike()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    const QString address = email.contains(QLatin1Char('@')) ? email : m_tree[email].email;
    auto opened = BackendServices::openAsPerson(personUrl(), address, password, ServiceConfig{});
    QVERIFY(!opened.ok());
    const Error expected = AuthService::wrongCredentialsError();
    QCOMPARE(opened.error().code, Error::Code::Unauthenticated);
    QCOMPARE(opened.error().field, QStringLiteral("password"));
    QCOMPARE(opened.error().message, expected.message);
    // A service account's URL is not a person's.
    auto wrongUrl = Database::openAsPerson(m_db->url().toString(), address, password);
    QVERIFY(!wrongUrl.ok());
    QCOMPARE(wrongUrl.error().field, QStringLiteral("database"));
}

void TestPersonSession::changesAreAuditedInTheirName()
{
    const BackendPtr person = signIn("sales1");
    QVERIFY(person);
    const User sales1 = m_tree["sales1"];
    NewInvitation in;
    in.type = QStringLiteral("doctor");
    in.email = QStringLiteral("own-login@person.example");
    in.firstName = QStringLiteral("Own");
    in.lastName = QStringLiteral("Login");
    auto made = person->invitations().create(sales1, in);
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
    auto resent = person->invitations().resend(sales1, made->id);
    QVERIFY2(resent.ok(), resent.ok() ? "" : qPrintable(resent.error().describe()));
    auto shared = person->invitations().shareLink(sales1, made->id);
    QVERIFY2(shared.ok(), shared.ok() ? "" : qPrintable(shared.error().describe()));
    auto cancelled = person->invitations().cancel(sales1, made->id, QStringLiteral("Duplicate"));
    QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : qPrintable(cancelled.error().describe()));
    // Outside the matrix the service refuses before the database would.
    in.type = QStringLiteral("distributor");
    in.email = QStringLiteral("outside@person.example");
    auto refused = person->invitations().create(sales1, in);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotPermitted);

    // Read back through the service account: every event in sales1's name, in order, the
    // address outside the hash, and the whole chain verifying.
    QSqlQuery q =
        run(QStringLiteral("SELECT action, actor_user_id, details::text FROM audit_events "
                           "WHERE invitation_id = ? ORDER BY seq"),
            {made->id});
    QStringList actions;
    while (q.next()) {
        actions << q.value(0).toString();
        QCOMPARE(q.value(1).toString(), sales1.id);
        QVERIFY2(!q.value(2).toString().contains(QStringLiteral("own-login@")),
                 qPrintable(q.value(2).toString()));
    }
    QCOMPARE(actions, (QStringList{"invitation.created", "invitation.resent",
                                   "invitation.link_shared", "invitation.cancelled"}));
    QSqlQuery personal = run(QStringLiteral("SELECT count(*) FROM audit_personal p JOIN "
                                            "audit_events a ON a.seq = p.seq WHERE "
                                            "a.invitation_id = ? AND p.data::text LIKE "
                                            "'%own-login@person.example%'"),
                             {made->id});
    QVERIFY(personal.next());
    QVERIFY(personal.value(0).toInt() >= 1);
    auto verified = AuditLog(m_db).verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    // The person's own history shows it, personal part included.
    auto history = AuditLog(person->database()).forInvitation(made->id);
    QVERIFY2(history.ok(), history.ok() ? "" : qPrintable(history.error().describe()));
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->first().details.value(QStringLiteral("email")).toString(),
             QStringLiteral("own-login@person.example"));
}

void TestPersonSession::auditFunctionRefusesForgery()
{
    const BackendPtr person = signIn("doctor1");
    QVERIFY(person);
    auto conn = person->database()->connection();
    QVERIFY(conn.ok());
    // An invitation doctor1 cannot see: dist2's downline.
    QSqlQuery hidden =
        run(QStringLiteral("SELECT id FROM user_invitations WHERE invited_by_id = ?"),
            {m_tree["sales2"].id});
    QVERIFY(hidden.next());
    const QString sql = QStringLiteral("SELECT invitedesk_person_audit_append(CAST(? AS uuid), "
                                       "'invitation.cancelled', CAST(? AS uuid), '{}', NULL)");
    struct Case {
        const char* what;
        QString actor;
        QVariant invitation;
    } cases[] = {{"in another's name", m_tree["sales1"].id, Database::nullText()},
                 {"in nobody's name", QString(), Database::nullText()},
                 {"about an invitation out of sight", m_tree["doctor1"].id, hidden.value(0)}};
    QSqlQuery count = run(QStringLiteral("SELECT max(seq) FROM audit_events"));
    QVERIFY(count.next());
    const qint64 newest = count.value(0).toLongLong();
    for (const Case& c : cases) {
        QSqlQuery q(conn.value());
        QVERIFY2(!Database::exec(q, sql, {Database::textOrNull(c.actor), c.invitation}), c.what);
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    // In their own name about their own invitation it appends, at the server's time.
    QSqlQuery own = run(QStringLiteral("SELECT id FROM user_invitations WHERE invited_by_id = ?"),
                        {m_tree["doctor1"].id});
    QVERIFY(own.next());
    QSqlQuery q(conn.value());
    QVERIFY2(Database::exec(q,
                            QStringLiteral("SELECT invitedesk_person_audit_append(CAST(? AS uuid), "
                                           "'invitation.viewed', CAST(? AS uuid), '{}', NULL)"),
                            {m_tree["doctor1"].id, own.value(0)}),
             qPrintable(q.lastError().text()));
    QSqlQuery after =
        run(QStringLiteral("SELECT count(*) FROM audit_events WHERE seq > ?"), {newest});
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toInt(), 1);
    auto verified = AuditLog(m_db).verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok, qPrintable(verified->problem));
}

void TestPersonSession::idleLockChecksTheLoginsPassword()
{
    const BackendPtr person = signIn("office1");
    QVERIFY(person);
    AuthService auth = person->auth();
    QVERIFY(auth.signIn(m_tree["office1"].email, kPassword).ok());
    auto wrong = auth.signIn(m_tree["office1"].email, QStringLiteral("Guess-2026!"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, Error::Code::Unauthenticated);
    // A desk signed in as one person signs in nobody else, whatever the password.
    auto other = auth.signIn(m_tree["staff1"].email, kPassword);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, Error::Code::Unauthenticated);
    // A lock set elsewhere (failed sign-ins on a service account, an administrator) holds.
    run(QStringLiteral(
            "UPDATE users SET locked_until = now() + interval '15 minutes' WHERE id = ?"),
        {m_tree["office1"].id});
    auto locked = auth.signIn(m_tree["office1"].email, kPassword);
    run(QStringLiteral("UPDATE users SET locked_until = NULL WHERE id = ?"),
        {m_tree["office1"].id});
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, Error::Code::NotPermitted);
    QCOMPARE(locked.error().field, QStringLiteral("email"));
}

void TestPersonSession::passwordChangeMovesTheLogin()
{
    const BackendPtr person = signIn("staff1");
    QVERIFY(person);
    const QString fresh = QStringLiteral("Changed-own-2026!");
    auto changed = person->people().changeOwnPassword(m_tree["staff1"], kPassword, fresh);
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().describe()));
    QVERIFY(!signIn("staff1", kPassword));
    QVERIFY(signIn("staff1", fresh));
    // The desk that changed it goes on: a fresh connection (a new thread, a reconnect) uses
    // the new password, and its idle lock asks for the new one.
    person->database()->resetConnection();
    InvitationQuery all;
    auto listed = person->invitations().list(m_tree["staff1"], all);
    QVERIFY2(listed.ok(), listed.ok() ? "" : qPrintable(listed.error().describe()));
    QVERIFY(person->auth().signIn(m_tree["staff1"].email, fresh).ok());
    QVERIFY(!person->auth().signIn(m_tree["staff1"].email, kPassword).ok());
    // Deactivated by their upline: the login stops working, and reads like a wrong password.
    auto off = PeopleService(m_db, ServiceConfig{})
                   .deactivate(m_tree["doctor1"], m_tree["staff1"].id,
                               QStringLiteral("Left the practice"));
    QVERIFY2(off.ok(), off.ok() ? "" : qPrintable(off.error().describe()));
    auto refused =
        BackendServices::openAsPerson(personUrl(), m_tree["staff1"].email, fresh, ServiceConfig{});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, AuthService::wrongCredentialsError().message);
}

QTEST_GUILESS_MAIN(TestPersonSession)
#include "test_person_session.moc"
