#include "core/services/PasswordResetService.h"

#include "core/domain/AuditAction.h"
#include "core/domain/PeoplePolicy.h"
#include "core/security/PasswordHasher.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/TokenGenerator.h"
#include "core/services/ActorAudit.h"
#include "core/services/PeopleLookup.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/PasswordResetRepository.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/PersonLoginRepository.h"
#include "core/storage/PlatformSettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QJsonObject>
#include <QUuid>

namespace invitedesk {

namespace {
// The reset e-mail's language: the person's invitation's, else the deployment's default.
QString mailLanguage(const QString& invitationLanguage, const QString& defaultLanguage)
{
    const QString l =
        (invitationLanguage.isEmpty() ? defaultLanguage : invitationLanguage).left(2).toLower();
    return l == QLatin1String("es") ? l : QStringLiteral("en");
}
} // namespace

PasswordResetService::PasswordResetService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<Person> PasswordResetService::requestReset(const Actor& actor, const QString& person)
{
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    PeopleRepository people(tx.database(), tx.db());
    auto fresh = people_lookup::currentActor(people, actor);
    if (!fresh)
        return fresh.error();
    auto target = people_lookup::findPerson(people, person, QStringLiteral("user"));
    if (!target)
        return target.error();
    if (auto r = people_policy::checkMayAct(fresh.value(), PeopleAction::ResetPassword,
                                            target->user, people_lookup::downlineOf(people));
        !r)
        return r.error();

    PasswordResetRepository resets(tx.database(), tx.db());
    auto replaced = resets.revokeOpen(target->user.id, password_reset::replacedReason(), now);
    if (!replaced)
        return replaced.error();
    auto invitationLanguage = resets.invitationLanguage(target->user.id);
    if (!invitationLanguage)
        return invitationLanguage.error();
    const QString language = mailLanguage(invitationLanguage.value(), m_config.defaultLanguage);
    auto base = PlatformSettingsRepository(tx.database(), tx.db()).linkBase(m_config.publicUrl);
    if (!base)
        return base.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = resets.insert(id, target->user.id, fresh->id, language, now); !r)
        return r.error();
    // What rendering at send time needs; the link's token does not exist yet.
    OutboxMessage mail;
    mail.passwordResetId = id;
    mail.kind = QStringLiteral("password_reset");
    mail.recipient = target->user.email;
    mail.language = language;
    mail.publicUrl = base.value();
    mail.nextAttemptAt = now;
    mail.createdAt = now;
    if (auto r = OutboxRepository::enqueue(tx, mail); !r)
        return r.error();
    const QJsonObject details{{QStringLiteral("user_id"), target->user.id},
                              {QStringLiteral("email"), target->user.email},
                              {QStringLiteral("role"), roles::name(target->user.role)},
                              {QStringLiteral("password_reset_id"), id},
                              {QStringLiteral("replaced_resets"), replaced.value()}};
    if (auto r = AuditLog::append(tx, fresh->id,
                                  audit_actions::name(AuditAction::UserPasswordResetRequested), {},
                                  withActorToken(fresh.value(), details), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return target.value();
}

Error PasswordResetService::goneError(const PasswordResetLookup& lookup)
{
    const QString who = lookup.reset.requestedByName.isEmpty() ? lookup.reset.requestedByEmail
                                                               : lookup.reset.requestedByName;
    QString message;
    switch (lookup.state) {
    case PasswordResetState::Expired:
        message = tr("This link has expired: a reset link works for %1 hours. Ask %2 to send "
                     "you a new one.")
                      .arg(password_reset::kLinkLifetimeSeconds / 3600)
                      .arg(who);
        break;
    case PasswordResetState::Used:
        message = tr("This link has already been used to set a password. Sign in with that "
                     "password, or ask %1 to send you a new link.")
                      .arg(who);
        break;
    case PasswordResetState::Replaced:
        message = tr("This link was replaced by a newer e-mail. Open the link in the most "
                     "recent e-mail from %1.")
                      .arg(who);
        break;
    case PasswordResetState::Deactivated:
    case PasswordResetState::Open:
        message = tr("Your account has been deactivated, so no password can be set. Ask %1 "
                     "to reactivate it.")
                      .arg(who);
        break;
    }
    return Error::make(Error::Code::Gone, message, QStringLiteral("token"));
}

Result<PasswordResetLookup> PasswordResetService::lookupOnce(const QByteArray& linkHash)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto found = PasswordResetRepository(*m_database, conn.value()).findByTokenHash(linkHash);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error::make(Error::Code::NotFound,
                           tr("This password reset link is not valid. Check that you opened the "
                              "whole link from the e-mail."),
                           QStringLiteral("token"));
    }
    PasswordResetLookup lookup;
    lookup.reset = std::move(*found.value());
    lookup.state = password_reset::linkStateOf(lookup.reset, m_config.now());
    return lookup;
}

Result<PasswordResetLookup> PasswordResetService::lookup(const QString& token)
{
    // Hash whatever came in, even text that cannot be a token: same work either way.
    const QByteArray hash = tokens::hash(token);
    auto result = lookupOnce(hash);
    if (!result && result.error().code == Error::Code::Environment) {
        // A dropped connection shows only when used; a read is safe to retry once.
        m_database->resetConnection();
        result = lookupOnce(hash);
    }
    return result;
}

Result<PreparedPasswordReset> PasswordResetService::prepare(const PasswordResetRequest& request)
{
    auto found = lookup(request.token);
    if (!found)
        return found.error();
    if (found->state != PasswordResetState::Open)
        return goneError(found.value());
    if (auto r = password_policy::check(request.password, found->reset.email); !r)
        return r.error();
    if (request.passwordConfirmation && *request.passwordConfirmation != request.password)
        return Error::invalid(QStringLiteral("password_confirmation"),
                              tr("The two passwords are not the same."));
    PreparedPasswordReset prepared;
    prepared.reset = found->reset;
    prepared.linkHash = tokens::hash(request.token);
    prepared.password = request.password;
    return prepared;
}

Result<User> PasswordResetService::complete(const PreparedPasswordReset& prepared,
                                            const QString& passwordHash)
{
    if (passwordHash.isEmpty())
        return Error::make(Error::Code::Internal, tr("The password could not be hashed."));
    const PasswordResetRecord& reset = prepared.reset;
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (m_database->isPostgres())
        return completeByLink(tx, prepared, passwordHash);
    auto used =
        PasswordResetRepository(tx.database(), tx.db()).markUsed(reset.id, prepared.linkHash, now);
    if (!used)
        return used.error();
    if (!used.value()) {
        // Used, replaced, expired or deactivated while the password was being hashed: say which.
        tx.rollback();
        return linkChanged(prepared.linkHash);
    }
    UserRepository users(tx.database(), tx.db());
    if (auto r = users.updatePasswordHash(reset.userId, passwordHash); !r)
        return r.error();
    if (auto r =
            PersonLoginRepository(tx.database(), tx.db()).sync(reset.userId, prepared.password);
        !r)
        return r.error();
    auto user = users.findById(reset.userId);
    if (!user)
        return user.error();
    if (!user.value())
        return Error::make(Error::Code::NotFound, tr("This account no longer exists."),
                           QStringLiteral("token"));
    const QJsonObject details{{QStringLiteral("user_id"), reset.userId},
                              {QStringLiteral("email"), reset.email},
                              {QStringLiteral("password_reset_id"), reset.id},
                              {QStringLiteral("requested_by_id"), reset.requestedById}};
    if (auto r =
            AuditLog::append(tx, reset.userId, audit_actions::name(AuditAction::UserPasswordReset),
                             {}, details, now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *user.value();
}

Error PasswordResetService::linkChanged(const QByteArray& linkHash)
{
    auto again = lookupOnce(linkHash);
    if (!again)
        return again.error();
    if (again->state != PasswordResetState::Open)
        return goneError(again.value());
    return Error::make(Error::Code::Conflict,
                       tr("This link changed a moment ago. Open it again and retry."),
                       QStringLiteral("token"));
}

Result<User> PasswordResetService::completeByLink(Transaction& tx,
                                                  const PreparedPasswordReset& prepared,
                                                  const QString& passwordHash)
{
    // PostgreSQL: one owner function does what complete() does (migration 022), so that
    // `serve` can run on a login that may do nothing else; the account is the one the page
    // was shown for.
    auto verifier = PersonLoginRepository::scramVerifier(tx.db(), prepared.password);
    if (!verifier)
        return verifier.error();
    auto done = PasswordResetRepository(tx.database(), tx.db())
                    .resetByLink(prepared.linkHash, passwordHash, verifier.value(), m_config.now());
    if (!done)
        return done.error();
    if (!done.value()) {
        tx.rollback();
        return linkChanged(prepared.linkHash);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    const PasswordResetRecord& reset = prepared.reset;
    User user;
    user.id = reset.userId;
    user.email = reset.email;
    user.firstName = reset.firstName;
    user.lastName = reset.lastName;
    user.role = reset.role;
    user.organizationId = reset.organizationId;
    user.organizationName = reset.organizationName;
    user.isActive = true;
    return user;
}

Result<User> PasswordResetService::reset(const PasswordResetRequest& request)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    return complete(prepared.value(), PasswordHasher::hash(request.password));
}

} // namespace invitedesk
