#include "ui/dialogs/SignInDialog.h"

#include "core/settings/AppSettings.h"
#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
const QString kRememberKey = QStringLiteral("signIn/remember");
const QString kEmailKey = QStringLiteral("signIn/email");
} // namespace

SignInDialog::SignInDialog(AppSettings* settings, TaskRunner* worker, Authenticate authenticate,
                           QWidget* parent)
    : QDialog(parent), m_settings(settings), m_worker(worker),
      m_authenticate(std::move(authenticate)), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_emailLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_email(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(this)), m_error(new FieldMessage(m_password, this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowIcon(themedIcon(QStringLiteral("app")));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("rememberMe"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_error);
    form->addRow(QString(), m_remember);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textEdited, m_error, &FieldMessage::clearMessage);

    if (m_settings && m_settings->state(kRememberKey).toBool()) {
        m_remember->setChecked(true);
        m_email->setText(m_settings->state(kEmailKey).toString());
    }
    retranslate();
    setMinimumWidth(380);
    if (m_email->text().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to InviteDesk"));
    m_title->setText(tr("Sign in"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember my e-mail address"));
    m_remember->setToolTip(tr("Only the e-mail address is remembered, never the password."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_email->setAccessibleName(tr("E-mail"));
    m_password->setAccessibleName(tr("Password"));
    m_progress->setAccessibleName(tr("Checking your password"));
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    m_password->setFocus();
}

void SignInDialog::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    if (email.isEmpty()) {
        m_error->showMessage(tr("Enter your e-mail address."));
        m_email->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_error->showMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->clearMessage();
    setBusy(true);
    auto authenticate = m_authenticate;
    m_worker->run(
        this, [authenticate, email, password]() { return authenticate(email, password); },
        [this, email](Result<User> result) { finish(result, email); });
}

void SignInDialog::finish(const Result<User>& result, const QString& email)
{
    setBusy(false);
    if (!result) {
        const Error& e = result.error();
        m_error->showMessage(e.code == Error::Code::Unauthenticated
                                 ? tr("The e-mail address or the password is not right.")
                                 : e.message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    if (m_settings) {
        m_settings->setState(kRememberKey, m_remember->isChecked());
        if (m_remember->isChecked())
            m_settings->setState(kEmailKey, email);
        else
            m_settings->removeState(kEmailKey);
        m_settings->sync();
    }
    m_user = result.value();
    m_password->clear();
    emit signedIn(m_user);
    accept();
}

} // namespace invitedesk::ui
