#!/usr/bin/env bash
# Signs the Debian packages of a release: a detached, ASCII-armoured OpenPGP signature beside
# each .deb (<file>.deb.asc), and SHA256SUMS for them, itself signed (SHA256SUMS.asc). IT
# checks a download with
#   gpg --verify SHA256SUMS.asc SHA256SUMS && sha256sum --check --ignore-missing SHA256SUMS
#   gpg --verify invitedesk_X.Y.Z_amd64.deb.asc invitedesk_X.Y.Z_amd64.deb
#
# usage: packaging/linux/sign-packages.sh [FOLDER | FILE.deb ...]   (default: the current folder)
#
#   INVITEDESK_GPG_KEY         the key to sign with (fingerprint, id or e-mail)
#   INVITEDESK_GPG_KEY_FILE    optional: an armoured secret key, imported into a temporary
#                              keyring for this run only (CI secrets); else the user's keyring
#   INVITEDESK_GPG_PASSPHRASE  optional: the key's passphrase (read from the environment, never
#                              from the command line)
#   INVITEDESK_REQUIRE_SIGNING=1   fail instead of skipping when no key is given
# Without INVITEDESK_GPG_KEY nothing is written: the script says so and exits 0.
set -euo pipefail

files=()
if [ $# -eq 0 ]; then
    set -- .
fi
for arg in "$@"; do
    if [ -d "$arg" ]; then
        while IFS= read -r -d '' f; do files+=("$f"); done \
            < <(find "$arg" -maxdepth 1 -type f -name '*.deb' -print0 | sort -z)
    elif [ -f "$arg" ]; then
        files+=("$arg")
    else
        echo "sign-packages: $arg does not exist" >&2
        exit 2
    fi
done
if [ ${#files[@]} -eq 0 ]; then
    echo "sign-packages: no .deb in $*" >&2
    exit 2
fi

if [ -z "${INVITEDESK_GPG_KEY:-}" ]; then
    msg="sign-packages: no signing key (INVITEDESK_GPG_KEY unset): ${#files[@]} package(s) left unsigned, no SHA256SUMS written"
    if [ "${INVITEDESK_REQUIRE_SIGNING:-}" = 1 ]; then
        echo "$msg, and INVITEDESK_REQUIRE_SIGNING=1" >&2
        exit 1
    fi
    echo "$msg; skipping."
    exit 0
fi

tmp_home=""
cleanup() {
    if [ -n "$tmp_home" ]; then
        gpgconf --homedir "$tmp_home" --kill gpg-agent 2>/dev/null || true
        rm -rf "$tmp_home"
    fi
}
trap cleanup EXIT
if [ -n "${INVITEDESK_GPG_KEY_FILE:-}" ]; then
    tmp_home=$(mktemp -d)
    chmod 700 "$tmp_home"
    export GNUPGHOME="$tmp_home"
    gpg --batch --quiet --import "$INVITEDESK_GPG_KEY_FILE"
fi

gpg_sign() { # in out
    if [ -n "${INVITEDESK_GPG_PASSPHRASE:-}" ]; then
        printf '%s' "$INVITEDESK_GPG_PASSPHRASE" |
            gpg --batch --yes --pinentry-mode loopback --passphrase-fd 0 \
                --local-user "$INVITEDESK_GPG_KEY" --armor --detach-sign --output "$2" "$1"
    else
        gpg --batch --yes --local-user "$INVITEDESK_GPG_KEY" --armor --detach-sign \
            --output "$2" "$1"
    fi
}

# One SHA256SUMS per folder, names relative to it (as sha256sum --check expects).
declare -A folders=()
for f in "${files[@]}"; do
    gpg_sign "$f" "$f.asc"
    folders["$(cd "$(dirname "$f")" && pwd)"]+="$(basename "$f")"$'\n'
done
for dir in "${!folders[@]}"; do
    (
        cd "$dir"
        mapfile -t names < <(printf '%s' "${folders[$dir]}" | sort -u)
        sha256sum -- "${names[@]}" >SHA256SUMS
    )
    gpg_sign "$dir/SHA256SUMS" "$dir/SHA256SUMS.asc"
    echo "sign-packages: wrote $dir/SHA256SUMS and SHA256SUMS.asc"
done
echo "sign-packages: signed ${#files[@]} package(s) with $INVITEDESK_GPG_KEY"
