#include "ui/widgets/DeliveryBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace invitedesk::ui {

DeliveryBanner::DeliveryBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("deliveryBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warm tint over the theme's window colour, readable light or dark.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    const QColor tint(255, 196, 0);
    p.setColor(QPalette::Window,
               QColor((base.red() * 2 + tint.red()) / 3, (base.green() * 2 + tint.green()) / 3,
                      (base.blue() * 2 + tint.blue()) / 3));
    setPalette(p);
    m_label->setObjectName(QStringLiteral("deliveryBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Delivery notice"));
    setVisible(false);
}

void DeliveryBanner::setNotice(const DeliveryNotice& notice)
{
    m_notice = notice;
    refresh();
}

QString DeliveryBanner::text() const
{
    return m_label->text();
}

void DeliveryBanner::refresh()
{
    const QString text = m_notice.text();
    m_label->setText(text);
    m_label->setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void DeliveryBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace invitedesk::ui
