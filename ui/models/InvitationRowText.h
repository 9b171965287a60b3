#pragma once

#include "ui/models/InvitationRow.h"

#include <QCoreApplication>
#include <QVariant>

namespace invitedesk::ui {

// The texts of the invitation list's cells: what a column shows for a row and its tooltip
// (exact dates behind "in 3 days", the mail server's whole reply).
class InvitationRowText {
    Q_DECLARE_TR_FUNCTIONS(invitedesk::ui::InvitationTableModel)
public:
    static QVariant display(const InvitationRow& row, int column, const QDateTime& now);
    static QVariant toolTip(const InvitationRow& row, int column, const QDateTime& now);
};

} // namespace invitedesk::ui
