#include "core/services/AcceptanceService.h"

#include "core/domain/AuditAction.h"
#include "core/security/PasswordHasher.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/TokenGenerator.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/PersonLoginRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace invitedesk {

namespace {
constexpr int kMaxNameLength = 100;

// A name from the form, or the invitation's when none was sent. Whole sentences per field, so
// translators never have to glue fragments together.
Result<QString> checkName(const std::optional<QString>& given, const QString& fallback, bool first)
{
    if (!given)
        return fallback;
    const QString field = first ? QStringLiteral("first_name") : QStringLiteral("last_name");
    const QString name = given->simplified();
    if (name.isEmpty())
        return Error::invalid(field, first ? AcceptanceService::tr("Enter your first name.")
                                           : AcceptanceService::tr("Enter your last name."));
    if (name.size() > kMaxNameLength) {
        return Error::invalid(
            field, (first ? AcceptanceService::tr("The first name is longer than %1 characters.")
                          : AcceptanceService::tr("The last name is longer than %1 characters."))
                       .arg(kMaxNameLength));
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return Error::invalid(
                field,
                first ? AcceptanceService::tr("The first name contains characters that are not "
                                              "allowed.")
                      : AcceptanceService::tr("The last name contains characters that are not "
                                              "allowed."));
        }
    }
    return name;
}

AcceptanceState stateOf(const AcceptanceRecord& r, const QDateTime& now)
{
    if (!r.linkRevokedReason.isEmpty())
        return AcceptanceState::Replaced;
    switch (r.status) {
    case InvitationStatus::Accepted:
        return AcceptanceState::Accepted;
    case InvitationStatus::Cancelled:
        return AcceptanceState::Cancelled;
    case InvitationStatus::Expired:
        return AcceptanceState::Expired;
    case InvitationStatus::Failed:
        return r.expiresAt <= now ? AcceptanceState::Expired : AcceptanceState::Unavailable;
    case InvitationStatus::Pending:
    case InvitationStatus::Sent:
        return r.expiresAt <= now ? AcceptanceState::Expired : AcceptanceState::Open;
    }
    return AcceptanceState::Unavailable;
}
} // namespace

AcceptanceService::AcceptanceService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

QString AcceptanceService::stateName(AcceptanceState state)
{
    switch (state) {
    case AcceptanceState::Open:
        return QStringLiteral("open");
    case AcceptanceState::Expired:
        return QStringLiteral("expired");
    case AcceptanceState::Cancelled:
        return QStringLiteral("cancelled");
    case AcceptanceState::Accepted:
        return QStringLiteral("accepted");
    case AcceptanceState::Unavailable:
        return QStringLiteral("unavailable");
    case AcceptanceState::Replaced:
        return QStringLiteral("replaced");
    }
    return QStringLiteral("unavailable");
}

Error AcceptanceService::goneError(const AcceptanceLookup& lookup)
{
    QString message;
    switch (lookup.state) {
    case AcceptanceState::Expired:
        message = tr("This invitation has expired. Ask %1 for a new one.")
                      .arg(lookup.invitation.inviterName);
        break;
    case AcceptanceState::Cancelled:
        message = tr("This invitation was cancelled.");
        break;
    case AcceptanceState::Accepted:
        message = tr("This invitation has already been used.");
        break;
    case AcceptanceState::Replaced:
        message = tr("This link was replaced by a newer invitation e-mail. Open the link in the "
                     "most recent e-mail from %1.")
                      .arg(lookup.invitation.inviterName);
        break;
    case AcceptanceState::Unavailable:
    case AcceptanceState::Open:
        message = tr("This invitation can no longer be accepted. Ask %1 for a new one.")
                      .arg(lookup.invitation.inviterName);
        break;
    }
    return Error::make(Error::Code::Gone, message, QStringLiteral("token"));
}

Result<AcceptanceLookup> AcceptanceService::lookupOnce(const QString& token)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return evaluate(
        AcceptanceRepository(*m_database, conn.value()).findByTokenHash(lookupKey(token)));
}

QByteArray AcceptanceService::lookupKey(const QString& token)
{
    // Hash whatever came in, even text that cannot be a token: same work either way.
    return tokens::hash(token);
}

Result<AcceptanceLookup>
AcceptanceService::evaluate(Result<std::optional<AcceptanceRecord>> found) const
{
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error::make(Error::Code::NotFound,
                           tr("This invitation link is not valid. Check that you opened the whole "
                              "link from the e-mail."),
                           QStringLiteral("token"));
    }
    AcceptanceLookup lookup;
    lookup.invitation = std::move(*found.value());
    lookup.state = stateOf(lookup.invitation, m_config.now());
    return lookup;
}

Result<AcceptanceLookup> AcceptanceService::lookup(const QString& token)
{
    auto result = lookupOnce(token);
    if (!result && result.error().code == Error::Code::Environment) {
        // A dropped connection shows only when used; a read is safe to retry once.
        m_database->resetConnection();
        result = lookupOnce(token);
    }
    return result;
}

Result<AcceptanceRecord> AcceptanceService::validate(const QString& token)
{
    auto found = open(token);
    if (!found)
        return found.error();
    if (found->state != AcceptanceState::Open)
        return goneError(found.value());
    return found->invitation;
}

Result<AcceptanceLookup> AcceptanceService::open(const QString& token)
{
    return recordView(lookup(token));
}

bool AcceptanceService::isFirstView(const AcceptanceLookup& found)
{
    return found.state == AcceptanceState::Open && !found.invitation.openedAt.isValid();
}

Result<AcceptanceLookup> AcceptanceService::recordView(Result<AcceptanceLookup> found)
{
    if (!found || !isFirstView(found.value()))
        return found;
    const QDateTime now = m_config.now();
    found->invitation.openedAt = now;
    if (m_firstLooks && m_firstLooks->add(found->invitation.id, now))
        return found;
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = FirstLookRecorder::record(tx, {{found->invitation.id, now}}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (m_config.changes)
        m_config.changes->publish({found->invitation.id});
    return found;
}

void AcceptanceService::recordFirstLooksInBackground(FirstLookRecorder::Settings settings)
{
    if (!settings.changes)
        settings.changes = m_config.changes;
    if (!m_firstLooks)
        m_firstLooks = std::make_shared<FirstLookRecorder>(m_database, settings);
}

void AcceptanceService::finishFirstLooks()
{
    if (!m_firstLooks)
        return;
    m_firstLooks->stop();
    m_firstLooks.reset();
}

Result<PreparedAcceptance> AcceptanceService::prepare(const AcceptRequest& request)
{
    auto found = lookup(request.token);
    if (!found)
        return found.error();
    if (found->state != AcceptanceState::Open)
        return goneError(found.value());
    PreparedAcceptance prepared;
    prepared.invitation = found->invitation;
    prepared.linkHash = lookupKey(request.token);

    auto first = checkName(request.firstName, prepared.invitation.firstName, true);
    if (!first)
        return first.error();
    auto last = checkName(request.lastName, prepared.invitation.lastName, false);
    if (!last)
        return last.error();
    prepared.firstName = first.value();
    prepared.lastName = last.value();
    prepared.password = request.password;

    if (auto r = password_policy::check(request.password, prepared.invitation.email); !r)
        return r.error();
    if (request.passwordConfirmation && *request.passwordConfirmation != request.password)
        return Error::invalid(QStringLiteral("password_confirmation"),
                              tr("The two passwords are not the same."));

    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto exists = AcceptanceRepository(*m_database, conn.value())
                      .emailTaken(prepared.linkHash, prepared.invitation.email);
    if (!exists)
        return exists.error();
    if (exists.value()) {
        return Error::make(Error::Code::Conflict,
                           tr("An account with the e-mail %1 already exists. Sign in instead.")
                               .arg(prepared.invitation.email),
                           QStringLiteral("email"));
    }
    return prepared;
}

Result<User> AcceptanceService::complete(const PreparedAcceptance& prepared,
                                         const QString& passwordHash)
{
    if (passwordHash.isEmpty())
        return Error::make(Error::Code::Internal, tr("The password could not be hashed."));
    if (m_database->isPostgres())
        return completeByLink(prepared, passwordHash);
    const AcceptanceRecord& inv = prepared.invitation;
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    AcceptanceRepository repository(*m_database, tx.db());

    auto claimed = repository.claimForAcceptance(inv.id, inv.version, now);
    if (!claimed)
        return claimed.error();
    if (!claimed.value()) {
        // Someone accepted, cancelled or resent it first, or it expired meanwhile. Say which.
        tx.rollback();
        return raceLost(prepared.linkHash);
    }

    const User user = newAccount(prepared, now);
    if (auto r = UserRepository(*m_database, tx.db()).insert(user, passwordHash); !r)
        return r.error(); // Conflict on the e-mail's unique index
    if (auto r = PersonLoginRepository(*m_database, tx.db()).sync(user.id, prepared.password); !r)
        return r.error();

    // Accepted without a view first (a client posting straight to the accept route): it was
    // opened too, so the funnel never shows more accepted than opened. A look still waiting
    // in the background queue is recorded here, at its own time (the queue then finds
    // opened_at set and records nothing).
    if (!inv.openedAt.isValid()) {
        std::optional<QDateTime> lookedAt;
        if (m_firstLooks)
            lookedAt = m_firstLooks->queuedAt(inv.id);
        if (auto r = FirstLookRecorder::record(tx, {{inv.id, lookedAt.value_or(now)}}); !r)
            return r.error();
    }
    auto accepted = repository.markAccepted(inv.id, inv.version + 1, user.id, now);
    if (!accepted)
        return accepted.error();
    if (!accepted.value()) {
        tx.rollback();
        return raceLost(prepared.linkHash);
    }

    const QString role = roles::name(user.role);
    if (auto r =
            AuditLog::append(tx, user.id, audit_actions::name(AuditAction::UserCreated), inv.id,
                             QJsonObject{{QStringLiteral("user_id"), user.id},
                                         {QStringLiteral("email"), user.email},
                                         {QStringLiteral("role"), role},
                                         {QStringLiteral("via"), QStringLiteral("invitation")}},
                             now);
        !r)
        return r.error();
    if (auto r = AuditLog::append(
            tx, user.id, audit_actions::name(AuditAction::InvitationAccepted), inv.id,
            QJsonObject{{QStringLiteral("user_id"), user.id}, {QStringLiteral("role"), role}}, now);
        !r)
        return r.error();
    if (auto r = OutboxRepository::cancelQueued(tx, inv.id, now); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    if (m_config.changes)
        m_config.changes->publish({inv.id});
    return user;
}

User AcceptanceService::newAccount(const PreparedAcceptance& prepared, const QDateTime& now)
{
    const AcceptanceRecord& inv = prepared.invitation;
    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.email = inv.email;
    user.firstName = prepared.firstName;
    user.lastName = prepared.lastName;
    user.role = inv.type; // each invitation type grants the role of the same name
    user.organizationId = inv.organizationId;
    user.organizationName = inv.organizationName;
    user.parentUserId = inv.parentUserId;
    user.isActive = true;
    user.createdAt = now;
    user.invitedById = inv.invitedById;
    user.invitationId = inv.id;
    user.invitationAcceptedAt = now;
    return user;
}

Result<User> AcceptanceService::completeByLink(const PreparedAcceptance& prepared,
                                               const QString& passwordHash)
{
    // PostgreSQL: one owner function does what complete() does below (migration 022), so
    // that `serve` can run on a login that may do nothing else.
    const AcceptanceRecord& inv = prepared.invitation;
    LinkAcceptance acceptance;
    acceptance.linkHash = prepared.linkHash;
    acceptance.version = inv.version;
    acceptance.user = newAccount(prepared, m_config.now());
    acceptance.passwordHash = passwordHash;
    if (!inv.openedAt.isValid()) {
        std::optional<QDateTime> lookedAt;
        if (m_firstLooks)
            lookedAt = m_firstLooks->queuedAt(inv.id);
        acceptance.openedAt = lookedAt.value_or(acceptance.user.createdAt);
    }
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto verifier = PersonLoginRepository::scramVerifier(tx.db(), prepared.password);
    if (!verifier)
        return verifier.error();
    acceptance.loginVerifier = verifier.value();
    auto accepted = AcceptanceRepository(*m_database, tx.db()).acceptByLink(acceptance);
    if (!accepted)
        return accepted.error(); // Conflict on the e-mail's unique index
    if (!accepted.value()) {
        tx.rollback();
        return raceLost(prepared.linkHash);
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    if (m_config.changes)
        m_config.changes->publish({inv.id});
    return acceptance.user;
}

Error AcceptanceService::raceLost(const QByteArray& linkHash)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto current = AcceptanceRepository(*m_database, conn.value()).findByTokenHash(linkHash);
    if (!current)
        return current.error();
    if (!current.value())
        return Error::make(Error::Code::NotFound, tr("This invitation no longer exists."),
                           QStringLiteral("token"));
    AcceptanceLookup lookup;
    lookup.invitation = *current.value();
    lookup.state = stateOf(lookup.invitation, m_config.now());
    if (lookup.state != AcceptanceState::Open)
        return goneError(lookup);
    // Still open but changed (edited or resent) while the password was being hashed.
    return Error::make(Error::Code::Conflict,
                       tr("This invitation was changed a moment ago. Open the link from your "
                          "latest e-mail and try again."),
                       QStringLiteral("token"));
}

Result<User> AcceptanceService::accept(const AcceptRequest& request)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    return complete(prepared.value(), PasswordHasher::hash(request.password));
}

Result<void> AcceptanceService::health()
{
    auto once = [this]() -> Result<void> {
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        return AcceptanceRepository(*m_database, conn.value()).ping();
    };
    auto result = once();
    if (!result && result.error().code == Error::Code::Environment) {
        m_database->resetConnection(); // nothing holds the connection any more
        result = once();
    }
    return result;
}

} // namespace invitedesk
