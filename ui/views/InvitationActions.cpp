#include "ui/views/InvitationActions.h"

#include "core/domain/InvitationActionRules.h"
#include "core/domain/InvitePolicy.h"
#include "core/services/InvitationService.h"
#include "core/settings/SettingKeys.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/CancelReasonDialog.h"
#include "ui/dialogs/CorrectAddressDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/dialogs/InvitationDialog.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationExportFlow.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/ResendFlow.h"
#include "ui/views/ShareLinkFlow.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QAction>
#include <QMessageBox>

namespace invitedesk::ui {

namespace {
bool resendable(InvitationStatus s)
{
    return InvitationActionRules::whyNotResend(s).isEmpty();
}
bool cancellable(InvitationStatus s)
{
    return InvitationActionRules::whyNotCancel(s).isEmpty();
}
// Why none of the rows allows an action: the first row's reason, or a plain "none of them".
template <typename Why> QString whyNoneOf(const QList<InvitationRow>& rows, Why why)
{
    for (const InvitationRow& r : rows) {
        const QString reason = why(r);
        if (!reason.isEmpty())
            return rows.size() == 1
                       ? reason
                       : InvitationActions::tr("None of the selected invitations: %1").arg(reason);
    }
    return {};
}
} // namespace

InvitationActions::InvitationActions(Session* session, AppSettings* settings, InvitationsPage* page,
                                     QWidget* window)
    : QObject(window), m_session(session), m_settings(settings), m_page(page), m_window(window),
      m_bulk(new BulkActionRunner(session, window)),
      m_exportFlow(new InvitationExportFlow(session, window, this)),
      m_resendFlow(new ResendFlow(session, window, this)),
      m_shareFlow(new ShareLinkFlow(session, window))
{
    m_new = make(QStringLiteral("actionNew"), QStringLiteral("new"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = make(QStringLiteral("actionEdit"), QStringLiteral("edit"));
    m_edit->setShortcut(Qt::Key_F2);
    m_details = make(QStringLiteral("actionDetails"), QStringLiteral("details"));
    // Alt+Enter is the platforms' "properties" key; Ctrl+I belongs to Import.
    m_details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_resend = make(QStringLiteral("actionResend"), QStringLiteral("resend"));
    m_resend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_correct = make(QStringLiteral("actionCorrectAddress"), QStringLiteral("edit"));
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)); // C&orrect
    m_share = make(QStringLiteral("actionShareLink"), QStringLiteral("link"));
    m_cancel = make(QStringLiteral("actionCancel"), QStringLiteral("cancel"));
    // Delete: text fields keep it for themselves (ShortcutOverride); the list actions are
    // disabled while another page shows, so it never acts on rows out of sight.
    m_cancel->setShortcut(QKeySequence::Delete);
    m_export = make(QStringLiteral("actionExport"), QStringLiteral("export"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_import = make(QStringLiteral("actionImport"), QStringLiteral("import"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_refresh = make(QStringLiteral("actionRefresh"), QStringLiteral("refresh"));
    QList<QKeySequence> refreshKeys = {QKeySequence(Qt::Key_F5)};
    const QKeySequence platformRefresh(QKeySequence::Refresh); // Ctrl+R on macOS
    if (!platformRefresh.isEmpty() && platformRefresh != QKeySequence(Qt::Key_F5))
        refreshKeys << platformRefresh;
    m_refresh->setShortcuts(refreshKeys);
    m_find = make(QStringLiteral("actionFind"), QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);

    connect(m_new, &QAction::triggered, this, &InvitationActions::newInvitation);
    connect(m_edit, &QAction::triggered, this, &InvitationActions::editSelected);
    connect(m_details, &QAction::triggered, this, &InvitationActions::showSelectedDetails);
    connect(m_resend, &QAction::triggered, this, &InvitationActions::resendSelected);
    connect(m_cancel, &QAction::triggered, this, &InvitationActions::cancelSelected);
    connect(m_correct, &QAction::triggered, this, &InvitationActions::correctSelected);
    connect(m_share, &QAction::triggered, this, &InvitationActions::shareSelected);
    connect(m_export, &QAction::triggered, this, &InvitationActions::exportCsv);
    connect(m_import, &QAction::triggered, this, [this] { importCsv(); });
    connect(m_refresh, &QAction::triggered, this, &InvitationActions::refresh);
    connect(m_find, &QAction::triggered, page, &InvitationsPage::focusSearch);
    connect(page, &InvitationsPage::selectionChanged, this, &InvitationActions::updateEnabled);
    connect(page, &InvitationsPage::invitationActivated, this, &InvitationActions::showDetails);
    connect(m_bulk, &BulkActionRunner::finished, this, &InvitationActions::report);
    connect(m_resendFlow, &ResendFlow::statusMessage, this, &InvitationActions::statusMessage);
    connect(m_resendFlow, &ResendFlow::confirmed, this, [this](const QList<InvitationRow>& rows) {
        runBulk(BulkSummary::Kind::Resend, rows, {});
    });
    connect(m_shareFlow, &ShareLinkFlow::failed, this, &InvitationActions::statusMessage);
    connect(m_exportFlow, &InvitationExportFlow::busyChanged, this,
            &InvitationActions::updateEnabled);
    connect(m_exportFlow, &InvitationExportFlow::statusMessage, this,
            &InvitationActions::statusMessage);
    connect(m_exportFlow, &InvitationExportFlow::finished, this,
            &InvitationActions::exportFinished);

    m_reasonProvider = [this](int count) -> std::optional<QString> {
        CancelReasonDialog dialog(count, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };
    page->setContextActions(contextActions());
    retranslate();
    updateEnabled();
}

QAction* InvitationActions::make(const QString& objectName, const QString& icon)
{
    auto* action = new QAction(themedIcon(icon), QString(), m_window);
    action->setObjectName(objectName);
    m_window->addAction(action);
    return action;
}

QList<QAction*> InvitationActions::contextActions() const
{
    return {m_details, m_edit, m_correct, m_resend, m_share, m_cancel};
}

void InvitationActions::retranslate()
{
    for (QAction* a : {m_new, m_edit, m_details, m_correct, m_resend, m_share, m_cancel, m_export,
                       m_import, m_refresh, m_find})
        a->setToolTip(QString()); // the unavailable reason of the last language goes too
    m_new->setText(tr("&New invitation…"));
    m_new->setToolTip(
        tr("Invite someone (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setText(tr("&Edit…"));
    m_details->setText(tr("&Details…"));
    m_resend->setText(tr("&Resend"));
    m_resend->setToolTip(tr("Send the selected invitations again with a new link (%1)")
                             .arg(m_resend->shortcut().toString(QKeySequence::NativeText)));
    m_correct->setText(tr("C&orrect the address and resend…"));
    m_correct->setToolTip(tr("Type the right address of an invitation whose e-mail bounced, and "
                             "send it there"));
    m_share->setText(tr("Create a &link to share…"));
    m_share->setToolTip(tr("A new link, shown once, to pass on by phone or text message"));
    m_cancel->setText(tr("&Cancel invitation…"));
    m_cancel->setToolTip(tr("Cancel the selected invitations; their links stop working (Delete)"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the invitations that match the filters as CSV"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Invite everyone in a CSV file, after checking every row (%1)")
                             .arg(m_import->shortcut().toString(QKeySequence::NativeText)));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setToolTip(tr("Load the list again (F5)"));
    m_find->setText(tr("&Find…"));
    m_find->setToolTip(tr("Search by name or e-mail (%1)")
                           .arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    m_tips.clear();
    for (QAction* a : {m_new, m_edit, m_details, m_correct, m_resend, m_share, m_cancel, m_export,
                       m_import, m_refresh, m_find}) {
        if (a->toolTip().isEmpty() || a->toolTip() == a->text())
            a->setToolTip(QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        m_tips.insert(a, a->toolTip());
    }
    updateEnabled();
}

void InvitationActions::setAvailable(QAction* action, const QString& whyNot)
{
    action->setEnabled(whyNot.isEmpty());
    action->setToolTip(
        whyNot.isEmpty()
            ? m_tips.value(action, action->toolTip())
            : tr("%1 — unavailable: %2").arg(m_tips.value(action, action->text()), whyNot));
}

void InvitationActions::updateEnabled()
{
    const auto rows = m_page->isVisible() ? m_page->selectedRows() : QList<InvitationRow>();
    bool anyResend = false;
    bool anyCancel = false;
    for (const InvitationRow& r : rows) {
        anyResend = anyResend || resendable(r.status);
        anyCancel = anyCancel || cancellable(r.status);
    }
    const bool busy = m_bulk->isRunning();
    const bool mayInvite = !invite_policy::invitableTypes(m_session->actor().role).isEmpty();
    const QString noInviting = mayInvite ? QString() : tr("Your role may not invite anyone.");
    const QString selectOne =
        rows.isEmpty() ? tr("Select an invitation first.") : tr("Select only one invitation.");
    const QString selectSome = tr("Select one or more invitations first.");
    const QString waitBulk = tr("Wait until the current resend or cancel has finished.");
    setAvailable(m_new, noInviting);
    setAvailable(m_import, noInviting);
    setAvailable(m_edit, rows.size() != 1 ? selectOne
                                          : InvitationActionRules::whyNotEdit(rows.first().status));
    setAvailable(m_details, rows.size() != 1 ? selectOne : QString());
    setAvailable(m_correct, rows.size() != 1
                                ? selectOne
                                : InvitationActionRules::whyNotCorrect(
                                      rows.first().status, rows.first().deliveryStatus));
    // The same rule as the details dialog's button (InvitationActionRules::whyNotShare).
    setAvailable(m_share, rows.size() != 1
                              ? selectOne
                              : InvitationActionRules::whyNotShare(rows.first().status));
    auto why = [&](bool any, auto rule) -> QString {
        if (rows.isEmpty())
            return selectSome;
        if (!any)
            return whyNoneOf(rows, [&](const InvitationRow& r) { return rule(r.status); });
        return busy ? waitBulk : QString();
    };
    setAvailable(m_resend, why(anyResend, &InvitationActionRules::whyNotResend));
    setAvailable(m_cancel, why(anyCancel, &InvitationActionRules::whyNotCancel));
    setAvailable(m_export, m_exportFlow->isBusy() ? tr("An export is under way.") : QString());
}

void InvitationActions::newInvitation()
{
    if (!m_new->isEnabled())
        return;
    auto* dialog = new InvitationDialog(m_session, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultExpiryDays(m_settings ? m_settings->value(settings::defaultExpiryDays) : 7);
    connect(dialog, &InvitationDialog::saved, this, [this](const Invitation& inv) {
        emit statusMessage(
            tr("Invitation to %1 created; the e-mail is on its way.").arg(inv.email));
        emit invitationSaved(inv);
        m_page->model()->reload();
    });
    connect(dialog, &InvitationDialog::resendRequested, this,
            [this](const QString& id) { resendIds({id}); });
    dialog->open();
}

ImportDialog* InvitationActions::importCsv(const QString& path)
{
    if (!m_import->isEnabled())
        return nullptr;
    auto* dialog = new ImportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](qint64 count) {
        emit statusMessage(tr("Imported %Ln invitation(s).", "", int(count)));
        m_page->model()->reload();
        emit invitationsImported(count);
    });
    dialog->open();
    if (path.isEmpty())
        dialog->chooseFile();
    else
        dialog->loadFile(path);
    return dialog;
}

void InvitationActions::editSelected()
{
    const QStringList ids = m_page->selectedIds();
    if (ids.size() == 1)
        editInvitation(ids.first());
}

void InvitationActions::editInvitation(const QString& id)
{
    auto* dialog = new InvitationDialog(m_session, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvitationDialog::saved, this, [this](const Invitation& inv) {
        m_page->model()->applyUpdates({inv});
        emit statusMessage(tr("Invitation to %1 saved.").arg(inv.email));
        emit invitationSaved(inv);
    });
    dialog->open();
}

void InvitationActions::showSelectedDetails()
{
    const QStringList ids = m_page->selectedIds();
    if (ids.size() == 1)
        showDetails(ids.first());
}

void InvitationActions::showDetails(const QString& id)
{
    auto* dialog = new InvitationDetailsDialog(m_session, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvitationDetailsDialog::editRequested, this,
            &InvitationActions::editInvitation);
    connect(dialog, &InvitationDetailsDialog::resendRequested, this,
            [this, dialog](const QString& i) {
                resendIds({i});
                dialog->accept();
            });
    connect(dialog, &InvitationDetailsDialog::correctRequested, this,
            [this, dialog](const Invitation& inv) {
                dialog->accept();
                correctAddress(inv);
            });
    connect(dialog, &InvitationDetailsDialog::cancelRequested, this,
            [this, dialog](const QString& i) {
                dialog->accept();
                cancelIds({i});
            });
    dialog->open();
}

QList<InvitationRow> InvitationActions::rowsFor(const QStringList& ids) const
{
    QList<InvitationRow> rows;
    for (const QString& id : ids) {
        const int row = m_page->model()->rowOf(id);
        if (row >= 0) {
            rows << m_page->model()->rowAt(row);
        } else {
            InvitationRow r; // not loaded in the list (e.g. from the create dialog's warning)
            r.id = QUuid::fromString(id);
            r.email = id;
            rows << r;
        }
    }
    return rows;
}

void InvitationActions::resendSelected()
{
    QList<InvitationRow> rows;
    for (const InvitationRow& r : m_page->selectedRows())
        if (resendable(r.status))
            rows << r;
    confirmResend(rows);
}

void InvitationActions::resendIds(const QStringList& ids)
{
    confirmResend(rowsFor(ids));
}

void InvitationActions::confirmResend(const QList<InvitationRow>& rows)
{
    if (rows.isEmpty() || m_bulk->isRunning())
        return;
    m_resendFlow->confirm(rows);
}

void InvitationActions::shareSelected()
{
    const QStringList ids = m_page->selectedIds();
    if (ids.size() != 1 || !m_share->isEnabled())
        return;
    m_shareFlow->share(ids.first());
}

void InvitationActions::correctSelected()
{
    const QStringList ids = m_page->selectedIds();
    if (ids.size() != 1 || !m_correct->isEnabled())
        return;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const QString id = ids.first();
    m_session->worker()->run(
        this, [backend, actor, id]() { return backend->invitations().get(actor, id); },
        [this](Result<Invitation> inv) {
            if (!inv) {
                emit statusMessage(inv.error().message);
                return;
            }
            correctAddress(inv.value());
        });
}

void InvitationActions::correctAddress(const Invitation& invitation)
{
    auto* dialog = new CorrectAddressDialog(m_session, invitation, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString before = invitation.email;
    connect(dialog, &CorrectAddressDialog::corrected, this, [this, before](const Invitation& inv) {
        m_page->model()->applyUpdates({inv});
        updateEnabled();
        emit statusMessage(tr("Address corrected from %1 to %2; the invitation is on its "
                              "way again.")
                               .arg(before, inv.email));
        emit invitationSaved(inv);
    });
    dialog->open();
}

void InvitationActions::cancelSelected()
{
    QList<InvitationRow> rows;
    for (const InvitationRow& r : m_page->selectedRows())
        if (cancellable(r.status))
            rows << r;
    if (rows.isEmpty())
        return;
    const auto reason = m_reasonProvider(int(rows.size()));
    if (!reason)
        return;
    runBulk(BulkSummary::Kind::Cancel, rows, *reason);
}

void InvitationActions::cancelIds(const QStringList& ids)
{
    const auto rows = rowsFor(ids);
    const auto reason = m_reasonProvider(int(rows.size()));
    if (!reason)
        return;
    runBulk(BulkSummary::Kind::Cancel, rows, *reason);
}

void InvitationActions::runBulk(BulkSummary::Kind kind, const QList<InvitationRow>& rows,
                                const QString& reason)
{
    if (rows.isEmpty() || m_bulk->isRunning())
        return;
    m_bulk->start(kind, rows, reason);
    updateEnabled();
}

void InvitationActions::report(const BulkSummary& summary)
{
    m_page->model()->applyUpdates(summary.changed);
    updateEnabled();
    const bool cancel = summary.kind == BulkSummary::Kind::Cancel;
    QString text = cancel ? tr("Cancelled %n invitation(s).", "", summary.succeeded())
                          : tr("Resent %n invitation(s).", "", summary.succeeded());
    if (summary.stoppedByUser)
        text += QLatin1Char(' ') +
                tr("Stopped: %n were not attempted.", "", summary.requested - summary.attempted);
    emit statusMessage(text);
    emit bulkFinished(summary);
    if (summary.failures.isEmpty())
        return;
    QStringList lines;
    for (const auto& [who, why] : summary.failures)
        lines << tr("%1: %2").arg(who, why);
    auto* box = new QMessageBox(
        QMessageBox::Warning,
        cancel ? tr("Some invitations were not cancelled") : tr("Some invitations were not resent"),
        text + QLatin1Char('\n') +
            tr("%n invitation(s) could not be changed.", "", int(summary.failures.size())),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("bulkReport"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void InvitationActions::refresh()
{
    // The list's first page applies what expired since (InvitationService::list).
    m_page->model()->reload();
    emit statusMessage(tr("List refreshed."));
}

void InvitationActions::exportCsv()
{
    m_exportFlow->chooseFile(m_page->model()->query());
}

void InvitationActions::exportTo(const QString& path)
{
    m_exportFlow->write(path, m_page->model()->query());
}

} // namespace invitedesk::ui
