#pragma once

#include "core/domain/Person.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeView;

namespace invitedesk::ui {

class EmptyStateOverlay;
class FieldMessage;
class PeopleTreeModel;
class Session;

// The People page: the actor's downline as a tree (PeopleTreeModel, levels loaded as rows
// are expanded; the actor's own row opens by itself), a search (debounced) and filters by role
// and by status, a toolbar for the actions (PeopleActions fills it), and a message line for
// what an action reports. A search or filter lists the matching people flat; clearing them
// brings the tree back with the rows that were open. Enter and Space open or close the
// current row.
class PeoplePage : public QWidget {
    Q_OBJECT
public:
    PeoplePage(Session* session, QWidget* parent = nullptr);

    PeopleTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* roleFilter() const { return m_role; }
    QComboBox* statusFilter() const { return m_status; }
    QToolBar* toolbar() const { return m_toolbar; }
    FieldMessage* message() const { return m_message; }
    EmptyStateOverlay* emptyState() const { return m_empty; }
    static constexpr int kSearchDelayMs = 300;

    // The person of the current row (one row at a time), or nothing.
    std::optional<PersonNode> currentPerson() const;
    void setActions(const QList<QAction*>& actions);
    void showMessage(const QString& text, bool error);

public slots:
    void focusSearch();
    void applyFilters();
    void clearFilters();
    // Loads again from the top, keeping the rows that were open.
    void refresh();

signals:
    void currentPersonChanged();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateEmptyState();
    void expandRemembered(const QModelIndex& parent, int first, int last);

    Session* m_session;
    PeopleTreeModel* m_model;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QToolButton* m_clear;
    QLabel* m_mode;
    QToolBar* m_toolbar;
    FieldMessage* m_message;
    QTreeView* m_view;
    EmptyStateOverlay* m_empty;
    QSet<QString> m_expanded; // people whose rows are open (ids), kept across reloads
    QString m_loadError;
    bool m_started = false;
};

} // namespace invitedesk::ui
