#include "ui/dialogs/ImportDefaultsBox.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

namespace invitedesk::ui {

ImportDefaultsBox::ImportDefaultsBox(QWidget* parent)
    : QGroupBox(parent), m_uplineLabel(new QLabel(this)), m_upline(new QLineEdit(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_expiryLabel(new QLabel(this)), m_expiry(new QSpinBox(this)),
      m_messageLabel(new QLabel(this)), m_message(new QLineEdit(this)), m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("importDefaults"));
    m_upline->setObjectName(QStringLiteral("defaultUpline"));
    m_language->setObjectName(QStringLiteral("defaultLanguage"));
    m_expiry->setObjectName(QStringLiteral("defaultExpiry"));
    m_message->setObjectName(QStringLiteral("defaultMessage"));
    m_upline->setClearButtonEnabled(true);
    m_message->setClearButtonEnabled(true);
    m_language->addItem(QString(), QString()); // none: the row's, or the organisation's
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_expiry->setRange(0, 365); // 0: none
    m_uplineLabel->setBuddy(m_upline);
    m_languageLabel->setBuddy(m_language);
    m_expiryLabel->setBuddy(m_expiry);
    m_messageLabel->setBuddy(m_message);

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_uplineLabel, m_upline);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_expiryLabel, m_expiry);
    form->addRow(m_messageLabel, m_message);

    // One check per pause in typing, not one per key.
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &ImportDefaultsBox::defaultsChanged);
    auto changed = [this] { m_settle->start(); };
    connect(m_upline, &QLineEdit::textEdited, this, changed);
    connect(m_message, &QLineEdit::textEdited, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, changed);
    connect(m_expiry, &QSpinBox::valueChanged, this, changed);
    retranslate();
}

ImportDefaults ImportDefaultsBox::defaults() const
{
    ImportDefaults d;
    d.parentEmail = m_upline->text().trimmed();
    d.language = m_language->currentData().toString();
    if (m_expiry->value() > 0)
        d.expiresDays = m_expiry->value();
    d.message = m_message->text().trimmed();
    return d;
}

void ImportDefaultsBox::setDefaults(const ImportDefaults& d)
{
    m_upline->setText(d.parentEmail);
    m_language->setCurrentIndex(std::max(0, m_language->findData(d.language)));
    m_expiry->setValue(d.expiresDays.value_or(0));
    m_message->setText(d.message);
    m_settle->stop();
    emit defaultsChanged();
}

void ImportDefaultsBox::retranslate()
{
    setTitle(tr("Defaults for the cells a row leaves empty"));
    setToolTip(tr("Applied to every row whose cell is empty (or whose file has no such "
                  "column), then checked like the row's own values."));
    m_uplineLabel->setText(tr("&Upline e-mail:"));
    m_upline->setPlaceholderText(tr("none: the row's own, or the one the type needs"));
    m_languageLabel->setText(tr("E-mail &language:"));
    m_language->setItemText(0, tr("The organisation's"));
    m_expiryLabel->setText(tr("&Expires after:"));
    m_expiry->setSpecialValueText(tr("The organisation's"));
    m_expiry->setSuffix(tr(" days"));
    m_messageLabel->setText(tr("&Message:"));
    m_message->setPlaceholderText(tr("none"));
}

void ImportDefaultsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace invitedesk::ui
