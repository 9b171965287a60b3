#include "ui/views/ResendFlow.h"

#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ResendConfirmDialog.h"
#include "ui/session/Session.h"

namespace invitedesk::ui {

ResendFlow::ResendFlow(Session* session, QWidget* window, QObject* parent)
    : QObject(parent), m_session(session), m_window(window)
{}

void ResendFlow::confirm(const QList<InvitationRow>& rows)
{
    if (rows.isEmpty() || m_confirming)
        return;
    // What the resend will do comes from the service (resend_policy), asked now: the
    // dialog shows it, and nothing is sent until the person agrees.
    m_confirming = true;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    QStringList ids;
    for (const InvitationRow& r : rows)
        ids << r.idText();
    m_session->worker()->run(
        this, [backend, actor, ids]() { return backend->invitations().resendPreview(actor, ids); },
        [this, rows](Result<ResendPreview> preview) {
            m_confirming = false;
            if (!preview) {
                emit statusMessage(tr("Cannot resend: %1").arg(preview.error().message));
                return;
            }
            auto* dialog = new ResendConfirmDialog(preview.value(), m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, rows] { emit confirmed(rows); });
            connect(dialog, &QDialog::rejected, this,
                    [this] { emit statusMessage(tr("Nothing was resent.")); });
            dialog->open();
        });
}

} // namespace invitedesk::ui
