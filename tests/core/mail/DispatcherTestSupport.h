#pragma once

// Helpers shared by the dispatcher, outcome, reminder and link token tests (header-only).
#include "core/mail/FileTransport.h"
#include "core/mail/OutboxDispatcher.h"
#include "core/security/TokenGenerator.h"
#include "core/services/InvitationService.h"
#include "core/storage/Database.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestFixtures.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

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

// The members and helpers of a test of what the dispatcher does over time (outcomes,
// reminders, link tokens): a database with the fixture tree, one clock for the service and the
// dispatcher, an InvitationService and an OutboxDispatcher that writes to files in a temporary
// folder. A test class derives from QObject first, then from this; its init() opens the
// database (INVITEDESK_REQUIRE_DB(m_db)), makes the tree and calls startServices().
class DispatcherFixture {
protected:
    DatabasePtr m_db;
    UserTree m_tree;
    TestClock m_clock;
    QDateTime m_t0;
    ServiceConfig m_config;
    std::unique_ptr<InvitationService> m_service;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxDispatcher> m_dispatcher;
    NewInvitation m_person; // what invite() fills in besides the address and the type

    // The service and the dispatcher, on one clock set to t0. The dispatcher writes files into
    // m_dir unless `mail` says otherwise.
    void startServices(const QDateTime& t0, std::optional<MailConfig> mail = std::nullopt)
    {
        m_t0 = t0;
        m_clock.now = t0;
        m_config.publicUrl = QStringLiteral("https://invite.test");
        m_config.clock = m_clock.fn();
        m_service = std::make_unique<InvitationService>(m_db, m_config);
        if (!mail) {
            m_dir = std::make_unique<QTemporaryDir>();
            mail.emplace();
            mail->url = QUrl::fromLocalFile(m_dir->path()).toString();
        }
        DispatcherSettings settings;
        settings.clock = m_clock.fn();
        m_dispatcher = std::make_unique<OutboxDispatcher>(m_db, *mail, settings);
    }
    Invitation invite(const QString& email, const QString& type = QStringLiteral("sales"))
    {
        NewInvitation in = m_person;
        in.email = email;
        in.type = type;
        auto r = m_service->create(m_tree[QStringLiteral("admin")], in);
        if (!r)
            qFatal("create failed: %s", qPrintable(r.error().message));
        return r.value();
    }
    // Runs the dispatcher once with the clock at `when`.
    DispatchReport runAt(const QDateTime& when)
    {
        m_clock.now = when;
        auto r = m_dispatcher->runOnce();
        if (!r)
            qFatal("run failed: %s", qPrintable(r.error().message));
        return r.value();
    }
};

} // namespace invitedesk::test
