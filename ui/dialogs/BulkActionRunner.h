#pragma once

#include "core/domain/Invitation.h"
#include "ui/models/InvitationRow.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace invitedesk::ui {

class Session;

// What a bulk resend or cancel did.
struct BulkSummary {
    enum class Kind { Resend, Cancel };
    Kind kind = Kind::Resend;
    int requested = 0;
    int attempted = 0;
    QList<Invitation> changed;
    // Who (e-mail) and why, for every invitation that was refused.
    QList<QPair<QString, QString>> failures;
    bool stoppedByUser = false;

    int succeeded() const { return int(changed.size()); }
};

// Resends or cancels many invitations on the session's worker, in small transactions
// (InvitationService::resendMany / cancelMany per chunk), behind a progress dialog whose
// Cancel stops after the chunk in flight. The UI thread only polls a counter.
class BulkActionRunner : public QObject {
    Q_OBJECT
public:
    BulkActionRunner(Session* session, QWidget* dialogParent);

    static constexpr int kChunkSize = 25;

    void start(BulkSummary::Kind kind, const QList<InvitationRow>& rows,
               const QString& reason = {});
    bool isRunning() const { return m_running; }
    QProgressDialog* progressDialog() const { return m_dialog; }

signals:
    void finished(const invitedesk::ui::BulkSummary& summary);

private:
    struct Progress {
        std::atomic<int> done{0};
        std::atomic<bool> stop{false};
    };

    Session* m_session;
    QPointer<QWidget> m_dialogParent;
    QProgressDialog* m_dialog = nullptr;
    QTimer* m_poll;
    QString m_label; // "Cancelling %1 of N invitations…"
    std::shared_ptr<Progress> m_progress;
    bool m_running = false;
};

} // namespace invitedesk::ui
