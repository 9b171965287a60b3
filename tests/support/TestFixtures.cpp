#include "tests/support/TestFixtures.h"

#include "core/domain/Organization.h"
#include "core/security/PasswordHasher.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QTest>
#include <QUuid>

namespace invitedesk::test {

UserTree TestFixtures::makeTree(const DatabasePtr& db)
{
    static const QString hash = PasswordHasher::hash(password());
    struct Spec {
        const char* key;
        Role role;
        const char* parent;
    };
    const Spec specs[] = {
        {"admin", Role::Admin, nullptr},
        {"chp", Role::ChpAdmin, "admin"},
        {"master", Role::MasterDistributor, "chp"},
        {"dist1", Role::Distributor, "master"},
        {"dist2", Role::Distributor, "master"},
        {"sales1", Role::Sales, "dist1"},
        {"sales2", Role::Sales, "dist2"},
        {"doctor1", Role::Doctor, "sales1"},
        {"office1", Role::OfficeAdmin, "doctor1"},
        {"staff1", Role::MedicalStaff, "doctor1"},
        {"ivr", Role::IvrCompany, "admin"},
        {"ship", Role::ShippingLogistics, "admin"},
    };
    UserTree tree;
    Transaction tx(*db);
    if (!tx.begin())
        qFatal("fixture: cannot begin");
    Organization org;
    org.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    org.name = QStringLiteral("Fixture Org");
    if (!OrganizationRepository(tx.database(), tx.db()).insert(org))
        qFatal("fixture: cannot insert organisation");
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    UserRepository repo(tx.database(), tx.db());
    for (const Spec& s : specs) {
        User u;
        u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        u.email = QStringLiteral("%1.%2@fixture.example").arg(QString::fromLatin1(s.key), tag);
        u.firstName = QString::fromLatin1(s.key);
        u.lastName = QStringLiteral("Fixture");
        u.role = s.role;
        u.organizationId = org.id;
        u.organizationName = org.name;
        u.parentUserId = s.parent ? tree.users.value(QString::fromLatin1(s.parent)).id : QString();
        u.createdAt = QDateTime::currentDateTimeUtc();
        if (!repo.insert(u, hash))
            qFatal("fixture: cannot insert user");
        tree.users.insert(QString::fromLatin1(s.key), u);
    }
    if (!tx.commit())
        qFatal("fixture: cannot commit");
    return tree;
}

} // namespace invitedesk::test
