#pragma once

// Helpers shared by the dispatcher and reminder tests (header-only).
#include "core/mail/FileTransport.h"
#include "core/mail/OutboxDispatcher.h"
#include "core/security/TokenGenerator.h"
#include "core/services/InvitationService.h"
#include "core/storage/Database.h"
#include "tests/support/LinkDelivery.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantMap>

#include <functional>

namespace invitedesk::test {

// One row of a query as a map (column name -> value), or an empty map.
inline QVariantMap row(const DatabasePtr& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db->connection().value());
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QVariantMap out;
    if (!q.exec() || !q.next())
        return out;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        out.insert(rec.fieldName(i), q.value(i));
    return out;
}

inline qint64 scalar(const DatabasePtr& db, const QString& sql, const QVariantList& binds = {})
{
    const QVariantMap r = row(db, sql, binds);
    return r.isEmpty() ? -1 : r.first().toLongLong();
}

inline QVariantMap invitationRow(const DatabasePtr& db, const QString& id)
{
    return row(db,
               QStringLiteral("SELECT status, sent_at, last_sent_at, email_delivery_status, "
                              "email_attempts, last_email_error, reminder_count, version "
                              "FROM user_invitations WHERE id = ?"),
               {id});
}

inline qint64 auditCount(const DatabasePtr& db, const QString& invitationId, const QString& action)
{
    return scalar(db,
                  QStringLiteral("SELECT count(*) FROM audit_events WHERE invitation_id = ? AND "
                                 "action = ?"),
                  {invitationId, action});
}

// A transport that runs a hook before handing the batch to another transport: lets a test
// act (cancel, resend) while messages are in flight.
class HookTransport final : public MailTransport {
public:
    HookTransport(std::unique_ptr<MailTransport> inner, std::function<void()> hook)
        : m_inner(std::move(inner)), m_hook(std::move(hook))
    {}
    QString describe() const override { return m_inner->describe(); }
    Result<void> open() override { return m_inner->open(); }
    QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) override
    {
        if (m_hook)
            m_hook();
        return m_inner->send(batch);
    }
    void close() override { m_inner->close(); }
    Error lastError() const override { return m_inner->lastError(); }

private:
    std::unique_ptr<MailTransport> m_inner;
    std::function<void()> m_hook;
};

// Settings with an adjustable clock and no jitter randomness.
struct TestClock {
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::function<QDateTime()> fn()
    {
        return [this] { return now; };
    }
};

} // namespace invitedesk::test
