#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"
#include "core/domain/InvitationQuery.h"
#include "core/domain/Organization.h"
#include "core/domain/User.h"
#include "core/services/InvitationRequests.h"
#include "core/services/ResendPreview.h"
#include "core/services/ServiceConfig.h"
#include "core/services/Statistics.h"
#include "core/storage/Database.h"
#include "core/storage/InvitationRepository.h"

#include <QCoreApplication>

namespace invitedesk {

class InvitationPlanner;
class Transaction;

// The one API the GUI, the command line and the handler use for invitations. Every call
// checks the actor's permission and downline visibility; every change is one transaction
// with its audit event and, where mail goes out, its outbox row.
class InvitationService {
    Q_DECLARE_TR_FUNCTIONS(InvitationService)

public:
    InvitationService(DatabasePtr database, ServiceConfig config);

    Result<Invitation> create(const Actor& actor, NewInvitation input);
    BulkResult createMany(const Actor& actor, QList<NewInvitation> inputs);
    Result<Invitation> get(const Actor& actor, const QString& id);
    Result<Invitation> update(const Actor& actor, const QString& id,
                              const InvitationUpdate& change);
    Result<Invitation> cancel(const Actor& actor, const QString& id, const QString& reason);
    Result<Invitation> resend(const Actor& actor, const QString& id);
    // One transaction: refused items are reported and skipped, the rest commit together.
    BulkResult cancelMany(const Actor& actor, const QStringList& ids, const QString& reason);
    BulkResult resendMany(const Actor& actor, const QStringList& ids);
    // What resendMany() would do to these invitations, changing nothing: each one's new
    // expiry (resend_policy: now plus its own validity period, never earlier than the expiry
    // it has), whether its last send was under an hour ago and whether its address bounced.
    // Those the actor cannot see or resend are counted in `skipped`. The desk's confirmation.
    Result<ResendPreview> resendPreview(const Actor& actor, const QStringList& ids);
    // The address of an invitation whose e-mail bounced (status failed) corrected, and the
    // invitation resent to it: one transaction with its audit events (invitation.updated
    // naming the old and the new address, then invitation.resent). Refused for an invitation
    // whose mail did not bounce, and when the new address equals the old one.
    Result<Invitation> correctAddress(const Actor& actor, const QString& id, const QString& email,
                                      std::optional<int> expectedVersion = {});
    // When the outbox will next try the invitation's waiting e-mail (after a "try again
    // later" reply); invalid when no e-mail of it is waiting.
    Result<QDateTime> nextMailAttempt(const Actor& actor, const QString& id);

    // What the create dialog starts with for the actor: the e-mail language (the
    // organisation's default-language, else the deployment's), the validity (the
    // organisation's expiry-days) and the practice (invite_policy::prefilledPractice).
    struct CreateDefaults {
        QString language;
        int expiryDays = 7;
        QString practiceName;
    };
    Result<CreateDefaults> createDefaults(const Actor& actor);
    // A new live link to an open invitation, for staff who phone or text the invitee. The
    // same permission as resend (visible, and the actor could have created it). Only the
    // token's SHA-256 is stored (invitation_links, kind "invitation"); the token is returned
    // once, to be shown as MailRenderer::inviteLink(linkBase, token) and never logged or kept. The
    // invitation's earlier links stay valid (the e-mail the invitee has still works); its status,
    // expiry and version are unchanged; a later resend revokes every link, this one included. One
    // transaction with its audit event invitation.link_shared (without the token).
    struct SharedLink {
        QString token;
        QString linkBase; // where links start (linkBase())
        QString invitationId;
        QDateTime expiresAt; // the invitation's
    };
    Result<SharedLink> shareLink(const Actor& actor, const QString& id);
    // Where links start: the platform's stored address, else this deployment's public URL.
    Result<QString> linkBase();

    Result<InvitationPage> list(const Actor& actor, const InvitationQuery& query);
    Result<qint64> count(const Actor& actor, const InvitationQuery& query);
    // A list's first page and its size, as a desk's tab shows them: a page that holds the whole
    // list is its own count (no second statement); a longer list is counted up to
    // `countAtMost` (0 = exactly). Beyond it, total is countAtMost and totalIsAtLeast is set.
    struct CountedPage {
        InvitationPage page;
        qint64 total = 0;
        bool totalIsAtLeast = false;
    };
    Result<CountedPage> listCounted(const Actor& actor, const InvitationQuery& query,
                                    qint64 countAtMost = 0);
    // What a list showing the invitations `ids` under `filters` reads after they changed
    // elsewhere: those the actor still sees and that still match (fresh), and those the actor
    // still sees that no longer do (to leave the list). Ids the actor no longer sees are in
    // neither. Two queries, whatever the number of ids; InvalidInput on "ids" for a bad id.
    struct Recheck {
        QList<Invitation> matching;
        QStringList notMatching;
    };
    Result<Recheck> recheck(const Actor& actor, const QStringList& ids,
                            const InvitationQuery& filters);
    // Over the invitations created within `range` (everything by default); InvalidInput on
    // "to" for a range that ends before it starts. The breakdown by inviter holds every
    // inviter, or with `inviterLimit` > 0 the first that many (most invitations first) and any
    // tied with the last of them; inviterCount says how many there are in all.
    Result<Statistics> statistics(const Actor& actor, const QString& scopeUserId = {},
                                  const StatisticsRange& range = {}, int inviterLimit = 0);
    // Whether the actor may narrow the list and the statistics to that member's downline
    // (query.scopeUserId): ok, or the error list() would give (field "scope"). The desk's
    // People page asks it before offering "Show their invitations".
    Result<void> checkScope(const Actor& actor, const QString& scopeUserId);
    // Users the actor may name as upline or pick in statistics (itself and its downline).
    Result<QList<User>> downline(const Actor& actor);
    // Whether the e-mail already has an open invitation (visible or not) or an account, for
    // the create dialog's warnings.
    struct EmailCheck {
        bool hasAccount = false;
        QString openInvitationId; // visible to the actor, or empty
        bool hasOpenInvitation = false;
    };
    Result<EmailCheck> checkEmail(const Actor& actor, const QString& email);

    // Expiry without remembering. Every read above presents an invitation past its expiry as
    // expired (storage's status_sql::current), so no read waits for, or runs, a sweep. The
    // sweep records the expiry (status, audit event, queued mail cancelled; one transaction
    // per batch of kExpiryBatch): every change above first sweeps the invitations it touches
    // (and those sharing their e-mail), and a schedule sweeps the rest in bounded runs (the
    // desk's background worker, `serve` and `outbox run`: ExpirySweeper).
    struct ExpirySweep {
        QList<Invitation> expired; // as they now are
        bool more = false;         // stopped at maxRows: more may be due
    };
    static constexpr int kExpiryBatch = 500;
    // Records the expiry of up to maxRows overdue invitations, oldest expiry first.
    Result<ExpirySweep> sweepExpired(int maxRows);
    // Records every overdue invitation's expiry (batch by batch, however many). Returns how
    // many. For maintenance and tests; scheduled runs use sweepExpired().
    Result<int> expireDue();

    const ServiceConfig& config() const { return m_config; }
    DatabasePtr database() const { return m_database; }

private:
    // The invitation one input makes, checked by the planner (inside tx, whose look-ups it
    // uses) and its upline named as every read of it names it.
    Result<Invitation> prepareCreate(Transaction& tx, InvitationPlanner& planner,
                                     const Actor& actor, const Organization& organization,
                                     NewInvitation& input, const QDateTime& now);
    // Resend and update: whether the actor could have created the invitation as it stands.
    Result<void> authoriseExisting(Transaction& tx, const Actor& actor,
                                   const Invitation& invitation);
    Result<Invitation> loadVisible(Database& database, QSqlDatabase db, const Actor& actor,
                                   const QString& id, const QDateTime& now);
    // One transaction: records the expiry of up to `limit` overdue invitations in scope.
    Result<QList<Invitation>> expireBatch(const ExpiryScope& scope, int limit,
                                          const QDateTime& now);
    // Records the expiry of every overdue invitation in scope (the few a change touches).
    Result<void> expireScoped(const ExpiryScope& scope);
    Result<Invitation> cancelIn(Transaction& tx, const Actor& actor, const QString& id,
                                const QString& reason, const QDateTime& now);
    Result<Invitation> resendIn(Transaction& tx, const Actor& actor, const QString& id,
                                const QDateTime& now);
    Result<Organization> organizationOf(Transaction& tx, const QString& id);
    Result<void> queueMail(Transaction& tx, const Invitation& invitation, const QDateTime& now);
    template <typename Fn>
    BulkResult runBulk(const Actor& actor, const QStringList& ids, Fn&& each);

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
