#include "app/cli/CliContext.h"
#include "core/services/BackendServices.h"

#include <QJsonArray>
#include <QJsonObject>

namespace invitedesk::cli {

// The people of the hierarchy: `user list/show/deactivate/reactivate/unlock/move/password/
// reset-password`. Thin adapters over PeopleService and PasswordResetService, which hold every
// rule (people_policy).
namespace {
QString personLine(const Person& p)
{
    const User& u = p.user;
    return QStringLiteral("%1  %2  %3  %4  upline %5%6")
        .arg(u.email, roles::name(u.role),
             u.isActive ? QStringLiteral("active") : QStringLiteral("deactivated"),
             u.fullName().isEmpty() ? QStringLiteral("-") : u.fullName(),
             p.parentEmail.isEmpty() ? QStringLiteral("-") : p.parentEmail,
             p.lockedUntil.isValid()
                 ? QStringLiteral("  locked until ") + p.lockedUntil.toUTC().toString(Qt::ISODate)
                 : QString());
}

// The one positional USER_EMAIL of a command, or a usage error.
std::optional<QString> onePerson(CliContext& ctx, int* exitCode)
{
    const QStringList args = ctx.positional();
    if (args.size() != 1) {
        *exitCode = ctx.usage(QStringLiteral("name one person (USER_EMAIL)"));
        return std::nullopt;
    }
    return args.first();
}

int printPerson(CliContext& ctx, const Person& p, const QString& done)
{
    if (ctx.json())
        ctx.print(PeopleService::toJson(p));
    else
        ctx.printLine(done);
    return ExitDone;
}

int runUserList(CliContext& ctx)
{
    PeopleQuery query;
    query.role = ctx.value(QStringLiteral("role"));
    if (ctx.isSet(QStringLiteral("inactive")))
        query.active = false;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto people = session->backend->people().list(session->actor, query);
    if (!people)
        return ctx.fail(people.error());
    if (ctx.json()) {
        QJsonArray items;
        for (const Person& p : people.value())
            items.append(PeopleService::toJson(p));
        ctx.print(items);
        return ExitDone;
    }
    if (people->isEmpty())
        ctx.printLine(QStringLiteral("No people."));
    for (const Person& p : people.value())
        ctx.printLine(personLine(p));
    return ExitDone;
}

int runUserShow(CliContext& ctx)
{
    int code = ExitDone;
    const auto who = onePerson(ctx, &code);
    if (!who)
        return code;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto details = session->backend->people().show(session->actor, *who);
    if (!details)
        return ctx.fail(details.error());
    if (ctx.json()) {
        ctx.print(PeopleService::toJson(details.value()));
        return ExitDone;
    }
    const Person& p = details->person;
    ctx.printLine(personLine(p));
    ctx.printLine(QStringLiteral("id %1, created %2%3")
                      .arg(p.user.id, p.user.createdAt.toUTC().toString(Qt::ISODate),
                           p.invitedByEmail.isEmpty()
                               ? QString()
                               : QStringLiteral(", invited by ") + p.invitedByEmail));
    ctx.printLine(QStringLiteral("downline: %1 direct, %2 in all; invitations sent: %3 open, %4 "
                                 "accepted")
                      .arg(details->directDownline)
                      .arg(details->totalDownline)
                      .arg(details->openInvitations)
                      .arg(details->acceptedInvitations));
    return ExitDone;
}

int runUserDeactivate(CliContext& ctx)
{
    int code = ExitDone;
    const auto who = onePerson(ctx, &code);
    if (!who)
        return code;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto person = session->backend->people().deactivate(session->actor, *who,
                                                        ctx.value(QStringLiteral("reason")));
    if (!person)
        return ctx.fail(person.error());
    return printPerson(
        ctx, person.value(),
        QStringLiteral("Deactivated %1: they can no longer sign in.").arg(person->user.email));
}

int runUserReactivate(CliContext& ctx)
{
    int code = ExitDone;
    const auto who = onePerson(ctx, &code);
    if (!who)
        return code;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto person = session->backend->people().reactivate(session->actor, *who);
    if (!person)
        return ctx.fail(person.error());
    return printPerson(ctx, person.value(),
                       QStringLiteral("Reactivated %1.").arg(person->user.email));
}

int runUserUnlock(CliContext& ctx)
{
    int code = ExitDone;
    const auto who = onePerson(ctx, &code);
    if (!who)
        return code;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto person = session->backend->people().unlock(session->actor, *who);
    if (!person)
        return ctx.fail(person.error());
    return printPerson(
        ctx, person.value(),
        QStringLiteral("Unlocked %1: they may sign in again.").arg(person->user.email));
}

int runUserMove(CliContext& ctx)
{
    int code = ExitDone;
    const auto who = onePerson(ctx, &code);
    if (!who)
        return code;
    if (ctx.value(QStringLiteral("parent")).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("missing --parent NEW_UPLINE_EMAIL"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto person =
        session->backend->people().move(session->actor, *who, ctx.value(QStringLiteral("parent")));
    if (!person)
        return ctx.fail(person.error());
    return printPerson(ctx, person.value(),
                       QStringLiteral("Moved %1 (with their downline) under %2.")
                           .arg(person->user.email, person->parentEmail));
}

int runUserPassword(CliContext& ctx)
{
    QString current;
    auto actor = ctx.actor(&current);
    if (!actor)
        return ctx.fail(actor.error());
    auto backend = ctx.backend();
    if (!backend)
        return ctx.fail(backend.error());
    const QString fresh = CliContext::readSecret(QStringLiteral("INVITEDESK_NEW_PASSWORD"),
                                                 QStringLiteral("New password: "));
    auto changed = backend.value()->people().changeOwnPassword(actor.value(), current, fresh);
    if (!changed)
        return ctx.fail(changed.error());
    if (ctx.json())
        ctx.print(QJsonObject{{QStringLiteral("id"), actor->id},
                              {QStringLiteral("email"), actor->email},
                              {QStringLiteral("password_changed"), true}});
    else
        ctx.printLine(QStringLiteral("Password changed for %1.").arg(actor->email));
    return ExitDone;
}

int runUserResetPassword(CliContext& ctx)
{
    int code = ExitDone;
    const auto who = onePerson(ctx, &code);
    if (!who)
        return code;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto person = session->backend->passwordResets().requestReset(session->actor, *who);
    if (!person)
        return ctx.fail(person.error());
    if (ctx.json()) {
        QJsonObject item = PeopleService::toJson(person.value());
        item.insert(QStringLiteral("password_reset_queued"), true);
        ctx.print(item);
        return ExitDone;
    }
    ctx.printLine(QStringLiteral("Queued a password reset e-mail to %1: its link works once, for "
                                 "24 hours from when it is sent.")
                      .arg(person->user.email));
    return ExitDone;
}

Command personCommand(const QString& word, const QString& summary, int (*run)(CliContext&))
{
    Command c;
    c.words = {QStringLiteral("user"), word};
    c.summary = summary;
    c.positionalName = QStringLiteral("USER_EMAIL");
    c.positionalHelp = QStringLiteral("The person's e-mail address (or id).");
    c.positionalRequired = true;
    c.run = run;
    return c;
}
} // namespace

void addPeopleCommands(QList<Command>& commands)
{
    Command list;
    list.words = {QStringLiteral("user"), QStringLiteral("list")};
    list.summary = QStringLiteral("List the people you may see: your downline (admin: everyone).");
    list.description = QStringLiteral(
        "List the people --as may see, by e-mail: themselves and their downline (an office "
        "admin also the staff of its practice; an admin everyone). With --json each item has "
        "id, email, first_name, last_name, role, parent_email, active, created_at, "
        "invited_by_email, invitation_id, locked_until (null unless the account is locked "
        "after 10 failed sign-ins in a row) and db_role (the person's own PostgreSQL login; "
        "null on SQLite).");
    list.options = {{QStringLiteral("role"),
                     QStringLiteral("Only people of this role (e.g. sales)."), QStringLiteral("R")},
                    {QStringLiteral("inactive"), QStringLiteral("Only the deactivated people.")}};
    list.run = runUserList;
    commands.append(list);

    Command show = personCommand(
        QStringLiteral("show"),
        QStringLiteral("Show a person you may see, with their downline and invitations counted."),
        runUserShow);
    show.description =
        QStringLiteral("Show one person as `user list` does, plus direct_downline, total_downline, "
                       "open_invitations and accepted_invitations (the invitations they sent).");
    commands.append(show);

    Command deactivate =
        personCommand(QStringLiteral("deactivate"),
                      QStringLiteral("Deactivate a person in your downline: they can no longer "
                                     "sign in (their invitations and downline stay)."),
                      runUserDeactivate);
    deactivate.options = {{QStringLiteral("reason"),
                           QStringLiteral("Why (kept in the audit log, at most 500 characters)."),
                           QStringLiteral("TEXT")}};
    commands.append(deactivate);

    commands.append(personCommand(QStringLiteral("reactivate"),
                                  QStringLiteral("Reactivate a deactivated person in your "
                                                 "downline: they may sign in again."),
                                  runUserReactivate));

    Command unlock =
        personCommand(QStringLiteral("unlock"),
                      QStringLiteral("Unlock an account locked after 10 failed sign-ins in a row."),
                      runUserUnlock);
    unlock.description = QStringLiteral(
        "Lift the 15-minute lock that 10 failed sign-ins in a row put on an account, and start "
        "its count of failures afresh (audit event user.unlocked). Allowed where `user "
        "reactivate` is (admin: anyone; an upline: people in their downline whose role the "
        "invite matrix lets them invite), never for oneself; refused (exit 1) when the account "
        "is not locked.");
    commands.append(unlock);

    Command move = personCommand(
        QStringLiteral("move"),
        QStringLiteral("Move a person, with their downline, under another upline."), runUserMove);
    move.description = QStringLiteral(
        "Move a person in your downline, with everyone below them, under another upline: one "
        "in your downline (admin: anyone) whose role may be the person's upline, and not in the "
        "person's own downline.");
    move.options = {{QStringLiteral("parent"), QStringLiteral("The new upline's e-mail."),
                     QStringLiteral("EMAIL")}};
    commands.append(move);

    Command password;
    password.words = {QStringLiteral("user"), QStringLiteral("password")};
    password.summary = QStringLiteral("Change your own password (the new one from "
                                      "INVITEDESK_NEW_PASSWORD).");
    password.description = QStringLiteral(
        "Change the password of --as: the current one from INVITEDESK_PASSWORD (or the "
        "terminal), the new one from INVITEDESK_NEW_PASSWORD (or the terminal). The new one "
        "follows the password policy: at least 12 characters, not the e-mail address, not a "
        "common password.");
    password.run = runUserPassword;
    commands.append(password);

    Command reset = personCommand(
        QStringLiteral("reset-password"),
        QStringLiteral("E-mail a person in your downline a link to choose a new password."),
        runUserResetPassword);
    reset.description = QStringLiteral(
        "Queue an e-mail to the person with a link to set a new password (GET /reset/{token} on "
        "`serve` or the desk's handler). The outbox sends it (`serve`, the desk, or `outbox "
        "run`); the link's token is made then and only its hash is kept. The link works once, "
        "for 24 hours, and a newer reset e-mail replaces it. Allowed where `user deactivate` "
        "is (admin: anyone; an upline: people in their downline whose role the invite matrix "
        "lets them invite), never for oneself (use `user password`) nor for a deactivated "
        "person (reactivate them first). With --json: the person's item as `user list` prints "
        "it, plus password_reset_queued.");
    commands.append(reset);
}

} // namespace invitedesk::cli
