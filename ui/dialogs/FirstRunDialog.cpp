#include "ui/dialogs/FirstRunDialog.h"

#include "core/security/PasswordPolicy.h"
#include "core/services/InvitationValidator.h"
#include "ui/async/TaskRunner.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

FirstRunDialog::FirstRunDialog(TaskRunner* worker, CreateAdmin create, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_create(std::move(create)), m_intro(new QLabel(this)),
      m_why(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowIcon(themedIcon(QStringLiteral("app")));
    m_intro->setWordWrap(true);
    auto* form = new QFormLayout;
    m_organization = addField(form, QStringLiteral("organization"));
    m_first = addField(form, QStringLiteral("firstName"));
    m_last = addField(form, QStringLiteral("lastName"));
    m_email = addField(form, QStringLiteral("email"));
    m_password = addField(form, QStringLiteral("password"));
    m_confirm = addField(form, QStringLiteral("confirmPassword"));
    m_password.edit->setEchoMode(QLineEdit::Password);
    m_confirm.edit->setEchoMode(QLineEdit::Password);
    m_why->setObjectName(QStringLiteral("blockingReason"));
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_why);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(460);
}

FirstRunDialog::Field FirstRunDialog::addField(QFormLayout* form, const QString& objectName)
{
    Field f;
    f.label = new QLabel(this);
    f.edit = new QLineEdit(this);
    f.edit->setObjectName(objectName);
    f.label->setBuddy(f.edit);
    f.message = new FieldMessage(f.edit, this);
    auto* column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(f.edit);
    column->addWidget(f.message);
    form->addRow(f.label, column);
    connect(f.edit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    return f;
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Set up InviteDesk"));
    m_intro->setText(tr("This database has no users yet. Create the administrator account: it "
                        "can invite everyone else."));
    m_organization.label->setText(tr("&Organisation:"));
    m_first.label->setText(tr("&First name:"));
    m_last.label->setText(tr("&Last name:"));
    m_email.label->setText(tr("&E-mail:"));
    m_password.label->setText(tr("&Password:"));
    m_confirm.label->setText(tr("&Repeat password:"));
    m_password.edit->setToolTip(password_policy::rules().join(QLatin1Char('\n')));
    for (const Field* f : {&m_organization, &m_first, &m_last, &m_email, &m_password, &m_confirm})
        f->edit->setAccessibleName(
            f->label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    validate();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString FirstRunDialog::blockingReason() const
{
    return m_why->text();
}

void FirstRunDialog::validate()
{
    QStringList problems;
    // A field shows its message once something was typed in it; the summary lists all.
    auto check = [&](const Field& f, const Result<void>& r) {
        if (r.ok()) {
            f.message->clearMessage();
            return;
        }
        problems << r.error().message;
        if (!f.edit->text().isEmpty())
            f.message->showMessage(r.error().message);
        else
            f.message->clearMessage();
    };
    const QString org = m_organization.edit->text().trimmed();
    check(m_organization,
          org.isEmpty() ? Result<void>(Error::invalid(QStringLiteral("organization"),
                                                      tr("The organisation's name is required.")))
                        : Result<void>());
    check(m_first, invitation_validation::checkName(m_first.edit->text().trimmed(),
                                                    QStringLiteral("first_name")));
    check(m_last, invitation_validation::checkName(m_last.edit->text().trimmed(),
                                                   QStringLiteral("last_name")));
    const QString email = m_email.edit->text().trimmed().toLower();
    check(m_email, invitation_validation::checkEmail(email));
    check(m_password, password_policy::check(m_password.edit->text(), email));
    check(m_confirm, m_confirm.edit->text() == m_password.edit->text()
                         ? Result<void>()
                         : Result<void>(Error::invalid(QStringLiteral("confirm"),
                                                       tr("The two passwords differ."))));
    const bool ok = problems.isEmpty() && !m_busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_why->setText(problems.isEmpty() ? QString() : tr("To continue: %1").arg(problems.first()));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(m_why->text());
}

void FirstRunDialog::submit()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    NewUser admin;
    admin.organizationName = m_organization.edit->text().trimmed();
    admin.firstName = m_first.edit->text().trimmed();
    admin.lastName = m_last.edit->text().trimmed();
    admin.email = m_email.edit->text().trimmed().toLower();
    admin.password = m_password.edit->text();
    admin.role = QStringLiteral("admin");
    m_busy = true;
    m_progress->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto create = m_create;
    m_worker->run(
        this, [create, admin]() { return create(admin); }, [this](Result<User> r) { finish(r); });
}

void FirstRunDialog::finish(const Result<User>& result)
{
    m_busy = false;
    m_progress->setVisible(false);
    if (!result) {
        const Error& e = result.error();
        FieldMessage* target = m_email.message;
        if (e.field == QLatin1String("password"))
            target = m_password.message;
        else if (e.field == QLatin1String("organization"))
            target = m_organization.message;
        validate();
        target->showMessage(e.message);
        return;
    }
    m_password.edit->clear();
    m_confirm.edit->clear();
    m_user = result.value();
    emit adminCreated(m_user);
    accept();
}

} // namespace invitedesk::ui
