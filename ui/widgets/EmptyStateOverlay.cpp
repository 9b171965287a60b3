#include "ui/widgets/EmptyStateOverlay.h"

#include "ui/widgets/SvgIconEngine.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace invitedesk::ui {

EmptyStateOverlay::EmptyStateOverlay(QWidget* viewport)
    : QWidget(viewport), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setPixmap(themedIcon(QStringLiteral("empty")).pixmap(QSize(48, 48)));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setOpenExternalLinks(false);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch();
    viewport->installEventFilter(this);
    setGeometry(viewport->rect());
    hide();
}

void EmptyStateOverlay::setMessage(const QString& title, const QString& hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
    setAccessibleName(title);
    setAccessibleDescription(hint);
}

QString EmptyStateOverlay::title() const
{
    return m_title->text();
}

QString EmptyStateOverlay::hint() const
{
    return m_hint->text();
}

bool EmptyStateOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(static_cast<QWidget*>(watched)->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace invitedesk::ui
