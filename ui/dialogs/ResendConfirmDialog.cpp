#include "ui/dialogs/ResendConfirmDialog.h"

#include "ui/models/RelativeTime.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

ResendConfirmDialog::ResendConfirmDialog(const ResendPreview& preview, QWidget* parent)
    : QDialog(parent), m_preview(preview), m_question(new QLabel(this)), m_expiry(new QLabel(this)),
      m_recent(new QLabel(this)), m_bounced(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resendConfirmDialog"));
    m_question->setObjectName(QStringLiteral("resendQuestion"));
    m_expiry->setObjectName(QStringLiteral("resendExpiry"));
    m_recent->setObjectName(QStringLiteral("recentSendWarning"));
    m_bounced->setObjectName(QStringLiteral("bouncedAddressWarning"));
    const int n = preview.count();
    setWindowTitle(tr("Resend %n invitation(s)", "", n));
    for (QLabel* l : {m_question, m_expiry, m_recent, m_bounced}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_question->setText(question());
    m_expiry->setText(expiryText());
    m_recent->setText(recentWarning());
    m_bounced->setText(bouncedWarning());
    m_recent->setVisible(!m_recent->text().isEmpty());
    m_bounced->setVisible(!m_bounced->text().isEmpty());

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Resend %n invitation(s)", "", n));
    ok->setIcon(themedIcon(QStringLiteral("resend")));
    ok->setEnabled(n > 0);
    ok->setToolTip(n > 0 ? QString() : question()); // a disabled button says why
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Do&n't resend"));
    // A warning makes "don't" the safe default for Enter (showEvent).
    ok->setAutoDefault(!warned());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_expiry);
    layout->addWidget(m_recent);
    layout->addWidget(m_bounced);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
}

bool ResendConfirmDialog::warned() const
{
    return !recentWarning().isEmpty() || !bouncedWarning().isEmpty();
}

void ResendConfirmDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    QPushButton* dont = m_buttons->button(QDialogButtonBox::Cancel);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    (warned() ? dont : ok)->setDefault(true);
    (warned() ? dont : ok)->setFocus();
}

QString ResendConfirmDialog::question() const
{
    const int n = m_preview.count();
    if (n == 0)
        return tr("None of the selected invitations can be resent.");
    QString text =
        n == 1
            ? tr("Resend the invitation to %1 with a new link?").arg(m_preview.items.first().email)
            : tr("Resend %n invitation(s) with new links?", "", n);
    if (m_preview.skipped > 0)
        text += QLatin1Char(' ') +
                tr("%n other selected invitation(s) cannot be resent and will be left as they are.",
                   "", m_preview.skipped);
    return text;
}

QString ResendConfirmDialog::expiryText() const
{
    const int n = m_preview.count();
    if (n == 0)
        return {};
    const QDateTime first = m_preview.earliestNewExpiry();
    const QDateTime last = m_preview.latestNewExpiry();
    if (n == 1)
        return tr("The earlier link stops working. The new one expires on %1.")
            .arg(RelativeTime::exact(first));
    if (first.toLocalTime().date() == last.toLocalTime().date())
        return tr("Their earlier links stop working. The new links expire on %1.")
            .arg(RelativeTime::exact(last));
    return tr("Their earlier links stop working. The new links expire between %1 and %2; none "
              "expires earlier than it would have.")
        .arg(RelativeTime::exact(first), RelativeTime::exact(last));
}

QString ResendConfirmDialog::recentWarning() const
{
    const int recent = m_preview.recentlySentCount();
    if (recent == 0)
        return {};
    if (m_preview.count() == 1)
        return tr("It was last sent %1, less than an hour ago: the first e-mail may still be on "
                  "its way, and two e-mails close together can look like spam.")
            .arg(RelativeTime::describe(m_preview.items.first().lastSentAt, m_preview.computedAt));
    return tr("%n of them were sent less than an hour ago: their e-mails may still be on their "
              "way, and two e-mails close together can look like spam.",
              "", recent);
}

QString ResendConfirmDialog::bouncedWarning() const
{
    const int bounced = m_preview.bouncedCount();
    if (bounced == 0)
        return {};
    if (m_preview.count() == 1)
        return tr("The address %1 bounced: sending to it again will most likely fail again. "
                  "Correct the address instead (Details, \"Correct the address and resend\").")
            .arg(m_preview.items.first().email);
    return tr("%n of the addresses bounced: sending to them again will most likely fail again. "
              "Correct those addresses instead.",
              "", bounced);
}

} // namespace invitedesk::ui
