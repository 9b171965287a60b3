#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/AuthService.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace invitedesk::ui {

class FieldMessage;
class TaskRunner;

// Shown on a database without users: creates the organisation's administrator (the first
// account). Every field is checked as it is typed; the account is created on the worker.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    using CreateAdmin = std::function<Result<User>(const NewUser& admin)>;

    FirstRunDialog(TaskRunner* worker, CreateAdmin create, QWidget* parent = nullptr);

    const User& user() const { return m_user; }
    // Why the Create button is disabled, or empty when it is enabled.
    QString blockingReason() const;

public slots:
    void submit();

signals:
    void adminCreated(const invitedesk::User& user);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        QLabel* label;
        QLineEdit* edit;
        FieldMessage* message;
    };
    Field addField(QFormLayout* form, const QString& objectName);
    void retranslate();
    void validate();
    void finish(const Result<User>& result);

    TaskRunner* m_worker;
    CreateAdmin m_create;
    User m_user;
    bool m_busy = false;
    QLabel* m_intro;
    Field m_organization;
    Field m_first;
    Field m_last;
    Field m_email;
    Field m_password;
    Field m_confirm;
    QLabel* m_why;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
