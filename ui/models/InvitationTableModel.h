#pragma once

#include "core/domain/InvitationQuery.h"
#include "ui/models/InvitationRow.h"
#include "ui/models/RowHighlights.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QUuid>

#include <deque>
#include <functional>
#include <memory>

namespace invitedesk::ui {

class Session;
class TaskRunner;

// The invitation list. Pages come from InvitationService::list() on the model's own worker
// thread (its own database connection), keyset-paginated through canFetchMore()/fetchMore();
// the total comes from count() on a second worker. The UI thread only appends finished
// pages, so it never waits on SQL. Filters and sort start a new generation: answers of the
// previous one are dropped when they arrive.
class InvitationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        TypeColumn,
        StatusColumn,
        InvitedByColumn,
        CreatedColumn,
        SentColumn,
        ExpiresColumn,
        DeliveryColumn,
        ResendsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InvitationTableModel(Session* session, QObject* parent = nullptr);
    ~InvitationTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static bool isSortable(int column);

    // Filters (the sort and page position of `filters` are ignored; see sort()).
    void setFilters(const InvitationQuery& filters);
    const InvitationQuery& query() const { return m_query; }
    bool hasFilters() const;
    void setSearch(const QString& text);
    void setStatuses(const QList<InvitationStatus>& statuses);
    void setTypes(const QList<InvitationType>& types);
    void setCreatedRange(const QDateTime& from, const QDateTime& to);
    // Only the invitations of that member's downline (empty: all the actor may see).
    void setScope(const QString& userId);
    void clearFilters();

    // Starts over: drops the rows and loads the first page and the count again.
    void reload();
    // The first page's size; while someone keeps scrolling, later pages double up to
    // kMaxPageSize.
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    // How soon after a page lands a further fetchMore() counts as scrolling on (pages double).
    void setRapidScrollWindow(int msecs) { m_rapidScrollMs = msecs; }
    static constexpr int kMaxPageSize = 2000;
    int pageSize() const { return m_pageSize; }
    bool isLoading() const { return m_loading; }
    // -1 while unknown.
    qint64 totalCount() const { return m_total; }
    // The clock for "in 3 days" (tests fix it); defaults to the session's.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const InvitationRow& rowAt(int row) const { return m_rows.at(row); }
    QString idAt(int row) const { return m_rows.at(row).idText(); }
    // Linear: used for the few rows an action changed, not per paint.
    int rowOf(const QString& id) const;
    // Replaces rows an action changed (cancel, resend, edit) without reloading; returns the
    // ids of the rows it replaced (those loaded).
    QList<QUuid> applyUpdates(const QList<Invitation>& changed);
    // Reads the given invitations again on a worker (the change feed: the desk's dispatcher
    // or handler changed them) and replaces their rows in place, highlighted for a moment
    // (HighlightRole). A row that no longer matches the list's filters (InvitationService::
    // recheck, the list's own query narrowed to those ids) is removed, and the count read again.
    // Ids not loaded are ignored; nothing is inserted or reset, so the selection of the other rows
    // and the scroll position stay.
    void refreshRows(const QStringList& ids);
    bool isHighlighted(int row) const;
    // How long a refreshed row stays highlighted (tests shorten or lengthen it).
    void setHighlightDuration(int msecs) { m_highlights->setDuration(msecs); }
    // Blocks until both workers are idle (tests and benchmarks only).
    void waitForWorkers();
    // The column the current sort is on, and its order (for the header's indicator).
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // Headers and relative dates again, in the current language.
    void retranslate();

signals:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void pageLoaded(int rowsAdded);
    void loadFailed(const QString& message);
    // Rows refreshRows() replaced (their ids), after their dataChanged.
    void rowsRefreshed(const QStringList& ids);

private:
    struct Page;
    void fetchPage();
    void requestCount();
    void setLoading(bool loading);
    void receivePage(quint64 generation, Page page);
    QDateTime now() const;
    void removeIds(const QSet<QUuid>& gone);
    void repaintRows(const QSet<QUuid>& ids);

    Session* m_session;
    TaskRunner* m_pages;
    TaskRunner* m_counter;
    std::shared_ptr<QHash<QString, QString>> m_interned; // used on the page worker only
    std::function<QDateTime()> m_clock;

    InvitationQuery m_query;
    int m_pageSize = 200;
    int m_currentPageSize = 200;
    QElapsedTimer m_sinceLastPage;
    int m_rapidScrollMs = 1000;
    quint64 m_generation = 0;
    // A deque, not a list: appending a page never moves the rows already loaded, so a list
    // scrolled to hundreds of thousands of rows does not stall on a reallocation.
    std::deque<InvitationRow> m_rows;
    QVariant m_cursorValue;
    QString m_cursorId;
    bool m_hasMore = true;
    bool m_loading = false;
    bool m_started = false;
    qint64 m_total = -1;
    RowHighlights* m_highlights; // rows refreshRows() replaced a moment ago
};

} // namespace invitedesk::ui
