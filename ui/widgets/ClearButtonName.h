#pragma once

#include <QString>

class QLineEdit;

namespace invitedesk::ui {

// QLineEdit::setClearButtonEnabled adds an unnamed tool button inside the field: screen
// readers (AT-SPI) announce it as "button" and nothing else (issue 18, item 14). This names it
// and its action, for a field whose clear button is enabled; call it again on a language
// change.
void nameClearButton(QLineEdit* edit, const QString& name);

} // namespace invitedesk::ui
