#include "core/services/OrganizationService.h"

#include "core/domain/AuditAction.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/PlatformSettingsRepository.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace invitedesk {

namespace {
QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

OrganizationService::OrganizationService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<void> OrganizationService::checkAdmin(const Actor& actor) const
{
    if (actor.role != Role::Admin) {
        return Error::make(Error::Code::NotPermitted,
                           tr("Only an administrator may see or change the organisation's "
                              "settings."),
                           QStringLiteral("as"));
    }
    return {};
}

Result<OrganizationSettings> OrganizationService::read(Transaction& tx, const Actor& actor,
                                                       bool forUpdate)
{
    OrganizationRepository organizations(tx.database(), tx.db());
    auto org = organizations.findById(actor.organizationId, forUpdate);
    if (!org)
        return org.error();
    if (!org.value())
        return Error::make(Error::Code::NotFound, tr("Your organisation is missing."),
                           QStringLiteral("organization"));
    auto url = PlatformSettingsRepository(tx.database(), tx.db()).publicUrl();
    if (!url)
        return url.error();
    return OrganizationSettings{*org.value(), url.value()};
}

Result<OrganizationSettings> OrganizationService::show(const Actor& actor)
{
    if (auto r = checkAdmin(actor); !r)
        return r.error();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto settings = read(tx, actor, false);
    if (!settings)
        return settings.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return settings;
}

Result<OrganizationSettings> OrganizationService::set(const Actor& actor, const QString& key,
                                                      const QString& value)
{
    return setMany(actor, {{key, value}});
}

Result<OrganizationSettings>
OrganizationService::setMany(const Actor& actor, const QList<QPair<QString, QString>>& changes)
{
    if (auto r = checkAdmin(actor); !r)
        return r.error();
    const QDateTime now = m_config.now();
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto before = read(tx, actor, true);
    if (!before)
        return before.error();
    OrganizationSettings after = before.value();
    for (const auto& [key, value] : changes) {
        if (auto r = after.apply(key, value); !r)
            return r.error();
    }
    QList<AuditEvent> events;
    bool organizationChanged = false;
    for (const QString& key : OrganizationSettings::keys()) {
        const QString old = before->value(key);
        const QString next = after.value(key);
        if (old == next)
            continue;
        const bool platform = key == QLatin1String("public-url");
        organizationChanged = organizationChanged || !platform;
        AuditEvent e;
        e.occurredAt = now;
        e.actorUserId = actor.id;
        e.action = audit_actions::name(platform ? AuditAction::PlatformUpdated
                                                : AuditAction::OrganizationUpdated);
        e.details = QJsonObject{{QStringLiteral("key"), key},
                                {QStringLiteral("old"), textOrNull(old)},
                                {QStringLiteral("new"), textOrNull(next)}};
        if (!platform)
            e.details.insert(QStringLiteral("organization_id"), after.organization.id);
        events.append(e);
    }
    if (events.isEmpty())
        return after; // nothing to change, nothing to audit
    if (organizationChanged) {
        if (auto r = OrganizationRepository(tx.database(), tx.db()).update(after.organization); !r)
            return r.error();
    }
    if (after.publicUrl != before->publicUrl) {
        if (auto r = PlatformSettingsRepository(tx.database(), tx.db())
                         .setPublicUrl(after.publicUrl, actor.id, now);
            !r)
            return r.error();
    }
    if (auto r = AuditLog::appendMany(tx, events); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    for (const AuditEvent& e : std::as_const(events))
        qCInfo(lcPlatform).noquote()
            << e.action << e.details.value(QStringLiteral("key")).toString() << "changed by"
            << actor.email;
    return after;
}

Result<int> OrganizationService::idleLockMinutes(const Actor& actor)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto org = OrganizationRepository(*m_database, conn.value()).findById(actor.organizationId);
    if (!org)
        return org.error();
    if (!org.value())
        return Error::make(Error::Code::NotFound, tr("Your organisation is missing."),
                           QStringLiteral("organization"));
    return org.value()->idleLockMinutes;
}

Result<QString> OrganizationService::storedPublicUrl()
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return PlatformSettingsRepository(*m_database, conn.value()).publicUrl();
}

} // namespace invitedesk
