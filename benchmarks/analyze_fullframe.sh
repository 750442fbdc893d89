#!/usr/bin/env bash
# camtest analyze of the full-frame session (camtest simulate --camera scmos-small --width 2048 --height 2048
# --seed 3, about 1.2 GB of OME-TIFF) against cat of its files and against a plain numpy script doing the same
# reductions (analyze_numpy.py). Issue 10's goals: at most 10x cat, peak RSS under 600 MB, at least 20x numpy.
source "$(dirname "$0")/engine/common.sh"
build_camtest
ensure_fullframe_session
files=("$FULLFRAME"/*.ome.tif)
bytes="$(total_bytes "${files[@]}")"
warm "${files[@]}"
out="$(mktemp -d)"
measure "cat full-frame session" "$bytes" cat "${files[@]}"
measure "camtest analyze full-frame session" "$bytes" "$CAMTEST" analyze "$FULLFRAME/session.json" --out "$out/results" --force
measure "camtest analyze full-frame session (ReadyToRun)" "$bytes" "$CAMTEST_R2R" analyze "$FULLFRAME/session.json" --out "$out/results" --force
measure "numpy analyze full-frame session" "$bytes" "$PYTHON" "$REPO/benchmarks/analyze_numpy.py" "$FULLFRAME/session.json"
rm -rf "$out"
