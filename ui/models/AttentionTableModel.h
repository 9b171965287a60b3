#pragma once

#include "core/domain/AttentionRules.h"
#include "core/domain/Invitation.h"

#include <QAbstractTableModel>

#include <algorithm>
#include <functional>

namespace invitedesk::ui {

class Session;
class TaskRunner;

// The "Needs attention" list (issue 18, item 12): the invitations core's attention rule
// selects (InvitationQuery::needsAttention, through InvitationService::list, so the actor's
// visibility applies), each with its reason and fix (AttentionRules). Bounced first, then
// those about to expire, then those never delivered; within each, the soonest expiry first.
// Loads kLimit rows at a time on its own worker (the list's keyset pages: loadMore() adds the
// next); totalCount() is the whole count, or its bound when totalIsAtLeast() (the list is
// counted up to AttentionRules::kCountedAtMost).
class AttentionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, ReasonColumn, ExpiresColumn, FixColumn, ColumnCount };
    Q_ENUM(Column)
    static constexpr int kLimit = AttentionRules::kPageSize;

    explicit AttentionTableModel(Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the list and its count again (answers of an earlier reload are dropped).
    void reload();
    // Adds the next page after the rows loaded (nothing while loading or when none is left).
    void loadMore();
    bool hasMore() const { return m_hasMore; }
    // Rows per page (tests); kLimit by default.
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    // How far the list is counted (tests); AttentionRules::kCountedAtMost by default.
    void setCountedAtMost(qint64 rows) { m_countedAtMost = std::max<qint64>(1, rows); }
    // -1 until known.
    qint64 totalCount() const { return m_total; }
    // The list holds more than totalCount() rows ("10,000+").
    bool totalIsAtLeast() const { return m_totalIsAtLeast; }
    const Invitation& invitationAt(int row) const { return m_rows.at(row).invitation; }
    AttentionReason reasonAt(int row) const { return m_rows.at(row).reason; }
    int rowOf(const QString& id) const;
    // The clock for "in 2 days" (tests fix it); defaults to the session's.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void retranslate();
    // Blocks until the worker is idle (tests only).
    void waitForWorker();

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    struct Entry {
        Invitation invitation;
        AttentionReason reason = AttentionReason::Bounced;
    };
    struct Answer;
    void fetch(bool more);
    void receive(quint64 generation, Answer answer);
    QDateTime now() const;

    Session* m_session;
    TaskRunner* m_worker;
    std::function<QDateTime()> m_clock;
    QList<Invitation> m_listed; // as the service pages them (the keyset's order)
    QList<Entry> m_rows;        // those, by reason
    QVariant m_afterValue;
    QString m_afterId;
    bool m_hasMore = false;
    int m_pageSize = kLimit;
    quint64 m_generation = 0;
    qint64 m_countedAtMost = AttentionRules::kCountedAtMost;
    qint64 m_total = -1;
    bool m_totalIsAtLeast = false;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace invitedesk::ui
