#include "ui/widgets/PersonPicker.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>

namespace invitedesk::ui {

PersonPicker::PersonPicker(QWidget* parent) : QComboBox(parent), m_search(new QCompleter(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    m_search->setModel(model());
    m_search->setCompletionMode(QCompleter::PopupCompletion);
    m_search->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setFilterMode(Qt::MatchContains);
    setCompleter(m_search);
    nameSearchField();
    // Leaving the field with text that names nobody: back to the chosen entry.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int i = findText(currentText(), Qt::MatchFixedString);
        if (i >= 0 && i != currentIndex())
            setCurrentIndex(i);
    });
}

void PersonPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        nameSearchField();
    QComboBox::changeEvent(event);
}

void PersonPicker::nameSearchField()
{
    lineEdit()->setAccessibleName(tr("Search people by name or e-mail"));
}

QString PersonPicker::entryText(const QString& name, const QString& email)
{
    return email.isEmpty() ? name : QStringLiteral("%1 <%2>").arg(name, email);
}

bool PersonPicker::matches() const
{
    return currentIndex() >= 0 && currentText() == itemText(currentIndex());
}

QString PersonPicker::chosenId() const
{
    return matches() ? currentData().toString() : QString();
}

} // namespace invitedesk::ui
