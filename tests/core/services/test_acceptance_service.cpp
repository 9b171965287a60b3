// AcceptanceService on a real database (SQLite and PostgreSQL): states of a link, the first
// view, accepting (the account, the invitation, audit, outbox) and every refusal.
#include "AcceptanceTestSupport.h"

#include "core/security/PasswordHasher.h"
#include "core/security/TokenGenerator.h"
#include "core/services/AuthService.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/storage/AuditLog.h"
#include "core/storage/UserRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

using namespace invitedesk;
using namespace invitedesk::test;

Q_DECLARE_METATYPE(AcceptanceState)

class TestAcceptanceService : public QObject, protected AcceptanceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void validateOpenInvitation();
    void unknownTokens_data();
    void unknownTokens();
    void closedStates_data();
    void closedStates();
    void openRecordsFirstViewOnlyAndKeepsToken();
    void openOnClosedInvitationRecordsNothing();
    void acceptCreatesUserAndClosesInvitation();
    void acceptUsesGivenNames();
    void refusalsNameTheFieldAndChangeNothing_data();
    void refusalsNameTheFieldAndChangeNothing();
    void existingAccountIsConflict();
    void secondAcceptIsGone();
    void resendKillsOldToken();
    void concurrentCompletesLeaveOneWinner();
    void healthAnswers();
    void changesAreFedByIdOnly();

private:
    qint64 auditCount(const QString& invitationId, const QString& action);
    static QString goodPassword() { return QStringLiteral("a long and unusual passphrase 7"); }
};

void TestAcceptanceService::init()
{
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_person.firstName = QStringLiteral("Robin");
    m_person.lastName = QStringLiteral("Invitee");
    m_person.message = QStringLiteral("Welcome aboard");
    startServices(QDateTime::currentDateTimeUtc());
}

qint64 TestAcceptanceService::auditCount(const QString& invitationId, const QString& action)
{
    return scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE invitation_id = ? AND "
                                 "action = ?"),
                  {invitationId, action})
        .toLongLong();
}

void TestAcceptanceService::validateOpenInvitation()
{
    const Invitation inv = invite(QStringLiteral("open@example.com"));
    QVERIFY(tokens::looksLikeToken(link(inv)));
    auto r = m_acceptance->validate(link(inv));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().describe()));
    QCOMPARE(r->id, inv.id);
    QCOMPARE(r->email, QStringLiteral("open@example.com"));
    QCOMPARE(r->firstName, QStringLiteral("Robin"));
    QCOMPARE(r->type, Role::Doctor);
    QCOMPARE(r->organizationName, QStringLiteral("Fixture Org"));
    QCOMPARE(r->inviterName, m_tree[QStringLiteral("admin")].fullName());
    QCOMPARE(r->inviterEmail, m_tree[QStringLiteral("admin")].email);
    QCOMPARE(r->message, QStringLiteral("Welcome aboard"));
    QCOMPARE(r->expiresAt.toMSecsSinceEpoch(), inv.expiresAt.toMSecsSinceEpoch());
}

void TestAcceptanceService::unknownTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("well-formed") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("short") << QStringLiteral("nope");
    QTest::newRow("empty") << QString();
    QTest::newRow("odd characters") << QStringLiteral("'; DROP TABLE users; --");
    QTest::newRow("long") << QString(5000, QLatin1Char('x'));
}

void TestAcceptanceService::unknownTokens()
{
    QFETCH(QString, token);
    invite(QStringLiteral("someone@example.com"));
    auto r = m_acceptance->lookup(token);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QCOMPARE(r.error().field, QStringLiteral("token"));
    AcceptRequest request;
    request.token = token;
    request.password = goodPassword();
    QCOMPARE(m_acceptance->accept(request).error().code, Error::Code::NotFound);
    QCOMPARE(m_acceptance->open(token).error().code, Error::Code::NotFound);
}

void TestAcceptanceService::closedStates_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<AcceptanceState>("state");
    QTest::newRow("past expiry, not yet swept") << "clock" << AcceptanceState::Expired;
    QTest::newRow("swept") << "sweep" << AcceptanceState::Expired;
    QTest::newRow("cancelled") << "cancel" << AcceptanceState::Cancelled;
    QTest::newRow("accepted") << "accept" << AcceptanceState::Accepted;
    QTest::newRow("delivery failed") << "failed" << AcceptanceState::Unavailable;
    QTest::newRow("failed and past expiry") << "failed+clock" << AcceptanceState::Expired;
}

void TestAcceptanceService::closedStates()
{
    QFETCH(QString, how);
    QFETCH(AcceptanceState, state);
    const Invitation inv = invite(QStringLiteral("closed@example.com"));
    if (how.contains(QLatin1String("failed"))) {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("UPDATE user_invitations SET status = 'failed' WHERE id = ?"));
        q.addBindValue(inv.id);
        QVERIFY(q.exec());
    }
    if (how.contains(QLatin1String("clock")))
        m_now = inv.expiresAt.addSecs(1);
    if (how == QLatin1String("sweep")) {
        m_now = inv.expiresAt.addSecs(1);
        QCOMPARE(m_invitations->expireDue().value(), 1);
    }
    if (how == QLatin1String("cancel"))
        QVERIFY(m_invitations->cancel(m_tree[QStringLiteral("admin")], inv.id, QStringLiteral("no"))
                    .ok());
    if (how == QLatin1String("accept")) {
        AcceptRequest request{link(inv), goodPassword(), {}, {}, {}};
        QVERIFY(m_acceptance->accept(request).ok());
    }

    auto found = m_acceptance->lookup(link(inv));
    QVERIFY(found.ok());
    QCOMPARE(found->state, state);
    auto validated = m_acceptance->validate(link(inv));
    QCOMPARE(validated.error().code, Error::Code::Gone);
    if (state == AcceptanceState::Expired) // tells the invitee whom to ask
        QVERIFY(validated.error().message.contains(m_tree[QStringLiteral("admin")].fullName()));
    AcceptRequest again{link(inv), goodPassword(), {}, {}, {}};
    QCOMPARE(m_acceptance->accept(again).error().code, Error::Code::Gone);
}

void TestAcceptanceService::openRecordsFirstViewOnlyAndKeepsToken()
{
    const Invitation inv = invite(QStringLiteral("viewer@example.com"));
    const QDateTime first = m_now;
    auto opened = m_acceptance->open(link(inv));
    QVERIFY(opened.ok());
    QCOMPARE(opened->state, AcceptanceState::Open);
    m_now = m_now.addSecs(3600);
    QVERIFY(m_acceptance->open(link(inv)).ok()); // a mail scanner, then the person
    QVERIFY(m_acceptance->open(link(inv)).ok());
    const QDateTime stored = Database::readTime(
        scalar(QStringLiteral("SELECT opened_at FROM user_invitations WHERE id = ?"), {inv.id}));
    QCOMPARE(stored.toMSecsSinceEpoch(), first.toMSecsSinceEpoch());
    QCOMPARE(auditCount(inv.id, QStringLiteral("invitation.opened")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM user_invitations WHERE id = ?"), {inv.id})
                 .toString(),
             QStringLiteral("sent"));
    // Opening never uses the token up.
    AcceptRequest request{link(inv), goodPassword(), {}, {}, {}};
    QVERIFY(m_acceptance->accept(request).ok());
}

void TestAcceptanceService::openOnClosedInvitationRecordsNothing()
{
    const Invitation inv = invite(QStringLiteral("late@example.com"));
    m_now = inv.expiresAt.addSecs(60);
    auto opened = m_acceptance->open(link(inv));
    QVERIFY(opened.ok());
    QCOMPARE(opened->state, AcceptanceState::Expired);
    QVERIFY(scalar(QStringLiteral("SELECT opened_at FROM user_invitations WHERE id = ?"), {inv.id})
                .isNull());
    QCOMPARE(auditCount(inv.id, QStringLiteral("invitation.opened")), 0);
}

void TestAcceptanceService::acceptCreatesUserAndClosesInvitation()
{
    const User inviter = m_tree[QStringLiteral("admin")];
    const Invitation inv =
        invite(QStringLiteral("New.Person@Example.com"), QStringLiteral("sales"));
    // Its two reminders are queued.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM email_outbox WHERE invitation_id = ? AND "
                                   "status = 'queued'"),
                    {inv.id})
                 .toInt(),
             2);
    AcceptRequest request{link(inv), goodPassword(), goodPassword(), {}, {}};
    auto accepted = m_acceptance->accept(request);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().describe()));
    const User user = accepted.value();
    QCOMPARE(user.email, QStringLiteral("new.person@example.com"));
    QCOMPARE(user.role, Role::Sales);

    auto stored = UserRepository(*m_db, m_db->connection().value()).findById(user.id);
    QVERIFY(stored.ok() && stored.value().has_value());
    const User& row = *stored.value();
    QCOMPARE(row.role, Role::Sales);
    QCOMPARE(row.firstName, QStringLiteral("Robin"));
    QCOMPARE(row.organizationId, inv.organizationId);
    QCOMPARE(row.parentUserId, inv.parentUserId);
    QCOMPARE(row.invitedById, inviter.id);
    QCOMPARE(row.invitationId, inv.id);
    QCOMPARE(row.invitationAcceptedAt.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch());
    QVERIFY(row.isActive);
    const QString hash =
        scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user.id})
            .toString();
    QVERIFY(hash.startsWith(QLatin1String("$scrypt$")));
    QVERIFY(PasswordHasher::verify(goodPassword(), hash));

    QCOMPARE(scalar(QStringLiteral("SELECT status FROM user_invitations WHERE id = ?"), {inv.id})
                 .toString(),
             QStringLiteral("accepted"));
    QCOMPARE(scalar(QStringLiteral("SELECT accepted_user_id FROM user_invitations WHERE id = ?"),
                    {inv.id})
                 .toString(),
             user.id);
    QCOMPARE(auditCount(inv.id, QStringLiteral("invitation.accepted")), 1);
    QCOMPARE(auditCount(inv.id, QStringLiteral("user.created")), 1);
    // The queued reminders are withdrawn.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM email_outbox WHERE invitation_id = ? AND "
                                   "status = 'queued'"),
                    {inv.id})
                 .toInt(),
             0);
    // The audit chain still verifies, and the new account can sign in.
    QVERIFY(AuditLog(m_db).verify()->ok);
    QVERIFY(AuthService(m_db, m_config)
                .signIn(QStringLiteral("new.person@example.com"), goodPassword())
                .ok());
}

void TestAcceptanceService::acceptUsesGivenNames()
{
    const Invitation inv = invite(QStringLiteral("named@example.com"));
    AcceptRequest request{
        link(inv), goodPassword(), {}, QStringLiteral("  José   María "), QStringLiteral("Núñez")};
    auto user = m_acceptance->accept(request);
    QVERIFY(user.ok());
    QCOMPARE(user->firstName, QString::fromUtf8("José María"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT last_name FROM users WHERE id = ?"), {user->id}).toString(),
        QString::fromUtf8("Núñez"));
}

void TestAcceptanceService::refusalsNameTheFieldAndChangeNothing_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation"); // "-" = not given
    QTest::addColumn<QString>("first");        // "-" = not given
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("field");
    const QString good = goodPassword();
    QTest::newRow("too short") << "short"
                               << "-"
                               << "-"
                               << "-"
                               << "password";
    QTest::newRow("common") << "password1234"
                            << "-"
                            << "-"
                            << "-"
                            << "password";
    QTest::newRow("the e-mail") << "refusal@example.com"
                                << "-"
                                << "-"
                                << "-"
                                << "password";
    QTest::newRow("e-mail local part, padded") << "  REFUSAL.local  "
                                               << "-"
                                               << "-"
                                               << "-"
                                               << "password";
    QTest::newRow("empty") << ""
                           << "-"
                           << "-"
                           << "-"
                           << "password";
    QTest::newRow("confirmation differs") << good << (good + QLatin1Char('!')) << "-"
                                          << "-"
                                          << "password_confirmation";
    QTest::newRow("blank first name") << good << "-"
                                      << "   "
                                      << "-"
                                      << "first_name";
    QTest::newRow("long last name") << good << "-"
                                    << "-" << QString(101, QLatin1Char('x')) << "last_name";
    QTest::newRow("control character") << good << "-" << QStringLiteral("Ann\x01") << "-"
                                       << "first_name";
}

void TestAcceptanceService::refusalsNameTheFieldAndChangeNothing()
{
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, field);
    const QString email =
        field == QLatin1String("password") && password.contains(QLatin1String("local"))
            ? QStringLiteral("refusal.local@example.com")
            : QStringLiteral("refusal@example.com");
    const Invitation inv = invite(email);
    AcceptRequest request;
    request.token = link(inv);
    request.password = password;
    if (confirmation != QLatin1String("-"))
        request.passwordConfirmation = confirmation;
    if (first != QLatin1String("-"))
        request.firstName = first;
    if (last != QLatin1String("-"))
        request.lastName = last;
    const qint64 usersBefore = scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong();
    auto r = m_acceptance->accept(request);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().message.contains(password) || password.isEmpty() || password.size() < 6);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), usersBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM user_invitations WHERE id = ?"), {inv.id})
                 .toString(),
             QStringLiteral("sent"));
}

void TestAcceptanceService::existingAccountIsConflict()
{
    const Invitation inv = invite(QStringLiteral("taken@example.com"));
    User other;
    other.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    other.email = QStringLiteral("taken@example.com");
    other.firstName = QStringLiteral("Already");
    other.lastName = QStringLiteral("Here");
    other.role = Role::Sales;
    other.organizationId = inv.organizationId;
    other.createdAt = m_now;
    QVERIFY(UserRepository(*m_db, m_db->connection().value())
                .insert(other, PasswordHasher::hash(goodPassword()))
                .ok());
    AcceptRequest request{link(inv), goodPassword(), {}, {}, {}};
    auto r = m_acceptance->accept(request);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QCOMPARE(r.error().field, QStringLiteral("email"));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM user_invitations WHERE id = ?"), {inv.id})
                 .toString(),
             QStringLiteral("sent"));
}

void TestAcceptanceService::secondAcceptIsGone()
{
    const Invitation inv = invite(QStringLiteral("twice@example.com"));
    AcceptRequest request{link(inv), goodPassword(), {}, {}, {}};
    QVERIFY(m_acceptance->accept(request).ok());
    auto second = m_acceptance->accept(request);
    QCOMPARE(second.error().code, Error::Code::Gone);
    QCOMPARE(m_acceptance->lookup(link(inv))->state, AcceptanceState::Accepted);
}

void TestAcceptanceService::resendKillsOldToken()
{
    const Invitation inv = invite(QStringLiteral("resent@example.com"));
    AcceptRequest old{link(inv), goodPassword(), {}, {}, {}};
    auto prepared = m_acceptance->prepare(old); // the invitee is typing while a desk resends
    QVERIFY(prepared.ok());
    auto resent = m_invitations->resend(m_tree[QStringLiteral("admin")], inv.id);
    QVERIFY(resent.ok());
    // The old link still leads to the invitation, which says it was replaced.
    QCOMPARE(m_acceptance->lookup(link(inv))->state, AcceptanceState::Replaced);
    auto validated = m_acceptance->validate(link(inv));
    QCOMPARE(validated.error().code, Error::Code::Gone);
    QVERIFY2(
        validated.error().message.contains(QLatin1String("replaced by a newer invitation e-mail")),
        qPrintable(validated.error().message));
    auto late = m_acceptance->complete(prepared.value(), PasswordHasher::hash(goodPassword()));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, Error::Code::Gone); // the link it came through was replaced
    QVERIFY(late.error().message.contains(QLatin1String("replaced by a newer invitation e-mail")));
    AcceptRequest fresh{deliverLink(m_db, inv.email, m_config.clock), goodPassword(), {}, {}, {}};
    QVERIFY(m_acceptance->accept(fresh).ok());
}

void TestAcceptanceService::concurrentCompletesLeaveOneWinner()
{
    const Invitation inv = invite(QStringLiteral("race@example.com"));
    const QString hash = PasswordHasher::hash(goodPassword());
    AcceptRequest request{link(inv), goodPassword(), {}, {}, {}};
    QList<PreparedAcceptance> prepared;
    for (int i = 0; i < 10; ++i)
        prepared.append(m_acceptance->prepare(request).value());
    QThreadPool pool;
    pool.setMaxThreadCount(10);
    QList<QFuture<Result<User>>> results;
    for (const PreparedAcceptance& p : prepared)
        results.append(
            QtConcurrent::run(&pool, [this, p, hash] { return m_acceptance->complete(p, hash); }));
    int ok = 0;
    for (auto& f : results) {
        const Result<User> r = f.result();
        if (r.ok())
            ++ok;
        else
            QVERIFY2(r.error().code == Error::Code::Gone || r.error().code == Error::Code::Conflict,
                     qPrintable(r.error().describe()));
    }
    pool.waitForDone();
    QCOMPARE(ok, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE email = ?"),
                    {QStringLiteral("race@example.com")})
                 .toInt(),
             1);
    QCOMPARE(auditCount(inv.id, QStringLiteral("invitation.accepted")), 1);
}

void TestAcceptanceService::healthAnswers()
{
    QVERIFY(m_acceptance->health().ok());
}

// Issue 18, item 1: the handler tells its change feed (ServiceConfig::changes) which invitation
// a first look or an acceptance changed, after the commit; ids only.
void TestAcceptanceService::changesAreFedByIdOnly()
{
    InvitationChangeFeed feed;
    ServiceConfig config = m_config;
    config.changes = &feed;
    AcceptanceService acceptance(m_db, config);
    QSignalSpy changed(&feed, &InvitationChangeFeed::invitationsChanged);
    const Invitation inv = invite(QStringLiteral("fed@example.com"));

    QVERIFY(acceptance.open(link(inv)).ok()); // the first look, recorded in the request
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{inv.id});
    QVERIFY(acceptance.open(link(inv)).ok()); // a later look changes nothing
    QCOMPARE(changed.count(), 1);
    AcceptRequest request{link(inv), goodPassword(), {}, {}, {}};
    QVERIFY(acceptance.accept(request).ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toStringList(), QStringList{inv.id});

    // Looks recorded in the background (the handler's way) are fed per batch written.
    const Invitation later = invite(QStringLiteral("fed.later@example.com"));
    acceptance.recordFirstLooksInBackground();
    QVERIFY(acceptance.open(link(later)).ok());
    acceptance.finishFirstLooks(); // the worker has stopped: the spy is read on this thread only
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).at(0).toStringList(), QStringList{later.id});
}

QTEST_GUILESS_MAIN(TestAcceptanceService)
#include "test_acceptance_service.moc"
