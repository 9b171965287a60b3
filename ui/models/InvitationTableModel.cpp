#include "ui/models/InvitationTableModel.h"

#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/models/InvitationRowText.h"
#include "ui/models/InvitationSortColumns.h"
#include "ui/models/ItemRoles.h"
#include "ui/session/Session.h"

#include <QColor>
#include <QLocale>
#include <QSet>

namespace invitedesk::ui {

struct InvitationTableModel::Page {
    QList<InvitationRow> rows;
    bool hasMore = false;
    QVariant nextValue;
    QString nextId;
    std::optional<Error> error;
};

InvitationTableModel::InvitationTableModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session),
      m_pages(new TaskRunner(QStringLiteral("invitedesk-list"), this)),
      m_counter(new TaskRunner(QStringLiteral("invitedesk-count"), this)),
      m_interned(std::make_shared<QHash<QString, QString>>()), m_highlights(new RowHighlights(this))
{
    connect(m_highlights, &RowHighlights::expired, this, &InvitationTableModel::repaintRows);
    m_query.sortKey = InvitationQuery::SortKey::CreatedAt;
    m_query.descending = true;
}

InvitationTableModel::~InvitationTableModel() = default;

int InvitationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvitationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime InvitationTableModel::now() const
{
    if (m_clock)
        return m_clock();
    return m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
}

bool InvitationTableModel::isSortable(int column)
{
    return invitation_sort::keyFor(column).has_value();
}

QVariant InvitationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const InvitationRow& row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return InvitationRowText::display(row, column, now());
    case Qt::ToolTipRole:
        return InvitationRowText::toolTip(row, column, now());
    case Qt::TextAlignmentRole:
        if (column == ResendsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        if (column == ExpiresColumn || column == SentColumn || column == CreatedColumn) {
            const QString text = InvitationRowText::display(row, column, now()).toString();
            const QString tip = InvitationRowText::toolTip(row, column, now()).toString();
            return tip.isEmpty() ? text : text + QStringLiteral(" (") + tip + QLatin1Char(')');
        }
        return InvitationRowText::display(row, column, now());
    case StatusRole:
        return int(row.status);
    case DeliveryStateRole:
        return int(row.delivery);
    case IdRole:
        return row.idText();
    case SortRole:
        switch (column) {
        case CreatedColumn:
            return row.createdAt;
        case SentColumn:
            return row.sentAt;
        case ExpiresColumn:
            return row.expiresAt;
        case ResendsColumn:
            return row.resendCount;
        case DeliveryColumn:
            return row.emailAttempts;
        case TypeColumn:
            return roles::name(row.type);
        case StatusColumn:
            return statuses::name(row.status);
        default:
            return InvitationRowText::display(row, column, now());
        }
    case RowObjectRole:
        return QVariant::fromValue(row);
    case HighlightRole:
        return m_highlights->contains(row.id);
    case Qt::BackgroundRole:
        // A soft wash over the theme's own background, light or dark.
        if (m_highlights->contains(row.id))
            return QColor(255, 196, 0, 70);
        return {};
    default:
        return {};
    }
}

QVariant InvitationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case EmailColumn:
            return tr("E-mail");
        case TypeColumn:
            return tr("Type");
        case StatusColumn:
            return tr("Status");
        case InvitedByColumn:
            return tr("Invited by");
        case CreatedColumn:
            return tr("Created");
        case SentColumn:
            return tr("Sent");
        case ExpiresColumn:
            return tr("Expires");
        case DeliveryColumn:
            return tr("Delivery");
        case ResendsColumn:
            return tr("Resends");
        }
    } else if (role == Qt::ToolTipRole) {
        if (section == DeliveryColumn)
            return tr("Delivery attempts and the mail server's last error");
        if (!isSortable(section))
            return tr("This column cannot be sorted");
    }
    return {};
}

bool InvitationTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void InvitationTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    if (!m_started) {
        reload();
        return;
    }
    fetchPage();
}

void InvitationTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = invitation_sort::keyFor(column);
    if (!key)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (m_started && m_query.sortKey == *key && m_query.descending == descending)
        return;
    m_query.sortKey = *key;
    m_query.descending = descending;
    if (m_started)
        reload();
}

bool InvitationTableModel::hasFilters() const
{
    return !m_query.statuses.isEmpty() || !m_query.types.isEmpty() ||
           !m_query.search.trimmed().isEmpty() || m_query.createdFrom.isValid() ||
           m_query.createdTo.isValid() || !m_query.scopeUserId.isEmpty();
}

void InvitationTableModel::setFilters(const InvitationQuery& filters)
{
    m_query.statuses = filters.statuses;
    m_query.types = filters.types;
    m_query.search = filters.search;
    m_query.createdFrom = filters.createdFrom;
    m_query.createdTo = filters.createdTo;
    m_query.invitedById = filters.invitedById;
    m_query.scopeUserId = filters.scopeUserId;
    reload();
}

void InvitationTableModel::setSearch(const QString& text)
{
    if (m_query.search == text.trimmed())
        return;
    m_query.search = text.trimmed();
    reload();
}

void InvitationTableModel::setStatuses(const QList<InvitationStatus>& list)
{
    m_query.statuses = list;
    reload();
}

void InvitationTableModel::setTypes(const QList<InvitationType>& types)
{
    m_query.types = types;
    reload();
}

void InvitationTableModel::setCreatedRange(const QDateTime& from, const QDateTime& to)
{
    m_query.createdFrom = from;
    m_query.createdTo = to;
    reload();
}

void InvitationTableModel::setScope(const QString& userId)
{
    if (m_query.scopeUserId == userId)
        return;
    m_query.scopeUserId = userId;
    reload();
}

void InvitationTableModel::clearFilters()
{
    m_query.statuses.clear();
    m_query.types.clear();
    m_query.search.clear();
    m_query.createdFrom = {};
    m_query.createdTo = {};
    m_query.scopeUserId.clear();
    reload();
}

void InvitationTableModel::reload()
{
    ++m_generation;
    m_started = true;
    m_highlights->clear();
    beginResetModel();
    std::deque<InvitationRow>().swap(m_rows); // give the memory back
    m_cursorValue = {};
    m_cursorId.clear();
    m_hasMore = true;
    endResetModel();
    m_loading = false; // the previous generation's request no longer counts
    if (m_total != -1) {
        m_total = -1;
        emit totalCountChanged(m_total);
    }
    fetchPage();
    requestCount();
}

void InvitationTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void InvitationTableModel::fetchPage()
{
    if (m_loading || !m_hasMore || !m_session)
        return;
    setLoading(true);
    // Someone scrolling on as soon as a page lands wants the end of the list: take bigger
    // steps (up to kMaxPageSize) so reaching it needs fewer round trips. A new filter or sort
    // starts small again, so the first page is quick.
    if (!m_rows.empty() && m_sinceLastPage.isValid() && m_sinceLastPage.elapsed() < m_rapidScrollMs)
        m_currentPageSize = std::min(m_currentPageSize * 2, std::max(m_pageSize, kMaxPageSize));
    else
        m_currentPageSize = m_pageSize;
    InvitationQuery q = m_query;
    q.limit = m_currentPageSize;
    q.afterValue = m_cursorValue;
    q.afterId = m_cursorId;
    const quint64 generation = m_generation;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    auto interned = m_interned;
    m_pages->run(
        this,
        [backend, actor, q, interned]() {
            Page page;
            InvitationService service = backend->invitations();
            auto result = service.list(actor, q);
            if (!result) {
                page.error = result.error();
                return page;
            }
            page.rows.reserve(result->items.size());
            for (const Invitation& inv : std::as_const(result->items))
                page.rows.append(InvitationRow::from(inv, interned.get()));
            page.hasMore = result->hasMore;
            page.nextValue = result->nextAfterValue;
            page.nextId = result->nextAfterId;
            return page;
        },
        [this, generation](Page page) { receivePage(generation, std::move(page)); });
}

void InvitationTableModel::receivePage(quint64 generation, Page page)
{
    if (generation != m_generation)
        return; // an answer for filters that are no longer set
    setLoading(false);
    if (page.error) {
        m_hasMore = false;
        emit loadFailed(page.error->message);
        return;
    }
    m_sinceLastPage.start();
    m_hasMore = page.hasMore;
    m_cursorValue = page.nextValue;
    m_cursorId = page.nextId;
    const int added = int(page.rows.size());
    if (added > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + added - 1);
        for (InvitationRow& row : page.rows)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }
    emit pageLoaded(added);
}

void InvitationTableModel::requestCount()
{
    if (!m_session)
        return;
    InvitationQuery q = m_query;
    const quint64 generation = m_generation;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    m_counter->run(
        this,
        [backend, actor, q]() -> Result<qint64> { return backend->invitations().count(actor, q); },
        [this, generation](Result<qint64> count) {
            if (generation != m_generation || !count)
                return;
            m_total = count.value();
            emit totalCountChanged(m_total);
        });
}

int InvitationTableModel::rowOf(const QString& id) const
{
    const QUuid wanted = QUuid::fromString(id);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == wanted)
            return int(i);
    }
    return -1;
}

QList<QUuid> InvitationTableModel::applyUpdates(const QList<Invitation>& changed)
{
    QList<QUuid> applied;
    if (changed.isEmpty())
        return applied;
    QHash<QUuid, const Invitation*> byId;
    for (const Invitation& inv : changed)
        byId.insert(QUuid::fromString(inv.id), &inv);
    // One pass over the loaded rows, however many changed.
    for (size_t i = 0; i < m_rows.size() && !byId.isEmpty(); ++i) {
        const auto it = byId.constFind(m_rows[i].id);
        if (it == byId.constEnd())
            continue;
        m_rows[i] = InvitationRow::from(*it.value(), nullptr);
        applied << m_rows[i].id;
        byId.erase(it);
        const int row = int(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return applied;
}

void InvitationTableModel::refreshRows(const QStringList& ids)
{
    if (!m_session || ids.isEmpty() || m_rows.empty())
        return;
    QSet<QUuid> wanted;
    for (const QString& id : ids)
        wanted.insert(QUuid::fromString(id));
    QStringList loaded;
    for (const InvitationRow& row : m_rows) {
        if (wanted.remove(row.id))
            loaded << row.idText();
        if (wanted.isEmpty())
            break;
    }
    if (loaded.isEmpty())
        return;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const InvitationQuery filters = m_query;
    const quint64 generation = m_generation;
    // On the count worker: the page worker may be busy with a long page.
    m_counter->run(
        this,
        [backend, actor, loaded, filters]() {
            return backend->invitations().recheck(actor, loaded, filters);
        },
        [this, generation](Result<InvitationService::Recheck> fresh) {
            if (!fresh)
                return; // cannot tell: the rows stay as they were until the next reload
            if (generation == m_generation && !fresh->notMatching.isEmpty()) {
                QSet<QUuid> gone; // an answer for other filters removes nothing
                for (const QString& id : std::as_const(fresh->notMatching))
                    gone.insert(QUuid::fromString(id));
                removeIds(gone);
            }
            QList<QUuid> ids;
            for (const Invitation& inv : std::as_const(fresh->matching))
                ids << QUuid::fromString(inv.id);
            // Marked first, so whoever reads a row on its dataChanged sees it highlighted; a
            // row the list lost meanwhile (reloaded) only waits out its highlight unseen.
            m_highlights->mark(ids);
            const QList<QUuid> applied = applyUpdates(fresh->matching);
            if (applied.isEmpty())
                return;
            QStringList texts;
            for (const QUuid& id : applied)
                texts << id.toString(QUuid::WithoutBraces);
            emit rowsRefreshed(texts);
        });
}

void InvitationTableModel::removeIds(const QSet<QUuid>& gone)
{
    // From the bottom up, one row at a time: the rows above keep their places, and the view
    // keeps the selection of the others.
    bool removed = false;
    for (size_t i = m_rows.size(); i-- > 0;) {
        if (!gone.contains(m_rows[i].id))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.erase(m_rows.begin() + std::ptrdiff_t(i));
        endRemoveRows();
        removed = true;
    }
    if (removed)
        requestCount();
}

bool InvitationTableModel::isHighlighted(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() &&
           m_highlights->contains(m_rows[size_t(row)].id);
}

void InvitationTableModel::repaintRows(const QSet<QUuid>& ids)
{
    QSet<QUuid> left = ids;
    for (size_t i = 0; i < m_rows.size() && !left.isEmpty(); ++i) {
        if (left.remove(m_rows[i].id))
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1),
                             {HighlightRole, Qt::BackgroundRole});
    }
}

void InvitationTableModel::waitForWorkers()
{
    m_pages->waitForIdle();
    m_counter->waitForIdle();
}

int InvitationTableModel::sortColumn() const
{
    return invitation_sort::columnFor(m_query.sortKey);
}

Qt::SortOrder InvitationTableModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void InvitationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace invitedesk::ui
