#!/usr/bin/env bash
# Installs what is missing, builds, starts the servers the tests need (PostgreSQL in a
# temporary folder on a loopback port), runs every CTest test, and tears the servers down.
# Extra arguments go to ctest (e.g. ./scripts/test.sh -L core).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${INVITEDESK_BUILD_DIR:-$ROOT/build}
# Relative paths in ccache keys: a fresh clone elsewhere reuses earlier compiles.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}

bash scripts/install-deps.sh

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINVITEDESK_BUILD_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"

# shellcheck source=scripts/test-servers.sh
source scripts/test-servers.sh
start_postgres
trap stop_postgres EXIT

cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@"
