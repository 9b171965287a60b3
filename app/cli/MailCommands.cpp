// `outbox run [--once] [--due-now]` and `mail test --to ADDRESS`.
#include "app/cli/CliContext.h"
#include "core/mail/MailConfig.h"
#include "core/mail/MailRenderer.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/OutboxDispatcher.h"
#include "core/services/ExpirySweeper.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace invitedesk::cli {

namespace {
std::atomic<bool> g_stopRequested{false};

extern "C" void requestStop(int)
{
    g_stopRequested = true;
}

// The mail settings with their precedence (--mail, INVITEDESK_MAIL, the user's and the
// system-wide files); the public URL as every other command sees it.
MailConfig mailConfig(CliContext& ctx)
{
    return ctx.runConfig().mail;
}

// The transport's URL must parse before anything is claimed: a typo is the operator's.
Result<void> checkMailUrl(const MailConfig& config)
{
    auto url = MailUrl::parse(config.effectiveUrl());
    if (!url)
        return url.error();
    return {};
}

QJsonObject reportJson(const DispatchReport& r)
{
    return {{QStringLiteral("claimed"), r.claimed},
            {QStringLiteral("sent"), r.sent},
            {QStringLiteral("deferred"), r.deferred},
            {QStringLiteral("failed"), r.failed},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("left_for_later"), r.released},
            {QStringLiteral("overtaken"), r.overtaken},
            {QStringLiteral("reminders_queued"), r.remindersQueued},
            {QStringLiteral("relay_error"), r.relayError}};
}

QString reportLine(const DispatchReport& r)
{
    return QStringLiteral("Sent %1, deferred %2, failed %3, skipped %4, left for later %5.")
        .arg(r.sent)
        .arg(r.deferred)
        .arg(r.failed)
        .arg(r.skipped)
        .arg(r.released);
}

int runOutbox(CliContext& ctx)
{
    const MailConfig config = mailConfig(ctx);
    if (auto r = checkMailUrl(config); !r)
        return ctx.fail(r.error());
    auto backend = ctx.backend();
    if (!backend)
        return ctx.fail(backend.error());
    const bool dueNow = ctx.isSet(QStringLiteral("due-now"));
    OutboxDispatcher dispatcher(*backend.value(), config);
    // Expiry is recorded on the same schedule as the outbox runs: one bounded run for --once
    // (a cron job drains a backlog over its runs), else each minute.
    ExpirySweeper sweeper(backend.value()->invitations());

    if (ctx.isSet(QStringLiteral("once"))) {
        if (auto swept = sweeper.runOnce(); !swept)
            return ctx.fail(swept.error());
        auto report = dispatcher.runOnce(dueNow);
        if (!report)
            return ctx.fail(report.error());
        if (ctx.json())
            ctx.print(reportJson(report.value()));
        else
            ctx.printLine(reportLine(report.value()));
        if (!report->relayError.isEmpty())
            return ctx.fail(
                Error::make(Error::Code::Environment, report->relayError, QStringLiteral("mail")));
        return ExitDone;
    }

    // Keep running until SIGINT/SIGTERM: poll, back off while the relay is down.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    if (dueNow) {
        auto first = dispatcher.runOnce(true);
        if (!first)
            return ctx.fail(first.error());
        ctx.printLine(reportLine(first.value()));
    }
    QObject::connect(&dispatcher, &OutboxDispatcher::cycleFinished,
                     [&ctx](const DispatchReport& r) {
                         if (r.claimed > 0)
                             ctx.printLine(reportLine(r));
                     });
    QObject::connect(&dispatcher, &OutboxDispatcher::relayProblem, [&ctx](const QString& why) {
        ctx.fail(Error::make(Error::Code::Environment, why, QStringLiteral("mail")));
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopCheck.start(200);
    ctx.printLine(QStringLiteral("Sending the outbox through %1; Ctrl+C stops.")
                      .arg(MailUrl::parse(config.effectiveUrl())->display()));
    dispatcher.start();
    sweeper.start();
    QCoreApplication::exec();
    sweeper.stop();
    dispatcher.stop();
    return ExitDone;
}

int runMailTest(CliContext& ctx)
{
    if (!ctx.isSet(QStringLiteral("to")))
        return ctx.usage(QStringLiteral("missing --to ADDRESS"));
    auto to = MailAddress::parse(ctx.value(QStringLiteral("to")), QStringLiteral("to"));
    if (!to)
        return ctx.fail(to.error());
    const MailConfig config = mailConfig(ctx);
    auto from = config.defaultFrom();
    if (!from)
        return ctx.fail(from.error());
    auto transport = config.createTransport();
    if (!transport)
        return ctx.fail(transport.error());

    MailContext content;
    content.kind = MailKind::Test;
    content.language = ctx.isSet(QStringLiteral("language")) ? ctx.value(QStringLiteral("language"))
                                                             : QStringLiteral("en");
    content.organization.name = QStringLiteral("InviteDesk");
    content.invitation.firstName = to->name.isEmpty() ? to->address : to->name;
    auto rendered = MailRenderer().render(content);
    if (!rendered)
        return ctx.fail(rendered.error());
    MimeMessage message;
    message.setFrom(from.value());
    message.setTo(to.value());
    message.setSubject(rendered->subject);
    message.setTextBody(rendered->text);
    message.setHtmlBody(rendered->html);

    MailTransport& t = *transport.value();
    if (auto opened = t.open(); !opened)
        return ctx.fail(opened.error());
    const auto outcomes = t.send({OutgoingMail{from->address, to->address, message.toBytes()}});
    const QString where = t.describe();
    t.close();
    const DeliveryOutcome o = outcomes.value(0);
    if (ctx.json())
        ctx.print(
            QJsonObject{{QStringLiteral("relay"), where},
                        {QStringLiteral("to"), to->address},
                        {QStringLiteral("accepted"), o.status == DeliveryOutcome::Status::Sent},
                        {QStringLiteral("code"), o.code},
                        {QStringLiteral("reply"), o.reply}});
    switch (o.status) {
    case DeliveryOutcome::Status::Sent:
        if (!ctx.json())
            ctx.printLine(QStringLiteral("Test message to %1 accepted by %2: %3")
                              .arg(to->address, where, o.reply));
        return ExitDone;
    case DeliveryOutcome::Status::Rejected:
        return ctx.fail(
            Error::make(Error::Code::InvalidInput,
                        QStringLiteral("The relay refused the test message: %1").arg(o.reply),
                        QStringLiteral("to")));
    default:
        return ctx.fail(Error::make(Error::Code::Environment,
                                    QStringLiteral("The test message was not delivered: %1")
                                        .arg(o.reply.isEmpty() ? t.lastError().message : o.reply),
                                    QStringLiteral("mail")));
    }
}
} // namespace

void addMailCommands(QList<Command>& commands)
{
    Command outbox;
    outbox.words = {QStringLiteral("outbox"), QStringLiteral("run")};
    outbox.summary = QStringLiteral("Send queued e-mail (keeps running unless --once).");
    outbox.options = {
        {QStringLiteral("once"), QStringLiteral("Send what is due, then exit.")},
        {QStringLiteral("due-now"),
         QStringLiteral("Treat e-mail waiting for a retry as due (not scheduled reminders).")}};
    outbox.run = runOutbox;
    commands.append(outbox);

    Command test;
    test.words = {QStringLiteral("mail"), QStringLiteral("test")};
    test.summary = QStringLiteral("Send a test message through the configured relay.");
    test.options = {{QStringLiteral("to"), QStringLiteral("Recipient of the test message."),
                     QStringLiteral("ADDRESS")},
                    {QStringLiteral("language"),
                     QStringLiteral("Language of the message: en or es."), QStringLiteral("LANG")}};
    test.run = runMailTest;
    commands.append(test);
}

} // namespace invitedesk::cli
