#pragma once

#include <QString>

namespace invitedesk {

// What this build is, for `invitedesk --version`, the About dialog and `invitedesk check`.
// The version comes from one place, the CMake project version, with "+g<commit>" when built
// from a git checkout that is not on the release tag (cmake/InviteDeskVersion.cmake).
class BuildInfo {
public:
    // "1.2.3" or "1.2.3+g0123456789": what `invitedesk --version` prints after "invitedesk ".
    static QString version();
    // "1.2.3": the project version alone (the installers' version).
    static QString projectVersion();
    // "com.invitedesk.InviteDesk": the desktop file's and AppStream id on Linux, the bundle
    // identifier on macOS (INVITEDESK_APP_ID in the top CMakeLists.txt).
    static QString appId();
    // The Qt the program runs with (qVersion(), which may be newer than the one it was built
    // with).
    static QString qtVersion();
    // The OpenSSL library the program runs with, e.g. "3.0.11" (OpenSSL_version).
    static QString openSslVersion();
};

} // namespace invitedesk
