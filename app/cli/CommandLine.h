#pragma once

namespace invitedesk::cli {

// Decides between the GUI (no command) and a headless command, without creating a
// QApplication before the command is known (so --help and --version need no display).
int run(int argc, char* argv[]);

} // namespace invitedesk::cli
