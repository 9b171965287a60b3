#include "ui/models/AttentionTableModel.h"

#include "core/services/InvitationService.h"
#include "ui/async/TaskRunner.h"
#include "ui/models/ItemRoles.h"
#include "ui/models/RelativeTime.h"
#include "ui/session/Session.h"

#include <algorithm>

namespace invitedesk::ui {

struct AttentionTableModel::Answer {
    bool more = false; // a next page, to add to the rows
    QList<Invitation> items;
    qint64 total = -1;
    bool totalIsAtLeast = false;
    bool hasMore = false;
    QVariant nextValue;
    QString nextId;
    std::optional<Error> error;
};

AttentionTableModel::AttentionTableModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session),
      m_worker(new TaskRunner(QStringLiteral("invitedesk-attention"), this))
{}

int AttentionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttentionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime AttentionTableModel::now() const
{
    if (m_clock)
        return m_clock();
    return m_session ? m_session->now() : QDateTime::currentDateTimeUtc();
}

QVariant AttentionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry& e = m_rows.at(index.row());
    const Invitation& inv = e.invitation;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return inv.fullName();
        case EmailColumn:
            return inv.email;
        case ReasonColumn:
            return AttentionRules::label(e.reason);
        case ExpiresColumn:
            return RelativeTime::describe(inv.expiresAt, now());
        case FixColumn:
            return AttentionRules::fixLabel(e.reason);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ReasonColumn:
            if (!inv.lastEmailError.isEmpty())
                return tr("Last error from the mail server:\n%1").arg(inv.lastEmailError);
            return {};
        case ExpiresColumn:
            return RelativeTime::exact(inv.expiresAt);
        default:
            return {};
        }
    } else if (role == IdRole) {
        return inv.id;
    }
    return {};
}

QVariant AttentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case ReasonColumn:
        return tr("Needs attention because");
    case ExpiresColumn:
        return tr("Expires");
    case FixColumn:
        return tr("Fix");
    }
    return {};
}

void AttentionTableModel::reload()
{
    fetch(false);
}

void AttentionTableModel::loadMore()
{
    if (m_loading || !m_hasMore)
        return;
    fetch(true);
}

void AttentionTableModel::fetch(bool more)
{
    if (!m_session)
        return;
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    InvitationQuery q = AttentionRules::listQuery(m_pageSize);
    if (more) {
        q.afterValue = m_afterValue;
        q.afterId = m_afterId;
    }
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const qint64 countedAtMost = m_countedAtMost;
    m_worker->run(
        this,
        [backend, actor, q, more, countedAtMost]() {
            Answer answer;
            answer.more = more;
            InvitationService service = backend->invitations();
            // The first page comes with the list's count for the tab; later ones alone.
            std::optional<InvitationPage> page;
            if (more) {
                auto next = service.list(actor, q);
                if (!next) {
                    answer.error = next.error();
                    return answer;
                }
                page = std::move(next.value());
            } else {
                auto counted = service.listCounted(actor, q, countedAtMost);
                if (!counted) {
                    answer.error = counted.error();
                    return answer;
                }
                page = std::move(counted->page);
                answer.total = counted->total;
                answer.totalIsAtLeast = counted->totalIsAtLeast;
            }
            answer.items = page->items;
            answer.hasMore = page->hasMore;
            answer.nextValue = page->nextAfterValue;
            answer.nextId = page->nextAfterId;
            return answer;
        },
        [this, generation](Answer answer) { receive(generation, std::move(answer)); });
}

void AttentionTableModel::receive(quint64 generation, Answer answer)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_loaded = true;
    if (answer.error) {
        emit loadingChanged(false);
        emit loadFailed(answer.error->message);
        return;
    }
    if (!answer.more)
        m_listed.clear();
    m_listed.append(answer.items);
    m_hasMore = answer.hasMore;
    m_afterValue = answer.nextValue;
    m_afterId = answer.nextId;
    const QDateTime at = now();
    QList<Entry> rows;
    for (const Invitation& inv : std::as_const(m_listed)) {
        // The query chose them by the same rule; a row whose expiry the clock passed
        // meanwhile is read again by the rule rather than dropped or mislabelled.
        if (const auto reason = AttentionRules::reasonOf(inv, at))
            rows.append({inv, *reason});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Entry& a, const Entry& b) { return int(a.reason) < int(b.reason); });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!answer.more) {
        m_total = answer.total;
        m_totalIsAtLeast = answer.totalIsAtLeast;
    } else if (!m_hasMore && m_totalIsAtLeast) {
        // Every row is loaded: the list's size is known now, past the count's bound.
        m_total = m_listed.size();
        m_totalIsAtLeast = false;
    }
    emit totalCountChanged(m_total);
    emit loadingChanged(false);
}

int AttentionTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).invitation.id == id)
            return i;
    return -1;
}

void AttentionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void AttentionTableModel::waitForWorker()
{
    m_worker->waitForIdle();
}

} // namespace invitedesk::ui
