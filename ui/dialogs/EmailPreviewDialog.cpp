#include "ui/dialogs/EmailPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace invitedesk::ui {

EmailPreviewDialog::EmailPreviewDialog(const RenderedMail& mail, const NewInvitation& to,
                                       QWidget* parent)
    : QDialog(parent), m_to(new QLabel(this)), m_subject(new QLabel(this)),
      m_note(new QLabel(this)), m_tabs(new QTabWidget(this)), m_html(new QTextBrowser(this)),
      m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("emailPreview"));
    setWindowTitle(tr("Preview of the invitation e-mail"));
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_html->setObjectName(QStringLiteral("previewHtml"));
    m_text->setObjectName(QStringLiteral("previewText"));
    for (QLabel* l : {m_to, m_subject}) {
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    const QString name =
        (to.firstName.trimmed() + QLatin1Char(' ') + to.lastName.trimmed()).trimmed();
    const QString address = to.email.trimmed().toLower();
    m_to->setText(address.isEmpty() ? name
                  : name.isEmpty()  ? address
                                    : QStringLiteral("%1 <%2>").arg(name, address));
    m_subject->setText(mail.subject);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("The link is a placeholder: the real one is made when the e-mail is "
                       "sent."));
    m_html->setOpenLinks(false);
    m_html->setOpenExternalLinks(false);
    m_html->setHtml(mail.html);
    m_text->setReadOnly(true);
    m_text->setPlainText(mail.text);
    m_tabs->addTab(m_html, tr("&Formatted"));
    m_tabs->addTab(m_text, tr("&Plain text"));

    auto* head = new QFormLayout;
    head->addRow(tr("To:"), m_to);
    head->addRow(tr("Subject:"), m_subject);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

QString EmailPreviewDialog::subject() const
{
    return m_subject->text();
}

QString EmailPreviewDialog::plainText() const
{
    return m_text->toPlainText();
}

} // namespace invitedesk::ui
