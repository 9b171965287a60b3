#include "ui/models/AuditTableModel.h"

#include "core/domain/AuditAction.h"
#include "ui/async/TaskRunner.h"
#include "ui/models/AuditEventSentence.h"
#include "ui/models/RelativeTime.h"
#include "ui/session/Session.h"

#include <QLocale>

namespace invitedesk::ui {

namespace {
constexpr int kPageSize = 200;
} // namespace

AuditTableModel::AuditTableModel(Session* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::actionLabel(const QString& action)
{
    const auto known = audit_actions::fromName(action);
    if (!known)
        return action; // written by a newer version: its stored name
    switch (*known) {
    case AuditAction::InvitationCreated:
        return tr("Invitation created");
    case AuditAction::InvitationUpdated:
        return tr("Invitation changed");
    case AuditAction::InvitationCancelled:
        return tr("Invitation cancelled");
    case AuditAction::InvitationResent:
        return tr("Invitation resent");
    case AuditAction::InvitationExpired:
        return tr("Invitation expired");
    case AuditAction::InvitationOpened:
        return tr("Invitation opened");
    case AuditAction::InvitationAccepted:
        return tr("Invitation accepted");
    case AuditAction::MailSent:
        return tr("E-mail sent");
    case AuditAction::MailDeferred:
        return tr("E-mail deferred");
    case AuditAction::MailFailed:
        return tr("E-mail failed");
    case AuditAction::ReminderQueued:
        return tr("Reminder queued");
    case AuditAction::ReminderSent:
        return tr("Reminder sent");
    case AuditAction::UserCreated:
        return tr("User created");
    case AuditAction::OrganizationUpdated:
        return tr("Organisation setting changed");
    case AuditAction::PlatformUpdated:
        return tr("Public link address changed");
    case AuditAction::ApiTokenCreated:
        return tr("API token created");
    case AuditAction::ApiTokenRevoked:
        return tr("API token revoked");
    case AuditAction::UserDeactivated:
        return tr("User deactivated");
    case AuditAction::UserReactivated:
        return tr("User reactivated");
    case AuditAction::UserMoved:
        return tr("User moved to another upline");
    case AuditAction::UserPasswordChanged:
        return tr("Password changed");
    case AuditAction::UserPasswordResetRequested:
        return tr("Password reset e-mail requested");
    case AuditAction::UserPasswordReset:
        return tr("Password set through a reset link");
    case AuditAction::InvitationViewed:
        return tr("Invitation details viewed");
    case AuditAction::InvitationsExported:
        return tr("Invitations exported");
    case AuditAction::AuditExported:
        return tr("Audit log exported");
    case AuditAction::UserLocked:
        return tr("Account locked after failed sign-ins");
    case AuditAction::UserUnlocked:
        return tr("Account unlocked");
    case AuditAction::AuditErased:
        return tr("Personal data erased from the audit log");
    case AuditAction::InvitationLinkShared:
        return tr("Invitation link made to share");
    }
    return action;
}

QString AuditTableModel::actorName(const QString& id) const
{
    if (id.isEmpty())
        return tr("system");
    const auto it = m_actorNames.constFind(id);
    // Someone outside the people the user can see: never their internal id.
    return it == m_actorNames.constEnd() ? tr("another user") : it.value();
}

QString AuditTableModel::invitationIdAt(int row) const
{
    return row >= 0 && row < m_events.size() ? m_events.at(row).invitationId : QString();
}

// "Ana López <ana@example.com>": the invitee, never a prefix of an id (two invitations can
// share one). An invitation no longer there shows as such.
QString AuditTableModel::inviteeText(const AuditEvent& e)
{
    if (e.invitationId.isEmpty())
        return {};
    if (e.inviteeEmail.isEmpty())
        return tr("(invitation removed)");
    if (e.inviteeName.isEmpty())
        return e.inviteeEmail;
    return QStringLiteral("%1 <%2>").arg(e.inviteeName, e.inviteeEmail);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent& e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return actorName(e.actorUserId);
        case ActionColumn:
            return actionLabel(e.action);
        case InvitationColumn:
            return inviteeText(e);
        case DetailsColumn:
            return AuditEventSentence::sentence(e);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return RelativeTime::exact(e.occurredAt);
        case ActorColumn:
            return actorName(e.actorUserId);
        case ActionColumn:
            return actionLabel(e.action);
        case InvitationColumn:
            return e.invitationId.isEmpty()
                       ? QVariant()
                       : QVariant(tr("%1\nInvitation %2").arg(inviteeText(e), e.invitationId));
        case DetailsColumn:
            return AuditEventSentence::fullText(e); // never cut
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == SeqColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case InvitationColumn:
        return tr("Invitation");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_loading || !m_hasMore || !m_session)
        return;
    m_started = true;
    m_loading = true;
    emit loadingChanged(true);
    AuditFilter f = m_filter;
    f.limit = kPageSize;
    f.beforeSeq = m_events.isEmpty() ? 0 : m_events.last().seq;
    const quint64 generation = m_generation;
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), f]() {
            return backend->audit().list(actor, f);
        },
        [this, generation](Result<QList<AuditEvent>> events) {
            if (generation != m_generation)
                return;
            m_loading = false;
            emit loadingChanged(false);
            if (!events) {
                m_hasMore = false;
                emit loadFailed(events.error().message);
                return;
            }
            m_hasMore = events->size() >= kPageSize;
            if (!events->isEmpty()) {
                const int first = int(m_events.size());
                beginInsertRows({}, first, first + int(events->size()) - 1);
                m_events.append(events.value());
                endInsertRows();
            }
        });
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_events.clear();
    m_hasMore = true;
    m_loading = false;
    endResetModel();
    fetchMore({});
}

void AuditTableModel::setActorNames(const QHash<QString, QString>& names)
{
    m_actorNames = names;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, ActorColumn), index(int(m_events.size()) - 1, ActorColumn));
}

void AuditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

} // namespace invitedesk::ui
