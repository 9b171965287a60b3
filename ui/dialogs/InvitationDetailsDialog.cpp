#include "ui/dialogs/InvitationDetailsDialog.h"

#include "core/domain/AuditAction.h"
#include "core/domain/DeliveryState.h"
#include "core/domain/InvitationActionRules.h"
#include "core/mail/DeliveryExplanation.h"
#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/models/AuditEventSentence.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/RelativeTime.h"
#include "ui/session/Session.h"
#include "ui/views/ShareLinkFlow.h"
#include "ui/widgets/StatusBadgeDelegate.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace invitedesk::ui {

InvitationDetailsDialog::InvitationDetailsDialog(Session* session, const QString& invitationId,
                                                 QWidget* parent)
    : QDialog(parent), m_session(session), m_id(invitationId), m_heading(new QLabel(this)),
      m_error(new QLabel(this)), m_fieldsBox(new QWidget(this)),
      m_fields(new QFormLayout(m_fieldsBox)), m_timelineTitle(new QLabel(this)),
      m_timeline(new QTreeWidget(this)), m_edit(new QPushButton(this)),
      m_correct(new QPushButton(this)), m_resend(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_share(new QPushButton(this)),
      m_shareFlow(new ShareLinkFlow(session, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("detailsDialog"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_edit->setObjectName(QStringLiteral("editInvitation"));
    m_correct->setObjectName(QStringLiteral("correctAddress"));
    m_resend->setObjectName(QStringLiteral("resendInvitation"));
    m_cancel->setObjectName(QStringLiteral("cancelInvitation"));
    m_share->setObjectName(QStringLiteral("shareLink"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QFont bold = m_timelineTitle->font();
    bold.setBold(true);
    m_timelineTitle->setFont(bold);
    m_timeline->setColumnCount(3);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->setColumnWidth(0, 150);
    m_timeline->setColumnWidth(1, 170);
    m_fields->setLabelAlignment(Qt::AlignRight);
    m_edit->setIcon(themedIcon(QStringLiteral("edit")));
    m_correct->setIcon(themedIcon(QStringLiteral("resend")));
    m_resend->setIcon(themedIcon(QStringLiteral("resend")));
    m_cancel->setIcon(themedIcon(QStringLiteral("cancel")));
    m_buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_correct, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_share, QDialogButtonBox::ActionRole);
    for (QPushButton* b : {m_edit, m_correct, m_resend, m_cancel, m_share})
        b->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(m_timelineTitle);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        emit editRequested(m_id);
        accept();
    });
    connect(m_correct, &QPushButton::clicked, this,
            [this] { emit correctRequested(m_invitation); });
    connect(m_resend, &QPushButton::clicked, this, [this] { emit resendRequested(m_id); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_id); });
    connect(m_share, &QPushButton::clicked, this, [this] { m_shareFlow->share(m_id); });
    connect(m_shareFlow, &ShareLinkFlow::shared, this, &InvitationDetailsDialog::reload);
    retranslate();
    resize(720, 620);
    reload();
}

void InvitationDetailsDialog::retranslate()
{
    setWindowTitle(tr("Invitation details"));
    m_timelineTitle->setText(tr("Timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_timeline->setAccessibleName(tr("Timeline"));
    m_edit->setText(tr("&Edit…"));
    m_correct->setText(tr("C&orrect the address and resend…"));
    m_resend->setText(tr("&Resend"));
    m_cancel->setText(tr("&Cancel invitation…"));
    m_share->setText(tr("Create a &link to share…"));
    if (m_loaded)
        display();
}

void InvitationDetailsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void InvitationDetailsDialog::reload()
{
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const QString id = m_id;
    struct Loaded {
        std::optional<Error> error;
        Invitation invitation;
        QList<AuditEvent> events;
        QDateTime nextAttempt;
    };
    m_session->worker()->run(
        this,
        [backend, actor, id]() {
            Loaded out;
            // get() checks that the actor may see it before the audit trail is read.
            auto invitation = backend->invitations().get(actor, id);
            if (!invitation) {
                out.error = invitation.error();
                return out;
            }
            out.invitation = invitation.value();
            auto events = backend->audit().timeline(actor, id);
            if (events)
                out.events = events.value();
            // When the outbox tries again, for a "refused for now" reply.
            if (!out.invitation.lastEmailError.isEmpty()) {
                auto next = backend->invitations().nextMailAttempt(actor, id);
                if (next)
                    out.nextAttempt = next.value();
            }
            return out;
        },
        [this](Loaded result) {
            if (result.error) {
                m_error->setText(result.error->message);
                m_error->setVisible(true);
                return;
            }
            m_invitation = result.invitation;
            m_events = result.events;
            m_nextAttempt = result.nextAttempt;
            m_loaded = true;
            display();
            emit loaded();
        });
}

QLabel* InvitationDetailsDialog::addRow(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return nullptr;
    auto* text = new QLabel(value, m_fieldsBox);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setAccessibleName(label);
    m_fields->addRow(label + QLatin1Char(':'), text);
    return text;
}

void InvitationDetailsDialog::display()
{
    const Invitation& inv = m_invitation;
    const QLocale locale;
    m_heading->setText(tr("%1 <%2>").arg(inv.fullName(), inv.email));
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const QDateTime now = m_session->now();
    auto when = [&](const QDateTime& t) {
        return t.isValid()
                   ? tr("%1 (%2)").arg(RelativeTime::exact(t), RelativeTime::describe(t, now))
                   : QString();
    };
    addRow(tr("Status"), statuses::label(inv.status));
    addRow(tr("Type"), roles::label(inv.type));
    addRow(tr("Organisation"), inv.organizationName);
    const QString inviter = inv.invitedByName.isEmpty()
                                ? inv.invitedByEmail
                                : tr("%1 <%2>").arg(inv.invitedByName, inv.invitedByEmail);
    addRow(tr("Invited by"), inv.invitedByActive ? inviter : tr("%1 (deactivated)").arg(inviter));
    addRow(tr("Upline"), inv.parentUserEmail);
    addRow(tr("NPI"), inv.details.npi);
    addRow(tr("Specialty"), inv.details.specialty);
    addRow(tr("Practice"), inv.details.practiceName);
    addRow(tr("Territory"), inv.details.territory);
    addRow(tr("Company"), inv.details.companyName);
    addRow(tr("Language"), inv.language == QLatin1String("es") ? QStringLiteral("Español")
                                                               : QStringLiteral("English"));
    addRow(tr("Message"), inv.message);
    addRow(tr("Created"), when(inv.createdAt));
    addRow(tr("First sent"), when(inv.sentAt));
    addRow(tr("Last sent"), inv.lastSentAt != inv.sentAt ? when(inv.lastSentAt) : QString());
    addRow(tr("Opened"), when(inv.openedAt));
    addRow(tr("Expires"), when(inv.expiresAt));
    addRow(tr("Accepted"), when(inv.acceptedAt));
    addRow(tr("Cancelled"), when(inv.cancelledAt));
    addRow(tr("Reason"), inv.cancelReason);
    addRow(tr("Delivery"), tr("%1, %n attempt(s)", "", inv.emailAttempts)
                               .arg(DeliveryStates::label(DeliveryStates::of(
                                   inv.emailDeliveryStatus, inv.emailDeliveredVia))));
    if (QLabel* meaning = addRow(tr("What it means"),
                                 DeliveryExplanation::explain(inv.lastEmailError, m_nextAttempt)))
        meaning->setObjectName(QStringLiteral("deliveryExplanation"));
    if (QLabel* raw = addRow(tr("Server's reply"), inv.lastEmailError))
        raw->setObjectName(QStringLiteral("lastEmailError"));
    addRow(tr("Resent"), inv.resendCount > 0 ? tr("%n time(s)", "", inv.resendCount) : QString());
    addRow(tr("Reminders"),
           inv.reminderCount > 0 ? tr("%n sent", "", inv.reminderCount) : QString());

    m_timeline->clear();
    // The events come oldest first: the expiry as of each one follows them.
    AuditEventSentence::Context context;
    for (const AuditEvent& e : std::as_const(m_events)) {
        if (const QDateTime expiry = AuditEventSentence::expiryAfter(e); expiry.isValid())
            context.expiresAt = expiry;
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, locale.toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, RelativeTime::exact(e.occurredAt));
        item->setText(1, AuditTableModel::actionLabel(e.action));
        item->setText(2, AuditEventSentence::sentence(e, context));
        item->setToolTip(2, AuditEventSentence::fullText(e, context)); // never cut
        const auto action = audit_actions::fromName(e.action);
        if (action == AuditAction::MailFailed || action == AuditAction::MailDeferred)
            item->setForeground(
                1, StatusBadgeDelegate::colours(InvitationStatus::Failed, palette()).text);
    }
    // Every disabled action says why.
    auto offer = [](QPushButton* button, const QString& whyNot) {
        button->setEnabled(whyNot.isEmpty());
        button->setToolTip(whyNot);
    };
    offer(m_edit, InvitationActionRules::whyNotEdit(inv.status));
    offer(m_resend, InvitationActionRules::whyNotResend(inv.status));
    offer(m_cancel, InvitationActionRules::whyNotCancel(inv.status));
    offer(m_share, InvitationActionRules::whyNotShare(inv.status));
    if (m_share->isEnabled())
        m_share->setToolTip(tr("A new link, shown once, to pass on by phone or text message"));
    const QString whyNotCorrect =
        InvitationActionRules::whyNotCorrect(inv.status, inv.emailDeliveryStatus);
    offer(m_correct, whyNotCorrect);
    m_correct->setVisible(whyNotCorrect.isEmpty()); // offered where it applies
    if (whyNotCorrect.isEmpty())
        m_resend->setToolTip(tr("This address bounced: resending to it will most likely fail "
                                "again. Correct the address instead."));
}

} // namespace invitedesk::ui
