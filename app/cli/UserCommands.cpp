#include "app/cli/CliContext.h"
#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"

#include <QJsonObject>

namespace invitedesk::cli {

namespace {
QJsonObject userJson(const User& u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("first_name"), u.firstName},
                       {QStringLiteral("last_name"), u.lastName},
                       {QStringLiteral("role"), roles::name(u.role)},
                       {QStringLiteral("organization_id"), u.organizationId},
                       {QStringLiteral("organization"), u.organizationName},
                       {QStringLiteral("parent_user_id"), u.parentUserId}};
}

int runUserAdd(CliContext& ctx)
{
    for (const char* required : {"email", "role", "first", "last"}) {
        if (!ctx.isSet(QString::fromLatin1(required)))
            return ctx.usage(QStringLiteral("missing --%1").arg(QString::fromLatin1(required)));
    }
    auto backend = ctx.backend();
    if (!backend)
        return ctx.fail(backend.error());
    std::optional<Actor> actor;
    if (ctx.asEmail()) {
        auto a = ctx.actor();
        if (!a)
            return ctx.fail(a.error());
        actor = a.value();
    }
    AuthService auth = backend.value()->auth();
    if (!actor) {
        auto has = auth.hasUsers();
        if (!has)
            return ctx.fail(has.error());
        if (has.value()) {
            return ctx.fail(Error::make(
                Error::Code::NotPermitted,
                QStringLiteral("The database already has users: add users --as an admin."),
                QStringLiteral("as")));
        }
    }
    NewUser in;
    in.email = ctx.value(QStringLiteral("email"));
    in.role = ctx.value(QStringLiteral("role"));
    in.firstName = ctx.value(QStringLiteral("first"));
    in.lastName = ctx.value(QStringLiteral("last"));
    in.parentEmail = ctx.value(QStringLiteral("parent"));
    in.organizationName = ctx.value(QStringLiteral("organization"));
    in.password = CliContext::readSecret(QStringLiteral("INVITEDESK_NEW_PASSWORD"),
                                         QStringLiteral("New password for %1: ").arg(in.email));
    auto user = auth.createUser(actor, in);
    if (!user)
        return ctx.fail(user.error());
    if (ctx.json())
        ctx.print(userJson(user.value()));
    else
        ctx.printLine(QStringLiteral("Created %1 (%2), id %3.")
                          .arg(user->email, roles::name(user->role), user->id));
    return ExitDone;
}

int runDemo(CliContext& ctx)
{
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const Actor& actor = session->actor;
    DemoSeeder seeder = session->backend->seeder();
    const QString password =
        qEnvironmentVariable("INVITEDESK_DEMO_PASSWORD", DemoSeeder::defaultPassword());
    auto report = seeder.seed(actor, password);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.print(QJsonObject{
            {QStringLiteral("users"), report->users},
            {QStringLiteral("invitations"), report->invitations},
            {QStringLiteral("password"), QStringLiteral("(from INVITEDESK_DEMO_PASSWORD or the "
                                                        "default shown in the README)")}});
    } else {
        ctx.printLine(
            QStringLiteral("Seeded %1 demo users and %2 invitations. Demo users sign in with the "
                           "demo password (INVITEDESK_DEMO_PASSWORD).")
                .arg(report->users)
                .arg(report->invitations));
    }
    return ExitDone;
}
} // namespace

void addUserCommands(QList<Command>& commands)
{
    Command add;
    add.words = {QStringLiteral("user"), QStringLiteral("add")};
    add.summary = QStringLiteral("Add a user (the first one bootstraps the admin; password from "
                                 "INVITEDESK_NEW_PASSWORD).");
    add.options = {
        {QStringLiteral("email"), QStringLiteral("E-mail address."), QStringLiteral("E")},
        {QStringLiteral("role"), QStringLiteral("Role name."), QStringLiteral("R")},
        {QStringLiteral("first"), QStringLiteral("First name."), QStringLiteral("F")},
        {QStringLiteral("last"), QStringLiteral("Last name."), QStringLiteral("L")},
        {QStringLiteral("parent"), QStringLiteral("Upline's e-mail."), QStringLiteral("EMAIL")},
        {QStringLiteral("organization"), QStringLiteral("Organisation name (first user only)."),
         QStringLiteral("NAME")}};
    add.run = runUserAdd;
    commands.append(add);

    Command demo;
    demo.words = {QStringLiteral("demo")};
    demo.summary =
        QStringLiteral("Seed a demo organisation tree with users of every role and invitations.");
    demo.run = runDemo;
    commands.append(demo);
}

} // namespace invitedesk::cli
