#pragma once

#include "ui/models/InvitationRow.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace invitedesk {
class AppSettings;
}

namespace invitedesk::ui {

class EmptyStateOverlay;
class InvitationTableModel;
class MultiSelectButton;
class Session;

// The invitation list with its filter bar: search (debounced), status and type filters, a
// created-date range, the count, and an empty state that says what to do.
class InvitationsPage : public QWidget {
    Q_OBJECT
public:
    InvitationsPage(Session* session, QWidget* parent = nullptr);

    InvitationTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    MultiSelectButton* statusFilter() const { return m_statusFilter; }
    MultiSelectButton* typeFilter() const { return m_typeFilter; }
    QComboBox* dateFilter() const { return m_dateRange; }
    EmptyStateOverlay* emptyState() const { return m_empty; }
    QString countText() const;

    QStringList selectedIds() const;
    QList<InvitationRow> selectedRows() const;
    // The first column widths add up to no more than this (the list's width in the window's
    // first size, less its scroll bar).
    static constexpr int kFitsWidth = 1200;
    // The search applies this long after the last keystroke.
    static constexpr int kSearchDelayMs = 300;

    void focusSearch();
    // Narrows the list to the downline of one member ("Show their invitations" on the People
    // page), named `label` in the bar; an empty id shows everyone's again. Clear filters
    // clears it too.
    void setScope(const QString& userId, const QString& label);
    QString scopeText() const;
    void setContextActions(const QList<QAction*>& actions);
    void saveState(AppSettings* settings) const;
    void restoreState(AppSettings* settings);

public slots:
    void clearFilters();
    void applySearchNow();

signals:
    void selectionChanged();
    void invitationActivated(const QString& id);
    void countChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyDateRange();
    void updateCount();
    void updateEmptyState();

    Session* m_session;
    InvitationTableModel* m_model;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    MultiSelectButton* m_statusFilter;
    MultiSelectButton* m_typeFilter;
    QLabel* m_dateLabel;
    QComboBox* m_dateRange;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_clear;
    QLabel* m_scopeLabel;
    QToolButton* m_scopeClear;
    QString m_scopeName;
    QLabel* m_count;
    QTableView* m_view;
    EmptyStateOverlay* m_empty;
    QString m_loadError;
};

} // namespace invitedesk::ui
