#include "ui/models/InvitationRowText.h"

#include "ui/models/InvitationTableModel.h"
#include "ui/models/RelativeTime.h"

#include <QLocale>

namespace invitedesk::ui {

namespace {
bool isOpen(InvitationStatus s)
{
    return statuses::isOpen(s) || s == InvitationStatus::Failed;
}
} // namespace

QVariant InvitationRowText::display(const InvitationRow& row, int column, const QDateTime& now)
{
    switch (column) {
    case InvitationTableModel::NameColumn:
        return row.name;
    case InvitationTableModel::EmailColumn:
        return row.email;
    case InvitationTableModel::TypeColumn:
        return roles::label(row.type);
    case InvitationTableModel::StatusColumn:
        return DeliveryStates::statusLabel(row.status, row.delivery);
    case InvitationTableModel::InvitedByColumn:
        // A deactivated inviter's open invitations stay open; the list says who is gone.
        return row.invitedByActive ? row.invitedBy : tr("%1 (deactivated)").arg(row.invitedBy);
    // One style per column: the days of Created and Sent ("4 Dec 2026"), Expires relative
    // ("in 7 days"); the exact moments are in the tooltips.
    case InvitationTableModel::CreatedColumn:
        return RelativeTime::day(row.createdAt);
    case InvitationTableModel::SentColumn:
        return row.sentAt.isValid() ? RelativeTime::day(row.sentAt) : tr("not yet");
    case InvitationTableModel::ExpiresColumn:
        if (!isOpen(row.status) && row.status != InvitationStatus::Expired)
            return QStringLiteral("—");
        return RelativeTime::describe(row.expiresAt, now);
    case InvitationTableModel::DeliveryColumn:
        if (row.delivery == DeliveryState::SavedNotDelivered)
            return DeliveryStates::label(row.delivery);
        if (DeliveryStates::neverDelivered(row.status, row.delivery))
            return DeliveryStates::neverDeliveredLabel();
        if (!row.lastEmailError.isEmpty())
            return tr("%n attempt(s): %1", "", row.emailAttempts)
                .arg(row.lastEmailError.section(QLatin1Char('\n'), 0, 0).left(120));
        if (row.emailAttempts > 0)
            return tr("%n attempt(s)", "", row.emailAttempts);
        return row.deliveryStatus == QLatin1String("cancelled") ? tr("not sent") : tr("queued");
    case InvitationTableModel::ResendsColumn:
        return row.resendCount;
    }
    return {};
}

QVariant InvitationRowText::toolTip(const InvitationRow& row, int column, const QDateTime& now)
{
    Q_UNUSED(now) // exact dates need no clock; kept for a symmetric signature
    switch (column) {
    case InvitationTableModel::CreatedColumn:
        return RelativeTime::exact(row.createdAt);
    case InvitationTableModel::SentColumn:
        return row.sentAt.isValid() ? RelativeTime::exact(row.sentAt) : QVariant();
    case InvitationTableModel::ExpiresColumn:
        return tr("Expires %1").arg(RelativeTime::exact(row.expiresAt));
    case InvitationTableModel::DeliveryColumn:
        if (row.delivery == DeliveryState::SavedNotDelivered)
            return tr("The test-mode transport saved this e-mail to a folder on this computer; "
                      "nobody received it.");
        if (DeliveryStates::neverDelivered(row.status, row.delivery))
            return row.lastEmailError.isEmpty()
                       ? tr("It expired before its e-mail went out; nobody received it.")
                       : tr("It expired before its e-mail went out; nobody received it.\n"
                            "Last error from the mail server:\n%1")
                             .arg(row.lastEmailError);
        if (!row.lastEmailError.isEmpty())
            return tr("Last error from the mail server:\n%1").arg(row.lastEmailError);
        return {};
    case InvitationTableModel::NameColumn:
    case InvitationTableModel::EmailColumn:
        return QStringLiteral("%1 <%2>").arg(row.name, row.email);
    default:
        return {};
    }
}

} // namespace invitedesk::ui
