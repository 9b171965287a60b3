#pragma once

#include <QMenu>

namespace invitedesk::ui {

// A menu of checkable choices that stays open while they are ticked (issue 18, item 10): a
// click, Space or Enter on a checkable action toggles it and keeps the menu up, so several
// can be chosen in one go; Escape or a click elsewhere closes it, and other actions behave
// as in any menu.
class StayOpenMenu : public QMenu {
    Q_OBJECT
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Toggles `action` if it is a checkable, enabled one; false otherwise.
    static bool toggle(QAction* action);
};

} // namespace invitedesk::ui
