#include "app/cli/CliContext.h"

#include "core/services/AuthService.h"
#include "core/storage/Migrator.h"
#include "core/storage/PlatformSettingsRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
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

Result<DatabasePtr> CliContext::database(bool checkSchema)
{
    if (m_database)
        return m_database;
    QString url = m_parser.value(QStringLiteral("database"));
    if (url.isEmpty())
        url = qEnvironmentVariable("INVITEDESK_DATABASE");
    if (url.isEmpty())
        url = DatabaseUrl::defaultUrl();
    auto db = Database::open(url);
    if (!db)
        return db.error();
    Migrator migrator(db.value());
    if (!db.value()->isPostgres()) {
        // The embedded file belongs to this desk: bring it up to date on open.
        if (auto r = migrator.migrate(); !r)
            return r.error();
    } else if (checkSchema) {
        if (auto r = migrator.check(); !r)
            return r.error();
    }
    m_database = db.value();
    if (!db.value()->isPostgres() || checkSchema)
        noteStoredPublicUrl();
    return m_database;
}

QString CliContext::givenPublicUrl() const
{
    QString publicUrl = m_parser.value(QStringLiteral("public-url"));
    if (publicUrl.isEmpty())
        publicUrl = qEnvironmentVariable("INVITEDESK_PUBLIC_URL");
    publicUrl = publicUrl.trimmed();
    while (publicUrl.endsWith(QLatin1Char('/')))
        publicUrl.chop(1);
    return publicUrl;
}

void CliContext::noteStoredPublicUrl()
{
    auto conn = m_database->connection();
    if (!conn)
        return; // the command meets the same problem and reports it
    auto stored = PlatformSettingsRepository(*m_database, conn.value()).publicUrl();
    if (!stored || stored->isEmpty())
        return;
    m_storedPublicUrl = stored.value();
    const QString given = givenPublicUrl();
    if (!given.isEmpty() && given != stored.value()) {
        // Links use the platform's address; say so where the person looks.
        PlatformSettingsRepository::resolveLinkBase(stored.value(), given); // logs it
        QTextStream(stderr) << "invitedesk: warning: the public URL " << given << " ("
                            << (m_parser.isSet(QStringLiteral("public-url"))
                                    ? "--public-url"
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

Result<Actor> CliContext::actor()
{
    const auto email = asEmail();
    if (!email) {
        return Error::invalid(
            QStringLiteral("as"),
            QStringLiteral("This command acts as a user: give --as EMAIL (password from "
                           "INVITEDESK_PASSWORD)."));
    }
    auto db = database();
    if (!db)
        return db.error();
    const QString password = readSecret(QStringLiteral("INVITEDESK_PASSWORD"),
                                        QStringLiteral("Password for %1: ").arg(*email));
    AuthService auth(db.value(), serviceConfig());
    auto user = auth.signIn(*email, password);
    if (!user) {
        Error e = user.error();
        if (e.code == Error::Code::Unauthenticated || e.field == QLatin1String("email"))
            e.field = QStringLiteral("as");
        return e;
    }
    return user.value();
}

Result<CliContext::SignedIn> CliContext::signIn()
{
    auto a = actor();
    if (!a)
        return a.error();
    return SignedIn{m_database, a.value()};
}

ServiceConfig CliContext::serviceConfig() const
{
    ServiceConfig config;
    // The platform's stored address wins (the services resolve it again when they queue a
    // link); read when the database was opened.
    const QString publicUrl = m_storedPublicUrl.isEmpty() ? givenPublicUrl() : m_storedPublicUrl;
    if (!publicUrl.isEmpty())
        config.publicUrl = publicUrl;
    config.mailFrom = qEnvironmentVariable("INVITEDESK_MAIL_FROM");
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
