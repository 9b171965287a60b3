#include "core/services/PeopleService.h"

#include "core/domain/AuditAction.h"
#include "core/security/PasswordHasher.h"
#include "core/security/PasswordPolicy.h"
#include "core/services/ActorAudit.h"
#include "core/services/AuthService.h"
#include "core/services/PeopleLookup.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/PersonLoginRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

namespace invitedesk {

using people_lookup::currentActor;
using people_lookup::downlineOf;
using people_lookup::findPerson;

namespace {
constexpr int kMaxReasonLength = 500;

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// A lock that has run out is no lock: the person is shown as they can sign in now.
Person asOf(Person person, const QDateTime& now)
{
    if (person.lockedUntil.isValid() && person.lockedUntil <= now)
        person.lockedUntil = QDateTime();
    return person;
}

} // namespace

PeopleService::PeopleService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<QList<Person>> PeopleService::list(const Actor& actor, const PeopleQuery& query) const
{
    PeopleQuery q = query;
    if (!q.role.trimmed().isEmpty()) {
        const auto role = roles::fromName(q.role);
        if (!role) {
            return Error::invalid(
                QStringLiteral("role"),
                tr("Unknown role \"%1\"; use one of: %2.")
                    .arg(q.role.trimmed().left(40), roles::allNames().join(QStringLiteral(", "))));
        }
        q.role = roles::name(*role);
    } else {
        q.role.clear();
    }
    if (q.limit < 0)
        return Error::invalid(QStringLiteral("limit"), tr("The limit cannot be negative."));
    q.afterEmail = q.afterEmail.trimmed().toLower();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    PeopleRepository repo(*m_database, conn.value());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    auto people = repo.list(people_policy::visibility(fresh.value()), q);
    if (!people)
        return people.error();
    const QDateTime now = m_config.now();
    for (Person& p : people.value())
        p = asOf(p, now);
    return people;
}

Result<PersonDetails> PeopleService::show(const Actor& actor, const QString& person) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    PeopleRepository repo(*m_database, conn.value());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    auto target = findPerson(repo, person, QStringLiteral("user"));
    if (!target)
        return target.error();
    if (auto r = people_policy::checkMaySee(fresh.value(), target->user, downlineOf(repo)); !r)
        return r.error();
    return repo.details(asOf(target.value(), m_config.now()), m_config.now());
}

Result<void> PeopleService::checkMayAct(const Actor& actor, PeopleAction action,
                                        const Person& person) const
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    PeopleRepository repo(*m_database, conn.value());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    return people_policy::checkMayAct(fresh.value(), action, person.user, downlineOf(repo));
}

Result<Person> PeopleService::deactivate(const Actor& actor, const QString& person,
                                         const QString& reason)
{
    return setActive(actor, person, false, reason);
}

Result<Person> PeopleService::reactivate(const Actor& actor, const QString& person)
{
    return setActive(actor, person, true, {});
}

Result<Person> PeopleService::setActive(const Actor& actor, const QString& person, bool active,
                                        const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.size() > kMaxReasonLength) {
        return Error::invalid(
            QStringLiteral("reason"),
            tr("The reason is too long (at most %1 characters).").arg(kMaxReasonLength));
    }
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    PeopleRepository repo(tx.database(), tx.db());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    auto target = findPerson(repo, person, QStringLiteral("user"));
    if (!target)
        return target.error();
    const PeopleAction action = active ? PeopleAction::Reactivate : PeopleAction::Deactivate;
    if (auto r = people_policy::checkMayAct(fresh.value(), action, target->user, downlineOf(repo));
        !r)
        return r.error();
    const Error already =
        Error::make(Error::Code::Conflict,
                    active ? tr("%1 is already active.").arg(target->user.email)
                           : tr("%1 is already deactivated.").arg(target->user.email),
                    QStringLiteral("user"));
    if (target->user.isActive == active)
        return already;
    auto changed = repo.setActive(target->user.id, active);
    if (!changed)
        return changed.error();
    if (!changed.value())
        return already;
    // A deactivated person's login stops working with their account (NOLOGIN), and back.
    if (auto r = PersonLoginRepository(tx.database(), tx.db()).sync(target->user.id); !r)
        return r.error();
    QJsonObject details{{QStringLiteral("user_id"), target->user.id},
                        {QStringLiteral("email"), target->user.email},
                        {QStringLiteral("role"), roles::name(target->user.role)}};
    if (!why.isEmpty())
        details.insert(QStringLiteral("reason"), why);
    const AuditAction audit = active ? AuditAction::UserReactivated : AuditAction::UserDeactivated;
    if (auto r = AuditLog::append(tx, fresh->id, audit_actions::name(audit), {},
                                  withActorToken(fresh.value(), details), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    Person result = asOf(target.value(), now);
    result.user.isActive = active;
    return result;
}

Result<Person> PeopleService::move(const Actor& actor, const QString& person,
                                   const QString& newUpline)
{
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    PeopleRepository repo(tx.database(), tx.db());
    // Moves are checked and made one at a time, so two cannot make a cycle together.
    if (auto r = repo.lockHierarchy(); !r)
        return r.error();
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    auto target = findPerson(repo, person, QStringLiteral("user"));
    if (!target)
        return target.error();
    if (auto r = people_policy::checkMayAct(fresh.value(), PeopleAction::Move, target->user,
                                            downlineOf(repo));
        !r)
        return r.error();
    auto upline = findPerson(repo, newUpline, QStringLiteral("parent"));
    if (!upline)
        return upline.error();
    if (auto r =
            people_policy::checkMove(fresh.value(), target->user, upline->user, downlineOf(repo));
        !r)
        return r.error();
    auto changed = repo.setParent(target->user.id, target->user.parentUserId, upline->user.id);
    if (!changed)
        return changed.error();
    if (!changed.value()) {
        return Error::make(
            Error::Code::Conflict,
            tr("%1 was changed meanwhile; look again and retry.").arg(target->user.email),
            QStringLiteral("user"));
    }
    const QJsonObject details{
        {QStringLiteral("user_id"), target->user.id},
        {QStringLiteral("email"), target->user.email},
        {QStringLiteral("role"), roles::name(target->user.role)},
        {QStringLiteral("from_parent_id"), textOrNull(target->user.parentUserId)},
        {QStringLiteral("from_parent_email"), textOrNull(target->parentEmail)},
        {QStringLiteral("to_parent_id"), upline->user.id},
        {QStringLiteral("to_parent_email"), upline->user.email}};
    if (auto r = AuditLog::append(tx, fresh->id, audit_actions::name(AuditAction::UserMoved), {},
                                  withActorToken(fresh.value(), details), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    Person result = asOf(target.value(), now);
    result.user.parentUserId = upline->user.id;
    result.parentEmail = upline->user.email;
    return result;
}

Result<Person> PeopleService::unlock(const Actor& actor, const QString& person)
{
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    PeopleRepository repo(tx.database(), tx.db());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    auto target = findPerson(repo, person, QStringLiteral("user"));
    if (!target)
        return target.error();
    if (auto r = people_policy::checkMayAct(fresh.value(), PeopleAction::Unlock, target->user,
                                            downlineOf(repo));
        !r)
        return r.error();
    UserRepository users(tx.database(), tx.db());
    auto state = users.signInState(target->user.id, true);
    if (!state)
        return state.error();
    if (!state->isLocked(now)) {
        return Error::make(Error::Code::Conflict,
                           tr("%1 is not locked: they may sign in.").arg(target->user.email),
                           QStringLiteral("user"));
    }
    if (auto r = users.setSignInState(target->user.id, {}); !r)
        return r.error();
    const QJsonObject details{
        {QStringLiteral("user_id"), target->user.id},
        {QStringLiteral("email"), target->user.email},
        {QStringLiteral("role"), roles::name(target->user.role)},
        {QStringLiteral("locked_until"), state->lockedUntil.toUTC().toString(Qt::ISODateWithMs)}};
    if (auto r = AuditLog::append(tx, fresh->id, audit_actions::name(AuditAction::UserUnlocked), {},
                                  withActorToken(fresh.value(), details), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    Person result = target.value();
    result.lockedUntil = QDateTime();
    return result;
}

Result<void> PeopleService::changeOwnPassword(const Actor& actor, const QString& currentPassword,
                                              const QString& newPassword)
{
    if (auto r = password_policy::check(newPassword, actor.email); !r)
        return Error::invalid(QStringLiteral("new_password"), r.error().message);
    if (newPassword == currentPassword) {
        return Error::invalid(QStringLiteral("new_password"),
                              tr("The new password must differ from the current one."));
    }
    // The current password, checked as sign-in checks it (a deactivated account is refused).
    SignInWait wait;
    auto signedIn = AuthService(m_database, m_config).signIn(actor.email, currentPassword, &wait);
    if (!signedIn) {
        const Error& e = signedIn.error();
        if (e.code == Error::Code::Unauthenticated ||
            (e.code == Error::Code::InvalidInput && e.field == QLatin1String("password"))) {
            return Error::make(Error::Code::Unauthenticated, tr("The current password is wrong."),
                               QStringLiteral("current_password"));
        }
        // Too many wrong tries (or locked): said as sign-in says it, about this field.
        if (wait.retryAfterSeconds > 0 || wait.lockedUntil.isValid())
            return Error::make(e.code, e.message, QStringLiteral("current_password"));
        return e;
    }
    if (signedIn->id != actor.id) {
        return Error::make(Error::Code::NotPermitted, tr("You may change only your own password."),
                           QStringLiteral("actor"));
    }
    // Hash before the transaction: it takes a while and must not hold the write lock.
    const QString hash = PasswordHasher::hash(newPassword);
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    PeopleRepository repo(tx.database(), tx.db());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    if (auto r = people_policy::checkMayAct(fresh.value(), PeopleAction::ChangeOwnPassword,
                                            fresh.value(), downlineOf(repo));
        !r)
        return r.error();
    if (auto r = UserRepository(tx.database(), tx.db()).updatePasswordHash(fresh->id, hash); !r)
        return r.error();
    if (auto r = PersonLoginRepository(tx.database(), tx.db()).sync(fresh->id, newPassword); !r)
        return r.error();
    const QJsonObject details{{QStringLiteral("user_id"), fresh->id},
                              {QStringLiteral("email"), fresh->email}};
    if (auto r =
            AuditLog::append(tx, fresh->id, audit_actions::name(AuditAction::UserPasswordChanged),
                             {}, withActorToken(fresh.value(), details), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    // Signed in as their own login, whose password just changed: later connections need it.
    if (m_database->isPersonSession())
        m_database->setPersonPassword(newPassword);
    return {};
}

QJsonObject PeopleService::toJson(const Person& person)
{
    const User& u = person.user;
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("first_name"), u.firstName},
                       {QStringLiteral("last_name"), u.lastName},
                       {QStringLiteral("role"), roles::name(u.role)},
                       {QStringLiteral("parent_email"), textOrNull(person.parentEmail)},
                       {QStringLiteral("active"), u.isActive},
                       {QStringLiteral("created_at"), timeOrNull(u.createdAt)},
                       {QStringLiteral("invited_by_email"), textOrNull(person.invitedByEmail)},
                       {QStringLiteral("invitation_id"), textOrNull(u.invitationId)},
                       {QStringLiteral("locked_until"), timeOrNull(person.lockedUntil)},
                       {QStringLiteral("db_role"), textOrNull(person.dbRole)}};
}

QJsonObject PeopleService::toJson(const PersonDetails& details)
{
    QJsonObject json = toJson(details.person);
    json.insert(QStringLiteral("direct_downline"), details.directDownline);
    json.insert(QStringLiteral("total_downline"), details.totalDownline);
    json.insert(QStringLiteral("open_invitations"), details.openInvitations);
    json.insert(QStringLiteral("accepted_invitations"), details.acceptedInvitations);
    return json;
}

} // namespace invitedesk
