#pragma once

#include "core/Error.h"
#include "core/domain/User.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace invitedesk::ui {

class FieldMessage;
class TaskRunner;

// What the locked desk shows: who is signed in, and their password to go on. The password is
// checked by the same sign-in as the sign-in dialog's (AuthService::signIn, with its throttle
// and lockout), on a worker; a wrong one counts toward the lockout. It cannot be closed or
// escaped: the only ways out are the right password and quitting InviteDesk.
class LockDialog : public QDialog {
    Q_OBJECT
public:
    using Authenticate = std::function<Result<User>(const QString& email, const QString& password)>;

    LockDialog(const User& user, TaskRunner* worker, Authenticate authenticate,
               QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

public slots:
    void submit();
    void reject() override; // Escape does not unlock

signals:
    void unlocked();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void finish(const Result<User>& result);

    User m_user;
    TaskRunner* m_worker;
    Authenticate m_authenticate;
    bool m_busy = false;

    QLabel* m_title;
    QLabel* m_who;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    FieldMessage* m_error;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_quit;
};

} // namespace invitedesk::ui
