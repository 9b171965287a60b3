#pragma once

#include "core/Error.h"
#include "core/mail/MailConfig.h"
#include "core/mail/MailRenderer.h"
#include "core/mail/MailTransport.h"
#include "core/mail/OutboxOutcomeRecorder.h"
#include "core/services/BackendServices.h"
#include "core/storage/Database.h"
#include "core/storage/OutboxDeliveryRepository.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace invitedesk {

class InvitationChangeFeed;

struct DispatcherSettings {
    int batchSize = 200;              // rows claimed, rendered and sent per round (one connection)
    int maxAttempts = 10;             // the 10th transient failure fails the invitation
    int baseBackoffSeconds = 60;      // first retry after about a minute, then doubling...
    int maxBackoffSeconds = 6 * 3600; // ...up to six hours, each with +/-20% jitter
    int leaseSeconds = 600; // how long a claim holds before another dispatcher may take it
    int pollSeconds = 15;   // worker mode: how often to look for due rows
    QString dispatcherId;   // empty: host:pid:random
    std::function<QDateTime()> clock; // UTC now; tests inject
    std::function<double()> jitter;   // in [0, 1); tests inject
    // Mints each message's link token (default tokens::generate; an empty token is the random
    // generator failing). Tests inject.
    std::function<QString()> tokenSource;
};

struct DispatchReport {
    int claimed = 0;
    int sent = 0;
    int deferred = 0;
    int failed = 0;
    int skipped = 0;   // invitation no longer open: row cancelled, nothing sent
    int released = 0;  // not attempted (relay unreachable or connection lost): claim released
    int overtaken = 0; // row cancelled by resend/cancel while in flight
    int remindersQueued = 0;
    QString relayError; // set when the relay could not be reached or the connection broke
};

// Sends the outbox. Claims due email_outbox rows in batches (see OutboxDeliveryRepository),
// renders each at send time (language, public URL of the row + invitation, organisation and
// inviter; or the password reset, its person and who asked) with a link whose token it mints
// then, commits the hashes of those links as live (invitation_links, password_reset_links,
// the latter valid 24 hours from then) before the batch leaves, sends the batch over one
// connection of the
// transport and records every outcome with its audit event. The token exists only in the
// message: a crash after the commit leaves a live link in a message that went out, or an
// unusable hash for one that never did. Releases its claims when a run ends or the
// relay cannot be reached, so nothing waits on a dead process's lease.
//
// runOnce() is the command line's `outbox run --once [--due-now]`. For the GUI and `serve`:
// create it, moveToThread() a worker QThread, connect QThread::started to start(); it polls
// every pollSeconds (and on wake()), backing off while the relay is down; stop() (queued) or
// the thread's end stops it. Database connections are per thread, so it uses the worker's.
class OutboxDispatcher : public QObject {
    Q_OBJECT
public:
    using TransportFactory = std::function<Result<std::unique_ptr<MailTransport>>()>;

    OutboxDispatcher(DatabasePtr database, MailConfig config, DispatcherSettings settings = {},
                     QObject* parent = nullptr);
    // The dispatcher of an opened backend (the desk, `serve`, `outbox run`).
    OutboxDispatcher(const BackendServices& backend, MailConfig config,
                     DispatcherSettings settings = {}, QObject* parent = nullptr)
        : OutboxDispatcher(backend.database(), std::move(config), std::move(settings), parent)
    {}
    ~OutboxDispatcher() override;

    // Tests (and the GUI's "send test") can provide the transport; default: config's URL.
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }
    const QString& dispatcherId() const { return m_settings.dispatcherId; }
    // Told the ids of the invitations whose delivery changed (sent, deferred, failed) after
    // each batch is recorded (the desk's list refreshes those rows). Not owned; null: nobody.
    void setChangeFeed(InvitationChangeFeed* feed) { m_changes = feed; }

    // Sends everything due now (with dueNow also rows waiting for a retry), then returns.
    // An unreachable relay is reported in the report (relayError), not as an Error; Error is
    // for the database.
    Result<DispatchReport> runOnce(bool dueNow = false);

    // The delay before retry number `attempt` (1-based), jitter included.
    qint64 backoffSeconds(int attempt) const;

public slots:
    void start();
    void stop();
    void wake();

signals:
    void cycleFinished(const invitedesk::DispatchReport& report);
    void relayProblem(const QString& message);
    void databaseProblem(const QString& message);

private:
    void cycle();
    QDateTime now() const;
    struct Prepared {
        QList<OutgoingMail> mails;
        QList<qsizetype> mailOutcome;         // index into outcomes, per mail
        QList<OutboxOutcome> outcomes;        // one per claimed row
        QHash<QString, InvitationLink> links; // by outbox row id: the rendered links' hashes
        QHash<QString, PasswordResetLink> resetLinks; // likewise, for reset e-mails
        std::optional<Error> error; // rendering impossible (templates): stop the run
    };
    struct Batch {
        QList<OutboxMessage> rows;
        QHash<QString, Invitation> invitations;
        QHash<QString, PasswordResetRecord> resets;
        Prepared prepared;
    };
    Prepared prepare(const QList<OutboxMessage>& rows,
                     const QHash<QString, Invitation>& invitations,
                     const QHash<QString, PasswordResetRecord>& resets, const QDateTime& now);
    // A reset e-mail (OutboxDispatcherResets.cpp): withdrawn when the reset can no longer be
    // used, else its link minted and the message added. An Error stops the run.
    std::optional<Error> prepareReset(Prepared& p, OutboxOutcome o, const OutboxMessage& row,
                                      const PasswordResetRecord* reset, const QDateTime& now);
    // The message of a rendered row (From, Reply-To, To, the content), added to the batch.
    void addMail(Prepared& p, OutboxOutcome o, const Organization& org, const QString& base,
                 const QString& recipientName, const RenderedMail& content, const QDateTime& now);
    // A message's link token (the injected source, else tokens::generate).
    Result<QString> mintToken() const;
    // Commits the prepared links; rows whose link could not be recorded (taken back by a
    // resend, cancel or acceptance meanwhile) are not sent and count as overtaken.
    Result<void> commitLinks(Prepared& prepared, const QDateTime& now);
    // Claims, loads, renders the next batch and commits its links (no rows: nothing due).
    Result<Batch> nextBatch(bool dueNow);
    // Turns the transport's answers into outcomes; true when the relay went away.
    bool applyDeliveries(Batch& batch, const QList<DeliveryOutcome>& deliveries);
    Result<Organization> organization(const QString& id);
    // The invitations a recorded batch changed, to the change feed (when there is one).
    void publishChanges(const QList<OutboxOutcome>& outcomes) const;
    // The base of a row's link: the platform's stored address (read once per run) first,
    // else the row's, else this dispatcher's (PlatformSettingsRepository::resolveLinkBase).
    Result<QString> linkBase(const QString& rowUrl);

    DatabasePtr m_database;
    MailConfig m_config;
    DispatcherSettings m_settings;
    OutboxDeliveryRepository m_repository;
    OutboxOutcomeRecorder m_outcomes;
    MailRenderer m_renderer;
    TransportFactory m_factory;
    QHash<QString, Organization> m_organizations; // per run
    std::optional<QString> m_storedPublicUrl;     // per run
    QTimer* m_timer = nullptr;
    InvitationChangeFeed* m_changes = nullptr;
    int m_idleRounds = 0;
    bool m_running = false;
};

} // namespace invitedesk

Q_DECLARE_METATYPE(invitedesk::DispatchReport)
