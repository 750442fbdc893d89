#!/usr/bin/env bash
# Every end-to-end figure of issue 10, one run each, then a table. Run on a quiet machine (nothing else building):
#   benchmarks/run_engine_benchmarks.sh
# Inputs are simulated or written once under $CAMTEST_BENCH_DIR (default /tmp/camtest-bench, about 6 GB).
#   benchmarks/run_engine_benchmarks.sh --table   # only print the table of the last run's results
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/engine/common.sh"
if [[ "${1:-}" != --table ]]; then
: >"$ENGINE_RESULTS"
build_camtest
export CAMTEST_SKIP_BUILD=1 ENGINE_RESULTS
"$here/analyze_fullframe.sh"
"$here/maps_vs_numpy.sh"
"$here/maps_rss.sh"
fi

echo
awk -F'\t' '
    { name[NR] = $1; t[NR] = $2; rss[NR] = $3; bytes[NR] = $4; at[$1] = NR }
    END {
        printf "%-40s %9s %9s %10s\n", "benchmark", "seconds", "MB/s", "peak RSS"
        for (i = 1; i <= NR; i++)
            printf "%-40s %9.2f %9.0f %7d MiB\n", name[i], t[i], (t[i] > 0 ? bytes[i] / t[i] / 1e6 : 0), rss[i]
        printf "\n"
        a = at["camtest analyze full-frame session"]; c = at["cat full-frame session"]; n = at["numpy analyze full-frame session"]
        printf "analyze: %.1fx cat (goal <= 10x), numpy %.1fx slower (goal >= 20x), peak RSS %d MiB (goal < 600 MB)\n", t[a] / t[c], t[n] / t[a], rss[a]
        m = at["camtest maps 100x2048x2048 uint16"]; mc = at["cat 100x2048x2048 uint16"]; mn = at["numpy maps 100x2048x2048 uint16"]
        printf "maps:    %.1fx cat (goal <= 3x), numpy %.1fx slower (goal >= 20x), peak RSS %d MiB at 2048x2048 (goal < 400 MB)\n", t[m] / t[mc], t[mn] / t[m], rss[m]
        ar = at["camtest analyze full-frame session (ReadyToRun)"]; mr = at["camtest maps 100x2048x2048 uint16 (ReadyToRun)"]
        if (ar && mr) printf "ReadyToRun build: analyze %.1fx cat, numpy %.1fx slower; maps %.1fx cat, numpy %.1fx slower\n", t[ar] / t[c], t[n] / t[ar], t[mr] / t[mc], t[mn] / t[mr]
        r1 = rss[at["camtest maps 200x1024x1024 uint16"]]; r2 = rss[at["camtest maps 2000x1024x1024 uint16"]]
        printf "maps RSS: %d MiB at 200 frames, %d MiB at 2000 frames of 1024x1024 (%+.1f %%, goal within 10 %%)\n", r1, r2, 100 * (r2 - r1) / r1
    }' "$ENGINE_RESULTS"
