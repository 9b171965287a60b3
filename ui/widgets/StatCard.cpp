#include "ui/widgets/StatCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace invitedesk::ui {

StatCard::StatCard(QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_value(new QLabel(this)),
      m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard so screen readers announce it
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void StatCard::setTitle(const QString& title)
{
    m_title->setText(title);
    updateAccessibleText();
}

void StatCard::setValue(const QString& value)
{
    m_value->setText(value);
    updateAccessibleText();
}

void StatCard::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    updateAccessibleText();
}

void StatCard::setExplanation(const QString& explanation)
{
    m_explanation = explanation;
    updateAccessibleText();
}

QString StatCard::title() const
{
    return m_title->text();
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::caption() const
{
    return m_caption->text();
}

void StatCard::updateAccessibleText()
{
    setAccessibleName(m_title->text());
    QString text = m_value->text();
    if (!m_caption->text().isEmpty())
        text += QStringLiteral(", ") + m_caption->text();
    QString tip = m_title->text() + QStringLiteral(": ") + text;
    if (!m_explanation.isEmpty()) {
        text += QStringLiteral(". ") + m_explanation;
        tip += QStringLiteral("\n\n") + m_explanation;
    }
    setAccessibleDescription(text);
    setToolTip(tip);
}

} // namespace invitedesk::ui
