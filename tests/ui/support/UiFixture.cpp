#include "UiFixture.h"

namespace invitedesk::test {

bool UiFixture::setUp(int doctors, QString* error)
{
    db = TestDatabase::create(error);
    if (!db)
        return false;
    tree = TestFixtures::makeTree(db);
    const int total = doctors + 8 + 4;
    for (int i = 0; i < total; ++i) {
        ServiceConfig at;
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60 * (total - i));
        at.clock = [when] { return when; };
        InvitationService s(db, at);
        NewInvitation in;
        QString who;
        if (i < doctors) {
            who = QStringLiteral("sales1");
            in.type = QStringLiteral("doctor");
            in.details.npi = QStringLiteral("1234567893");
            in.details.specialty = QStringLiteral("Cardiology");
        } else if (i < doctors + 8) {
            who = QStringLiteral("dist2");
            in.type = QStringLiteral("sales");
            in.details.territory = QStringLiteral("North");
        } else {
            who = QStringLiteral("admin");
            in.type = QStringLiteral("ivr_company");
        }
        in.email = QStringLiteral("person%1@example.com").arg(i, 4, 10, QLatin1Char('0'));
        in.firstName = i % 7 == 0 ? QStringLiteral("Zoë") : QStringLiteral("Person");
        in.lastName = QStringLiteral("Last%1").arg(i % 13, 2, 10, QLatin1Char('0'));
        auto r = s.create(tree[who], in);
        if (!r) {
            *error = r.error().describe();
            return false;
        }
        if (i < doctors && i % 5 == 4) {
            if (auto c = s.cancel(tree[who], r->id, QStringLiteral("fixture")); !c) {
                *error = c.error().describe();
                return false;
            }
        }
        ++created;
    }
    return true;
}

qint64 UiFixture::countFor(const QString& who, const InvitationQuery& query) const
{
    auto n = service().count(tree[who], query);
    return n ? n.value() : -1;
}

} // namespace invitedesk::test
