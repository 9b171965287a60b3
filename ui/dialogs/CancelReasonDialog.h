#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace invitedesk::ui {

// Asks why invitations are cancelled (kept in the audit log and shown in the details).
// Common reasons to pick, or free text.
class CancelReasonDialog : public QDialog {
    Q_OBJECT
public:
    explicit CancelReasonDialog(int count, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);

private:
    void updateOk();

    QLabel* m_question;
    QComboBox* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
