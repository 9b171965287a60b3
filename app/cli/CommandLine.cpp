#include "app/cli/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

namespace invitedesk::cli {

int run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("InviteDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));
    QTextStream(stdout) << "invitedesk " << INVITEDESK_VERSION << "\n";
    return 0;
}

} // namespace invitedesk::cli
