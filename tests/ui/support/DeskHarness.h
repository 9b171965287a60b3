#pragma once

#include "core/services/BackendServices.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/views/MainWindow.h"

#include <QSize>
#include <QTemporaryDir>

#include <memory>

class QTableView;

namespace invitedesk::ui {
class InvitationActions;
class InvitationTableModel;
} // namespace invitedesk::ui

namespace invitedesk::test {

// The desk as the window tests open it: settings files in a temporary folder, secrets in
// memory, one language manager, and a main window signed in as a person of the fixture tree.
class DeskHarness {
public:
    struct Desk {
        std::unique_ptr<ui::Session> session;
        std::unique_ptr<ui::MainWindow> window;
        ui::InvitationTableModel* model() const;
        QTableView* view() const;
        ui::InvitationActions* actions() const;
        // Waits (up to 20 s) until the list's first load has finished.
        void settle() const;
    };

    // Settings in the temporary folder, the interface in English. False when the folder
    // cannot be made.
    bool setUp();
    // A shown window for `who` on `db`, at `size` (an invalid size keeps the window's own),
    // its list loaded.
    Desk open(DatabasePtr db, const User& who, ServiceConfig config = {},
              QSize size = QSize(1200, 700));

    // A path in the harness's temporary folder (outboxes, exports).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    AppSettings* settings() const { return m_settings.get(); }
    ui::LanguageManager& languages() { return m_languages; }
    InMemorySecretStore& secrets() { return m_secrets; }

private:
    ui::LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    InMemorySecretStore m_secrets;
};

} // namespace invitedesk::test
