#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace invitedesk::ui {

class AuditTableModel;
class EmptyStateOverlay;
class FieldMessage;
class Session;
class TaskRunner;

// The audit log: a filterable table (action, invitation, since a date), "Check that the log has not
// been altered" which recomputes the hash chain on the worker and says where it breaks, and CSV
// export.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(Session* session, QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* verifyButton() const { return m_verify; }
    QString verifyResult() const;

public slots:
    void verifyChain();
    void exportTo(const QString& path);
    void applyFilter();

signals:
    void verified(bool ok, const QString& message);
    void exportFinished(bool ok, const QString& message);
    // An event's row was double-clicked (or Enter pressed) and it belongs to an invitation.
    void invitationActivated(const QString& invitationId);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void loadActorNames();
    void updateEmptyState();

    Session* m_session;
    AuditTableModel* m_model;
    TaskRunner* m_exports;
    bool m_started = false;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLineEdit* m_invitation;
    QCheckBox* m_sinceEnabled;
    QDateEdit* m_since;
    QPushButton* m_verify;
    QPushButton* m_export;
    FieldMessage* m_result;
    QTableView* m_view;
    EmptyStateOverlay* m_empty; // over m_view: made after it
};

} // namespace invitedesk::ui
