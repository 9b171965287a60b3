#!/usr/bin/env bash
# Runs the benchmarks (CTest label `bench`) at their own sizes, the ones docs/performance.md and
# the README cite (a million invitations for the desk's list, 50,000 people for the people view,
# 100,000 rows for import, the handler and row security). scripts/test.sh runs the same
# benchmarks at smaller sizes so that the whole suite fits CI's budget. Builds first, starts the
# test PostgreSQL cluster (the benchmarks that need durable settings start their own), and passes
# extra arguments to ctest (e.g. ./scripts/bench.sh -R bench_ui_list). About 15 minutes on two
# cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${INVITEDESK_BUILD_DIR:-$ROOT/build}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"

# shellcheck source=scripts/test-servers.sh
source scripts/test-servers.sh
start_postgres
trap stop_postgres EXIT
cd "$BUILD_DIR" && ctest --output-on-failure --timeout 3600 -L bench "$@"
