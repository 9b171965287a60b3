#include "core/services/InvitationService.h"

#include "core/domain/InvitationLifecycle.h"
#include "core/domain/InvitePolicy.h"
#include "core/services/InvitationBatchLookup.h"
#include "core/services/InvitationPlanner.h"
#include "core/services/InvitationRecords.h"
#include "core/services/InvitationRowLookup.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/AuditLog.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/OutboxRepository.h"
#include "core/storage/PlatformSettingsRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

#include <memory>

Q_LOGGING_CATEGORY(lcInvitations, "invitedesk.invitations", QtInfoMsg)

namespace invitedesk {

namespace {
Error notFound()
{
    return Error::make(Error::Code::NotFound,
                       InvitationService::tr("No such invitation, or it is not one you may see."),
                       QStringLiteral("id"));
}
} // namespace

InvitationService::InvitationService(DatabasePtr database, ServiceConfig config)
    : m_database(std::move(database)), m_config(std::move(config))
{}

Result<Organization> InvitationService::organizationOf(Transaction& tx, const QString& id)
{
    auto org = OrganizationRepository(tx.database(), tx.db()).findById(id);
    if (!org)
        return org.error();
    if (!org.value())
        return Error::make(Error::Code::Internal, tr("The organisation of this user is missing."));
    return *org.value();
}

Result<void> InvitationService::queueMail(Transaction& tx, const Invitation& inv,
                                          const QDateTime& now)
{
    auto base = PlatformSettingsRepository(tx.database(), tx.db()).linkBase(m_config.publicUrl);
    if (!base)
        return base.error();
    return OutboxRepository::enqueue(tx,
                                     InvitationRecords(m_config, now, base.value()).message(inv));
}

Result<void> InvitationService::authoriseExisting(Transaction& tx, const Actor& actor,
                                                  const Invitation& inv)
{
    // Resend and update ask what create asked: may the actor invite this type under this
    // upline? An upline other than the one create gives by default counts as named.
    const bool byDefault = inv.parentUserId.isEmpty() ||
                           inv.parentUserId == invite_policy::defaultUpline(actor, inv.type);
    InvitationRowLookup lookup(tx.database(), tx.db(), actor);
    auto upline = InvitationPlanner(actor, lookup)
                      .upline(inv.type, byDefault ? QString() : inv.parentUserId, {});
    if (!upline)
        return upline.error();
    return {};
}

Result<Invitation> InvitationService::prepareCreate(Transaction& tx, InvitationPlanner& planner,
                                                    const Actor& actor,
                                                    const Organization& organization,
                                                    NewInvitation& input, const QDateTime& now)
{
    // No language given: the organisation's default, else the deployment's (InvitationRecords).
    if (input.language.trimmed().isEmpty() && !organization.defaultLanguage.isEmpty())
        input.language = organization.defaultLanguage;
    auto plan = planner.plan(input);
    if (!plan)
        return plan.error();
    const QString& parentId = plan->parentUserId;
    // The item names its upline as every read of it does (invite --json as show).
    QString parentEmail = parentId == actor.id ? actor.email : QString();
    if (!parentId.isEmpty() && parentId != actor.id) {
        auto parent = UserRepository(tx.database(), tx.db()).findById(parentId);
        if (!parent)
            return parent.error();
        parentEmail = parent.value() ? parent.value()->email : QString();
    }
    auto inv = InvitationRecords(m_config, now)
                   .pending(QUuid::createUuid().toString(QUuid::WithoutBraces), actor, organization,
                            input, plan->type, parentId);
    inv.parentUserEmail = parentEmail;
    return inv;
}

Result<Invitation> InvitationService::create(const Actor& actor, NewInvitation input)
{
    BulkResult r = createMany(actor, {std::move(input)});
    if (!r.items.first().ok)
        return *r.items.first().error;
    return r.items.first().invitation;
}

BulkResult InvitationService::createMany(const Actor& actor, QList<NewInvitation> inputs)
{
    BulkResult result;
    const QDateTime now = m_config.now();
    auto fail = [&](const Error& e) {
        result.items.clear();
        for (int i = 0; i < inputs.size(); ++i)
            result.items.append({i, {}, false, e, {}});
        return result;
    };
    // An invitation past its expiry is no longer open: it must not count as a conflict (the
    // look-ups read it as expired), and its expiry is recorded first, as the one-open-
    // invitation-per-e-mail index needs.
    ExpiryScope sameEmail;
    QStringList uplineEmails;
    for (const NewInvitation& input : std::as_const(inputs)) {
        NewInvitation normalised = input;                   // as the planner will read it
        (void)invitation_validation::normalise(normalised); // its refusals come later
        if (!normalised.email.isEmpty())
            sameEmail.emails << normalised.email;
        if (normalised.parentUserId.isEmpty() && !normalised.parentEmail.isEmpty())
            uplineEmails << normalised.parentEmail;
    }
    if (!sameEmail.isEmpty()) {
        if (auto r = expireScoped(sameEmail); !r)
            return fail(r.error());
    }
    Transaction tx(*m_database);
    if (auto r = tx.begin(); !r)
        return fail(r.error());

    auto org = organizationOf(tx, actor.organizationId);
    if (!org)
        return fail(org.error());
    // A batch's e-mails and named uplines are read in two statements, as an import's are,
    // not a few per row: 250 rows were 500 statements, each waiting its turn for a core on a
    // busy server (docs/performance.md, "Many desks"). A single invite asks row by row.
    std::unique_ptr<InvitationRowLookup> lookup;
    if (inputs.size() > 1) {
        sameEmail.emails.removeDuplicates();
        uplineEmails.removeDuplicates();
        auto batch = std::make_unique<InvitationBatchLookup>(tx.database(), tx.db(), actor);
        if (auto r = batch->prefetch(sameEmail.emails, uplineEmails); !r)
            return fail(r.error());
        lookup = std::move(batch);
    } else {
        lookup = std::make_unique<InvitationRowLookup>(tx.database(), tx.db(), actor);
    }
    InvitationPlanner planner(actor, *lookup, {org->dailyInviteQuota, now});
    QList<Invitation> accepted;
    QSet<QString> emailsInBatch;
    for (int i = 0; i < inputs.size(); ++i) {
        BulkItemResult item;
        item.index = i;
        auto prepared = prepareCreate(tx, planner, actor, *org, inputs[i], now);
        if (prepared && emailsInBatch.contains(prepared->email)) {
            prepared =
                Error::make(Error::Code::Conflict, tr("The e-mail appears twice in this batch."),
                            QStringLiteral("email"));
        }
        if (!prepared) {
            item.error = prepared.error();
        } else {
            item.ok = true;
            item.id = prepared->id;
            item.invitation = prepared.value();
            emailsInBatch.insert(prepared->email);
            accepted.append(prepared.value());
            planner.countPlanned();
        }
        result.items.append(item);
    }
    if (accepted.isEmpty())
        return result;

    InvitationRepository invitations(tx.database(), tx.db(), now);
    if (auto r = invitations.insertMany(accepted); !r)
        return fail(r.error());
    auto base = PlatformSettingsRepository(tx.database(), tx.db()).linkBase(m_config.publicUrl);
    if (!base)
        return fail(base.error());
    QList<OutboxMessage> mails;
    QList<AuditEvent> events;
    const InvitationRecords records(m_config, now, base.value());
    for (const Invitation& inv : std::as_const(accepted)) {
        mails.append(records.message(inv));
        events.append(records.created(actor, inv, inv.expiresAt.toString(Qt::ISODateWithMs)));
    }
    if (auto r = OutboxRepository::enqueueMany(tx, mails); !r)
        return fail(r.error());
    if (auto r = AuditLog::appendMany(tx, events); !r)
        return fail(r.error());
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    qCDebug(lcInvitations) << "created" << accepted.size() << "invitation(s)";
    return result;
}

Result<Invitation> InvitationService::loadVisible(Database& database, QSqlDatabase db,
                                                  const Actor& actor, const QString& id,
                                                  const QDateTime& now)
{
    if (!invitation_validation::isUuid(id.trimmed()))
        return Error::invalid(QStringLiteral("id"),
                              tr("\"%1\" is not an invitation id.").arg(id.left(40)));
    InvitationRepository invitations(database, db, now);
    auto visible = invitations.isVisibleTo(actor, id.trimmed());
    if (!visible)
        return visible.error();
    if (!visible.value())
        return notFound();
    auto found = invitations.findById(id.trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return notFound();
    return *found.value();
}

Result<Invitation> InvitationService::get(const Actor& actor, const QString& id)
{
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return loadVisible(*m_database, conn.value(), actor, id, m_config.now());
}

} // namespace invitedesk
