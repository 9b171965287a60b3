#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace invitedesk::ui {

class FieldMessage;
class Session;

// "Change my password…" (the account menu): the current password, the new one and the new one
// again. PeopleService::changeOwnPassword checks both (on the session's worker: two password
// hashes take a moment) and its refusals are shown under the field they name; the two new
// entries differing is shown under the confirmation before anything is sent.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(Session* session, QWidget* parent = nullptr);

    QLineEdit* currentField() const { return m_current; }
    QLineEdit* newField() const { return m_new; }
    QLineEdit* confirmField() const { return m_confirm; }
    FieldMessage* currentError() const { return m_currentError; }
    FieldMessage* newError() const { return m_newError; }
    FieldMessage* confirmError() const { return m_confirmError; }
    FieldMessage* error() const { return m_error; }
    bool isBusy() const { return m_busy; }

public slots:
    void submit();

signals:
    void passwordChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void clearMessages();

    Session* m_session;
    bool m_busy = false;
    QLabel* m_intro;
    QLabel* m_currentLabel;
    QLabel* m_newLabel;
    QLabel* m_confirmLabel;
    QLineEdit* m_current;
    QLineEdit* m_new;
    QLineEdit* m_confirm;
    FieldMessage* m_currentError;
    FieldMessage* m_newError;
    FieldMessage* m_confirmError;
    FieldMessage* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
