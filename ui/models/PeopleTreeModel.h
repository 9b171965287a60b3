#pragma once

#include "core/Error.h"
#include "core/domain/Person.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace invitedesk::ui {

class Session;
class TaskRunner;

// The People page's model: the actor's downline as a tree, loaded lazily. A level is read
// only when its row is expanded (canFetchMore/fetchMore), a page of kPageSize people at a
// time, through PeopleService::children() on the model's own worker thread (its own database
// connection), so neither a large level nor a slow one blocks the UI thread. With a search,
// a role or an active filter set, the model lists the matching people flat instead
// (PeopleService::listWithCounts, by e-mail, paged the same way): a filter would otherwise
// hide the uplines through which a match is reached. Filters and reload() start a new
// generation; answers of an earlier one are dropped.
class PeopleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StatusColumn, OpenColumn, AcceptedColumn, ColumnCount };
    Q_ENUM(Column)
    // Data roles beside the display ones.
    enum DataRole {
        PersonIdRole = Qt::UserRole + 40, // QString
        EmailRole,                        // QString
        ActiveRole,                       // bool
        IsActorRole,                      // bool: the signed-in user's own row
    };
    static constexpr int kPageSize = 200;

    explicit PeopleTreeModel(Session* session, QObject* parent = nullptr);
    ~PeopleTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Any of them set: the flat list of matches; none: the tree. `role` is a role name.
    void setFilters(const QString& search, const QString& role, std::optional<bool> active);
    bool isFlat() const;
    const QString& search() const { return m_search; }
    const QString& roleFilter() const { return m_role; }
    std::optional<bool> activeFilter() const { return m_active; }
    // Starts over from the top (rows, expansion and loaded levels dropped). Nothing is read
    // before the first call (the page calls it when it is first shown).
    void reload();
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    // The row's person and counts; nullptr for an invalid index.
    const PersonNode* nodeAt(const QModelIndex& index) const;
    // The first loaded row of that person (column 0), or invalid.
    QModelIndex indexOfPerson(const QString& personId) const;
    // Puts a changed person (deactivated, reactivated) into the rows that show them.
    void updatePerson(const Person& person);
    bool isLoading() const { return m_inFlight > 0; }
    // How many level answers arrived since the last reset (tests: what was fetched).
    int levelsLoaded() const { return m_levelsLoaded; }
    // Blocks until the worker is idle (tests and benchmarks only).
    void waitForWorker();
    void retranslate();

signals:
    // A level (or page of one) arrived: the parent's id (empty: the top) and its row count.
    void levelLoaded(const QString& parentId, int rows);
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    void receive(quint64 generation, quint64 serial, const Result<QList<PersonNode>>& result);
    void setInFlight(int count);

    Session* m_session;
    TaskRunner* m_worker;
    std::unique_ptr<Node> m_root;
    QHash<quint64, Node*> m_nodes; // live nodes by serial, for answers that arrive later
    quint64 m_nextSerial = 1;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    bool m_started = false;
    int m_levelsLoaded = 0;
    int m_pageSize = kPageSize;
    QString m_search;
    QString m_role;
    std::optional<bool> m_active;
};

} // namespace invitedesk::ui
