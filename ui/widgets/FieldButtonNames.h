#pragma once

#include <QString>

class QLineEdit;

namespace invitedesk::ui {

// The buttons inside a line edit (QLineEdit::setClearButtonEnabled, QLineEdit::addAction) are
// unnamed tool buttons: screen readers (AT-SPI) announce them as "button" and nothing else
// (issue 18, item 14). This names the clear button `clearName` and the buttons of the field's
// own actions `iconName` (e.g. the search field's magnifier); call it again on a language
// change.
void nameFieldButtons(QLineEdit* edit, const QString& clearName, const QString& iconName = {});

} // namespace invitedesk::ui
