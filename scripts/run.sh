#!/usr/bin/env bash
# Builds InviteDesk and starts the desktop app on the embedded default: a SQLite file in the
# user's application-data folder, mail written as .eml files, demo data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${INVITEDESK_BUILD_DIR:-$PWD/build}
bash scripts/install-deps.sh
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" --target invitedesk -j"$(nproc)"
exec "$BUILD_DIR/bin/invitedesk" --first-run-demo "$@"
