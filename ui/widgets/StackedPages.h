#pragma once

#include <QSizePolicy>
#include <QStackedWidget>

namespace invitedesk::ui {

// Shows one page of a stack and lets only that page count for the height, so a form with
// alternative pages (SQLite/PostgreSQL, folder/SMTP) does not float in empty space.
inline void showStackedPage(QStackedWidget* stack, int index)
{
    stack->setCurrentIndex(index);
    for (int i = 0; i < stack->count(); ++i)
        stack->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                        i == index ? QSizePolicy::Maximum : QSizePolicy::Ignored);
    stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    stack->adjustSize();
}

} // namespace invitedesk::ui
