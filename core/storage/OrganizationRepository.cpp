#include "core/storage/OrganizationRepository.h"

#include <QDateTime>
#include <QSqlQuery>

namespace invitedesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, name, kind, parent_id, display_name, brand_color, logo_url, "
    "reply_to, sender_address, "
    "expiry_days, daily_invite_quota, reminders_enabled, reminder_after_days, "
    "reminder_before_expiry_days, idle_lock_minutes, default_language FROM organizations");

Organization readOrg(const QSqlQuery& q)
{
    Organization o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.kind = q.value(2).toString();
    o.parentId = q.value(3).toString();
    o.displayName = q.value(4).toString();
    o.brandColor = q.value(5).toString();
    o.logoUrl = q.value(6).toString();
    o.replyTo = q.value(7).toString();
    o.senderAddress = q.value(8).toString();
    o.expiryDays = q.value(9).toInt();
    if (!q.value(10).isNull())
        o.dailyInviteQuota = q.value(10).toInt();
    o.remindersEnabled = q.value(11).toBool();
    o.reminderAfterDays = q.value(12).toInt();
    o.reminderBeforeExpiryDays = q.value(13).toInt();
    o.idleLockMinutes = q.value(14).toInt();
    o.defaultLanguage = q.value(15).toString();
    return o;
}

void bindFields(QSqlQuery& q, Database& database, const Organization& org)
{
    q.addBindValue(org.name);
    q.addBindValue(org.kind.isEmpty() ? QStringLiteral("platform") : org.kind);
    q.addBindValue(Database::textOrNull(org.parentId));
    q.addBindValue(Database::textOrNull(org.displayName));
    q.addBindValue(Database::textOrNull(org.brandColor));
    q.addBindValue(Database::textOrNull(org.logoUrl));
    q.addBindValue(Database::textOrNull(org.replyTo));
    q.addBindValue(Database::textOrNull(org.senderAddress));
    q.addBindValue(org.expiryDays);
    q.addBindValue(org.dailyInviteQuota ? QVariant(*org.dailyInviteQuota)
                                        : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(database.boolValue(org.remindersEnabled));
    q.addBindValue(org.reminderAfterDays);
    q.addBindValue(org.reminderBeforeExpiryDays);
    q.addBindValue(org.idleLockMinutes);
    q.addBindValue(Database::textOrNull(org.defaultLanguage));
}
} // namespace

Result<std::optional<Organization>> OrganizationRepository::findById(const QString& id,
                                                                     bool forUpdate)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?") +
              (forUpdate && m_database.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(id);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading an organisation"));
    if (!q.next())
        return std::optional<Organization>();
    return std::optional<Organization>(readOrg(q));
}

Result<QList<Organization>> OrganizationRepository::all()
{
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY name")))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading organisations"));
    QList<Organization> list;
    while (q.next())
        list.append(readOrg(q));
    return list;
}

Result<void> OrganizationRepository::insert(const Organization& org)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO organizations (name, kind, parent_id, display_name, brand_color, logo_url, "
        "reply_to, sender_address, expiry_days, daily_invite_quota, reminders_enabled, "
        "reminder_after_days, reminder_before_expiry_days, idle_lock_minutes, default_language, "
        "id, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, m_database, org);
    q.addBindValue(org.id);
    q.addBindValue(m_database.timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("creating an organisation"));
    return {};
}

Result<void> OrganizationRepository::update(const Organization& org)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE organizations SET name = ?, kind = ?, parent_id = ?, display_name = ?, brand_color "
        "= ?, "
        "logo_url = ?, reply_to = ?, sender_address = ?, expiry_days = ?, daily_invite_quota = ?, "
        "reminders_enabled = ?, reminder_after_days = ?, reminder_before_expiry_days = ?, "
        "idle_lock_minutes = ?, default_language = ? WHERE id = ?"));
    bindFields(q, m_database, org);
    q.addBindValue(org.id);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("updating an organisation"));
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, QStringLiteral("No such organisation."),
                           QStringLiteral("organization"));
    return {};
}

} // namespace invitedesk
