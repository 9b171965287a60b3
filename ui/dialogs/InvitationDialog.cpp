#include "ui/dialogs/InvitationDialog.h"

#include "core/mail/InvitationMailPreview.h"
#include "core/services/InvitationService.h"
#include "core/services/InvitationValidator.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/EmailPreviewDialog.h"
#include "ui/session/Session.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace invitedesk::ui {

InvitationDialog::InvitationDialog(Session* session, const QString& invitationId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(invitationId),
      m_form(new InvitationForm(session->actor(),
                                invitationId.isEmpty() ? InvitationForm::Mode::Create
                                                       : InvitationForm::Mode::Edit,
                                this)),
      m_why(new QLabel(this)), m_resendOpen(new QPushButton(this)),
      m_preview(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_emailCheck(new QTimer(this))
{
    setObjectName(QStringLiteral("invitationDialog"));
    m_why->setObjectName(QStringLiteral("blockingReason"));
    m_resendOpen->setObjectName(QStringLiteral("resendOpenInvitation"));
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_resendOpen->setIcon(themedIcon(QStringLiteral("resend")));
    m_resendOpen->setVisible(false);
    m_preview->setObjectName(QStringLiteral("previewEmail"));
    m_preview->setVisible(m_id.isEmpty());
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    m_emailCheck->setSingleShot(true);
    m_emailCheck->setInterval(kEmailCheckDelayMs);
    // Nothing moves when these appear: their space is kept while hidden.
    for (QWidget* w : {static_cast<QWidget*>(m_resendOpen), static_cast<QWidget*>(m_progress)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }
    m_why->setMinimumHeight(2 * m_why->fontMetrics().lineSpacing());
    m_why->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* extras = new QHBoxLayout;
    extras->addWidget(m_resendOpen);
    extras->addStretch();
    extras->addWidget(m_preview);
    // The reason OK is disabled has the dialog's whole width, two lines kept for it.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(extras);
    layout->addWidget(m_progress);
    layout->addWidget(m_why);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InvitationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &InvitationForm::changed, this, &InvitationDialog::updateOk);
    connect(m_form, &InvitationForm::emailEdited, this, [this] {
        m_form->setEmailWarning({}, false);
        m_resendOpen->setVisible(false);
        m_emailCheck->start();
    });
    connect(m_emailCheck, &QTimer::timeout, this, &InvitationDialog::checkEmailNow);
    connect(m_preview, &QPushButton::clicked, this, &InvitationDialog::previewEmail);
    connect(m_resendOpen, &QPushButton::clicked, this, [this] {
        emit resendRequested(m_openInvitationId);
        reject();
    });

    retranslate();
    setMinimumWidth(520);
    loadContext();
}

InvitationDialog::~InvitationDialog()
{
    disconnect(m_form, nullptr, this, nullptr);
}

void InvitationDialog::retranslate()
{
    setWindowTitle(m_id.isEmpty() ? tr("New invitation") : tr("Edit invitation"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_id.isEmpty() ? tr("&Send invitation") : tr("&Save changes"));
    m_resendOpen->setText(tr("&Resend the open invitation instead"));
    m_preview->setText(tr("Pre&view e-mail…"));
    m_preview->setToolTip(tr("The message as the invitee will get it, in their language"));
    m_form->retranslate();
    updateOk();
}

void InvitationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InvitationDialog::setDefaultExpiryDays(int days)
{
    m_form->setDefaultExpiryDays(days);
}

void InvitationDialog::loadContext()
{
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    m_pendingLoads = 2;
    setBusy(true);
    auto loaded = [this] {
        if (--m_pendingLoads > 0)
            return;
        setBusy(false);
        m_ready = true;
        updateOk();
        emit ready();
    };
    m_session->loadDownline(this, [this, loaded](Result<QList<User>> users) {
        if (users)
            m_form->setDownline(users.value());
        loaded();
    });
    if (m_id.isEmpty()) {
        // The organisation's e-mail language and, for an office admin, their practice.
        m_session->worker()->run(
            this, [backend, actor]() { return backend->invitations().createDefaults(actor); },
            [this, loaded](Result<InvitationService::CreateDefaults> defaults) {
                if (defaults) {
                    m_form->setDefaultLanguage(defaults->language);
                    m_form->setPrefilledPractice(defaults->practiceName);
                }
                loaded();
            });
        return;
    }
    const QString id = m_id;
    m_session->worker()->run(
        this, [backend, actor, id]() { return backend->invitations().get(actor, id); },
        [this, loaded](Result<Invitation> invitation) {
            if (invitation) {
                m_original = invitation.value();
                m_form->load(m_original);
            } else {
                m_form->showServerError({}, invitation.error().message);
            }
            loaded();
        });
}

QString InvitationDialog::blockingReason() const
{
    return m_why->text();
}

void InvitationDialog::updateOk()
{
    QString reason;
    if (!m_ready && !m_busy)
        reason = tr("Loading…");
    const auto problems = m_form->problems();
    if (reason.isEmpty() && !problems.isEmpty()) {
        // Every field that needs attention, by its label, in form order.
        QStringList fields;
        for (const auto& [field, message] : problems) {
            const QString label = m_form->fieldLabel(field);
            const QString item = label.isEmpty() ? message : label;
            if (!fields.contains(item))
                fields << item;
        }
        // One problem, or a role that cannot invite anyone: its own words.
        const bool alone = problems.size() == 1 || problems.first().first == QLatin1String("type");
        reason = alone ? tr("Not ready: %1").arg(problems.first().second)
                       : tr("Not ready: fill in or correct %1.")
                             .arg(QLocale().createSeparatedList(fields));
    }
    if (m_id.isEmpty() == false && reason.isEmpty() && m_original.id.isEmpty())
        reason = tr("The invitation could not be loaded.");
    const bool ok = reason.isEmpty() && !m_busy && m_ready;
    QPushButton* button = m_buttons->button(QDialogButtonBox::Ok);
    button->setEnabled(ok);
    button->setToolTip(reason);
    m_why->setText(m_busy ? QString() : reason);
}

void InvitationDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_form->setEnabled(!busy);
    updateOk();
}

void InvitationDialog::checkEmailNow()
{
    m_emailCheck->stop();
    if (!m_id.isEmpty())
        return;
    const QString email = m_form->email();
    if (email.isEmpty() || !invitation_validation::checkEmail(email))
        return;
    m_checkedEmail = email;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    m_session->worker()->run(
        this, [backend, actor, email]() { return backend->invitations().checkEmail(actor, email); },
        [this, email](Result<InvitationService::EmailCheck> check) {
            if (!check || email != m_form->email())
                return; // typed on meanwhile: a newer check follows
            m_openInvitationId = check->openInvitationId;
            if (check->hasOpenInvitation) {
                m_form->setEmailWarning(
                    check->openInvitationId.isEmpty()
                        ? tr("This address already has an open invitation from your "
                             "organisation.")
                        : tr("This address already has an open invitation. Resend it instead "
                             "of creating another."),
                    true);
                m_resendOpen->setVisible(!check->openInvitationId.isEmpty());
            } else if (check->hasAccount) {
                m_form->setEmailWarning(tr("This address already has an InviteDesk account."),
                                        false);
            }
        });
}

void InvitationDialog::previewEmail()
{
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const NewInvitation input = m_form->newInvitation();
    m_preview->setEnabled(false);
    m_session->worker()->run(
        this,
        [backend, actor, input]() {
            return InvitationMailPreview(backend->invitations().database(),
                                         backend->invitations().config())
                .render(actor, input);
        },
        [this, input](Result<RenderedMail> mail) {
            m_preview->setEnabled(true);
            if (!mail) {
                m_form->showServerError(mail.error().field, mail.error().message);
                return;
            }
            auto* preview = new EmailPreviewDialog(mail.value(), input, this);
            preview->setAttribute(Qt::WA_DeleteOnClose);
            preview->open();
            emit previewShown(preview);
        });
}

void InvitationDialog::submit()
{
    if (m_busy)
        return;
    m_form->revealAll();
    updateOk();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    setBusy(true);
    auto finish = [this](Result<Invitation> r) {
        setBusy(false);
        if (!r) {
            m_form->showServerError(r.error().field, r.error().message);
            return;
        }
        emit this->saved(r.value()); // no token: only the dispatcher makes links
        accept();
    };
    if (m_id.isEmpty()) {
        const NewInvitation input = m_form->newInvitation();
        m_session->worker()->run(
            this, [backend, actor, input]() { return backend->invitations().create(actor, input); },
            finish);
    } else {
        const InvitationUpdate change = m_form->update(m_original);
        const QString id = m_id;
        m_session->worker()->run(
            this,
            [backend, actor, id, change]() {
                return backend->invitations().update(actor, id, change);
            },
            finish);
    }
}

} // namespace invitedesk::ui
