#!/usr/bin/env bash
# Installs what is missing, builds, starts the servers the tests need (PostgreSQL in a
# temporary folder on a loopback port), runs every CTest test, and tears the servers down.
# Then a second pass: the same tests again (without the benchmarks and the fuzz targets) built
# with AddressSanitizer and UndefinedBehaviorSanitizer (the `asan` preset) on the same servers.
# INVITEDESK_SANITIZER_PASS=0 skips that pass. The exit code fails when either pass fails.
# Extra arguments go to ctest in both passes (e.g. ./scripts/test.sh -L core).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${INVITEDESK_BUILD_DIR:-$ROOT/build}
ASAN_BUILD_DIR=${INVITEDESK_ASAN_BUILD_DIR:-$ROOT/build-asan}
SANITIZER_PASS=${INVITEDESK_SANITIZER_PASS:-1}
# Relative paths in ccache keys, and no working directory in them (with -g it is hashed by
# default): a fresh clone elsewhere reuses earlier compiles. Room for both builds' objects.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-20G}

# Each phase's wall time, printed as it ends: CI's budget is 45 minutes on two cores.
phase_started=$SECONDS
phase_done() {
    echo "test.sh: $1 took $((SECONDS - phase_started)) s (total $SECONDS s)"
    phase_started=$SECONDS
}

bash scripts/install-deps.sh
phase_done "installing dependencies"

# Both builds, the ccache and the test clusters' databases need about 25 GB. A full disk shows up
# later as "database or disk is full" in unrelated tests, so say it plainly first.
free_gb=$(df -Pk "$ROOT" | awk 'NR==2 {print int($4 / 1048576)}')
if [ "${free_gb:-0}" -lt 25 ]; then
    echo "test.sh: warning: only ${free_gb} GB free on $(df -P "$ROOT" | awk 'NR==2 {print $6}')," \
        "the full run needs about 25 GB" >&2
fi

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINVITEDESK_BUILD_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
phase_done "the build"

# shellcheck source=scripts/test-servers.sh
source scripts/test-servers.sh
start_postgres
trap stop_postgres EXIT

# The benchmarks run alone (RUN_SERIAL), so their sizes are most of this pass's wall time. Here
# they run at the suite's sizes: every figure is still taken and reported beside its floor or peer,
# on less data. scripts/bench.sh runs them at their own sizes, the ones docs/performance.md cites.
# A size already in the environment wins.
export INVITEDESK_BENCH_ROWS=${INVITEDESK_BENCH_ROWS:-20000}
export INVITEDESK_BENCH_PEOPLE=${INVITEDESK_BENCH_PEOPLE:-10000}
export INVITEDESK_BENCH_BACKLOG=${INVITEDESK_BENCH_BACKLOG:-5000}
export INVITEDESK_BENCH_FIRST_LOOKS=${INVITEDESK_BENCH_FIRST_LOOKS:-4000}
export INVITEDESK_BENCH_SECONDS=${INVITEDESK_BENCH_SECONDS:-4}
export INVITEDESK_BENCH_FIRST_SECONDS=${INVITEDESK_BENCH_FIRST_SECONDS:-2}

status=0
(cd "$BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@") || status=1
phase_done "the tests"

if [ "$SANITIZER_PASS" != "0" ]; then
    echo "test.sh: second pass, AddressSanitizer and UndefinedBehaviorSanitizer ($ASAN_BUILD_DIR)"
    # A fresh cluster: the first pass's thousands of test databases (several GB) go away.
    stop_postgres
    start_postgres
    sanitizer_status=0
    cmake --preset asan -B "$ASAN_BUILD_DIR" >/dev/null &&
        cmake --build "$ASAN_BUILD_DIR" -j"$(nproc)" || sanitizer_status=1
    phase_done "the sanitizer build"
    if [ "$sanitizer_status" -eq 0 ]; then
        # The sanitizer options come with the build (tests/sanitizers/SanitizerEnvironment.cmake).
        (cd "$ASAN_BUILD_DIR" && ctest --output-on-failure -j"$(nproc)" --timeout 600 \
            -LE 'bench|fuzz' "$@") || sanitizer_status=1
        phase_done "the sanitizer tests"
    fi
    [ "$sanitizer_status" -eq 0 ] || { echo "test.sh: the sanitizer pass failed" >&2; status=1; }
else
    echo "test.sh: sanitizer pass skipped (INVITEDESK_SANITIZER_PASS=0)"
fi
exit "$status"
