#include "app/cli/GuiLauncher.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace invitedesk::cli {

int launchDesktop(int argc, char* argv[])
{
    // Placeholder until the desktop UI lands: a window titled InviteDesk.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("InviteDesk"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("InviteDesk"));
    window.setCentralWidget(new QLabel(QStringLiteral("InviteDesk")));
    window.show();
    return app.exec();
}

} // namespace invitedesk::cli
