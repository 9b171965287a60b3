#include "ui/widgets/StayOpenMenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace invitedesk::ui {

bool StayOpenMenu::toggle(QAction* action)
{
    if (!action || !action->isCheckable() || !action->isEnabled() || action->menu())
        return false;
    action->trigger(); // toggles and emits toggled/triggered, as a menu's click would
    return true;
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && toggle(actionAt(event->position().toPoint()))) {
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && toggle(activeAction())) {
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace invitedesk::ui
