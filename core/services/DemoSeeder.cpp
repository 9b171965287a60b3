#include "core/services/DemoSeeder.h"

#include "core/domain/AuditAction.h"
#include "core/domain/InvitePolicy.h"
#include "core/security/PasswordHasher.h"
#include "core/security/PasswordPolicy.h"
#include "core/services/AuthService.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/DemoRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QUuid>

namespace invitedesk {

namespace {
struct DemoUser {
    const char* key;
    Role role;
    const char* first;
    const char* last;
    const char* parentKey; // nullptr: the admin
};

// The sales chain, a practice and the two vendors: one user of every role but admin.
constexpr DemoUser kUsers[] = {
    {"chp", Role::ChpAdmin, "Carmen", "Hidalgo", nullptr},
    {"master", Role::MasterDistributor, "Marcus", "Obi", "chp"},
    {"dist1", Role::Distributor, "Dana", "Reyes", "master"},
    {"dist2", Role::Distributor, "Diego", "Lund", "master"},
    {"sales1", Role::Sales, "Sam", "Patel", "dist1"},
    {"sales2", Role::Sales, "Sofía", "Núñez", "dist2"},
    {"doctor1", Role::Doctor, "Grace", "O'Neil", "sales1"},
    {"doctor2", Role::Doctor, "Hugo", "Weiß", "sales2"},
    {"office", Role::OfficeAdmin, "Olivia", "Chen", "doctor1"},
    {"staff", Role::MedicalStaff, "Mateo", "Rossi", "doctor1"},
    {"ivr", Role::IvrCompany, "Ivy", "Ramos", nullptr},
    {"ship", Role::ShippingLogistics, "Sean", "Kowalski", nullptr},
};

const char* const kFirst[] = {"José", "Ana",   "Liam", "Chloé", "Noah",  "Zoë",  "Ethan", "Björn",
                              "Mia",  "Lucía", "Omar", "Aiko",  "Pedro", "Emma", "Ravi",  "Nadia"};
const char* const kLast[] = {"Müller", "García", "Smith", "Dubois", "Kim",    "O'Brien",
                             "Nguyen", "Silva",  "Novák", "Haddad", "Jensen", "Rossi",
                             "Tanaka", "López",  "Cohen", "Iversen"};
} // namespace

DemoSeeder::DemoSeeder(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<DemoSeeder::Report> DemoSeeder::seed(const Actor& admin, const QString& password)
{
    if (admin.role != Role::Admin)
        return Error::make(Error::Code::NotPermitted,
                           QStringLiteral("Only an administrator may seed demo data."),
                           QStringLiteral("as"));
    if (auto r = password_policy::check(password, QStringLiteral("demo@") + demoDomain()); !r)
        return r.error();
    const QDateTime now = m_config.now();
    Report report;
    QHash<QString, User> users;
    {
        // One hash for every demo user: they share the demo password, and hashing a dozen
        // times would only make the first start slow.
        const QString hash = PasswordHasher::hash(password);
        Transaction tx(*m_database);
        if (auto r = tx.begin(); !r)
            return r.error();
        UserRepository repo(tx.database(), tx.db());
        for (const DemoUser& d : kUsers) {
            User u;
            u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            u.email = QStringLiteral("%1@%2").arg(QString::fromLatin1(d.key), demoDomain());
            u.firstName = QString::fromUtf8(d.first);
            u.lastName = QString::fromUtf8(d.last);
            u.role = d.role;
            u.organizationId = admin.organizationId;
            u.organizationName = admin.organizationName;
            u.parentUserId =
                d.parentKey ? users.value(QString::fromLatin1(d.parentKey)).id : admin.id;
            u.createdAt = now.addDays(-90);
            auto existing = repo.findByEmail(u.email);
            if (!existing)
                return existing.error();
            if (existing.value())
                return Error::make(Error::Code::Conflict,
                                   QStringLiteral("The demo data is already in this database."),
                                   QStringLiteral("demo"));
            if (auto r = repo.insert(u, hash); !r)
                return r.error();
            if (auto r = AuditLog::append(tx, admin.id,
                                          audit_actions::name(AuditAction::UserCreated), {},
                                          QJsonObject{{QStringLiteral("user_id"), u.id},
                                                      {QStringLiteral("email"), u.email},
                                                      {QStringLiteral("role"), roles::name(u.role)},
                                                      {QStringLiteral("demo"), true}},
                                          now);
                !r)
                return r.error();
            users.insert(QString::fromLatin1(d.key), u);
            ++report.users;
        }
        if (auto r = tx.commit(); !r)
            return r.error();
    }

    // Invitations from several inviters, created at different times over the past weeks,
    // then moved through the lifecycle so every status appears.
    const QList<QPair<User, QList<InvitationType>>> inviters = {
        {admin, {Role::ChpAdmin, Role::IvrCompany, Role::ShippingLogistics, Role::Admin}},
        {users.value(QStringLiteral("master")), {Role::Distributor, Role::Sales}},
        {users.value(QStringLiteral("dist1")), {Role::Sales, Role::Doctor}},
        {users.value(QStringLiteral("dist2")), {Role::Doctor}},
        {users.value(QStringLiteral("sales1")), {Role::Doctor}},
        {users.value(QStringLiteral("doctor1")), {Role::OfficeAdmin, Role::MedicalStaff}},
    };
    // Accepted demo invitees get an unusable random password (they are not meant to sign in).
    const QString unusable =
        PasswordHasher::hash(QUuid::createUuid().toString() + QUuid::createUuid().toString());
    const InvitationStatus plan[] = {InvitationStatus::Pending,   InvitationStatus::Sent,
                                     InvitationStatus::Accepted,  InvitationStatus::Failed,
                                     InvitationStatus::Cancelled, InvitationStatus::Expired};
    int n = 0;
    for (int round = 0; round < 7; ++round) {
        for (InvitationStatus target : plan) {
            const auto& [inviter, types] = inviters.at(n % inviters.size());
            const InvitationType type = types.at((n / inviters.size()) % types.size());
            // Open ones must still be open today; final ones spread over the last ten weeks.
            const bool finalState =
                target == InvitationStatus::Accepted || target == InvitationStatus::Cancelled;
            const int ageDays = target == InvitationStatus::Expired ? 9 + (n % 20)
                                : finalState                        ? (n * 3) % 70
                                                                    : n % 6;
            ServiceConfig when = m_config;
            const QDateTime createdAt = now.addDays(-ageDays).addSecs(-(n * 977) % 36000);
            when.clock = [createdAt] { return createdAt; };
            InvitationService service(m_database, when);
            NewInvitation in;
            in.firstName = QString::fromUtf8(kFirst[n % 16]);
            in.lastName = QString::fromUtf8(kLast[(n * 7) % 16]);
            in.email =
                QStringLiteral("invitee%1@%2").arg(n, 3, 10, QLatin1Char('0')).arg(demoDomain());
            in.type = roles::name(type);
            in.language = n % 4 == 3 ? QStringLiteral("es") : QStringLiteral("en");
            in.message =
                n % 3 == 0
                    ? QStringLiteral("Welcome aboard, %1! \"Looking forward\" to working together.")
                          .arg(in.firstName)
                    : QString();
            if (type == Role::Doctor)
                in.details.npi = QStringLiteral("1234567893");
            // Expired ones keep a short life so the sweep below expires them.
            in.expiresDays = target == InvitationStatus::Expired ? 7 : 7 + (n % 3) * 7;
            auto created = service.create(inviter, in);
            ++n;
            if (!created)
                return created.error();
            ++report.invitations;
            if (target == InvitationStatus::Expired || target == InvitationStatus::Pending)
                continue;
            Transaction tx(*m_database);
            if (auto r = tx.begin(); !r)
                return r.error();
            const QDateTime sentAt = createdAt.addSecs(90);
            if (target == InvitationStatus::Failed) {
                if (auto r = DemoRepository::markFailed(
                        tx, created->id, QStringLiteral("550 5.1.1 mailbox unavailable"), sentAt);
                    !r)
                    return r.error();
            } else if (auto r = DemoRepository::markDelivered(tx, created->id, sentAt); !r) {
                return r.error();
            }
            if (target == InvitationStatus::Accepted ||
                (target == InvitationStatus::Sent && n % 2 == 0)) {
                if (auto r = DemoRepository::markOpened(tx, created->id,
                                                        sentAt.addSecs(3600 * (1 + n % 30)));
                    !r)
                    return r.error();
            }
            if (target == InvitationStatus::Accepted) {
                User u;
                u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                u.email = created->email;
                u.firstName = created->firstName;
                u.lastName = created->lastName;
                u.role = created->type;
                u.organizationId = created->organizationId;
                u.parentUserId = created->parentUserId;
                u.invitedById = created->invitedById;
                u.invitationId = created->id;
                const QDateTime acceptedAt =
                    std::min(now, sentAt.addSecs(3600 * (2 + (n * 5) % 70)));
                u.invitationAcceptedAt = acceptedAt;
                u.createdAt = acceptedAt;
                if (auto r = UserRepository(tx.database(), tx.db()).insert(u, unusable); !r)
                    return r.error();
                if (auto r = DemoRepository::markAccepted(tx, created->id, u.id, acceptedAt); !r)
                    return r.error();
                if (auto r = AuditLog::append(
                        tx, u.id, audit_actions::name(AuditAction::InvitationAccepted), created->id,
                        QJsonObject{{QStringLiteral("user_id"), u.id},
                                    {QStringLiteral("demo"), true}},
                        acceptedAt);
                    !r)
                    return r.error();
            }
            if (auto r = tx.commit(); !r)
                return r.error();
            if (target == InvitationStatus::Cancelled) {
                // Cancelled while still open: a day after it was made, on that day's clock.
                ServiceConfig cancelledWhen = m_config;
                const QDateTime cancelledAt = createdAt.addDays(1);
                cancelledWhen.clock = [cancelledAt] { return cancelledAt; };
                InvitationService canceller(m_database, cancelledWhen);
                if (auto r = canceller.cancel(inviter, created->id,
                                              QStringLiteral("Demo: no longer needed"));
                    !r)
                    return r.error();
            }
        }
    }
    InvitationService sweeper(m_database, m_config);
    if (auto r = sweeper.expireDue(); !r)
        return r.error();
    return report;
}

Result<std::optional<User>> DemoSeeder::seedEmptyDatabase(const QString& password)
{
    AuthService auth(m_database, m_config);
    auto has = auth.hasUsers();
    if (!has)
        return has.error();
    if (has.value())
        return std::optional<User>();
    NewUser admin{QStringLiteral("admin@") + demoDomain(),
                  QStringLiteral("Avery"),
                  QStringLiteral("Admin"),
                  QStringLiteral("admin"),
                  {},
                  password,
                  QStringLiteral("InviteDesk Demo")};
    auto created = auth.createUser(std::nullopt, admin);
    if (!created)
        return created.error();
    if (auto r = seed(created.value(), password); !r)
        return r.error();
    return std::optional<User>(created.value());
}

} // namespace invitedesk
