#include "app/cli/CliContext.h"
#include "app/cli/InvitationFilterOptions.h"
#include "core/mail/MailRenderer.h"
#include "core/services/AuditService.h"
#include "core/services/InvitationService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
// The service every invitation command uses, after the expiry sweep so that what a
// command sees and changes reflects expiries that passed since the last run.
struct Session {
    BackendPtr backend;
    Actor actor;
    std::unique_ptr<InvitationService> service;
};

Result<Session> openSession(CliContext& ctx)
{
    auto backend = ctx.backend();
    if (!backend)
        return backend.error();
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    Session s{backend.value(), actor.value(),
              std::make_unique<InvitationService>(backend.value()->invitations())};
    return s;
}

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("-");
}

void printInvitationText(CliContext& ctx, const Invitation& inv)
{
    const QJsonObject o = inv.toJson();
    // The item's API names of message and details (invitation_message, npi, ...) would only
    // repeat those lines.
    static const QStringList kRepeats = {
        QStringLiteral("invitation_message"), QStringLiteral("npi"),
        QStringLiteral("specialty"),          QStringLiteral("territory"),
        QStringLiteral("practice_name"),      QStringLiteral("company_name")};
    QStringList lines;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (kRepeats.contains(it.key()))
            continue;
        QString v = it.value().isObject()
                        ? QString::fromUtf8(
                              QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                        : it.value().toVariant().toString();
        lines << QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -24).arg(v);
    }
    ctx.printLine(lines.join(QLatin1Char('\n')));
}

// One option per type field, named as its errors name it (detail_fields::name), for both
// invite and update.
QList<QCommandLineOption> typeFieldOptions()
{
    QList<QCommandLineOption> options;
    for (const DetailField field : detail_fields::all()) {
        QString help, value = QStringLiteral("TEXT");
        switch (field) {
        case DetailField::Npi:
            help = QStringLiteral("Doctor: NPI (10 digits).");
            value = QStringLiteral("NPI");
            break;
        case DetailField::Specialty:
            help = QStringLiteral("Doctor: specialty.");
            break;
        case DetailField::Territory:
            help = QStringLiteral("Sales/distributor: territory.");
            break;
        case DetailField::PracticeName:
            help = QStringLiteral("Doctor or practice staff: practice name.");
            break;
        case DetailField::CompanyName:
            help = QStringLiteral("IVR company / shipping logistics: company name.");
            break;
        }
        options.append(QCommandLineOption(detail_fields::name(field), help, value));
    }
    return options;
}

// The type fields given on the command line (--npi, --specialty, ...), in detail_fields order,
// each with its value as given; empty when none was.
QList<QPair<DetailField, QString>> typeFieldsGiven(const CliContext& ctx)
{
    QList<QPair<DetailField, QString>> given;
    for (const DetailField field : detail_fields::all()) {
        if (ctx.isSet(detail_fields::name(field)))
            given.append({field, ctx.value(detail_fields::name(field))});
    }
    return given;
}

// `given` laid over `base`.
InvitationDetails withFields(InvitationDetails base,
                             const QList<QPair<DetailField, QString>>& given)
{
    for (const auto& [field, value] : given)
        detail_fields::setValue(base, field, value);
    return base;
}

// --expires-days as a number; nullopt when not given.
Result<std::optional<int>> expiresDays(const CliContext& ctx)
{
    if (!ctx.isSet(QStringLiteral("expires-days")))
        return std::optional<int>();
    bool ok = false;
    const int days = ctx.value(QStringLiteral("expires-days")).toInt(&ok);
    if (!ok)
        return Error::invalid(QStringLiteral("expires_days"),
                              QStringLiteral("The expiry must be a whole number of days."));
    return std::optional<int>(days);
}

int runInvite(CliContext& ctx)
{
    for (const char* required : {"email", "type", "first", "last"}) {
        if (!ctx.isSet(QString::fromLatin1(required)))
            return ctx.usage(QStringLiteral("missing --%1").arg(QString::fromLatin1(required)));
    }
    NewInvitation in;
    in.email = ctx.value(QStringLiteral("email"));
    in.type = ctx.value(QStringLiteral("type"));
    in.firstName = ctx.value(QStringLiteral("first"));
    in.lastName = ctx.value(QStringLiteral("last"));
    in.parentEmail = ctx.value(QStringLiteral("parent"));
    in.message = ctx.value(QStringLiteral("message"));
    in.language = ctx.value(QStringLiteral("language"));
    in.details = withFields({}, typeFieldsGiven(ctx));
    auto days = expiresDays(ctx);
    if (!days)
        return ctx.fail(days.error());
    in.expiresDays = days.value();
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto inv = session->service->create(session->actor, in);
    if (!inv)
        return ctx.fail(inv.error());
    if (ctx.json())
        ctx.print(inv->toJson());
    else
        ctx.printLine(QStringLiteral("Invited %1 as %2 (id %3), expires %4.")
                          .arg(inv->email, invitation_types::name(inv->type), inv->id,
                               shortTime(inv->expiresAt)));
    return ExitDone;
}

int runList(CliContext& ctx)
{
    auto q = invitationQueryFrom(ctx, 100);
    if (!q)
        return ctx.fail(q.error());
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto page = session->service->list(session->actor, q.value());
    if (!page)
        return ctx.fail(page.error());
    if (ctx.json()) {
        QJsonArray items;
        for (const Invitation& inv : page->items)
            items.append(inv.toJson());
        ctx.print(items);
        return ExitDone;
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("ID"), -36)
               .arg(QStringLiteral("STATUS"), -9)
               .arg(QStringLiteral("TYPE"), -18)
               .arg(QStringLiteral("EXPIRES"), -16)
               .arg(QStringLiteral("E-MAIL / NAME"));
    for (const Invitation& inv : page->items) {
        out << QStringLiteral("%1  %2  %3  %4  %5 (%6)\n")
                   .arg(inv.id, -36)
                   .arg(statuses::name(inv.status), -9)
                   .arg(invitation_types::name(inv.type), -18)
                   .arg(shortTime(inv.expiresAt), -16)
                   .arg(inv.email, inv.fullName());
    }
    if (page->hasMore)
        out << "(more: use --limit 0 for all)\n";
    return ExitDone;
}

int runShow(CliContext& ctx)
{
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto inv = session->service->get(session->actor, ctx.positional().first());
    if (!inv)
        return ctx.fail(inv.error());
    auto events = session->backend->audit().timeline(session->actor, inv->id);
    if (!events)
        return ctx.fail(events.error());
    if (ctx.json()) {
        QJsonObject o = inv->toJson();
        QJsonArray timeline;
        for (const AuditEvent& e : events.value())
            timeline.append(
                QJsonObject{{QStringLiteral("at"), e.occurredAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("actor_user_id"), e.actorUserId},
                            {QStringLiteral("details"), e.details}});
        o.insert(QStringLiteral("timeline"), timeline);
        ctx.print(o);
        return ExitDone;
    }
    printInvitationText(ctx, inv.value());
    ctx.printLine(QStringLiteral("\nTimeline:"));
    for (const AuditEvent& e : events.value())
        ctx.printLine(QStringLiteral("  %1  %2").arg(shortTime(e.occurredAt), e.action));
    return ExitDone;
}

// The command-line form of the desk's edit dialog: the options given change, the rest stays;
// refused (naming the field, changing nothing) by the same service call and rules.
int runUpdate(CliContext& ctx)
{
    InvitationUpdate change;
    const auto text = [&](const char* option) -> std::optional<QString> {
        const QString name = QString::fromLatin1(option);
        return ctx.isSet(name) ? std::optional<QString>(ctx.value(name)) : std::nullopt;
    };
    change.firstName = text("first");
    change.lastName = text("last");
    change.message = text("message");
    auto days = expiresDays(ctx);
    if (!days)
        return ctx.fail(days.error());
    change.expiresDays = days.value();
    // Read once; laid over the stored fields once the invitation is loaded.
    const auto fields = typeFieldsGiven(ctx);
    if (!change.firstName && !change.lastName && !change.message && !change.expiresDays &&
        fields.isEmpty())
        return ctx.usage(QStringLiteral("nothing to change: give at least one of --message, "
                                        "--first, --last, --expires-days, --npi, --specialty, "
                                        "--territory, --practice, --company"));
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    const QString id = ctx.positional().first();
    auto original = session->service->get(session->actor, id);
    if (!original)
        return ctx.fail(original.error());
    if (!fields.isEmpty())
        change.details = withFields(original->details, fields);
    change.expectedVersion = original->version;
    auto updated = session->service->update(session->actor, id, change);
    if (!updated)
        return ctx.fail(updated.error());
    if (ctx.json())
        ctx.print(updated->toJson());
    else
        printInvitationText(ctx, updated.value());
    return ExitDone;
}
// A new live link to an open invitation, printed once for the person to pass on (the
// desk's "Create a link to share"); audited, only its hash stored, never logged.
int runShareLink(CliContext& ctx)
{
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto shared = session->service->shareLink(session->actor, ctx.positional().first());
    if (!shared)
        return ctx.fail(shared.error());
    const QString link = MailRenderer::inviteLink(shared->linkBase, shared->token);
    if (ctx.json()) {
        ctx.print(QJsonObject{
            {QStringLiteral("id"), shared->invitationId},
            {QStringLiteral("link"), link},
            {QStringLiteral("expires_at"), shared->expiresAt.toString(Qt::ISODateWithMs)}});
        return ExitDone;
    }
    ctx.printLine(link);
    return ExitDone;
}
} // namespace

void addInvitationCommands(QList<Command>& commands)
{
    const auto opt = [](const char* name, const char* help, const char* value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    Command invite;
    invite.words = {QStringLiteral("invite")};
    invite.summary = QStringLiteral("Invite someone (queues the e-mail).");
    invite.options = {opt("email", "Invitee's e-mail.", "E"),
                      opt("type", "Invitation type (doctor, sales, distributor, ...).", "T"),
                      opt("first", "First name.", "F"),
                      opt("last", "Last name.", "L"),
                      opt("parent", "Upline: a member of your downline, by e-mail.", "EMAIL"),
                      opt("message", "Personal message in the e-mail.", "M"),
                      opt("expires-days", "Days until the link expires.", "N"),
                      opt("language", "E-mail and page language: en or es.", "LANG")};
    invite.options += typeFieldOptions();
    invite.run = runInvite;
    commands.append(invite);

    Command list;
    list.words = {QStringLiteral("list")};
    list.summary = QStringLiteral("List invitations you may see (newest 100; --limit 0 for all).");
    list.options = invitationFilterOptions();
    list.options += limitOption(QStringLiteral("At most N (0 = all)."));
    list.run = runList;
    commands.append(list);

    Command show;
    show.words = {QStringLiteral("show")};
    show.summary = QStringLiteral("Show one invitation with its timeline.");
    show.positionalName = QStringLiteral("ID");
    show.positionalHelp = QStringLiteral("Invitation id.");
    show.positionalRequired = true;
    show.run = runShow;
    commands.append(show);

    Command update;
    update.words = {QStringLiteral("update")};
    update.summary = QStringLiteral("Change an open invitation (as the desk's edit dialog does).");
    update.options = {opt("first", "First name.", "F"), opt("last", "Last name.", "L"),
                      opt("message", "Personal message in the e-mail.", "M"),
                      opt("expires-days", "The link expires this many days from now.", "N")};
    update.options += typeFieldOptions();
    update.positionalName = QStringLiteral("ID");
    update.positionalHelp = QStringLiteral("Invitation id.");
    update.positionalRequired = true;
    update.run = runUpdate;
    commands.append(update);

    Command share;
    share.words = {QStringLiteral("share-link")};
    share.summary = QStringLiteral("Print a new link to an open invitation, once (audited).");
    share.positionalName = QStringLiteral("ID");
    share.positionalHelp = QStringLiteral("Invitation id.");
    share.positionalRequired = true;
    share.run = runShareLink;
    commands.append(share);
}

} // namespace invitedesk::cli
