#pragma once

#include "core/Error.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace invitedesk::cli {

class CliContext;

// Where an export goes, for every exporting command: standard output when --output is empty
// or "-", else a file that appears whole or not at all and is private to the user (0600,
// PrivateFiles) whatever the umask. write() returns how many items it wrote; the command
// then prints "Exported N <noun> to FILE." (or {"exported", "output"} with --json).
int writeExport(CliContext& ctx, const QString& noun,
                const std::function<Result<qint64>(QIODevice*)>& write);

} // namespace invitedesk::cli
