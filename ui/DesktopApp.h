#pragma once

#include <QString>

namespace invitedesk::ui {

// What the command line hands the desktop app (app/cli parses it; no QApplication exists
// yet when it does).
struct DesktopOptions {
    QString databaseUrl; // --database: wins over INVITEDESK_DATABASE and the settings
    QString mailUrl;     // --mail
    QString publicUrl;   // --public-url
    // --as EMAIL: sign in without the dialog, password from INVITEDESK_PASSWORD (scripted
    // demos and tests). A refused sign-in ends the program with exit code 1.
    QString signInEmail;
    // --first-run-demo: on a database without users, seed the demo organisation (the
    // README's run command) and offer its administrator in the sign-in dialog.
    bool firstRunDemo = false;
};

// Creates the QApplication and runs the desktop app until its window closes. Returns the
// process exit code: 0 closed normally, 1 refused sign-in (--as), 3 database unusable.
int runDesktop(int argc, char** argv, const DesktopOptions& options);

} // namespace invitedesk::ui
