// `--as` on a database URL without a user (issue 15, migration 023): the command connects as the
// person's own PostgreSQL login with INVITEDESK_PASSWORD, lists what their downline holds,
// invites in their own name (the audit chain intact), says a wrong password like any sign-in
// and changes nothing, and sends work that acts on other people to a service account.
// PostgreSQL only.
#include "CliFixture.h"

#include "core/settings/DatabaseUrl.h"
#include "core/storage/PersonLoginRepository.h"

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliPersonLogin : public CliFixture {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsTheirDownline_data();
    void listsTheirDownline();
    void invitesInTheirName();
    void wrongPasswordChangesNothing();
    void peopleWorkNeedsAServiceAccount();

private:
    QString personUrl() const;
    CliRun actOwn(const QString& who, const QStringList& args);
};

void TestCliPersonLogin::initTestCase()
{
    if (TestDatabase::backend() != Backend::Postgres)
        QFAIL("test_cli_person_login runs on PostgreSQL only (INVITEDESK_TEST_BACKEND=postgres)");
    seedSharedDatabase();
    // Demo accounts are written without logins; each gets its own at a first sign-in through
    // the service account, the one moment its password is known.
    for (const QString& who : {QStringLiteral("dist1"), QStringLiteral("sales1")}) {
        const CliRun r = act(who, {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
}

QString TestCliPersonLogin::personUrl() const
{
    auto url = DatabaseUrl::parse(m_url);
    if (!url)
        return {};
    url->user.clear();
    url->password.clear();
    return url->toString();
}

CliRun TestCliPersonLogin::actOwn(const QString& who, const QStringList& args)
{
    return act(who, args, personUrl());
}

void TestCliPersonLogin::listsTheirDownline_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("distributor") << "dist1";
    QTest::newRow("sales rep") << "sales1";
}

void TestCliPersonLogin::listsTheirDownline()
{
    QFETCH(QString, who);
    const CliRun r = actOwn(who, {QStringLiteral("list"), QStringLiteral("--json"),
                                  QStringLiteral("--limit"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QSet<QString> listed = idsOf(r.json().toArray());
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed, expectedVisible(who));
    // The session really was the person's login, named as `user list` shows it.
    const QString login =
        m_db.scalar(QStringLiteral("SELECT db_role FROM users WHERE email = ?"), {demoEmail(who)})
            .toString();
    QCOMPARE(login,
             PersonLoginRepository::loginName(DatabaseUrl::parse(m_url)->database, demoEmail(who)));
}

void TestCliPersonLogin::invitesInTheirName()
{
    const CliRun r = invite(QStringLiteral("sales1"), QStringLiteral("own.login@example.com"),
                            QStringLiteral("doctor"), {}, personUrl());
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString id = r.json().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString actor = m_db.scalar(QStringLiteral("SELECT actor_user_id FROM audit_events "
                                                     "WHERE invitation_id = ? AND action = "
                                                     "'invitation.created'"),
                                      {id})
                              .toString();
    QCOMPARE(actor, m_db.userId(demoEmail(QStringLiteral("sales1"))));
    verifyAuditChain();
}

void TestCliPersonLogin::wrongPasswordChangesNothing()
{
    const DbProbe::Counts before = m_db.counts();
    const CliRun r = CliHarness::run(
        {QStringLiteral("invite"), QStringLiteral("--email"), QStringLiteral("never@example.com"),
         QStringLiteral("--type"), QStringLiteral("doctor"), QStringLiteral("--first"),
         QStringLiteral("Never"), QStringLiteral("--last"), QStringLiteral("Sent"),
         QStringLiteral("--as"), demoEmail(QStringLiteral("sales1")), QStringLiteral("--database"),
         personUrl()},
        {{QStringLiteral("INVITEDESK_PASSWORD"), QStringLiteral("not the password at all")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("as:")) &&
                 r.err.contains(QStringLiteral("e-mail or password is wrong")),
             qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(QStringLiteral("idk_")), qPrintable(r.err));
    QCOMPARE(m_db.counts(), before);
}

void TestCliPersonLogin::peopleWorkNeedsAServiceAccount()
{
    // dist1 may deactivate sales1 through a service account; its own login may not touch
    // another person's account, and is told where to go.
    const DbProbe::Counts before = m_db.counts();
    const CliRun r =
        actOwn(QStringLiteral("dist1"), {QStringLiteral("user"), QStringLiteral("deactivate"),
                                         demoEmail(QStringLiteral("sales1")),
                                         QStringLiteral("--reason"), QStringLiteral("Left")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("service account")), qPrintable(r.describe()));
    QCOMPARE(m_db.counts(), before);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT is_active FROM users WHERE email = ?"),
                         {demoEmail(QStringLiteral("sales1"))})
                 .toBool(),
             true);
}

QTEST_GUILESS_MAIN(TestCliPersonLogin)
#include "test_cli_person_login.moc"
