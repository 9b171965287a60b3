#pragma once

#include <QToolButton>

namespace invitedesk::ui {

// A filter button with a menu of checkable choices ("Status: any", "Status: Sent",
// "Status: 3 selected"). Nothing checked means "any". The menu stays open while choices are
// ticked (StayOpenMenu).
class MultiSelectButton : public QToolButton {
    Q_OBJECT
public:
    explicit MultiSelectButton(QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    // (value, label) pairs; keeps the checked values that still exist.
    void setChoices(const QList<QPair<QString, QString>>& choices);
    QStringList selectedValues() const;
    void setSelectedValues(const QStringList& values);
    void clearSelection();
    QMenu* choicesMenu() const { return m_menu; }

signals:
    void selectionChanged(const QStringList& values);

private:
    void updateText();

    QString m_caption;
    QMenu* m_menu;
};

} // namespace invitedesk::ui
