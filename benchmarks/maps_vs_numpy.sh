#!/usr/bin/env bash
# camtest maps of a cached 100-frame 2048x2048 uint16 TIFF (the full-frame session's bias.ome.tif, 800 MiB)
# against numpy (tifffile.imread, mean(0), var(0)) and cat. Issue 10's goals: at least 20x numpy, at most 3x cat,
# peak RSS under 400 MB at 2048x2048.
source "$(dirname "$0")/engine/common.sh"
build_camtest
ensure_fullframe_session
stack="$FULLFRAME/bias.ome.tif"
bytes="$(total_bytes "$stack")"
warm "$stack"
out="$(mktemp -d)"
measure "cat 100x2048x2048 uint16" "$bytes" cat "$stack"
measure "camtest maps 100x2048x2048 uint16" "$bytes" "$CAMTEST" maps "$stack" --out "$out/maps"
measure "camtest maps 100x2048x2048 uint16 (ReadyToRun)" "$bytes" "$CAMTEST_R2R" maps "$stack" --out "$out/maps-r2r"
measure "numpy maps 100x2048x2048 uint16" "$bytes" "$PYTHON" "$REPO/benchmarks/maps_numpy.py" "$stack"
rm -rf "$out"
