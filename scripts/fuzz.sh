#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz/*) for longer than CTest's bounded runs.
#   scripts/fuzz.sh                   every target, 300 s each
#   scripts/fuzz.sh mime_header 600   one target, by folder (mime_header) or name
#                                     (fuzz_mime_header), for 600 s
#   scripts/fuzz.sh all 60            every target, 60 s each
# Builds the targets first, in INVITEDESK_BUILD_DIR (build/), configuring it with
# -DINVITEDESK_BUILD_FUZZ=ON when needed. FUZZ_JOBS (1) runs that many libFuzzer processes
# per target; BUILD_JOBS (2) is the build's -j.
# New inputs go to build/tests/fuzz/<folder>/work/corpus, a crash to .../work/crash-*; the
# output of each run is in .../work/last-run.log. A crash makes the script fail: fix the bug,
# then copy the input into tests/fuzz/<folder>/corpus/ as regression_<what> (every run replays
# the seeds) and add a Qt Test case for it beside the class's other tests.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${INVITEDESK_BUILD_DIR:-$ROOT/build}
TARGET=${1:-all}
SECONDS_EACH=${2:-300}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}

if ! [[ $SECONDS_EACH =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh [all|<target>] [seconds]" >&2
    exit 2
fi

if ! grep -qs '^INVITEDESK_BUILD_FUZZ:BOOL=ON' "$BUILD_DIR/CMakeCache.txt"; then
    if [[ -f $BUILD_DIR/CMakeCache.txt ]]; then
        cmake -S . -B "$BUILD_DIR" -DINVITEDESK_BUILD_FUZZ=ON >/dev/null
    else
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DINVITEDESK_BUILD_FUZZ=ON >/dev/null
    fi
fi

# Each target's build folder holds <name>.env: its binary, seeds, dictionary and options.
mapfile -t ENV_FILES < <(find "$BUILD_DIR/tests/fuzz" -name 'fuzz_*.env' | sort)
SELECTED=()
for env in "${ENV_FILES[@]}"; do
    name=$(basename "$env" .env)
    folder=$(basename "$(dirname "$env")")
    if [[ $TARGET == all || $TARGET == "$name" || $TARGET == "$folder" ]]; then
        SELECTED+=("$env")
    fi
done
if [[ ${#SELECTED[@]} -eq 0 ]]; then
    echo "No fuzz target \"$TARGET\". Targets:" >&2
    for env in "${ENV_FILES[@]}"; do
        echo "  $(basename "$(dirname "$env")")  ($(basename "$env" .env))" >&2
    done
    exit 2
fi

NAMES=()
for env in "${SELECTED[@]}"; do
    NAMES+=("$(basename "$env" .env)")
done
cmake --build "$BUILD_DIR" -j"${BUILD_JOBS:-2}" --target "${NAMES[@]}"

FAILED=()
SUMMARY=()
for env in "${SELECTED[@]}"; do
    name=$(basename "$env" .env)
    FUZZ_EXE='' FUZZ_WORK='' FUZZ_SEEDS='' FUZZ_DICT='' FUZZ_ARGS='' FUZZ_ASAN_OPTIONS=''
    # shellcheck disable=SC1090
    source "$env"
    IFS=';' read -ra ARGS <<<"$FUZZ_ARGS"
    mkdir -p "$FUZZ_WORK/corpus"
    log=$FUZZ_WORK/last-run.log
    echo "== $name: ${SECONDS_EACH} s (log: $log)"
    jobs=()
    if [[ ${FUZZ_JOBS:-1} -gt 1 ]]; then
        jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
    fi
    status=0
    (cd "$FUZZ_WORK" && ASAN_OPTIONS=$FUZZ_ASAN_OPTIONS "$FUZZ_EXE" \
        -max_total_time="$SECONDS_EACH" "${ARGS[@]}" "${jobs[@]}" \
        -artifact_prefix="$FUZZ_WORK/" -print_final_stats=1 \
        "$FUZZ_WORK/corpus" "$FUZZ_SEEDS") >"$log" 2>&1 || status=$?
    done_line=$(grep -h 'DONE' "$log" "$FUZZ_WORK"/fuzz-*.log 2>/dev/null | tail -n 1 || true)
    if [[ $status -ne 0 ]]; then
        FAILED+=("$name")
        SUMMARY+=("$name: FAILED (exit $status), see $log and $FUZZ_WORK/crash-*")
        grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -n 5 || true
    else
        SUMMARY+=("$name: ${done_line:-done}")
    fi
done

echo
printf '%s\n' "${SUMMARY[@]}"
if [[ ${#FAILED[@]} -gt 0 ]]; then
    exit 1
fi
