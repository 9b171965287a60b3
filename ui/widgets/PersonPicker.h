#pragma once

#include <QComboBox>

class QCompleter;

namespace invitedesk::ui {

// A searchable choice of person: an editable combo whose entries read "Name <e-mail>" (two
// people may share a name), with a completer that matches any part of the name or the
// address. Typing never adds an entry; text that names no entry leaves the choice unmade
// (matches() is false) so the form can say so. Each entry's data is the person's id.
class PersonPicker : public QComboBox {
    Q_OBJECT
public:
    explicit PersonPicker(QWidget* parent = nullptr);

    // "Name <e-mail>"; just the name when the address is empty.
    static QString entryText(const QString& name, const QString& email);
    // Whether the typed text is one of the entries (the current one).
    bool matches() const;
    // The chosen person's id; empty when the text names no entry or the first entry ("me").
    QString chosenId() const;
    QCompleter* search() const { return m_search; }

protected:
    void changeEvent(QEvent* event) override;

private:
    // The typing field inside the combo is a control of its own for screen readers.
    void nameSearchField();

    QCompleter* m_search;
};

} // namespace invitedesk::ui
