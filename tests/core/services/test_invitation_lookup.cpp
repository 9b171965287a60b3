// Reading invitations back through InvitationService: get and list follow the downline, and
// text comes back unchanged (and findable) whatever it holds.
#include "InvitationServiceFixture.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestInvitationLookup : public InvitationServiceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUpFixture(); }
    void visibilityFollowsDownline();
    void textRoundTripsUnchanged_data();
    void textRoundTripsUnchanged();
};

void TestInvitationLookup::visibilityFollowsDownline()
{
    auto inv = m_service->create(
        m_tree["sales1"], request(QStringLiteral("seen@example.com"), QStringLiteral("doctor")));
    QVERIFY(inv.ok());
    for (const QString& who :
         {QStringLiteral("sales1"), QStringLiteral("dist1"), QStringLiteral("master"),
          QStringLiteral("chp"), QStringLiteral("admin")}) {
        QVERIFY2(m_service->get(m_tree[who], inv->id).ok(), qPrintable(who));
    }
    for (const QString& who : {QStringLiteral("dist2"), QStringLiteral("sales2"),
                               QStringLiteral("doctor1"), QStringLiteral("ivr")}) {
        auto r = m_service->get(m_tree[who], inv->id);
        QVERIFY2(!r.ok(), qPrintable(who));
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }
    InvitationQuery all;
    all.limit = 0;
    QCOMPARE(m_service->list(m_tree["dist1"], all)->items.size(), 1);
    QCOMPARE(m_service->list(m_tree["dist2"], all)->items.size(), 0);
}

void TestInvitationLookup::textRoundTripsUnchanged_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("message");
    QTest::newRow("quotes") << "o'neil@example.com"
                            << "Grace \"Amazing\""
                            << "O'Neil"
                            << "It's \"great\"";
    QTest::newRow("injection") << "bobby@example.com"
                               << "Robert'); DROP TABLE users;--"
                               << "Tables"
                               << "'); DROP TABLE user_invitations; --";
    QTest::newRow("non-ascii") << "jose.muller@example.com"
                               << "José"
                               << "Müller"
                               << "Ana, María: ¡bienvenida! 日本語 🎉";
    QTest::newRow("like wildcards") << "p_c%t@example.com"
                                    << "100%"
                                    << "Under_score"
                                    << "\\ backslash";
}

void TestInvitationLookup::textRoundTripsUnchanged()
{
    QFETCH(QString, email);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, message);
    NewInvitation in = request(email, QStringLiteral("doctor"));
    in.firstName = first;
    in.lastName = last;
    in.message = message;
    auto created = m_service->create(m_tree["sales1"], in);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().describe()));
    auto back = m_service->get(m_tree["sales1"], created->id);
    QCOMPARE(back->email, email);
    QCOMPARE(back->firstName, first);
    QCOMPARE(back->lastName, last);
    QCOMPARE(back->message, message);
    InvitationQuery q;
    q.search = first;
    auto found = m_service->list(m_tree["sales1"], q);
    QCOMPARE(found->items.size(), 1);
    QCOMPARE(found->items.first().id, created->id);
    QVERIFY(countRows(QStringLiteral("users")) > 0);
}

QTEST_GUILESS_MAIN(TestInvitationLookup)
#include "test_invitation_lookup.moc"
