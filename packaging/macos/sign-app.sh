#!/usr/bin/env bash
# Signs InviteDesk.app for Developer ID distribution: every dylib, framework and plugin inside
# out, then the app with the hardened runtime, packaging/macos/entitlements.plist and a secure
# timestamp; then verifies the result. Called by CPack (SignStaged.cmake) on the staged app,
# or by hand:   packaging/macos/sign-app.sh path/to/InviteDesk.app
#
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: Name (TEAMID)" in a keychain on the
#                            search list (the workflow imports it into a temporary keychain)
#   INVITEDESK_REQUIRE_SIGNING=1   fail instead of skipping when no identity is given
# Without an identity the app stays unsigned (macdeployqt's ad-hoc signatures only) and the
# script says so and exits 0.
set -euo pipefail
app=${1:?usage: sign-app.sh path/to/App.app}
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
    msg="sign-app: no signing identity (MACOS_SIGNING_IDENTITY unset, see packaging/macos/README.md): $app left unsigned"
    if [ "${INVITEDESK_REQUIRE_SIGNING:-}" = 1 ]; then
        echo "$msg, and INVITEDESK_REQUIRE_SIGNING=1" >&2
        exit 1
    fi
    echo "$msg; skipping."
    exit 0
fi

sign() {
    codesign --force --timestamp --options runtime --sign "$MACOS_SIGNING_IDENTITY" "$@"
}

# Inside out: loose dylibs and plugins, then frameworks (as bundles), then the app.
while IFS= read -r -d '' f; do
    sign "$f"
done < <(find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0)
while IFS= read -r -d '' fw; do
    sign "$fw"
done < <(find "$app/Contents/Frameworks" -maxdepth 1 -type d -name '*.framework' -print0 2>/dev/null)
# Helper executables other than the main one (none today; kept for what a deploy may add).
main=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")
while IFS= read -r -d '' exe; do
    [ "$(basename "$exe")" = "$main" ] || sign "$exe"
done < <(find "$app/Contents/MacOS" -type f -perm -u+x -print0)
sign --entitlements "$here/entitlements.plist" "$app"

codesign --verify --deep --strict --verbose=2 "$app"
codesign --display --verbose=2 "$app" 2>&1 | grep -E 'Authority|Timestamp|flags|TeamIdentifier'
echo "sign-app: signed $app with the hardened runtime as $MACOS_SIGNING_IDENTITY"
