#include "ui/dialogs/ShareLinkDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

ShareLinkDialog::ShareLinkDialog(const QString& link, const QDateTime& expiresAt, QWidget* parent)
    : QDialog(parent), m_explanation(new QLabel(this)), m_link(new QLineEdit(this)),
      m_copy(new QPushButton(this)), m_copied(new QLabel(this))
{
    setObjectName(QStringLiteral("shareLinkDialog"));
    setWindowTitle(tr("Link to share"));
    m_link->setObjectName(QStringLiteral("sharedLink"));
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_link->setReadOnly(true);
    m_link->setText(link);
    m_link->setAccessibleName(tr("Invitation link"));
    m_link->setMinimumWidth(m_link->fontMetrics().horizontalAdvance(link) + 24);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Anyone with this link can accept the invitation until %1. It is shown only now: "
           "copy it and pass it on by phone or text message. The link in the e-mail keeps "
           "working; a resend ends both.")
            .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)));
    m_copy->setText(tr("&Copy"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);

    auto* row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link->text());
        m_copied->setText(tr("Copied."));
    });
    m_link->selectAll();
    m_link->setFocus();
}

ShareLinkDialog::~ShareLinkDialog()
{
    m_link->clear();
}

QString ShareLinkDialog::link() const
{
    return m_link->text();
}

} // namespace invitedesk::ui
