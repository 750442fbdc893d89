#!/usr/bin/env bash
# Peak RSS of camtest maps at 200 and 2,000 frames of 1024x1024 uint16 (400 MiB and 4 GiB of TIFF, written once to
# $CAMTEST_BENCH_DIR). Issue 10's goal: within 10 % of each other (memory does not grow with the frame count).
source "$(dirname "$0")/engine/common.sh"
build_camtest
out="$(mktemp -d)"
for frames in 200 2000; do
    stack="$BENCH_DIR/noise-1024x1024x$frames-uint16.tif"
    [[ -f "$stack" ]] || "$PYTHON" "$REPO/benchmarks/make_noise_stack.py" "$stack" "$frames" 1024 1024
    measure "camtest maps ${frames}x1024x1024 uint16" "$(total_bytes "$stack")" "$CAMTEST" maps "$stack" --out "$out/maps-$frames"
done
rm -rf "$out"
