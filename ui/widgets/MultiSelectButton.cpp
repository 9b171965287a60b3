#include "ui/widgets/MultiSelectButton.h"

#include "ui/widgets/StayOpenMenu.h"

namespace invitedesk::ui {

MultiSelectButton::MultiSelectButton(QWidget* parent)
    : QToolButton(parent), m_menu(new StayOpenMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
}

void MultiSelectButton::setCaption(const QString& caption)
{
    m_caption = caption;
    setAccessibleName(caption);
    updateText();
}

void MultiSelectButton::setChoices(const QList<QPair<QString, QString>>& choices)
{
    const QStringList keep = selectedValues();
    m_menu->clear();
    for (const auto& [value, label] : choices) {
        QAction* action = m_menu->addAction(label);
        action->setCheckable(true);
        action->setData(value);
        action->setChecked(keep.contains(value));
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            emit selectionChanged(selectedValues());
        });
    }
    m_menu->addSeparator();
    QAction* any = m_menu->addAction(tr("Any"));
    connect(any, &QAction::triggered, this, &MultiSelectButton::clearSelection);
    updateText();
}

QStringList MultiSelectButton::selectedValues() const
{
    QStringList values;
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            values << a->data().toString();
    }
    return values;
}

void MultiSelectButton::setSelectedValues(const QStringList& values)
{
    bool changed = false;
    for (QAction* a : m_menu->actions()) {
        if (!a->isCheckable())
            continue;
        const bool want = values.contains(a->data().toString());
        if (a->isChecked() != want) {
            const QSignalBlocker block(a);
            a->setChecked(want);
            changed = true;
        }
    }
    updateText();
    if (changed)
        emit selectionChanged(selectedValues());
}

void MultiSelectButton::clearSelection()
{
    setSelectedValues({});
}

void MultiSelectButton::updateText()
{
    QStringList labels;
    for (QAction* a : m_menu->actions()) {
        if (a->isCheckable() && a->isChecked())
            labels << a->text();
    }
    QString value;
    if (labels.isEmpty())
        value = tr("any");
    else if (labels.size() == 1)
        value = labels.first();
    else
        value = tr("%n selected", "", int(labels.size()));
    setText(tr("%1: %2").arg(m_caption, value));
    setAccessibleDescription(labels.isEmpty() ? tr("any") : labels.join(QStringLiteral(", ")));
}

} // namespace invitedesk::ui
