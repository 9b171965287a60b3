#include "ui/DesktopApp.h"

#include "core/BuildInfo.h"
#include "ui/DesktopController.h"

#include <QApplication>

namespace invitedesk::ui {

int runDesktop(int argc, char** argv, const DesktopOptions& options)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InviteDesk"));
    QApplication::setApplicationName(QStringLiteral("InviteDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("InviteDesk"));
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setDesktopFileName(BuildInfo::appId());
    // Closing the sign-in dialog before the main window exists must not end the app early;
    // the controller decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    DesktopController controller(options);
    QObject::connect(&controller, &DesktopController::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    controller.start();
    return app.exec();
}

} // namespace invitedesk::ui
