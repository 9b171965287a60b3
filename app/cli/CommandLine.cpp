#include "app/cli/CommandLine.h"

#include "app/cli/CliContext.h"
#include "app/cli/Command.h"
#include "app/cli/GuiLauncher.h"
#include "core/BuildInfo.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

namespace invitedesk::cli {

namespace {
QStringList argumentsOf(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// Names of options that take a value, across global and every command's options, so the
// command words can be found wherever the options stand.
QSet<QString> valueOptionNames()
{
    QSet<QString> names;
    auto collect = [&](const QList<QCommandLineOption>& options) {
        for (const auto& o : options) {
            if (!o.valueName().isEmpty()) {
                for (const QString& n : o.names())
                    names.insert(n);
            }
        }
    };
    collect(globalOptions());
    for (const Command& c : allCommands())
        collect(c.options);
    return names;
}

// Positional words in order (option values skipped).
QStringList positionalWords(const QStringList& args)
{
    const QSet<QString> valued = valueOptionNames();
    QStringList words;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--")) {
            words += args.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valued.contains(name))
                ++i;
            continue;
        }
        words << a;
    }
    return words;
}

const Command* findCommand(const QStringList& words)
{
    const Command* best = nullptr;
    for (const Command& c : allCommands()) {
        if (words.size() >= c.words.size() && words.mid(0, c.words.size()) == c.words &&
            (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

QString generalHelp()
{
    QString text;
    QTextStream s(&text);
    s << "Usage: invitedesk [--database URL] [--as EMAIL] [--json] COMMAND [options]\n\n"
      << "InviteDesk invites people onto the platform. Without a command it opens the desktop "
         "app.\n\n"
      << "Commands:\n";
    for (const Command& c : allCommands())
        s << "  " << c.name().leftJustified(16) << " " << c.summary << "\n";
    s << "\nGlobal options (accepted anywhere on the line):\n"
      << "  --database URL     sqlite:///path/file.db or postgresql://user@host:port/db (env "
         "INVITEDESK_DATABASE)\n"
      << "  --as EMAIL         act as this user; password from INVITEDESK_PASSWORD or the "
         "terminal\n"
      << "  --json             machine-readable output\n"
      << "  --mail URL         mail transport: smtp://, smtps:// or file:/// (env "
         "INVITEDESK_MAIL)\n"
      << "  --public-url URL   base URL of invitation links (env INVITEDESK_PUBLIC_URL)\n"
      << "  --help, --version\n\n"
      << "Exit codes: 0 done, 1 refused (bad input, not permitted, wrong state), 2 usage, 3 "
         "environment.\n"
      << "Run 'invitedesk COMMAND --help' for a command's options.\n";
    return text;
}

int runCommand(const Command& command, QStringList args)
{
    // Drop the command words so that what is left are options and positional arguments.
    QStringList rest{args.first()};
    {
        qsizetype toSkip = command.words.size();
        const QSet<QString> valued = valueOptionNames();
        for (qsizetype i = 1; i < args.size(); ++i) {
            const QString& a = args.at(i);
            if (toSkip > 0 && !a.startsWith(QLatin1Char('-'))) {
                --toSkip;
                continue;
            }
            rest << a;
            if (a.startsWith(QLatin1Char('-')) && !a.contains(QLatin1Char('=')) &&
                valued.contains(a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1)) &&
                i + 1 < args.size())
                rest << args.at(++i);
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description.isEmpty() ? command.summary
                                                                   : command.description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    parser.addOptions(command.options);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!command.positionalName.isEmpty())
        parser.addPositionalArgument(command.positionalName, command.positionalHelp);
    CliContext context(command, parser);
    if (!parser.parse(rest))
        return context.usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText().replace(
            QStringLiteral("[options]"), command.name() + QStringLiteral(" [options]"));
        return ExitDone;
    }
    const QStringList positional = parser.positionalArguments();
    if (command.positionalRequired && positional.isEmpty())
        return context.usage(QStringLiteral("missing %1").arg(command.positionalName));
    if (command.positionalName.isEmpty() && !positional.isEmpty())
        return context.usage(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()));
    if (!command.positionalMany && positional.size() > 1)
        return context.usage(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(1)));
    return command.run(context);
}
} // namespace

int run(int argc, char* argv[])
{
    const QStringList args = argumentsOf(argc, argv);
    const QStringList words = positionalWords(args);
    const bool wantsHelp =
        args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    const bool wantsVersion =
        args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));

    if (words.isEmpty()) {
        if (wantsHelp) {
            QTextStream(stdout) << generalHelp();
            return ExitDone;
        }
        if (wantsVersion) {
            QTextStream(stdout) << "invitedesk " << BuildInfo::version() << "\n";
            return ExitDone;
        }
        return launchDesktop(argc, argv);
    }

    // `serve` is a socket server: Qt's own event dispatcher polls its connections with less
    // overhead than the GLib one (15-20% more validate requests per second measured here).
    if (words.value(0) == QLatin1String("serve") && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
#ifdef Q_OS_UNIX
    // With TZ unset, glibc re-reads /etc/localtime (a stat) on every mktime(), which Qt calls
    // for each local-time conversion of a database timestamp: ten per row of an import or
    // export. Naming the same file keeps the local zone and lets glibc keep what it read. A
    // command runs briefly; the desktop app (above) keeps following zone changes. Before
    // any thread starts.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InviteDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("InviteDesk"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    const Command* command = findCommand(words);
    if (!command) {
        QTextStream(stderr) << "invitedesk: unknown command \"" << words.join(QLatin1Char(' '))
                            << "\"\nRun 'invitedesk --help' for the list of commands.\n";
        return ExitUsage;
    }
    return runCommand(*command, args);
}

} // namespace invitedesk::cli
