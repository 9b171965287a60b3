#include "app/cli/CliContext.h"

#include "core/services/AuthService.h"
#include "core/settings/KeychainSecretStore.h"
#include "core/settings/SettingKeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace invitedesk::cli {

QList<QCommandLineOption> globalOptions()
{
    return {
        {QStringLiteral("database"), QStringLiteral("Database URL (env INVITEDESK_DATABASE)."),
         QStringLiteral("URL")},
        {QStringLiteral("as"),
         QStringLiteral("Act as this user (password from INVITEDESK_PASSWORD)."),
         QStringLiteral("EMAIL")},
        {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
        {QStringLiteral("mail"), QStringLiteral("Mail transport URL (env INVITEDESK_MAIL)."),
         QStringLiteral("URL")},
        {QStringLiteral("public-url"),
         QStringLiteral("Base URL of invitation links (env INVITEDESK_PUBLIC_URL)."),
         QStringLiteral("URL")},
    };
}

CliContext::CliContext(const Command& command, QCommandLineParser& parser)
    : m_command(command), m_parser(parser)
{}

bool CliContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CliContext::flag(const QString& name) const
{
    // optionNames(): the options given on this line (value() warns about an option the
    // command does not define).
    return m_parser.optionNames().contains(name) ? m_parser.value(name) : QString();
}

const AppSettings& CliContext::settings()
{
    if (!m_settings) {
        m_settings = std::make_unique<AppSettings>();
        const struct {
            const Setting<QString>& setting;
            QString flag;
        } flags[] = {
            {settings::databaseUrl, QStringLiteral("database")},
            {settings::mailUrl, QStringLiteral("mail")},
            {settings::publicUrl, QStringLiteral("public-url")},
            {settings::trustedProxies, QStringLiteral("trusted-proxies")},
            {settings::apiRateLimitPerToken, QStringLiteral("api-rate-limit-per-token")},
            {settings::apiRateLimitPerAddress, QStringLiteral("api-rate-limit-per-address")},
            {settings::auditKeyFile, QStringLiteral("audit-key")},
            {settings::auditCheckpointEvents, QStringLiteral("audit-checkpoint-events")},
            {settings::auditCheckpointMinutes, QStringLiteral("audit-checkpoint-minutes")},
        };
        for (const auto& f : flags) {
            const QString given = flag(f.flag);
            if (given.isEmpty())
                continue;
            m_settings->setCommandLine(f.setting, given);
            // IT's policy locks the key: the flag changes nothing, and the person is told.
            if (m_settings->isLocked(f.setting))
                QTextStream(stderr)
                    << "invitedesk: warning: --" << f.flag << " is ignored: the policy in "
                    << m_settings->policyLocation() << " sets " << f.setting.key << "\n";
        }
    }
    return *m_settings;
}

RunConfig CliContext::runConfig()
{
    RunConfig config = RunConfig::from(settings());
    config.service = serviceConfig();
    config.mail.publicUrl = config.service.publicUrl;
    return config;
}

Result<BackendPtr> CliContext::backend(SchemaPolicy schema)
{
    if (m_backend)
        return m_backend;
    const QString url = RunConfig::from(settings()).databaseUrl;
    const auto parsed = DatabaseUrl::parse(url);
    const auto email = asEmail();
    Result<BackendPtr> opened = BackendPtr();
    if (parsed && parsed->signsInPeople() && email) {
        // No user in the URL: --as connects as the person's own login (docs/deploy.md).
        opened = BackendServices::openAsPerson(url, *email, asPassword(*email), serviceConfig());
        if (!opened && opened.error().code == Error::Code::Unauthenticated) {
            Error e = opened.error();
            e.field = QStringLiteral("as");
            return e;
        }
    } else {
        if (!m_secrets)
            m_secrets = KeychainSecretStore::forThisRun();
        opened = BackendServices::openWithPasswordFrom(*m_secrets, kKeychainWaitMs, url,
                                                       serviceConfig(), schema);
    }
    if (!opened)
        return opened.error();
    if (!opened.value()->isPostgres() || schema == SchemaPolicy::Standard)
        noteStoredPublicUrl(opened.value());
    m_backend = opened.value()->withConfig(serviceConfig());
    return m_backend;
}

void CliContext::noteStoredPublicUrl(const BackendPtr& backend)
{
    auto stored = backend->organization().storedPublicUrl();
    if (!stored || stored->isEmpty())
        return; // a failure: the command meets the same problem and reports it
    m_storedPublicUrl = stored.value();
    const QString given = RunConfig::from(settings()).service.publicUrl;
    const SettingSource source = settings().source(settings::publicUrl);
    const bool wasGiven =
        source == SettingSource::CommandLine || source == SettingSource::Environment;
    if (wasGiven && given != stored.value()) {
        // Links use the platform's address; say so where the person looks.
        QTextStream(stderr) << "invitedesk: warning: the public URL " << given << " ("
                            << (source == SettingSource::CommandLine ? "--public-url"
                                                                     : "INVITEDESK_PUBLIC_URL")
                            << ") is ignored for links: the database sets " << stored.value()
                            << " (an admin changes it with `invitedesk org set public-url`)\n";
    }
}

std::optional<QString> CliContext::asEmail() const
{
    const QString as = m_parser.value(QStringLiteral("as")).trimmed();
    if (as.isEmpty())
        return std::nullopt;
    return as;
}

QString CliContext::readSecret(const QString& envVar, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(qPrintable(envVar)))
        return qEnvironmentVariable(qPrintable(envVar));
    QTextStream err(stderr);
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << "\n" << Qt::flush;
    }
#endif
    return line;
}

QString CliContext::asPassword(const QString& email)
{
    if (!m_asPassword)
        m_asPassword = readSecret(QStringLiteral("INVITEDESK_PASSWORD"),
                                  QStringLiteral("Password for %1: ").arg(email));
    return *m_asPassword;
}

Result<Actor> CliContext::actor(QString* signedInWith)
{
    const auto email = asEmail();
    if (!email) {
        return Error::invalid(
            QStringLiteral("as"),
            QStringLiteral("This command acts as a user: give --as EMAIL (password from "
                           "INVITEDESK_PASSWORD)."));
    }
    auto opened = backend();
    if (!opened)
        return opened.error();
    const QString password = asPassword(*email);
    AuthService auth = opened.value()->auth();
    // After repeated failures sign-in asks to wait a few seconds (the service never sleeps);
    // a command waits that long once and tries again. A locked account is refused at once.
    SignInWait wait;
    auto user = auth.signIn(*email, password, &wait);
    if (!user && wait.retryAfterSeconds > 0 &&
        wait.retryAfterSeconds <= sign_in_throttle::kMaxDelaySeconds) {
        QTextStream(stderr) << "invitedesk: too many failed sign-ins for " << *email << "; waiting "
                            << wait.retryAfterSeconds << " s before trying.\n"
                            << Qt::flush;
        QThread::sleep(static_cast<unsigned long>(wait.retryAfterSeconds));
        user = auth.signIn(*email, password, &wait);
    }
    if (!user) {
        Error e = user.error();
        if (e.code == Error::Code::Unauthenticated || e.field == QLatin1String("email"))
            e.field = QStringLiteral("as");
        return e;
    }
    if (signedInWith)
        *signedInWith = password;
    return user.value();
}

Result<CliContext::SignedIn> CliContext::signIn()
{
    auto a = actor();
    if (!a)
        return a.error();
    return SignedIn{m_backend, a.value()};
}

ServiceConfig CliContext::serviceConfig()
{
    ServiceConfig config = RunConfig::from(settings()).service;
    // The platform's stored address wins (the services resolve it again when they queue a
    // link); read when the database was opened.
    if (!m_storedPublicUrl.isEmpty())
        config.publicUrl = m_storedPublicUrl;
    return config;
}

int CliContext::exitCodeFor(const Error& error)
{
    return error.code == Error::Code::Environment ? ExitEnvironment : ExitRefused;
}

int CliContext::fail(const Error& error)
{
    Error shown = error;
    if (shown.field == QLatin1String("actor"))
        shown.field = QStringLiteral("as");
    QTextStream err(stderr);
    err << "invitedesk: " << shown.describe() << "\n";
    return exitCodeFor(error);
}

int CliContext::usage(const QString& message)
{
    QTextStream err(stderr);
    err << "invitedesk " << m_command.name() << ": " << message << "\n"
        << "Try 'invitedesk " << m_command.name() << " --help'.\n";
    return ExitUsage;
}

void CliContext::print(const QJsonValue& json)
{
    QTextStream out(stdout);
    if (json.isArray())
        out << QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented);
    else
        out << QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented);
}

void CliContext::printLine(const QString& line)
{
    QTextStream out(stdout);
    out << line << "\n";
}

} // namespace invitedesk::cli
