#include "core/services/ApiIdempotencyService.h"

#include "core/security/TokenGenerator.h"
#include "core/storage/ApiIdempotencyRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace invitedesk {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiIdempotencyService", text);
}
} // namespace

ApiIdempotencyService::ApiIdempotencyService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<ApiIdempotencyService::Claim> ApiIdempotencyService::claim(const ApiPrincipal& principal,
                                                                  const QString& key,
                                                                  const QByteArray& requestHash)
{
    bool printable = !key.isEmpty() && key.size() <= 255;
    for (const QChar c : key)
        printable = printable && c.unicode() >= 0x21 && c.unicode() <= 0x7e;
    if (!printable)
        return Error::invalid(QStringLiteral("idempotency_key"),
                              tr("The Idempotency-Key must be 1 to 255 printable ASCII "
                                 "characters without spaces."));
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto existing = ApiIdempotencyRepository(tx.database(), tx.db())
                        .reserve(principal.token.id, key, requestHash, m_config.now());
    if (!existing)
        return existing.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    Claim c;
    if (!existing.value())
        return c;
    const auto& entry = *existing.value();
    if (!tokens::equal(entry.requestHash, requestHash))
        c.kind = Claim::Kind::Mismatch;
    else if (entry.status == 0)
        c.kind = Claim::Kind::Running;
    else
        c.kind = Claim::Kind::Replay;
    c.status = entry.status;
    c.response = entry.response;
    const QJsonObject stored = QJsonDocument::fromJson(entry.headers.toUtf8()).object();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        c.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    return c;
}

Result<void> ApiIdempotencyService::complete(const ApiPrincipal& principal, const QString& key,
                                             int status, const QString& response,
                                             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QJsonObject stored;
    for (const auto& [name, value] : headers)
        stored.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r =
            ApiIdempotencyRepository(tx.database(), tx.db())
                .complete(principal.token.id, key, status, response,
                          QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        !r)
        return r.error();
    return tx.commit();
}

Result<void> ApiIdempotencyService::release(const ApiPrincipal& principal, const QString& key)
{
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = ApiIdempotencyRepository(tx.database(), tx.db()).release(principal.token.id, key);
        !r)
        return r.error();
    return tx.commit();
}

} // namespace invitedesk
