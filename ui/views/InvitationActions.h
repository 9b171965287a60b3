#pragma once

#include "ui/dialogs/BulkActionRunner.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace invitedesk {
class AppSettings;
}

namespace invitedesk::ui {

class ImportDialog;
class InvitationExportFlow;
class InvitationsPage;
class ResendFlow;
class Session;
class ShareLinkFlow;

// The invitation actions of the window (toolbar, menus, context menu, shortcuts): new, edit,
// details, resend, share a link, cancel, export, refresh, find. Each runs through the services on a
// worker; what they change is patched into the list.
class InvitationActions : public QObject {
    Q_OBJECT
public:
    InvitationActions(Session* session, AppSettings* settings, InvitationsPage* page,
                      QWidget* window);

    QAction* newAction() const { return m_new; }
    QAction* editAction() const { return m_edit; }
    QAction* detailsAction() const { return m_details; }
    QAction* resendAction() const { return m_resend; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* correctAddressAction() const { return m_correct; }
    // "Create a link to share" (ShareLinkFlow), for one open invitation.
    QAction* shareLinkAction() const { return m_share; }
    ShareLinkFlow* shareFlow() const { return m_shareFlow; }
    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* findAction() const { return m_find; }
    QList<QAction*> contextActions() const;
    BulkActionRunner* bulkRunner() const { return m_bulk; }

    // Asks for a cancel reason; nullopt = the person changed their mind. Tests replace it.
    using ReasonProvider = std::function<std::optional<QString>(int count)>;
    void setReasonProvider(ReasonProvider provider) { m_reasonProvider = std::move(provider); }

public slots:
    void newInvitation();
    void editSelected();
    void editInvitation(const QString& id);
    void showDetails(const QString& id);
    void showSelectedDetails();
    void resendSelected();
    void resendIds(const QStringList& ids);
    void cancelSelected();
    // "Correct the address and resend" for the selected (bounced) invitation, or this one.
    void correctSelected();
    void shareSelected();
    void correctAddress(const invitedesk::Invitation& invitation);
    void cancelIds(const QStringList& ids);
    void exportCsv();
    // Opens the import dialog (Import CSV…); with a path, it checks that file right away.
    ImportDialog* importCsv(const QString& path = {});
    void exportTo(const QString& path);
    void refresh();
    void updateEnabled();
    void retranslate();

signals:
    void statusMessage(const QString& text);
    void invitationSaved(const invitedesk::Invitation& invitation);
    void bulkFinished(const invitedesk::ui::BulkSummary& summary);
    void exportFinished(bool ok, const QString& message);
    // An import wrote invitations (the list has been asked to reload).
    void invitationsImported(qint64 count);

private:
    QAction* make(const QString& objectName, const QString& icon);
    QList<InvitationRow> rowsFor(const QStringList& ids) const;
    // Every resend is confirmed first (ResendConfirmDialog, from the service's preview).
    void confirmResend(const QList<InvitationRow>& rows);
    // Enabled when whyNot is empty; otherwise disabled, and the tooltip says why.
    void setAvailable(QAction* action, const QString& whyNot);
    void runBulk(BulkSummary::Kind kind, const QList<InvitationRow>& rows, const QString& reason);
    void report(const BulkSummary& summary);

    Session* m_session;
    AppSettings* m_settings;
    InvitationsPage* m_page;
    QWidget* m_window;
    BulkActionRunner* m_bulk;
    InvitationExportFlow* m_exportFlow;
    ResendFlow* m_resendFlow;
    ShareLinkFlow* m_shareFlow;
    ReasonProvider m_reasonProvider;
    QHash<QAction*, QString> m_tips; // the tooltip of each action when it is available

    QAction* m_new;
    QAction* m_edit;
    QAction* m_details;
    QAction* m_resend;
    QAction* m_cancel;
    QAction* m_correct;
    QAction* m_share;
    QAction* m_export;
    QAction* m_import;
    QAction* m_refresh;
    QAction* m_find;
};

} // namespace invitedesk::ui
