#include "ui/models/PeopleTreeModel.h"

#include "core/services/PeopleService.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace invitedesk::ui {

struct PeopleTreeModel::Node {
    PersonNode data;
    Node* parent = nullptr;
    int row = 0;
    quint64 serial = 0;
    std::vector<std::unique_ptr<Node>> children;
    bool complete = false; // every child has been read
    bool loading = false;
    QString cursor; // e-mail of the last child read
};

PeopleTreeModel::PeopleTreeModel(Session* session, QObject* parent)
    : QAbstractItemModel(parent), m_session(session),
      m_worker(new TaskRunner(QStringLiteral("invitedesk-people"), this)),
      m_root(std::make_unique<Node>())
{
    m_nodes.insert(0, m_root.get());
}

PeopleTreeModel::~PeopleTreeModel() = default;

PeopleTreeModel::Node* PeopleTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex PeopleTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex PeopleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node* p = nodeOf(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(row).get());
}

QModelIndex PeopleTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* n = nodeOf(child);
    return indexOf(n->parent);
}

int PeopleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node* p = nodeOf(parent);
    return p ? int(p->children.size()) : 0;
}

int PeopleTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool PeopleTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return true;
    if (parent.column() != 0 || isFlat())
        return false;
    const Node* n = nodeOf(parent);
    return !n->children.empty() || n->data.directDownline > 0;
}

bool PeopleTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid() && (parent.column() != 0 || isFlat()))
        return false;
    const Node* n = nodeOf(parent);
    if (!m_started || n->complete || n->loading)
        return false; // nothing before the first reload()
    return n == m_root.get() || n->data.directDownline > 0;
}

void PeopleTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* n = nodeOf(parent);
    n->loading = true;
    setInFlight(m_inFlight + 1);
    const quint64 generation = m_generation;
    const quint64 serial = n->serial;
    const int limit = m_pageSize;
    auto backend = m_session->backend();
    const Actor actor = m_session->actor();
    if (isFlat()) {
        PeopleQuery q;
        q.search = m_search;
        q.role = m_role;
        q.active = m_active;
        q.afterEmail = n->cursor;
        q.limit = limit;
        m_worker->run(
            this, [backend, actor, q] { return backend->people().listWithCounts(actor, q); },
            [this, generation, serial](Result<QList<PersonNode>> r) {
                receive(generation, serial, r);
            });
    } else {
        PeopleLevelQuery q;
        q.parentId = n == m_root.get() ? QString() : n->data.person.user.id;
        q.afterEmail = n->cursor;
        q.limit = limit;
        m_worker->run(
            this, [backend, actor, q] { return backend->people().children(actor, q); },
            [this, generation, serial](Result<QList<PersonNode>> r) {
                receive(generation, serial, r);
            });
    }
}

void PeopleTreeModel::receive(quint64 generation, quint64 serial,
                              const Result<QList<PersonNode>>& result)
{
    if (generation != m_generation)
        return; // a reset dropped that node; m_inFlight was reset with it
    setInFlight(m_inFlight - 1);
    Node* n = m_nodes.value(serial);
    if (!n)
        return;
    n->loading = false;
    ++m_levelsLoaded;
    const QString parentId = n == m_root.get() ? QString() : n->data.person.user.id;
    if (!result) {
        n->complete = true; // no retry loop: F5 loads again
        emit loadFailed(result.error().message);
        emit levelLoaded(parentId, 0);
        return;
    }
    const QList<PersonNode>& rows = result.value();
    // Before the rows go in: the view may ask for more while they are inserted.
    if (rows.size() < m_pageSize)
        n->complete = true;
    if (!rows.isEmpty()) {
        const int first = int(n->children.size());
        beginInsertRows(indexOf(n), first, first + int(rows.size()) - 1);
        for (const PersonNode& row : rows) {
            auto child = std::make_unique<Node>();
            child->data = row;
            child->parent = n;
            child->row = int(n->children.size());
            child->serial = m_nextSerial++;
            m_nodes.insert(child->serial, child.get());
            n->children.push_back(std::move(child));
        }
        n->cursor = rows.last().person.user.email;
        endInsertRows();
    }
    emit levelLoaded(parentId, int(rows.size()));
}

void PeopleTreeModel::setInFlight(int count)
{
    const bool was = m_inFlight > 0;
    m_inFlight = std::max(0, count);
    if (was != (m_inFlight > 0))
        emit loadingChanged(m_inFlight > 0);
}

void PeopleTreeModel::setFilters(const QString& search, const QString& role,
                                 std::optional<bool> active)
{
    const QString s = search.trimmed();
    if (s == m_search && role == m_role && active == m_active)
        return;
    m_search = s;
    m_role = role;
    m_active = active;
    reload();
}

bool PeopleTreeModel::isFlat() const
{
    return !m_search.isEmpty() || !m_role.isEmpty() || m_active.has_value();
}

void PeopleTreeModel::reload()
{
    ++m_generation;
    m_started = true;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    m_nodes.insert(0, m_root.get());
    m_levelsLoaded = 0;
    endResetModel();
    setInFlight(0);
    fetchMore({});
}

const PersonNode* PeopleTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &nodeOf(index)->data;
}

QModelIndex PeopleTreeModel::indexOfPerson(const QString& personId) const
{
    for (const Node* n : m_nodes) {
        if (n != m_root.get() && n->data.person.user.id == personId)
            return indexOf(n);
    }
    return {};
}

void PeopleTreeModel::updatePerson(const Person& person)
{
    for (Node* n : std::as_const(m_nodes)) {
        if (n == m_root.get() || n->data.person.user.id != person.user.id)
            continue;
        n->data.person = person;
        emit dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
    }
}

void PeopleTreeModel::waitForWorker()
{
    m_worker->waitForIdle();
}

void PeopleTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // The words of every shown row (a range repaints the whole view).
    if (!m_root->children.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant PeopleTreeModel::data(const QModelIndex& index, int role) const
{
    const PersonNode* node = nodeAt(index);
    if (!node)
        return {};
    const User& u = node->person.user;
    const bool isActor = m_session && u.id == m_session->actor().id;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const QString name = u.fullName();
            const QString text =
                name.isEmpty() ? u.email : tr("%1 — %2", "name — e-mail").arg(name, u.email);
            return isActor ? tr("%1 (you)").arg(text) : text;
        }
        case RoleColumn:
            return roles::label(u.role);
        case StatusColumn:
            return u.isActive ? tr("Active") : tr("Deactivated");
        case OpenColumn:
            return locale.toString(node->openInvitations);
        case AcceptedColumn:
            return locale.toString(node->acceptedInvitations);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QStringList lines{u.email};
            if (!node->person.parentEmail.isEmpty())
                lines << tr("Upline: %1").arg(node->person.parentEmail);
            if (!isFlat() && node->directDownline > 0)
                lines << tr("%Ln person(s) directly below", "", int(node->directDownline));
            return lines.join(QLatin1Char('\n'));
        }
        case StatusColumn:
            return u.isActive ? tr("Can sign in.")
                              : tr("Cannot sign in. Their open invitations stay open and "
                                   "their downline stays in place.");
        case OpenColumn:
            return tr("Invitations they sent that are waiting to be accepted");
        case AcceptedColumn:
            return tr("Invitations they sent that were accepted");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == OpenColumn || index.column() == AcceptedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!u.isActive)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case PersonIdRole:
        return u.id;
    case EmailRole:
        return u.email;
    case ActiveRole:
        return u.isActive;
    case IsActorRole:
        return isActor;
    default:
        return {};
    }
}

QVariant PeopleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name and e-mail");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case OpenColumn:
        return tr("Open invitations");
    case AcceptedColumn:
        return tr("Accepted invitations");
    default:
        return {};
    }
}

} // namespace invitedesk::ui
