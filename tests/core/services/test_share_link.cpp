// "Create a link to share" (issue 18, item 13): a new live link to an open invitation for staff
// who phone or text the invitee. Same permission as resend; only the token's hash is stored;
// one audit event without the token. Decision: the links the invitee already has stay valid
// (the e-mail in their inbox keeps working), and a later resend revokes every link, the
// shared one included. One clock for both services.
#include "AcceptanceTestSupport.h"

#include "core/security/TokenGenerator.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestShareLink : public QObject, public AcceptanceFixture {
    Q_OBJECT

    static QString tokenOf(const InvitationService::SharedLink& link) { return link.token; }
    qint64 count(const QString& sql, const QVariantList& binds = {})
    {
        return scalar(sql, binds).toLongLong();
    }
    qint64 sharedEvents(const QString& id)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_events WHERE invitation_id = ? "
                                    "AND action = 'invitation.link_shared'"),
                     {id});
    }
    // Whether the text appears anywhere the database keeps text about the invitation.
    bool stored(const QString& text)
    {
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        return count(QStringLiteral(
                         "SELECT count(*) FROM audit_events WHERE CAST(details AS TEXT) LIKE ?"),
                     {like}) +
                   count(QStringLiteral("SELECT count(*) FROM email_outbox WHERE text_body LIKE ? "
                                        "OR html_body LIKE ?"),
                         {like, like}) >
               0;
    }

private Q_SLOTS:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_person.firstName = QStringLiteral("Robin");
        m_person.lastName = QStringLiteral("Invitee");
        startServices(QDateTime::currentDateTimeUtc());
    }

    void sharesAWorkingLinkOnce()
    {
        const Invitation sent = invite(QStringLiteral("share@example.com"));
        const QString mailed = link(sent);
        // As it stands once its e-mail went out.
        const Invitation inv = m_invitations->get(m_tree[QStringLiteral("admin")], sent.id).value();
        const qint64 links = count(QStringLiteral("SELECT count(*) FROM invitation_links"));
        auto shared = m_invitations->shareLink(m_tree[QStringLiteral("admin")], inv.id);
        QVERIFY2(shared.ok(), shared.ok() ? QByteArray() : shared.error().describe().toUtf8());
        QCOMPARE(shared->invitationId, inv.id);
        QCOMPARE(shared->linkBase, m_config.publicUrl);
        const QString token = tokenOf(shared.value());
        QVERIFY(tokens::looksLikeToken(token));
        QVERIFY(token != mailed);
        // The link opens the invitation through the acceptance lookup.
        auto looked = m_acceptance->lookup(token);
        QVERIFY(looked.ok());
        QCOMPARE(looked->state, AcceptanceState::Open);
        QCOMPARE(looked->invitation.id, inv.id);
        // The mailed link still works.
        QCOMPARE(m_acceptance->lookup(mailed)->state, AcceptanceState::Open);
        // Only its hash is stored; the token is nowhere.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invitation_links")), links + 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invitation_links WHERE token_hash = ? "
                                      "AND invitation_id = ? AND revoked_at IS NULL"),
                       {tokens::hash(token), inv.id}),
                 qint64(1));
        QVERIFY(!stored(token));
        // One audit event; the invitation itself is unchanged.
        QCOMPARE(sharedEvents(inv.id), qint64(1));
        auto after = m_invitations->get(m_tree[QStringLiteral("admin")], inv.id);
        QCOMPARE(after->version, inv.version);
        QCOMPARE(after->expiresAt, inv.expiresAt);
        QCOMPARE(after->status, inv.status);
        // Each call makes another link.
        auto again = m_invitations->shareLink(m_tree[QStringLiteral("admin")], inv.id);
        QVERIFY(again.ok());
        QVERIFY(again->token != shared->token);
        QCOMPARE(m_acceptance->lookup(token)->state, AcceptanceState::Open);
        QCOMPARE(sharedEvents(inv.id), qint64(2));
    }

    void aResendRevokesTheSharedLink()
    {
        const Invitation inv = invite(QStringLiteral("resent@example.com"));
        auto shared = m_invitations->shareLink(m_tree[QStringLiteral("admin")], inv.id);
        QVERIFY(shared.ok());
        QVERIFY(m_invitations->resend(m_tree[QStringLiteral("admin")], inv.id).ok());
        QCOMPARE(m_acceptance->lookup(tokenOf(shared.value()))->state, AcceptanceState::Replaced);
    }

    void permission_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("code"); // -1: allowed
        QTest::newRow("the inviter") << "sales1" << -1;
        QTest::newRow("their upline") << "dist1" << -1;
        QTest::newRow("an administrator") << "admin" << -1;
        QTest::newRow("another branch") << "sales2" << int(Error::Code::NotFound);
        QTest::newRow("their downline") << "doctor1" << int(Error::Code::NotFound);
    }

    void permission()
    {
        QFETCH(QString, who);
        QFETCH(int, code);
        NewInvitation in = m_person;
        in.email = QStringLiteral("perm@example.com");
        in.type = QStringLiteral("doctor");
        auto created = m_invitations->create(m_tree[QStringLiteral("sales1")], in);
        QVERIFY(created.ok());
        const qint64 links = count(QStringLiteral("SELECT count(*) FROM invitation_links"));
        auto shared = m_invitations->shareLink(m_tree[who], created->id);
        // The same answer as resend gives.
        auto resent = m_invitations->resend(m_tree[who], created->id);
        QCOMPARE(shared.ok(), resent.ok());
        if (code < 0) {
            QVERIFY2(shared.ok(), shared.ok() ? QByteArray() : shared.error().describe().toUtf8());
            QCOMPARE(sharedEvents(created->id), qint64(1));
            return;
        }
        QVERIFY(!shared.ok());
        QCOMPARE(int(shared.error().code), code);
        QCOMPARE(resent.error().code, shared.error().code);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invitation_links")), links);
        QCOMPARE(sharedEvents(created->id), qint64(0));
    }

    void closedInvitationsAreRefused_data()
    {
        QTest::addColumn<QString>("close");
        QTest::newRow("cancelled") << "cancel";
        QTest::newRow("expired") << "expire";
    }

    void closedInvitationsAreRefused()
    {
        QFETCH(QString, close);
        const Invitation inv = invite(QStringLiteral("closed@example.com"));
        if (close == QLatin1String("cancel"))
            QVERIFY(m_invitations->cancel(m_tree[QStringLiteral("admin")], inv.id, {}).ok());
        else
            m_now = inv.expiresAt.addSecs(60);
        const qint64 links = count(QStringLiteral("SELECT count(*) FROM invitation_links"));
        auto shared = m_invitations->shareLink(m_tree[QStringLiteral("admin")], inv.id);
        QVERIFY(!shared.ok());
        QCOMPARE(shared.error().code, Error::Code::Conflict);
        QCOMPARE(shared.error().field, QStringLiteral("status"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invitation_links")), links);
        QCOMPARE(sharedEvents(inv.id), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestShareLink)
#include "test_share_link.moc"
