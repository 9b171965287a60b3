#include "core/services/AuthService.h"

#include "core/domain/AuditAction.h"
#include "core/domain/Organization.h"
#include "core/security/PasswordHasher.h"
#include "core/security/PasswordPolicy.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/PersonLoginRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAuth, "invitedesk.auth", QtInfoMsg)

namespace invitedesk {

namespace {
Error wrongCredentials()
{
    return Error::make(Error::Code::Unauthenticated,
                       AuthService::tr("The e-mail or password is wrong."),
                       QStringLiteral("password"));
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

Error lockedError(const QDateTime& until, SignInWait* wait)
{
    if (wait)
        wait->lockedUntil = until;
    return Error::make(Error::Code::NotPermitted,
                       AuthService::tr("This account is locked after %1 failed sign-ins in a "
                                       "row, until %2; an administrator can unlock it sooner.")
                           .arg(sign_in_throttle::kLockAfterFailures)
                           .arg(utcText(until)),
                       QStringLiteral("email"));
}

Error waitError(int seconds, SignInWait* wait)
{
    if (wait)
        wait->retryAfterSeconds = seconds;
    return Error::make(
        Error::Code::NotPermitted,
        AuthService::tr("Too many failed sign-ins in a row: try again in %1 s.").arg(seconds),
        QStringLiteral("password"));
}
} // namespace

AuthService::AuthService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<bool> AuthService::hasUsers()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto n = UserRepository(*m_database, conn.value()).count();
    if (!n)
        return n.error();
    return n.value() > 0;
}

Result<User> AuthService::findByEmail(const QString& email)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto user = UserRepository(*m_database, conn.value()).findByEmail(email);
    if (!user)
        return user.error();
    if (!user.value())
        return Error::make(Error::Code::NotFound, tr("No user %1.").arg(email.trimmed()),
                           QStringLiteral("email"));
    return *user.value();
}

Error AuthService::wrongCredentialsError()
{
    return wrongCredentials();
}

Result<User> AuthService::signIn(const QString& email, const QString& password, SignInWait* wait)
{
    if (wait)
        *wait = {};
    const QString normalised = email.trimmed().toLower();
    if (normalised.isEmpty())
        return Error::invalid(QStringLiteral("email"), tr("The e-mail address is required."));
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"), tr("The password is required."));
    if (m_database->isPersonSession())
        return signInPerson(normalised, password, wait);
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    UserRepository users(*m_database, conn.value());
    auto stored = users.credentials(normalised);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        // Spend the same time as a real check so sign-in does not reveal which e-mails exist.
        static const QString dummy =
            PasswordHasher::hash(QStringLiteral("timing-equaliser-not-a-password"));
        PasswordHasher::verify(password, dummy);
        return wrongCredentials();
    }
    const UserRepository::Credentials& credentials = *stored.value();
    // Locked or waiting: refused before the password is checked, and not counted.
    const auto decision = sign_in_throttle::decide(credentials.signIn, m_config.now());
    if (decision.kind == sign_in_throttle::Decision::Kind::Locked)
        return lockedError(decision.lockedUntil, wait);
    if (decision.kind == sign_in_throttle::Decision::Kind::Wait)
        return waitError(decision.retryAfterSeconds, wait);
    if (!PasswordHasher::verify(password, credentials.passwordHash)) {
        auto after = recordFailure(credentials.userId, normalised);
        if (!after)
            return after.error();
        if (after->isLocked(m_config.now()))
            return lockedError(after->lockedUntil, wait);
        return wrongCredentials();
    }
    // Said only to someone who knows the password: the account exists but is switched off.
    if (!credentials.isActive) {
        return Error::make(Error::Code::NotPermitted,
                           tr("This account has been deactivated; ask your upline or an "
                              "administrator to reactivate it."),
                           QStringLiteral("email"));
    }
    auto user = users.findByEmail(normalised);
    if (!user)
        return user.error();
    if (!user.value())
        return wrongCredentials();
    if (PasswordHasher::needsRehash(credentials.passwordHash))
        (void)users.updatePasswordHash(user.value()->id, PasswordHasher::hash(password));
    // Accounts older than per-person logins (or imported) get theirs at their first sign-in,
    // the one moment the password is known. Sign-in does not depend on it succeeding.
    if (m_database->isPostgres() && !credentials.hasDatabaseLogin) {
        if (auto r =
                PersonLoginRepository(*m_database, conn.value()).sync(credentials.userId, password);
            !r)
            qCWarning(lcAuth) << "No database login made for a user:" << r.error().message;
    }
    // The right password ends the run of failures (and a lock that has run out).
    if (credentials.signIn.failures != 0 || credentials.signIn.lockedUntil.isValid()) {
        if (auto r = users.setSignInState(credentials.userId, {}); !r)
            return r.error();
    }
    return *user.value();
}

Result<User> AuthService::signInPerson(const QString& email, const QString& password,
                                       SignInWait* wait)
{
    // A desk connected as one person signs in nobody else (its idle lock asks the same one).
    const DatabaseUrl& url = m_database->url();
    if (PersonLoginRepository::loginName(url.database, email) != url.user)
        return wrongCredentials();
    if (auto r = m_database->checkPassword(password); !r)
        return r.error().code == Error::Code::Unauthenticated ? wrongCredentials() : r.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    UserRepository users(*m_database, conn.value());
    auto user = users.findByEmail(email);
    if (!user)
        return user.error();
    if (!user.value() || !user.value()->isActive)
        return wrongCredentials();
    auto locked = users.lockedUntil(user.value()->id);
    if (!locked)
        return locked.error();
    if (locked->isValid() && locked.value() > m_config.now())
        return lockedError(locked.value(), wait);
    return *user.value();
}

Result<SignInState> AuthService::recordFailure(const QString& userId, const QString& email)
{
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    UserRepository users(tx.database(), tx.db());
    auto before = users.signInState(userId, true);
    if (!before)
        return before.error();
    const SignInState after = sign_in_throttle::afterFailure(before.value(), now);
    if (auto r = users.setSignInState(userId, after); !r)
        return r.error();
    const bool justLocked = after.isLocked(now) && !before->isLocked(now);
    if (justLocked) {
        const QJsonObject details{{QStringLiteral("user_id"), userId},
                                  {QStringLiteral("email"), email},
                                  {QStringLiteral("failed_sign_ins"), after.failures},
                                  {QStringLiteral("locked_until"),
                                   after.lockedUntil.toUTC().toString(Qt::ISODateWithMs)}};
        if (auto r = AuditLog::append(tx, userId, audit_actions::name(AuditAction::UserLocked), {},
                                      details, now);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (justLocked)
        qCWarning(lcAuth).noquote()
            << "account" << userId << "locked after" << after.failures << "failed sign-ins until"
            << after.lockedUntil.toUTC().toString(Qt::ISODate);
    return after;
}

Result<User> AuthService::createUser(const std::optional<Actor>& actor, NewUser in)
{
    in.email = in.email.trimmed().toLower();
    in.firstName = in.firstName.trimmed();
    in.lastName = in.lastName.trimmed();
    in.role = in.role.trimmed().toLower();
    in.parentEmail = in.parentEmail.trimmed().toLower();
    if (auto r = invitation_validation::checkEmail(in.email); !r)
        return r.error();
    if (auto r = invitation_validation::checkName(in.firstName, QStringLiteral("first_name")); !r)
        return r.error();
    if (auto r = invitation_validation::checkName(in.lastName, QStringLiteral("last_name")); !r)
        return r.error();
    const auto role = roles::fromName(in.role);
    if (!role) {
        return Error::invalid(
            QStringLiteral("role"),
            tr("Unknown role \"%1\"; use one of: %2.")
                .arg(in.role.left(40), roles::allNames().join(QStringLiteral(", "))));
    }
    if (auto r = password_policy::check(in.password, in.email); !r)
        return r.error();
    if (actor && actor->role != Role::Admin)
        return Error::make(Error::Code::NotPermitted, tr("Only an administrator may add users."),
                           QStringLiteral("as"));

    // Hash before the transaction: it takes a while and must not hold the write lock.
    const QString hash = PasswordHasher::hash(in.password);
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    UserRepository users(tx.database(), tx.db());
    auto count = users.count();
    if (!count)
        return count.error();
    if (!actor && count.value() > 0) {
        return Error::make(
            Error::Code::NotPermitted,
            tr("The database already has users: sign in as an administrator (--as)."),
            QStringLiteral("as"));
    }
    if (!actor && *role != Role::Admin)
        return Error::invalid(QStringLiteral("role"), tr("The first user must be an admin."));

    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.email = in.email;
    user.firstName = in.firstName;
    user.lastName = in.lastName;
    user.role = *role;
    user.createdAt = now;
    user.isActive = true;
    if (!actor) {
        Organization org;
        org.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        org.name = in.organizationName.trimmed().isEmpty() ? QStringLiteral("InviteDesk")
                                                           : in.organizationName.trimmed();
        org.kind = QStringLiteral("platform");
        if (auto r = OrganizationRepository(tx.database(), tx.db()).insert(org); !r)
            return r.error();
        user.organizationId = org.id;
        user.organizationName = org.name;
    } else {
        user.organizationId = actor->organizationId;
        user.organizationName = actor->organizationName;
        user.parentUserId = actor->id;
    }
    if (!in.parentEmail.isEmpty()) {
        auto parent = users.findByEmail(in.parentEmail);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return Error::invalid(QStringLiteral("parent"),
                                  tr("No user %1 to be the upline.").arg(in.parentEmail));
        user.parentUserId = parent.value()->id;
        user.organizationId = parent.value()->organizationId;
        user.organizationName = parent.value()->organizationName;
    }
    if (auto r = users.insert(user, hash); !r)
        return r.error();
    if (auto r = PersonLoginRepository(tx.database(), tx.db()).sync(user.id, in.password); !r)
        return r.error();
    if (auto r = AuditLog::append(tx, actor ? actor->id : user.id,
                                  audit_actions::name(AuditAction::UserCreated), {},
                                  QJsonObject{{QStringLiteral("user_id"), user.id},
                                              {QStringLiteral("email"), user.email},
                                              {QStringLiteral("role"), roles::name(user.role)}},
                                  now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return user;
}

} // namespace invitedesk
