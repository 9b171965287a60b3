#include "DeskHarness.h"

#include "ui/models/InvitationTableModel.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QtTest>

namespace invitedesk::test {

ui::InvitationTableModel* DeskHarness::Desk::model() const
{
    return window->invitationsPage()->model();
}

QTableView* DeskHarness::Desk::view() const
{
    return window->invitationsPage()->view();
}

ui::InvitationActions* DeskHarness::Desk::actions() const
{
    return window->actions();
}

void DeskHarness::Desk::settle() const
{
    (void)QTest::qWaitFor([&] { return !model()->isLoading() && model()->totalCount() >= 0; },
                          20000);
}

bool DeskHarness::setUp()
{
    if (!m_dir.isValid())
        return false;
    m_languages.apply(QStringLiteral("en"));
    m_settings = std::make_unique<AppSettings>(
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("user.conf")),
                                    QSettings::IniFormat),
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("system.conf")),
                                    QSettings::IniFormat),
        QProcessEnvironment());
    return true;
}

DeskHarness::Desk DeskHarness::open(DatabasePtr db, const User& who, ServiceConfig config,
                                    QSize size)
{
    Desk d;
    d.session = std::make_unique<ui::Session>(BackendServices::wrap(std::move(db), config), who);
    d.window = std::make_unique<ui::MainWindow>(d.session.get(), m_settings.get(), &m_secrets,
                                                &m_languages);
    if (size.isValid())
        d.window->resize(size);
    d.window->show();
    if (!QTest::qWaitForWindowActive(d.window.get()))
        qWarning("window not active");
    d.settle();
    return d;
}

} // namespace invitedesk::test
