#!/usr/bin/env bash
# Signs the DMG, sends it to Apple's notary service and waits (notarytool submit --wait),
# then staples the ticket to it (stapler staple) so Gatekeeper accepts it offline. Called by
# CPack (SignPackage.cmake) on the DMG it made, or by hand:
#   packaging/macos/notarize-dmg.sh invitedesk-X.Y.Z-Darwin.dmg
#
#   MACOS_SIGNING_IDENTITY      as for sign-app.sh; without it nothing happens (exit 0)
#   notary credentials, one of:
#     MACOS_NOTARY_KEYCHAIN_PROFILE            a profile saved by `notarytool store-credentials`
#     MACOS_NOTARY_API_KEY_PATH, MACOS_NOTARY_API_KEY_ID, MACOS_NOTARY_API_ISSUER
#                                              an App Store Connect API key (.p8)
#     MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#                                              an Apple ID with an app-specific password
#   INVITEDESK_REQUIRE_SIGNING=1   fail instead of skipping when something above is missing
set -euo pipefail
dmg=${1:?usage: notarize-dmg.sh path/to/file.dmg}

skip() {
    if [ "${INVITEDESK_REQUIRE_SIGNING:-}" = 1 ]; then
        echo "notarize-dmg: $1, and INVITEDESK_REQUIRE_SIGNING=1" >&2
        exit 1
    fi
    echo "notarize-dmg: $1; skipping."
    exit 0
}

[ -n "${MACOS_SIGNING_IDENTITY:-}" ] ||
    skip "no signing identity (MACOS_SIGNING_IDENTITY unset): $dmg left unsigned and not notarized"

codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
codesign --verify --verbose=2 "$dmg"

auth=()
if [ -n "${MACOS_NOTARY_KEYCHAIN_PROFILE:-}" ]; then
    auth=(--keychain-profile "$MACOS_NOTARY_KEYCHAIN_PROFILE")
elif [ -n "${MACOS_NOTARY_API_KEY_PATH:-}" ]; then
    auth=(--key "$MACOS_NOTARY_API_KEY_PATH" --key-id "${MACOS_NOTARY_API_KEY_ID:?}"
          --issuer "${MACOS_NOTARY_API_ISSUER:?}")
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
    auth=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "${MACOS_NOTARY_TEAM_ID:?}"
          --password "${MACOS_NOTARY_PASSWORD:?}")
else
    skip "no notary credentials (MACOS_NOTARY_KEYCHAIN_PROFILE, MACOS_NOTARY_API_KEY_PATH or MACOS_NOTARY_APPLE_ID): $dmg signed but not notarized"
fi

result=$(xcrun notarytool submit "$dmg" "${auth[@]}" --wait --output-format json)
echo "$result"
status=$(printf '%s' "$result" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin).get("status",""))')
if [ "$status" != "Accepted" ]; then
    id=$(printf '%s' "$result" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin).get("id",""))')
    [ -z "$id" ] || xcrun notarytool log "$id" "${auth[@]}" || true
    echo "notarize-dmg: the notary service answered \"$status\" for $dmg" >&2
    exit 1
fi
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "notarize-dmg: $dmg signed, notarized and stapled"
