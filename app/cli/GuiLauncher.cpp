#include "app/cli/GuiLauncher.h"

#include "core/services/AuthService.h"
#include "core/services/DemoSeeder.h"
#include "core/storage/DatabaseUrl.h"
#include "core/storage/Migrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>

namespace invitedesk::cli {

int launchDesktop(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InviteDesk"));
    QApplication::setApplicationName(QStringLiteral("InviteDesk"));
    QApplication::setApplicationVersion(QStringLiteral(INVITEDESK_VERSION));

    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("database"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("as"), QString(), QStringLiteral("EMAIL")},
                       {QStringLiteral("mail"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("public-url"), QString(), QStringLiteral("URL")},
                       {QStringLiteral("json"), QString()},
                       {QStringLiteral("first-run-demo"), QString()}});
    parser.parse(QApplication::arguments());

    QString url = parser.value(QStringLiteral("database"));
    if (url.isEmpty())
        url = qEnvironmentVariable("INVITEDESK_DATABASE");
    if (url.isEmpty())
        url = DatabaseUrl::defaultUrl();
    QString status;
    auto db = Database::open(url);
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("InviteDesk"), db.error().message);
        return 3;
    }
    if (!db.value()->isPostgres()) {
        if (auto r = Migrator(db.value()).migrate(); !r) {
            QMessageBox::critical(nullptr, QStringLiteral("InviteDesk"), r.error().message);
            return 3;
        }
    }
    if (parser.isSet(QStringLiteral("first-run-demo"))) {
        DemoSeeder seeder(db.value(), {});
        const QString password =
            qEnvironmentVariable("INVITEDESK_DEMO_PASSWORD", DemoSeeder::defaultPassword());
        auto seeded = seeder.seedEmptyDatabase(password);
        if (seeded && seeded.value())
            status = QStringLiteral("Demo data seeded. Sign in as %1 with the demo password.")
                         .arg(seeded.value()->email);
        else if (!seeded)
            status = seeded.error().message;
    }
    // The full desktop UI replaces this window; until then it shows where the data lives.
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("InviteDesk"));
    window.setCentralWidget(
        new QLabel(QStringLiteral("InviteDesk — %1\n%2").arg(db.value()->url().display(), status)));
    window.resize(800, 500);
    window.show();
    return app.exec();
}

} // namespace invitedesk::cli
