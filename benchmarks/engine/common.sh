# Shared by the end-to-end engine benchmarks (sourced, not run). Each measurement runs a command once under
# /usr/bin/time -v and appends "name<TAB>seconds<TAB>peak RSS MiB<TAB>bytes read" to $ENGINE_RESULTS.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="${CAMTEST_BENCH_DIR:-/tmp/camtest-bench}"
ENGINE_RESULTS="${ENGINE_RESULTS:-$BENCH_DIR/engine-results.tsv}"
CAMTEST="$REPO/src/CamTest.Cli/bin/Release/net10.0/camtest"
PYTHON=/usr/bin/python3
mkdir -p "$BENCH_DIR"

# The same program published with ReadyToRun (README, "Install with ahead-of-time compiled code"): the methods are
# compiled when it is built instead of when it runs, which is most of the start-up a short run pays.
CAMTEST_R2R="$BENCH_DIR/camtest-r2r/camtest"

build_camtest() {
    if [[ "${CAMTEST_SKIP_BUILD:-0}" != 1 ]]; then
        dotnet build "$REPO/src/CamTest.Cli" -c Release -v quiet -nologo >/dev/null
        dotnet publish "$REPO/src/CamTest.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
            -o "$BENCH_DIR/camtest-r2r" -v quiet -nologo >/dev/null
    fi
}

# The full-frame session of issue 10: 100-frame bias, 16 flat pairs, 4 dark pairs, 10 long darks, 2048 x 2048.
FULLFRAME="$BENCH_DIR/fullframe-2048-seed3"
ensure_fullframe_session() {
    if [[ ! -f "$FULLFRAME/session.json" ]]; then
        rm -rf "$FULLFRAME"
        "$CAMTEST" simulate --camera scmos-small --width 2048 --height 2048 --seed 3 --out "$FULLFRAME" >/dev/null
    fi
}

# Reads the files once so every measurement starts from a warm page cache.
warm() { cat "$@" >/dev/null; }

total_bytes() { du -cb "$@" | tail -1 | cut -f1; }

# measure NAME BYTES COMMAND...: one run, wall time and peak RSS from /usr/bin/time -v.
measure() {
    local name="$1" bytes="$2"
    shift 2
    local log
    log="$(mktemp)"
    if ! /usr/bin/time -v "$@" >/dev/null 2>"$log"; then
        echo "benchmark '$name' failed:" >&2
        tail -20 "$log" >&2
        rm -f "$log"
        return 1
    fi
    local wall rss
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')"
    rss="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")"
    rm -f "$log"
    printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$rss" "$bytes" | tee -a "$ENGINE_RESULTS"
}
