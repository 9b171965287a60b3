#include "core/storage/InvitationRows.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace invitedesk::invitation_rows {

namespace {
// The select list, around the status (column 5), which reads give as status_sql::current.
const QString kColumnsBeforeStatus =
    QStringLiteral("i.id, i.email, i.first_name, i.last_name, i.invitation_type, ");
// %1 .. %8: the times, as select() writes them for the backend.
const QString kColumnsAfterStatus = QStringLiteral(
    ", i.organization_id, "
    "o.name, "
    "i.invited_by_id, inv.email, inv.first_name, inv.last_name, i.parent_user_id, par.email, "
    "i.invitation_message, i.language, i.details, i.npi, %1, %2, %3, "
    "%4, i.resend_count, i.reminder_count, i.email_delivery_status, i.email_attempts, "
    "i.last_email_error, %5, i.accepted_user_id, %6, i.cancelled_by_id, "
    "i.cancel_reason, %7, %8, i.version, inv.is_active, i.validity_days, "
    "i.email_delivered_via");
const QString kFrom = QStringLiteral(
    " FROM user_invitations i JOIN organizations o ON o.id = i.organization_id "
    "JOIN users inv ON inv.id = i.invited_by_id LEFT JOIN users par ON par.id = i.parent_user_id");
} // namespace

Invitation read(const QSqlQuery& q)
{
    Invitation v;
    v.id = q.value(0).toString();
    v.email = q.value(1).toString();
    v.firstName = q.value(2).toString();
    v.lastName = q.value(3).toString();
    v.type = invitation_types::fromName(q.value(4).toString()).value_or(InvitationType::Doctor);
    v.status = statuses::fromName(q.value(5).toString()).value_or(InvitationStatus::Pending);
    v.organizationId = q.value(6).toString();
    v.organizationName = q.value(7).toString();
    v.invitedById = q.value(8).toString();
    v.invitedByEmail = q.value(9).toString();
    v.invitedByName =
        (q.value(10).toString() + QLatin1Char(' ') + q.value(11).toString()).trimmed();
    v.parentUserId = q.value(12).toString();
    v.parentUserEmail = q.value(13).toString();
    v.message = q.value(14).toString();
    v.language = q.value(15).toString();
    v.details = InvitationDetails::fromJson(
        QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object());
    if (v.details.npi.isEmpty())
        v.details.npi = q.value(17).toString();
    v.expiresAt = Database::readTime(q.value(18));
    v.sentAt = Database::readTime(q.value(19));
    v.lastSentAt = Database::readTime(q.value(20));
    v.openedAt = Database::readTime(q.value(21));
    v.resendCount = q.value(22).toInt();
    v.reminderCount = q.value(23).toInt();
    v.emailDeliveryStatus = q.value(24).toString();
    v.emailAttempts = q.value(25).toInt();
    v.lastEmailError = q.value(26).toString();
    v.acceptedAt = Database::readTime(q.value(27));
    v.acceptedUserId = q.value(28).toString();
    v.cancelledAt = Database::readTime(q.value(29));
    v.cancelledById = q.value(30).toString();
    v.cancelReason = q.value(31).toString();
    v.createdAt = Database::readTime(q.value(32));
    v.updatedAt = Database::readTime(q.value(33));
    v.version = q.value(34).toInt();
    v.invitedByActive = q.value(35).toBool();
    v.validityDays = q.value(36).isNull() ? 0 : q.value(36).toInt();
    v.emailDeliveredVia = q.value(37).toString();
    return v;
}

QString sortColumn(InvitationQuery::SortKey key)
{
    switch (key) {
    case InvitationQuery::SortKey::CreatedAt:
        return QStringLiteral("i.created_at");
    case InvitationQuery::SortKey::UpdatedAt:
        return QStringLiteral("i.updated_at");
    case InvitationQuery::SortKey::ExpiresAt:
        return QStringLiteral("i.expires_at");
    case InvitationQuery::SortKey::Email:
        return QStringLiteral("i.email");
    case InvitationQuery::SortKey::LastName:
        return QStringLiteral("i.last_name");
    case InvitationQuery::SortKey::Status:
        return QStringLiteral("i.status");
    case InvitationQuery::SortKey::Type:
        return QStringLiteral("i.invitation_type");
    }
    return QStringLiteral("i.created_at");
}

QString select(const Database& database, const QString& status)
{
    // On PostgreSQL the times come as milliseconds since the epoch: QPSQL parses each
    // timestamptz from its text and converts it through the local time zone, which was most
    // of the client's time reading a page (eight times a row). Database::readTime reads both.
    const auto columnsAfterStatus = [](bool epoch) {
        const auto time = [epoch](const char* column) {
            const QString c = QLatin1String("i.") + QLatin1String(column);
            return epoch ? QStringLiteral("round(date_part('epoch', %1) * 1000)::bigint").arg(c)
                         : c;
        };
        return kColumnsAfterStatus.arg(time("expires_at"), time("sent_at"), time("last_sent_at"),
                                       time("opened_at"), time("accepted_at"), time("cancelled_at"),
                                       time("created_at"), time("updated_at"));
    };
    static const QString pg = columnsAfterStatus(true);
    static const QString sqlite = columnsAfterStatus(false);
    return kColumnsBeforeStatus + status + (database.isPostgres() ? pg : sqlite) + kFrom;
}

} // namespace invitedesk::invitation_rows
