#include "app/cli/Command.h"

namespace invitedesk::cli {

const QList<Command>& allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> list;
        addMigrateCommands(list);
        addCheckCommands(list);
        addUserCommands(list);
        addPeopleCommands(list);
        addInvitationCommands(list);
        addBulkCommands(list);
        addImportExportCommands(list);
        addReportCommands(list);
        addOrganizationCommands(list);
        addAuditCommands(list);
        addTokenCommands(list);
        addMailCommands(list);
        addServeCommands(list);
        return list;
    }();
    return commands;
}

} // namespace invitedesk::cli
