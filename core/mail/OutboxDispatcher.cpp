#include "core/mail/OutboxDispatcher.h"

#include "core/mail/MailLog.h"
#include "core/mail/ReminderScheduler.h"
#include "core/mail/TransportThread.h"
#include "core/security/TokenGenerator.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/PlatformSettingsRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUrl>

#include <cmath>

namespace invitedesk {

namespace {
using OutcomeKind = OutboxOutcome::Kind;
using Status = DeliveryOutcome::Status;

QString defaultDispatcherId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

MailKind mailKindOf(const QString& kind)
{
    if (kind == QLatin1String("reminder"))
        return MailKind::Reminder;
    if (kind == QLatin1String("test"))
        return MailKind::Test;
    return MailKind::Invitation;
}

// Why a row's invitation may no longer be mailed (empty: it may).
QString ineligibility(const OutboxMessage& row, const Invitation* inv, const QDateTime& now)
{
    if (row.invitationId.isEmpty())
        return {};
    if (!inv)
        return QStringLiteral("the invitation no longer exists");
    if (inv->expiresAt.isValid() && inv->expiresAt <= now)
        return QStringLiteral("the invitation has expired");
    if (row.kind == QLatin1String("reminder")) {
        if (inv->status != InvitationStatus::Sent)
            return QStringLiteral("no reminder for an invitation that is %1")
                .arg(statuses::name(inv->status));
        if (inv->reminderCount >= ReminderScheduler::kMaxReminders)
            return QStringLiteral("the invitation had its reminders");
        return {};
    }
    if (inv->status != InvitationStatus::Pending && inv->status != InvitationStatus::Sent)
        return QStringLiteral("the invitation is %1").arg(statuses::name(inv->status));
    return {};
}
} // namespace

OutboxDispatcher::OutboxDispatcher(DatabasePtr database, MailConfig config,
                                   DispatcherSettings settings, QObject* parent)
    : QObject(parent), m_database(database), m_config(std::move(config)),
      m_settings(std::move(settings)), m_repository(database), m_outcomes(database)
{
    qRegisterMetaType<invitedesk::DispatchReport>();
    if (m_settings.dispatcherId.isEmpty())
        m_settings.dispatcherId = defaultDispatcherId();
    m_settings.batchSize = qMax(1, m_settings.batchSize);
    m_settings.maxAttempts = qMax(1, m_settings.maxAttempts);
}

OutboxDispatcher::~OutboxDispatcher() = default;

QDateTime OutboxDispatcher::now() const
{
    return m_settings.clock ? m_settings.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

qint64 OutboxDispatcher::backoffSeconds(int attempt) const
{
    const double base = qMax(1, m_settings.baseBackoffSeconds);
    const double raw = base * std::pow(2.0, qBound(0, attempt - 1, 30));
    const double capped = qMin(raw, double(qMax(1, m_settings.maxBackoffSeconds)));
    const double j =
        m_settings.jitter ? m_settings.jitter() : QRandomGenerator::global()->generateDouble();
    return qMax<qint64>(1, qint64(capped * (0.8 + 0.4 * qBound(0.0, j, 1.0))));
}

Result<Organization> OutboxDispatcher::organization(const QString& id)
{
    if (auto it = m_organizations.constFind(id); it != m_organizations.constEnd())
        return it.value();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    auto org = OrganizationRepository(*m_database, conn.value()).findById(id);
    if (!org)
        return org.error();
    Organization o = org.value().value_or(Organization{});
    m_organizations.insert(id, o);
    return o;
}

Result<QString> OutboxDispatcher::linkBase(const QString& rowUrl)
{
    if (!m_storedPublicUrl) {
        auto conn = m_database->connection();
        if (!conn)
            return conn.error();
        auto stored = PlatformSettingsRepository(*m_database, conn.value()).publicUrl();
        if (!stored)
            return stored.error();
        m_storedPublicUrl = stored.value();
    }
    return PlatformSettingsRepository::resolveLinkBase(
        *m_storedPublicUrl, rowUrl.isEmpty() ? m_config.publicUrl : rowUrl);
}

OutboxDispatcher::Prepared
OutboxDispatcher::prepare(const QList<OutboxMessage>& rows,
                          const QHash<QString, Invitation>& invitations,
                          const QHash<QString, PasswordResetRecord>& resets, const QDateTime& now)
{
    Prepared p;
    p.outcomes.reserve(rows.size());
    for (const OutboxMessage& row : rows) {
        OutboxOutcome o;
        o.outboxId = row.id;
        o.invitationId = row.invitationId;
        o.passwordResetId = row.passwordResetId;
        o.outboxKind = row.kind;
        o.recipient = row.recipient;
        o.attempt = row.attempts + 1;
        o.language = row.language;
        o.publicUrl = row.publicUrl;
        if (!row.passwordResetId.isEmpty()) {
            const auto reset = resets.constFind(row.passwordResetId);
            if (auto e = prepareReset(p, std::move(o), row,
                                      reset == resets.constEnd() ? nullptr : &reset.value(), now)) {
                p.error = std::move(e);
                return p;
            }
            continue;
        }
        const auto it = invitations.constFind(row.invitationId);
        const Invitation* inv = it == invitations.constEnd() ? nullptr : &it.value();
        if (const QString why = ineligibility(row, inv, now); !why.isEmpty()) {
            o.kind = OutcomeKind::Skipped;
            o.reply = why;
            p.outcomes << o;
            continue;
        }
        Organization org;
        if (inv) {
            auto found = organization(inv->organizationId);
            if (!found) {
                p.error = found.error();
                return p;
            }
            org = found.value();
        }
        auto base = linkBase(row.publicUrl);
        if (!base) {
            p.error = base.error();
            return p;
        }
        RenderedMail content{row.subject, row.textBody, row.htmlBody};
        if (content.subject.isEmpty() || content.text.isEmpty()) {
            if (!inv && row.kind != QLatin1String("test")) {
                o.kind = OutcomeKind::Failed;
                o.reply =
                    QStringLiteral("local: the outbox row has neither a message nor an invitation");
                p.outcomes << o;
                continue;
            }
            QString token;
            if (inv) {
                // This message's own link; only its hash is kept (commitLinks).
                auto minted = mintToken();
                if (!minted) {
                    p.error = minted.error();
                    return p;
                }
                token = minted.value();
                InvitationLink link;
                link.tokenHash = tokens::hash(token);
                link.invitationId = inv->id;
                link.kind = row.kind == QLatin1String("reminder") ? QStringLiteral("reminder")
                                                                  : QStringLiteral("invitation");
                p.links.insert(row.id, link);
            }
            MailContext c;
            c.kind = mailKindOf(row.kind);
            c.language = row.language.isEmpty() && inv ? inv->language : row.language;
            if (inv) {
                c.invitation = *inv;
                c.inviterName = inv->invitedByName;
                c.inviterEmail = inv->invitedByEmail;
            }
            c.organization = org;
            c.link = MailRenderer::inviteLink(base.value(), token);
            auto rendered = m_renderer.render(c);
            if (!rendered) {
                p.error = rendered.error();
                return p;
            }
            content = rendered.value();
        }
        addMail(p, std::move(o), org, base.value(), inv ? inv->fullName() : QString(), content,
                now);
    }
    return p;
}

Result<OutboxDispatcher::Batch> OutboxDispatcher::nextBatch(bool dueNow)
{
    Batch batch;
    const QDateTime claimTime = now();
    auto rows = m_repository.claim(m_settings.dispatcherId, m_settings.batchSize, dueNow, claimTime,
                                   claimTime.addSecs(m_settings.leaseSeconds));
    if (!rows)
        return rows.error();
    batch.rows = rows.value();
    if (batch.rows.isEmpty())
        return batch;
    QStringList invitationIds;
    for (const auto& r : std::as_const(batch.rows)) {
        if (!r.invitationId.isEmpty())
            invitationIds << r.invitationId;
    }
    auto invitations = m_repository.invitationsFor(invitationIds);
    if (!invitations)
        return invitations.error();
    batch.invitations = invitations.value();
    QStringList resetIds;
    for (const auto& r : std::as_const(batch.rows)) {
        if (!r.passwordResetId.isEmpty())
            resetIds << r.passwordResetId;
    }
    auto resets = m_repository.resetsFor(resetIds);
    if (!resets)
        return resets.error();
    batch.resets = resets.value();
    batch.prepared = prepare(batch.rows, batch.invitations, batch.resets, claimTime);
    if (batch.prepared.error)
        return *batch.prepared.error;
    if (auto r = commitLinks(batch.prepared, claimTime); !r)
        return r.error();
    return batch;
}

Result<void> OutboxDispatcher::commitLinks(Prepared& p, const QDateTime& now)
{
    if (p.links.isEmpty() && p.resetLinks.isEmpty())
        return {};
    auto live = m_repository.recordLinks(m_settings.dispatcherId, p.links, p.resetLinks, now);
    if (!live)
        return live.error();
    if (live->size() == p.links.size() + p.resetLinks.size())
        return {};
    QList<OutgoingMail> mails;
    QList<qsizetype> mailOutcome;
    for (qsizetype i = 0; i < p.mailOutcome.size(); ++i) {
        OutboxOutcome& o = p.outcomes[p.mailOutcome.at(i)];
        const bool linked = p.links.contains(o.outboxId) || p.resetLinks.contains(o.outboxId);
        if (linked && !live->contains(o.outboxId)) {
            // Taken back while being rendered: not sent, nothing to record on the row.
            o.kind = OutcomeKind::Skipped;
            o.reply = QStringLiteral("local: the message was withdrawn before it was sent");
            continue;
        }
        mails << p.mails.at(i);
        mailOutcome << p.mailOutcome.at(i);
    }
    p.mails = std::move(mails);
    p.mailOutcome = std::move(mailOutcome);
    return {};
}

bool OutboxDispatcher::applyDeliveries(Batch& batch, const QList<DeliveryOutcome>& deliveries)
{
    Prepared& p = batch.prepared;
    const QDateTime sentTime = now();
    bool stop = false;
    for (qsizetype i = 0; i < p.mailOutcome.size(); ++i) {
        OutboxOutcome& o = p.outcomes[p.mailOutcome.at(i)];
        const DeliveryOutcome d = deliveries.value(i);
        o.reply = d.reply;
        switch (d.status) {
        case Status::Sent:
            o.kind = OutcomeKind::Sent;
            o.channel = d.channel;
            if (o.outboxKind == QLatin1String("invitation")) {
                const Invitation inv = batch.invitations.value(o.invitationId);
                if (auto org = organization(inv.organizationId))
                    o.reminders = ReminderScheduler::schedule(org.value(), sentTime, inv.expiresAt,
                                                              inv.reminderCount);
            }
            break;
        case Status::Deferred:
            if (o.attempt >= m_settings.maxAttempts) {
                o.kind = OutcomeKind::Failed;
            } else {
                o.kind = OutcomeKind::Deferred;
                o.nextAttemptAt = sentTime.addSecs(backoffSeconds(o.attempt));
            }
            break;
        case Status::Rejected:
            o.kind = OutcomeKind::Failed;
            break;
        case Status::NotAttempted:
            o.kind = OutcomeKind::Released;
            stop = true;
            break;
        }
    }
    return stop;
}

void OutboxDispatcher::publishChanges(const QList<OutboxOutcome>& outcomes) const
{
    if (!m_changes)
        return;
    QStringList ids;
    for (const OutboxOutcome& o : outcomes) {
        if (o.kind == OutcomeKind::Sent || o.kind == OutcomeKind::Deferred ||
            o.kind == OutcomeKind::Failed)
            ids << o.invitationId; // empty for a reset e-mail: dropped by publish()
    }
    m_changes->publish(ids);
}

Result<DispatchReport> OutboxDispatcher::runOnce(bool dueNow)
{
    DispatchReport report;
    m_organizations.clear();
    m_storedPublicUrl.reset();
    const QString me = m_settings.dispatcherId;
    // The transport works on a thread of its own: while one batch is on the wire, the next
    // is claimed and rendered and the previous one recorded.
    TransportThread sender(m_factory ? m_factory : TransportThread::Factory([config = m_config] {
        return config.createTransport();
    }));
    auto giveUp = [&](const Error& e) -> Result<DispatchReport> {
        sender.close();
        (void)m_repository.release(me);
        return e;
    };
    QElapsedTimer phase;
    qint64 prepareNs = 0, waitNs = 0, recordNs = 0;

    phase.start();
    auto first = nextBatch(dueNow);
    if (!first)
        return giveUp(first.error());
    Batch current = std::move(first.value());
    std::optional<std::future<TransportThread::BatchResult>> inFlight;
    if (!current.prepared.mails.isEmpty())
        inFlight = sender.send(current.prepared.mails);
    prepareNs += phase.nsecsElapsed();

    while (!current.rows.isEmpty()) {
        report.claimed += int(current.rows.size());
        phase.start();
        Result<Batch> next = nextBatch(dueNow);
        prepareNs += phase.nsecsElapsed();
        phase.start();
        TransportThread::BatchResult sent;
        if (inFlight)
            sent = inFlight->get();
        inFlight.reset();
        waitNs += phase.nsecsElapsed();
        if (sent.setupError)
            return giveUp(*sent.setupError);
        const bool stop = applyDeliveries(current, sent.outcomes);
        if (stop && report.relayError.isEmpty())
            report.relayError = sent.relayError;
        const bool carryOn = !stop && next.ok() && !next->rows.isEmpty();
        if (carryOn && !next->prepared.mails.isEmpty())
            inFlight = sender.send(next->prepared.mails);

        phase.start();
        auto summary = m_outcomes.record(me, current.prepared.outcomes, now());
        recordNs += phase.nsecsElapsed();
        if (!summary) {
            if (inFlight)
                inFlight->wait(); // its rows are released below; may be sent again
            return giveUp(summary.error());
        }
        publishChanges(current.prepared.outcomes);
        report.sent += summary->sent;
        report.deferred += summary->deferred;
        report.failed += summary->failed;
        report.skipped += summary->skipped;
        report.released += summary->released;
        report.overtaken += summary->overtaken;
        report.remindersQueued += summary->remindersQueued;
        if (!next)
            return giveUp(next.error());
        if (!carryOn) {
            // Claimed but not sent (the relay went away): released below with the rest.
            report.claimed += int(next->rows.size());
            report.released += int(next->rows.size());
            break;
        }
        current = std::move(next.value());
    }
    sender.close();
    // Deferred rows kept their lease for the rest of the run (so it never retried them
    // twice); hand them back now, with anything claimed but not sent.
    if (auto r = m_repository.release(me); !r)
        return r.error();
    qCDebug(lcMail, "outbox: claim+render %lld ms, waiting for the relay %lld ms, record %lld ms",
            prepareNs / 1000000, waitNs / 1000000, recordNs / 1000000);
    if (!report.relayError.isEmpty())
        qCInfo(lcMail).noquote() << "outbox: relay problem:" << report.relayError;
    if (report.claimed > 0)
        qCInfo(lcMail) << "outbox:" << report.sent << "sent," << report.deferred << "deferred,"
                       << report.failed << "failed," << report.skipped << "skipped,"
                       << report.released << "left for later";
    return report;
}

void OutboxDispatcher::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &OutboxDispatcher::cycle);
    }
    m_idleRounds = 0;
    m_timer->start(0);
}

void OutboxDispatcher::stop()
{
    if (m_timer)
        m_timer->stop();
}

void OutboxDispatcher::wake()
{
    if (m_timer && !m_running)
        m_timer->start(0);
}

void OutboxDispatcher::cycle()
{
    m_running = true;
    auto report = runOnce(false);
    m_running = false;
    int delaySeconds = qMax(1, m_settings.pollSeconds);
    if (!report) {
        emit databaseProblem(report.error().message);
        delaySeconds = qMin(delaySeconds * 4, 300);
    } else {
        emit cycleFinished(report.value());
        if (!report->relayError.isEmpty()) {
            emit relayProblem(report->relayError);
            // The relay is down: try again later, less often the longer it stays down.
            ++m_idleRounds;
            delaySeconds = qMin(delaySeconds << qMin(m_idleRounds, 5), 600);
        } else {
            m_idleRounds = 0;
        }
    }
    if (m_timer)
        m_timer->start(delaySeconds * 1000);
}

} // namespace invitedesk
