#include "ui/widgets/ClearButtonName.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

namespace invitedesk::ui {

void nameClearButton(QLineEdit* edit, const QString& name)
{
    if (!edit)
        return;
    // The clear action is the one QLineEdit adds for setClearButtonEnabled(true); its button
    // is the tool button inside the field that shows it.
    for (QAction* action : edit->actions()) {
        if (action->objectName() != QLatin1String("_q_qlineeditclearaction"))
            continue;
        action->setText(name);
        action->setToolTip(name);
        for (QToolButton* button : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
            if (button->defaultAction() != action)
                continue;
            button->setAccessibleName(name);
            button->setToolTip(name);
        }
    }
}

} // namespace invitedesk::ui
