#include "ui/dialogs/LockDialog.h"

#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

LockDialog::LockDialog(const User& user, TaskRunner* worker, Authenticate authenticate,
                       QWidget* parent)
    : QDialog(parent), m_user(user), m_worker(worker), m_authenticate(std::move(authenticate)),
      m_title(new QLabel(this)), m_who(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_error(new FieldMessage(m_password, this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok, this)),
      m_quit(m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowIcon(themedIcon(QStringLiteral("app")));
    // No close button: the right password or Quit are the ways out.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    setWindowModality(Qt::ApplicationModal);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_error->setObjectName(QStringLiteral("lockError"));
    m_quit->setObjectName(QStringLiteral("lockQuit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_who->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);

    auto* form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_error);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_who);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LockDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &LockDialog::quitRequested);
    connect(m_password, &QLineEdit::textEdited, m_error, &FieldMessage::clearMessage);
    retranslate();
    setMinimumWidth(380);
    m_password->setFocus();
}

void LockDialog::retranslate()
{
    setWindowTitle(tr("InviteDesk is locked"));
    m_title->setText(tr("InviteDesk is locked"));
    const QString name = m_user.fullName().isEmpty() ? m_user.email : m_user.fullName();
    m_who->setText(tr("The desk locked itself after a while without use. %1 (%2) is signed in: "
                      "enter your password to go on where you left off.")
                       .arg(name, m_user.email));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_progress->setAccessibleName(tr("Checking your password"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_quit->setText(tr("&Quit InviteDesk"));
    m_quit->setToolTip(tr("Quits without saving what is open in the desk's windows."));
}

void LockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LockDialog::reject()
{
    // Escape and the window manager's close do nothing: the desk stays locked.
}

void LockDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

void LockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void LockDialog::submit()
{
    if (m_busy)
        return;
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_error->showMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->clearMessage();
    setBusy(true);
    auto authenticate = m_authenticate;
    const QString email = m_user.email;
    m_worker->run(
        this, [authenticate, email, password]() { return authenticate(email, password); },
        [this](Result<User> result) { finish(result); });
}

void LockDialog::finish(const Result<User>& result)
{
    setBusy(false);
    m_password->clear();
    m_password->setFocus();
    if (!result) {
        const Error& e = result.error();
        m_error->showMessage(
            e.code == Error::Code::Unauthenticated ? tr("The password is not right.") : e.message);
        return;
    }
    if (result->id != m_user.id) {
        m_error->showMessage(tr("Only %1 can unlock this desk.").arg(m_user.email));
        return;
    }
    emit unlocked();
}

} // namespace invitedesk::ui
