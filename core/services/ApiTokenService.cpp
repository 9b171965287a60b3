#include "core/services/ApiTokenService.h"

#include "core/domain/AuditAction.h"
#include "core/security/TokenGenerator.h"
#include "core/storage/ApiTokenRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcApiTokens, "invitedesk.apitokens", QtInfoMsg)

namespace invitedesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiTokenService", text);
}

constexpr int kMaxNameLength = 100;
constexpr int kMaxExpiresDays = 3650;

Error notValid()
{
    return Error::make(Error::Code::Unauthenticated,
                       tr("The API token is not valid, or it has expired or been revoked."),
                       QStringLiteral("token"));
}

QJsonObject describe(const ApiToken& t)
{
    return QJsonObject{{QStringLiteral("token_id"), t.id},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("read_only"), t.readOnly},
                       {QStringLiteral("expires_at"), t.expiresAt.isValid()
                                                          ? t.expiresAt.toString(Qt::ISODateWithMs)
                                                          : QString()}};
}
} // namespace

ApiTokenService::ApiTokenService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<CreatedApiToken> ApiTokenService::create(const Actor& actor, NewApiToken input)
{
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("Give the token a name."));
    if (name.size() > kMaxNameLength)
        return Error::invalid(QStringLiteral("name"),
                              tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return Error::invalid(QStringLiteral("name"),
                                  tr("The name may not hold control characters."));
    }
    if (input.expiresDays && (*input.expiresDays < 1 || *input.expiresDays > kMaxExpiresDays))
        return Error::invalid(QStringLiteral("expires_days"),
                              tr("The expiry must be 1 to %1 days.").arg(kMaxExpiresDays));

    const QString text = tokens::generate();
    if (text.isEmpty())
        return Error::make(Error::Code::Internal, tr("No token could be generated."));
    const QDateTime now = m_config.now();
    CreatedApiToken created;
    created.token = tokenPrefix() + text;
    ApiToken& t = created.record;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.userId = actor.id;
    t.userEmail = actor.email;
    t.name = name;
    t.readOnly = input.readOnly;
    t.createdAt = now;
    if (input.expiresDays)
        t.expiresAt = now.addDays(*input.expiresDays);

    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = ApiTokenRepository(tx.database(), tx.db()).insert(t, tokens::hash(created.token));
        !r)
        return r.error();
    if (auto r = AuditLog::append(tx, actor.id, audit_actions::name(AuditAction::ApiTokenCreated),
                                  {}, describe(t), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    qCDebug(lcApiTokens).noquote() << "API token" << t.id << "created for" << actor.email;
    return created;
}

Result<QList<ApiToken>> ApiTokenService::list(const Actor& actor)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return ApiTokenRepository(*m_database, conn.value()).listForUser(actor.id);
}

Result<ApiToken> ApiTokenService::revoke(const Actor& actor, const QString& nameOrId)
{
    const QString key = nameOrId.trimmed();
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("token"), tr("Name the token to revoke."));
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    ApiTokenRepository repo(tx.database(), tx.db());
    auto found = repo.findLive(actor.id, key);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::make(Error::Code::NotFound,
                           tr("You have no live token named \"%1\".").arg(key.left(100)),
                           QStringLiteral("token"));
    ApiToken t = *found.value();
    auto done = repo.revoke(t.id, actor.id, now);
    if (!done)
        return done.error();
    if (!done.value())
        return Error::make(Error::Code::Conflict, tr("The token was revoked meanwhile."),
                           QStringLiteral("token"));
    if (auto r = AuditLog::append(tx, actor.id, audit_actions::name(AuditAction::ApiTokenRevoked),
                                  {}, describe(t), now);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    t.revokedAt = now;
    t.revokedById = actor.id;
    return t;
}

Result<ApiPrincipal> ApiTokenService::authenticate(const QString& bearerToken)
{
    const QString text = bearerToken.trimmed();
    if (!text.startsWith(tokenPrefix()) || !tokens::looksLikeToken(text.mid(tokenPrefix().size())))
        return notValid();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    ApiTokenRepository repo(*m_database, conn.value());
    auto found = repo.findWithUser(tokens::hash(text));
    if (!found)
        return found.error();
    const QDateTime now = m_config.now();
    if (!found.value() || found.value()->token.isRevoked() ||
        found.value()->token.isExpiredAt(now) || !found.value()->user.isActive)
        return notValid();
    ApiPrincipal principal{found.value()->user, found.value()->token};
    principal.actor.apiTokenId = principal.token.id;
    principal.actor.apiTokenName = principal.token.name;
    // Coalesced: written only when the stored time is a resolution old, and conditionally,
    // so requests racing at the boundary change the row once.
    const QDateTime notBefore = now.addSecs(-kLastUsedResolutionSeconds);
    if (!principal.token.lastUsedAt.isValid() || principal.token.lastUsedAt <= notBefore) {
        auto touched = repo.touch(principal.token.id, now, notBefore.addMSecs(1));
        if (touched)
            principal.token.lastUsedAt = now;
        else
            qCWarning(lcApiTokens).noquote() << "last use of API token" << principal.token.id
                                             << "not recorded:" << touched.error().message;
    }
    return principal;
}

Result<void> ApiTokenService::checkMayChange(const ApiPrincipal& principal)
{
    if (principal.token.readOnly)
        return Error::make(Error::Code::NotPermitted,
                           tr("This API token is read-only: it may not change anything."),
                           QStringLiteral("token"));
    return {};
}

} // namespace invitedesk
