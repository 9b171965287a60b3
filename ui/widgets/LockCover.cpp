#include "ui/widgets/LockCover.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace invitedesk::ui {

LockCover::LockCover(QWidget* window) : QWidget(window), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("lockCover"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    // Takes the clicks and the wheel that would otherwise reach the widgets beneath.
    setAttribute(Qt::WA_NoMousePropagation);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    retranslate();
    window->installEventFilter(this);
    fit();
    show();
    raise();
}

void LockCover::retranslate()
{
    m_text->setText(tr("InviteDesk is locked."));
    setAccessibleName(tr("InviteDesk is locked"));
}

void LockCover::fit()
{
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    raise();
}

bool LockCover::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::LayoutRequest:
        case QEvent::ChildAdded:
        case QEvent::Show:
            fit();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LockCover::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace invitedesk::ui
