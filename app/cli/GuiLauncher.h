#pragma once

namespace invitedesk::cli {

// Opens the desktop app (no command given). Parses the global options itself.
int launchDesktop(int argc, char* argv[]);

} // namespace invitedesk::cli
