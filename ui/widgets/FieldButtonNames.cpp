#include "ui/widgets/FieldButtonNames.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace invitedesk::ui {

void nameFieldButtons(QLineEdit* edit, const QString& clearName, const QString& iconName)
{
    if (!edit)
        return;
    // The clear action is the one QLineEdit makes for setClearButtonEnabled(true) (a child,
    // not in actions()); the field's own actions are in actions().
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"),
                                                Qt::FindDirectChildrenOnly)) {
        clear->setText(clearName);
        clear->setToolTip(clearName);
    }
    if (!iconName.isEmpty()) {
        for (QAction* action : edit->actions()) {
            action->setText(iconName);
            action->setToolTip(iconName);
        }
    }
    // Each button inside the field shows one of those actions: it takes the action's name.
    for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
        if (QAction* action = button->defaultAction(); action && !action->text().isEmpty()) {
            button->setAccessibleName(action->text());
            button->setToolTip(action->toolTip());
        }
    }
}

} // namespace invitedesk::ui
