#pragma once

#include "core/Error.h"
#include "core/domain/User.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace invitedesk {
class AppSettings;
}

namespace invitedesk::ui {

class FieldMessage;
class TaskRunner;

// E-mail and password. The check (a slow scrypt hash on purpose) runs on the worker while
// a busy bar shows; the dialog stays responsive. "Remember me" keeps the e-mail only.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    using Authenticate = std::function<Result<User>(const QString& email, const QString& password)>;

    SignInDialog(AppSettings* settings, TaskRunner* worker, Authenticate authenticate,
                 QWidget* parent = nullptr);

    void setEmail(const QString& email);
    // A line under the title, e.g. where the demo password is written.
    void setHint(const QString& hint);
    const User& user() const { return m_user; }
    bool isBusy() const { return m_busy; }

public slots:
    void submit();

signals:
    void signedIn(const invitedesk::User& user);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void finish(const Result<User>& result, const QString& email);

    AppSettings* m_settings;
    TaskRunner* m_worker;
    Authenticate m_authenticate;
    User m_user;
    bool m_busy = false;

    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_emailLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    FieldMessage* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
};

} // namespace invitedesk::ui
