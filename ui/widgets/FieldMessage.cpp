#include "ui/widgets/FieldMessage.h"

#include <QEvent>

namespace invitedesk::ui {

FieldMessage::FieldMessage(QWidget* field, QWidget* parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setVisible(false);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
    if (field)
        setObjectName(field->objectName() + QStringLiteral("Message"));
}

void FieldMessage::showMessage(const QString& text, Kind kind)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_kind = kind;
    setText(text);
    applyColour();
    setVisible(true);
    if (m_field)
        m_field->setAccessibleDescription(text);
}

void FieldMessage::clearMessage()
{
    clear();
    setVisible(false);
    if (m_field)
        m_field->setAccessibleDescription(m_idleDescription);
}

void FieldMessage::setIdleDescription(const QString& text)
{
    m_idleDescription = text;
    if (m_field && this->text().isEmpty())
        m_field->setAccessibleDescription(text);
}

void FieldMessage::applyColour()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor colour;
    switch (m_kind) {
    case Kind::Error:
        colour = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
        break;
    case Kind::Warning:
        colour = dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
        break;
    case Kind::Info:
        colour = palette().color(QPalette::PlaceholderText);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::WindowText, colour);
    setPalette(p);
}

void FieldMessage::changeEvent(QEvent* event)
{
    // A new system palette (light/dark switch): pick the colour again. Our own setPalette()
    // sends this event too, hence the guard.
    if (event->type() == QEvent::PaletteChange && !m_applying && !text().isEmpty()) {
        m_applying = true;
        applyColour();
        m_applying = false;
    }
    QLabel::changeEvent(event);
}

} // namespace invitedesk::ui
