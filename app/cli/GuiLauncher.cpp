#include "app/cli/GuiLauncher.h"

#include "ui/DesktopApp.h"

#include <QCommandLineParser>
#include <QStringList>

namespace invitedesk::cli {

int launchDesktop(int argc, char* argv[])
{
    // Parse the raw arguments: the QApplication is created by runDesktop, not here.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("database"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("as"), QString(), QStringLiteral("EMAIL")},
                       {QStringLiteral("mail"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("public-url"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("json"), QString()},
                       {QStringLiteral("first-run-demo"), QString()}});
    // Qt's own options (-platform, -style, …) pass through to QApplication untouched.
    parser.parse(args);

    ui::DesktopOptions options;
    options.databaseUrl = parser.value(QStringLiteral("database"));
    options.mailUrl = parser.value(QStringLiteral("mail"));
    options.publicUrl = parser.value(QStringLiteral("public-url"));
    options.signInEmail = parser.value(QStringLiteral("as"));
    options.firstRunDemo = parser.isSet(QStringLiteral("first-run-demo"));
    return ui::runDesktop(argc, argv, options);
}

} // namespace invitedesk::cli
