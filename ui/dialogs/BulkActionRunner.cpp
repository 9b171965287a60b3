#include "ui/dialogs/BulkActionRunner.h"

#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"

#include <QProgressDialog>
#include <QTimer>

namespace invitedesk::ui {

BulkActionRunner::BulkActionRunner(Session* session, QWidget* dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent),
      m_poll(new QTimer(this))
{
    m_poll->setInterval(100);
    // Connected once: a connection per start() would run every earlier run's update too.
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_dialog || !m_progress)
            return;
        const int done = m_progress->done.load();
        // The label first: setValue() on a modal dialog processes events, and the work's
        // end may close and forget the dialog meanwhile.
        m_dialog->setLabelText(m_label.arg(done));
        m_dialog->setValue(done);
    });
}

void BulkActionRunner::start(BulkSummary::Kind kind, const QList<InvitationRow>& rows,
                             const QString& reason)
{
    if (m_running || rows.isEmpty())
        return;
    m_running = true;
    m_progress = std::make_shared<Progress>();
    const int total = int(rows.size());

    delete m_dialog;
    m_dialog = new QProgressDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("bulkProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(300);
    m_dialog->setRange(0, total);
    m_dialog->setValue(0);
    m_dialog->setWindowTitle(kind == BulkSummary::Kind::Cancel ? tr("Cancelling invitations")
                                                               : tr("Resending invitations"));
    m_dialog->setCancelButtonText(tr("&Stop"));
    m_label = kind == BulkSummary::Kind::Cancel
                  ? tr("Cancelling %1 of %n invitation(s)…", "", total)
                  : tr("Resending %1 of %n invitation(s)…", "", total);
    m_dialog->setLabelText(m_label.arg(0));
    auto progress = m_progress;
    connect(m_dialog, &QProgressDialog::canceled, this, [progress] { progress->stop = true; });
    m_poll->start();

    QStringList ids;
    QHash<QString, QString> emails;
    for (const InvitationRow& r : rows) {
        ids << r.idText();
        emails.insert(r.idText(), r.email);
    }
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    m_session->worker()->run(
        this,
        [backend, actor, ids, emails, kind, reason, progress]() {
            BulkSummary summary;
            summary.kind = kind;
            summary.requested = int(ids.size());
            InvitationService service = backend->invitations();
            for (qsizetype i = 0; i < ids.size(); i += kChunkSize) {
                if (progress->stop) {
                    summary.stoppedByUser = true;
                    break;
                }
                const QStringList chunk = ids.mid(i, kChunkSize);
                const BulkResult result = kind == BulkSummary::Kind::Cancel
                                              ? service.cancelMany(actor, chunk, reason)
                                              : service.resendMany(actor, chunk);
                for (const BulkItemResult& item : result.items) {
                    if (item.ok) {
                        summary.changed << item.invitation;
                    } else {
                        const QString id = item.id.isEmpty() && item.index < chunk.size()
                                               ? chunk.at(item.index)
                                               : item.id;
                        summary.failures.append({emails.value(id, id), item.error
                                                                           ? item.error->message
                                                                           : QStringLiteral("?")});
                    }
                }
                summary.attempted += int(chunk.size());
                progress->done = summary.attempted;
            }
            return summary;
        },
        [this](BulkSummary summary) {
            m_poll->stop();
            m_running = false;
            if (m_dialog) {
                m_dialog->setValue(m_dialog->maximum());
                m_dialog->hide();
                m_dialog->deleteLater();
                m_dialog = nullptr;
            }
            emit finished(summary);
        });
}

} // namespace invitedesk::ui
