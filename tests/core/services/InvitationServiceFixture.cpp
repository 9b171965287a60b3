#include "InvitationServiceFixture.h"

#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

namespace invitedesk::test {

void InvitationServiceFixture::setUpFixture()
{
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_service = std::make_unique<InvitationService>(m_db, ServiceConfig{});
}

qint64 InvitationServiceFixture::countRows(const QString& table)
{
    QSqlQuery q(m_db->connection().value());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

NewInvitation InvitationServiceFixture::request(const QString& email, const QString& type)
{
    NewInvitation in;
    in.email = email;
    in.type = type;
    in.firstName = QStringLiteral("Pat");
    in.lastName = QStringLiteral("Doe");
    return in;
}

InvitationService InvitationServiceFixture::serviceAt(const QDateTime& now) const
{
    ServiceConfig config;
    config.clock = [now] { return now; };
    return InvitationService(m_db, config);
}

} // namespace invitedesk::test
