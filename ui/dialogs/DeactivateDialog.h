#pragma once

#include "core/domain/Person.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace invitedesk::ui {

class FieldMessage;
class Session;

// Deactivates one person (PeopleService::deactivate on the session's worker) after saying what
// it does, with an optional reason for the audit log. The service's refusals are shown by
// field: the reason under its box, anything else above the buttons.
class DeactivateDialog : public QDialog {
    Q_OBJECT
public:
    DeactivateDialog(Session* session, Person person, QWidget* parent = nullptr);

    QLineEdit* reasonField() const { return m_reason; }
    FieldMessage* reasonError() const { return m_reasonError; }
    FieldMessage* error() const { return m_error; }
    bool isBusy() const { return m_busy; }

public slots:
    void submit();

signals:
    void deactivated(const invitedesk::Person& person);

private:
    void setBusy(bool busy);

    Session* m_session;
    Person m_person;
    bool m_busy = false;
    QLabel* m_question;
    QLabel* m_explanation;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    FieldMessage* m_reasonError;
    FieldMessage* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
