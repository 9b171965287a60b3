#include "ui/views/ShareLinkFlow.h"

#include "core/mail/MailRenderer.h"
#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ShareLinkDialog.h"
#include "ui/session/Session.h"

#include <QMessageBox>

namespace invitedesk::ui {

ShareLinkFlow::ShareLinkFlow(Session* session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

void ShareLinkFlow::share(const QString& invitationId)
{
    if (m_busy)
        return;
    m_busy = true;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    m_session->worker()->run(
        this,
        [backend, actor, invitationId]() {
            return backend->invitations().shareLink(actor, invitationId);
        },
        [this](Result<InvitationService::SharedLink> link) {
            m_busy = false;
            if (!link) {
                const QString message = tr("No link was made: %1").arg(link.error().message);
                emit failed(message);
                if (m_window)
                    QMessageBox::warning(m_window, tr("Create a link to share"), message);
                return;
            }
            auto* dialog = new ShareLinkDialog(
                MailRenderer::inviteLink(link->linkBase, link->token), link->expiresAt, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            emit shared(link->invitationId);
            emit shown(dialog);
        });
}

} // namespace invitedesk::ui
