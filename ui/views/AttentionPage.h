#pragma once

#include "core/domain/Invitation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace invitedesk::ui {

class AttentionTableModel;
class EmptyStateOverlay;
class Session;

// "Needs attention" (issue 18, item 12): bounced e-mails, invitations about to expire and
// those never delivered, each row with its one-click fix (a button in the Fix column; Enter
// or a double click on the row does the same). The fixes are the window's own flows: the
// page only asks for them (correctAddressRequested, resendRequested).
class AttentionPage : public QWidget {
    Q_OBJECT
public:
    AttentionPage(Session* session, QWidget* parent = nullptr);

    AttentionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    EmptyStateOverlay* emptyState() const { return m_empty; }
    // The Fix column's button of a row (nullptr if none).
    QPushButton* fixButton(int row) const;
    QString countText() const;
    // "Show more": the next page of the list (AttentionTableModel::loadMore), shown while
    // there is one.
    QPushButton* moreButton() const { return m_more; }

public slots:
    void reload();
    void showMore();
    // The row's fix: correct the address (bounced) or resend (the others).
    void fix(int row);

signals:
    void correctAddressRequested(const invitedesk::Invitation& invitation);
    void resendRequested(const QStringList& ids);
    // How many invitations need attention (-1 while unknown), for the navigation's badge.
    // The list's size, or its lower bound when atLeast (it was counted only that far).
    void countChanged(qint64 count, bool atLeast);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildButtons();
    void updateState();

    Session* m_session;
    AttentionTableModel* m_model;
    QLabel* m_intro;
    QLabel* m_count;
    QPushButton* m_more;
    QTableView* m_view;
    EmptyStateOverlay* m_empty;
    QString m_loadError;
    QString m_keepCurrent; // the current row's invitation across "Show more"
};

} // namespace invitedesk::ui
