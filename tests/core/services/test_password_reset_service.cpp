// PasswordResetService end to end on the fixture tree, with one injected clock for the service
// and the outbox dispatcher: who may ask for a reset e-mail (people_policy), the link minted
// when the e-mail is sent and only its SHA-256 stored (the database never holds the token),
// one use, 24 hours from sending, a newer e-mail replacing the older link, a deactivated
// account, the password policy naming the field, and the audit events. Both backends.
#include "PeopleFixture.h"

#include "core/security/PasswordHasher.h"
#include "core/security/TokenGenerator.h"
#include "core/services/AuthService.h"
#include "core/services/PasswordResetService.h"
#include "tests/support/LinkDelivery.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kNewPassword = QStringLiteral("harbour lamps at quiet dusk");

// A message's text with its quoted-printable soft line breaks undone.
QByteArray unfolded(QByteArray message)
{
    return message.replace("=\r\n", "");
}
} // namespace

class TestPasswordResetService : public PeopleFixture {
    Q_OBJECT

    PasswordResetService resets() { return PasswordResetService(m_db, config()); }
    std::function<QDateTime()> clock()
    {
        return [this] { return m_now; };
    }
    // Sends the outbox on the fixture's clock; the reset link `key` received (empty: none).
    QString deliver(const QString& key, QByteArray* message = nullptr)
    {
        return deliverResetLink(m_db, email(key), clock(), message);
    }
    bool signsIn(const QString& key, const QString& password)
    {
        return AuthService(m_db, config()).signIn(email(key), password).ok();
    }
    PasswordResetRequest request(const QString& token, const QString& password = kNewPassword)
    {
        PasswordResetRequest r;
        r.token = token;
        r.password = password;
        r.passwordConfirmation = password;
        return r;
    }
    QList<QVariantList> rows(const QString& sql)
    {
        QList<QVariantList> out;
        QSqlQuery q(m_db->connection().value());
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c);
            out << row;
        }
        return out;
    }
    // No table holds the token, as text or as bytes: only its hash is kept.
    void verifyNoTokenAtRest(const QString& token)
    {
        QVERIFY(!token.isEmpty());
        for (const char* table : {"password_resets", "password_reset_links", "email_outbox",
                                  "audit_events", "users", "user_invitations"}) {
            const auto all = rows(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
            for (const QVariantList& row : all) {
                for (const QVariant& v : row) {
                    QVERIFY2(!v.toString().contains(token), table);
                    QVERIFY2(!v.toByteArray().contains(token.toUtf8()), table);
                }
            }
        }
    }
    QString resetState(const QString& token)
    {
        auto found = resets().lookup(token);
        if (!found)
            return Error::codeName(found.error().code);
        return password_reset::stateName(found->state);
    }

private Q_SLOTS:
    void init() { setUpFixture(); }

    // Who may have a reset e-mail sent to whom: the people table (PeopleAction::ResetPassword).
    // A refusal queues nothing and audits nothing.
    void whoMayRequest_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("refusal"); // -1: allowed
        QTest::newRow("admin on a sales rep") << "admin"
                                              << "sales1" << -1;
        QTest::newRow("distributor on its sales rep") << "dist1"
                                                      << "sales1" << -1;
        QTest::newRow("office admin on the practice's staff") << "office1"
                                                              << "staff1" << -1;
        QTest::newRow("distributor on another's sales rep")
            << "dist1"
            << "sales2" << int(Error::Code::NotFound);
        QTest::newRow("sales rep on its upline") << "sales1"
                                                 << "dist1" << int(Error::Code::NotFound);
        QTest::newRow("master on an office admin (matrix)")
            << "master"
            << "office1" << int(Error::Code::NotPermitted);
        QTest::newRow("oneself") << "sales1"
                                 << "sales1" << int(Error::Code::NotPermitted);
    }
    void whoMayRequest()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(int, refusal);
        const qint64 audit = countRows(QStringLiteral("audit_events"));
        const qint64 outbox = countRows(QStringLiteral("email_outbox"));
        auto asked = resets().requestReset(m_tree[actor], email(person));
        if (refusal >= 0) {
            QVERIFY(!asked.ok());
            QCOMPARE(int(asked.error().code), refusal);
            QCOMPARE(asked.error().field, QStringLiteral("user"));
            QCOMPARE(countRows(QStringLiteral("password_resets")), 0);
            QCOMPARE(countRows(QStringLiteral("email_outbox")), outbox);
            QCOMPARE(countRows(QStringLiteral("audit_events")), audit);
            return;
        }
        QVERIFY2(asked.ok(), asked.ok() ? "" : qPrintable(asked.error().describe()));
        QCOMPARE(asked->user.email, email(person));
        // One reset, one queued e-mail naming it (nothing rendered, no link yet), one event.
        const auto reset = rows(QStringLiteral("SELECT id, user_id, requested_by_id, used_at, "
                                               "revoked_at FROM password_resets"));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(reset[0][1].toString(), m_tree[person].id);
        QCOMPARE(reset[0][2].toString(), m_tree[actor].id);
        QVERIFY(reset[0][3].isNull() && reset[0][4].isNull());
        const auto mail = rows(QStringLiteral(
            "SELECT kind, recipient, password_reset_id, invitation_id, subject, text_body, "
            "html_body FROM email_outbox WHERE kind = 'password_reset'"));
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail[0][1].toString(), email(person));
        QCOMPARE(mail[0][2].toString(), reset[0][0].toString());
        for (int c = 3; c < 7; ++c)
            QVERIFY(mail[0][c].isNull());
        QCOMPARE(countRows(QStringLiteral("password_reset_links")), 0);
        const auto requested = events(QStringLiteral("user.password_reset_requested"));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0].actorUserId, m_tree[actor].id);
        QCOMPARE(requested[0].details.value("user_id").toString(), m_tree[person].id);
        QCOMPARE(requested[0].details.value("password_reset_id").toString(),
                 reset[0][0].toString());
    }

    // The token exists only in the e-mail: minted when the dispatcher renders it, its SHA-256
    // kept with an expiry 24 hours from then; no table holds the token itself.
    void tokenIsMintedWhenTheMailIsSent()
    {
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        m_now = m_now.addSecs(600); // sent ten minutes after the request
        QByteArray message;
        const QString token = deliver(QStringLiteral("sales1"), &message);
        QCOMPARE(token.size(), tokens::TokenLength);
        QVERIFY(!message.isEmpty());
        QVERIFY(unfolded(message).contains("Hello sales1,"));
        QVERIFY(unfolded(message).contains("dist1 Fixture")); // who asked
        QCOMPARE(linkTokens(message, QStringLiteral("reset")), QStringList{token});
        QVERIFY(linkTokens(message).isEmpty()); // no invitation link
        const auto links = rows(QStringLiteral("SELECT token_hash, expires_at, created_at FROM "
                                               "password_reset_links"));
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0][0].toByteArray(), tokens::hash(token));
        QCOMPARE(Database::readTime(links[0][1]), m_now.addSecs(24 * 3600));
        QCOMPARE(Database::readTime(links[0][2]), m_now);
        verifyNoTokenAtRest(token);
        // Delivered: audited like every e-mail, naming the reset.
        const auto sent = events(QStringLiteral("mail.sent"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent[0].details.value("kind").toString(), QStringLiteral("password_reset"));
        QVERIFY(!sent[0].details.value("password_reset_id").toString().isEmpty());
        // Sent once: a second delivery sends nothing.
        QVERIFY(deliver(QStringLiteral("sales1")).isEmpty());
        QCOMPARE(resetState(token), QStringLiteral("open"));
    }

    // The link sets the password once; sign-in then takes the new password only.
    void resetSetsThePasswordOnce()
    {
        QVERIFY(resets().requestReset(m_tree["admin"], email("doctor1")).ok());
        const QString token = deliver(QStringLiteral("doctor1"));
        auto found = resets().lookup(token);
        QVERIFY(found.ok());
        QCOMPARE(found->state, PasswordResetState::Open);
        QCOMPARE(found->reset.email, email("doctor1"));
        QCOMPARE(found->reset.requestedByEmail, email("admin"));
        auto done = resets().reset(request(token));
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().describe()));
        QCOMPARE(done->id, m_tree["doctor1"].id);
        QVERIFY(signsIn(QStringLiteral("doctor1"), kNewPassword));
        QVERIFY(!signsIn(QStringLiteral("doctor1"), TestFixtures::password()));
        const auto audited = events(QStringLiteral("user.password_reset"));
        QCOMPARE(audited.size(), 1);
        QCOMPARE(audited[0].actorUserId, m_tree["doctor1"].id);
        QVERIFY(!QJsonDocument(audited[0].details).toJson().contains(kNewPassword.toUtf8()));
        // Used up: the same link again is Gone, and changes nothing.
        QCOMPARE(resetState(token), QStringLiteral("used"));
        auto again = resets().reset(request(token, QStringLiteral("another long passphrase 9")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Gone);
        QCOMPARE(again.error().field, QStringLiteral("token"));
        QVERIFY(signsIn(QStringLiteral("doctor1"), kNewPassword));
        verifyNoTokenAtRest(token);
    }

    // Two uses prepared at once (two tabs): the first to commit wins, the other is told why.
    void onlyOneOfTwoUsesWins()
    {
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        const QString token = deliver(QStringLiteral("sales1"));
        auto first = resets().prepare(request(token));
        auto second = resets().prepare(request(token, QStringLiteral("second long passphrase 2")));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(resets().complete(first.value(), PasswordHasher::hash(kNewPassword)).ok());
        auto lost =
            resets().complete(second.value(), PasswordHasher::hash(QStringLiteral("second")));
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, Error::Code::Gone);
        QVERIFY(signsIn(QStringLiteral("sales1"), kNewPassword));
        QCOMPARE(events(QStringLiteral("user.password_reset")).size(), 1);
    }

    // 24 hours from when the e-mail was sent (not from the request), on the injected clock.
    void linkWorksFor24HoursFromSending_data()
    {
        QTest::addColumn<qint64>("sentAfter"); // seconds after the request
        QTest::addColumn<qint64>("usedAfter"); // seconds after sending
        QTest::addColumn<bool>("open");
        QTest::newRow("at once") << qint64(0) << qint64(0) << true;
        QTest::newRow("a second before 24 h") << qint64(0) << qint64(24 * 3600 - 1) << true;
        QTest::newRow("at 24 h") << qint64(0) << qint64(24 * 3600) << false;
        QTest::newRow("a day later") << qint64(0) << qint64(25 * 3600) << false;
        QTest::newRow("sent 10 h late, used 20 h after")
            << qint64(10 * 3600) << qint64(20 * 3600) << true;
    }
    void linkWorksFor24HoursFromSending()
    {
        QFETCH(qint64, sentAfter);
        QFETCH(qint64, usedAfter);
        QFETCH(bool, open);
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        m_now = m_now.addSecs(sentAfter);
        const QString token = deliver(QStringLiteral("sales1"));
        QVERIFY(!token.isEmpty());
        m_now = m_now.addSecs(usedAfter);
        QCOMPARE(resetState(token), open ? QStringLiteral("open") : QStringLiteral("expired"));
        auto done = resets().reset(request(token));
        QCOMPARE(done.ok(), open);
        if (!open) {
            QCOMPARE(done.error().code, Error::Code::Gone);
            QVERIFY(signsIn(QStringLiteral("sales1"), TestFixtures::password()));
        }
    }

    // A newer request replaces the older: its link answers "replaced", and an older e-mail
    // still queued is not sent at all.
    void newerRequestReplacesTheOlder()
    {
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        const QString first = deliver(QStringLiteral("sales1"));
        QVERIFY(resets().requestReset(m_tree["master"], email("sales1")).ok());
        QCOMPARE(resetState(first), QStringLiteral("replaced"));
        // A third request before the second e-mail went out: only the third is sent.
        QVERIFY(resets().requestReset(m_tree["admin"], email("sales1")).ok());
        QByteArray message;
        const QString third = deliver(QStringLiteral("sales1"), &message);
        // From the admin: the master's e-mail was withdrawn before it went out.
        QVERIFY(unfolded(message).contains("admin Fixture"));
        QVERIFY(!unfolded(message).contains("master Fixture"));
        QCOMPARE(countRows(QStringLiteral("password_reset_links")), 2);
        QCOMPARE(rows(QStringLiteral("SELECT id FROM email_outbox WHERE kind = 'password_reset' "
                                     "AND status = 'cancelled'"))
                     .size(),
                 1);
        auto stale = resets().reset(request(first));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Error::Code::Gone);
        QVERIFY(resets().reset(request(third)).ok());
        QCOMPARE(events(QStringLiteral("user.password_reset_requested")).size(), 3);
    }

    // No link for a deactivated account: refused when asked, not sent when deactivated before
    // the e-mail left, and unusable while deactivated.
    void deactivatedAccounts()
    {
        QVERIFY(people().deactivate(m_tree["dist1"], email("sales1"), {}).ok());
        auto refused = resets().requestReset(m_tree["dist1"], email("sales1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY(refused.error().message.contains(QLatin1String("deactivated")));
        QCOMPARE(countRows(QStringLiteral("password_resets")), 0);
        QVERIFY(people().reactivate(m_tree["dist1"], email("sales1")).ok());

        // Deactivated after the request, before sending: withdrawn, nothing sent.
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        QVERIFY(people().deactivate(m_tree["dist1"], email("sales1"), {}).ok());
        QVERIFY(deliver(QStringLiteral("sales1")).isEmpty());
        QCOMPARE(countRows(QStringLiteral("password_reset_links")), 0);
        QVERIFY(people().reactivate(m_tree["dist1"], email("sales1")).ok());

        // Deactivated after sending: the link says so and sets nothing.
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        const QString token = deliver(QStringLiteral("sales1"));
        QVERIFY(people().deactivate(m_tree["dist1"], email("sales1"), {}).ok());
        QCOMPARE(resetState(token), QStringLiteral("deactivated"));
        auto blocked = resets().reset(request(token));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, Error::Code::Gone);
    }

    // The new password follows the password policy; errors name the field and use nothing up.
    void passwordPolicyNamesTheField_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("field");
        QTest::newRow("too short") << "short pass"
                                   << "short pass"
                                   << "password";
        QTest::newRow("common") << "password1234"
                                << "password1234"
                                << "password";
        QTest::newRow("not the same twice")
            << kNewPassword << kNewPassword + QStringLiteral("!") << "password_confirmation";
    }
    void passwordPolicyNamesTheField()
    {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, field);
        QVERIFY(resets().requestReset(m_tree["dist1"], email("sales1")).ok());
        const QString token = deliver(QStringLiteral("sales1"));
        PasswordResetRequest r = request(token, password);
        r.passwordConfirmation = confirmation;
        auto refused = resets().reset(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().field, field);
        QCOMPARE(resetState(token), QStringLiteral("open"));
        // The e-mail address as the password.
        auto own = resets().reset(request(token, email("sales1")));
        QVERIFY(!own.ok());
        QCOMPARE(own.error().field, QStringLiteral("password"));
        QVERIFY(resets().reset(request(token)).ok());
    }

    void unknownLinksAreNotFound_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("well-formed") << tokens::generate();
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("../../etc/passwd");
    }
    void unknownLinksAreNotFound()
    {
        QFETCH(QString, token);
        auto found = resets().lookup(token);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, Error::Code::NotFound);
        QCOMPARE(found.error().field, QStringLiteral("token"));
        QCOMPARE(resets().reset(request(token)).error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPasswordResetService)
#include "test_password_reset_service.moc"
