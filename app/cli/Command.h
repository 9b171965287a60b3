#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace invitedesk::cli {

class CliContext;

// Exit codes of every command (a contract with users' scripts).
enum ExitCode { ExitDone = 0, ExitRefused = 1, ExitUsage = 2, ExitEnvironment = 3 };

// One sub-command: its words ("user add"), options, positional arguments and body.
struct Command {
    QStringList words;
    QString summary;
    QString description; // longer text for `--help` (empty: the summary)
    QList<QCommandLineOption> options;
    QString positionalName; // e.g. "ID"; empty = none
    QString positionalHelp;
    bool positionalRequired = false;
    bool positionalMany = false;
    std::function<int(CliContext&)> run;

    QString name() const { return words.join(QLatin1Char(' ')); }
};

// Each command family adds its commands (one file per family under app/cli/).
void addMigrateCommands(QList<Command>& commands);
void addCheckCommands(QList<Command>& commands);
void addUserCommands(QList<Command>& commands);
void addPeopleCommands(QList<Command>& commands);
void addInvitationCommands(QList<Command>& commands);
void addReportCommands(QList<Command>& commands);
void addMailCommands(QList<Command>& commands);
void addServeCommands(QList<Command>& commands);
void addBulkCommands(QList<Command>& commands);
void addImportExportCommands(QList<Command>& commands);
void addOrganizationCommands(QList<Command>& commands);
void addAuditCommands(QList<Command>& commands);
void addTokenCommands(QList<Command>& commands);

// All commands, in the order --help lists them.
const QList<Command>& allCommands();

} // namespace invitedesk::cli
