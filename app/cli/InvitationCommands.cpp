#include "app/cli/CliContext.h"
#include "core/services/InvitationService.h"
#include "core/storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
// The service every invitation command uses, after the expiry sweep so that what a
// command sees and changes reflects expiries that passed since the last run.
struct Session {
    DatabasePtr db;
    Actor actor;
    std::unique_ptr<InvitationService> service;
};

Result<Session> openSession(CliContext& ctx)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    auto actor = ctx.actor();
    if (!actor)
        return actor.error();
    Session s{db.value(), actor.value(),
              std::make_unique<InvitationService>(db.value(), ctx.serviceConfig())};
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
    QStringList lines;
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString v = it.value().isObject()
                        ? QString::fromUtf8(
                              QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                        : it.value().toVariant().toString();
        lines << QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -24).arg(v);
    }
    ctx.printLine(lines.join(QLatin1Char('\n')));
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
    in.details.npi = ctx.value(QStringLiteral("npi"));
    in.details.specialty = ctx.value(QStringLiteral("specialty"));
    in.details.territory = ctx.value(QStringLiteral("territory"));
    in.details.practiceName = ctx.value(QStringLiteral("practice"));
    in.details.companyName = ctx.value(QStringLiteral("company"));
    if (ctx.isSet(QStringLiteral("expires-days"))) {
        bool ok = false;
        const int days = ctx.value(QStringLiteral("expires-days")).toInt(&ok);
        if (!ok)
            return ctx.fail(
                Error::invalid(QStringLiteral("expires_days"),
                               QStringLiteral("The expiry must be a whole number of days.")));
        in.expiresDays = days;
    }
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
    InvitationQuery q;
    for (const QString& s :
         ctx.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = statuses::fromName(s);
        if (!status)
            return ctx.fail(
                Error::invalid(QStringLiteral("status"),
                               QStringLiteral("Unknown status \"%1\"; use one of: %2.")
                                   .arg(s, statuses::allNames().join(QStringLiteral(", ")))));
        q.statuses << *status;
    }
    for (const QString& t :
         ctx.value(QStringLiteral("type")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto type = invitation_types::fromName(t);
        if (!type)
            return ctx.fail(
                Error::invalid(QStringLiteral("type"),
                               QStringLiteral("Unknown invitation type \"%1\"; use one of: %2.")
                                   .arg(t, roles::allNames().join(QStringLiteral(", ")))));
        q.types << *type;
    }
    q.search = ctx.value(QStringLiteral("search"));
    q.limit = 100;
    if (ctx.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        q.limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || q.limit < 0)
            return ctx.fail(
                Error::invalid(QStringLiteral("limit"),
                               QStringLiteral("The limit must be 0 (all) or a positive number.")));
    }
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    auto page = session->service->list(session->actor, q);
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
    auto events = AuditLog(session->db).forInvitation(inv->id);
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

int reportBulk(CliContext& ctx, const BulkResult& result, const QString& verb)
{
    if (ctx.json()) {
        QJsonArray items;
        for (const BulkItemResult& item : result.items) {
            items.append(bulkItemJson(item));
        }
        ctx.print(result.items.size() == 1 && result.items.first().ok
                      ? QJsonValue(items.first().toObject()["invitation"])
                      : QJsonValue(items));
    } else {
        for (const BulkItemResult& item : result.items) {
            if (item.ok)
                ctx.printLine(QStringLiteral("%1: %2").arg(item.id, verb));
        }
    }
    int code = ExitDone;
    for (const BulkItemResult& item : result.items) {
        if (!item.ok) {
            QTextStream(stderr) << "invitedesk: " << item.id << ": " << item.error->describe()
                                << "\n";
            code = std::max(code, CliContext::exitCodeFor(*item.error));
        }
    }
    return code;
}

int runCancel(CliContext& ctx)
{
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    return reportBulk(ctx,
                      session->service->cancelMany(session->actor, ctx.positional(),
                                                   ctx.value(QStringLiteral("reason"))),
                      QStringLiteral("cancelled"));
}

int runResend(CliContext& ctx)
{
    auto session = openSession(ctx);
    if (!session)
        return ctx.fail(session.error());
    return reportBulk(ctx, session->service->resendMany(session->actor, ctx.positional()),
                      QStringLiteral("resent"));
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
                      opt("language", "E-mail and page language: en or es.", "LANG"),
                      opt("npi", "Doctor: NPI (10 digits).", "NPI"),
                      opt("specialty", "Doctor: specialty.", "TEXT"),
                      opt("territory", "Sales/distributor: territory.", "TEXT"),
                      opt("practice", "Doctor or practice staff: practice name.", "TEXT"),
                      opt("company", "IVR company / shipping logistics: company name.", "TEXT")};
    invite.run = runInvite;
    commands.append(invite);

    Command list;
    list.words = {QStringLiteral("list")};
    list.summary = QStringLiteral("List invitations you may see (newest 100; --limit 0 for all).");
    list.options = {opt("status", "Only these statuses (comma-separated).", "S"),
                    opt("type", "Only these types (comma-separated).", "T"),
                    opt("search", "Search e-mail and names.", "Q"),
                    opt("limit", "At most N (0 = all).", "N")};
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

    Command cancel;
    cancel.words = {QStringLiteral("cancel")};
    cancel.summary = QStringLiteral("Cancel invitations.");
    cancel.options = {opt("reason", "Why (kept in the audit log).", "R")};
    cancel.positionalName = QStringLiteral("ID");
    cancel.positionalHelp = QStringLiteral("Invitation ids.");
    cancel.positionalRequired = true;
    cancel.positionalMany = true;
    cancel.run = runCancel;
    commands.append(cancel);

    Command resend;
    resend.words = {QStringLiteral("resend")};
    resend.summary =
        QStringLiteral("Resend invitations with a new link (the old one stops working).");
    resend.positionalName = QStringLiteral("ID");
    resend.positionalHelp = QStringLiteral("Invitation ids.");
    resend.positionalRequired = true;
    resend.positionalMany = true;
    resend.run = runResend;
    commands.append(resend);
}

} // namespace invitedesk::cli
