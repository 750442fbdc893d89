#!/usr/bin/python3
"""End-to-end numpy comparison for the stack statistics benchmark.

Times, over the same raw uint16 stack the C# suite uses (default: $CAMTEST_BENCH_DIR or /tmp/camtest-bench,
stack-2048x2048x100-uint16.raw; created by running the StackStatisticsBenchmarks suite once):
  1. a plain read of every frame (np.fromfile per frame, like the C# PlainRead),
  2. per-frame mean and population variance, frame by frame (read + frame.mean() + frame.var()),
  3. the same from a memory map of the whole file (mm.reshape(n, -1).mean(1) / .var(1)),
  4. per-pixel maps mean(0) / var(0) over the memory map (once: it takes seconds).
The page cache is warmed first. Prints seconds and GB/s (1e9 bytes/s) of the best of --repeat runs.
"""
import argparse
import os
import tempfile
import time

import numpy as np


def best_of(repeat, fn):
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main():
    folder = os.environ.get("CAMTEST_BENCH_DIR", os.path.join(tempfile.gettempdir(), "camtest-bench"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=os.path.join(folder, "stack-2048x2048x100-uint16.raw"))
    parser.add_argument("--width", type=int, default=2048)
    parser.add_argument("--height", type=int, default=2048)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    pixels = args.width * args.height
    frame_bytes = pixels * 2
    size = os.path.getsize(args.path)
    frames = size // frame_bytes

    with open(args.path, "rb") as f:  # warm the page cache
        while f.read(16 << 20):
            pass

    def plain_read():
        with open(args.path, "rb") as f:
            for _ in range(frames):
                np.fromfile(f, dtype="<u2", count=pixels)

    def per_frame():
        means = np.empty(frames)
        variances = np.empty(frames)
        with open(args.path, "rb") as f:
            for i in range(frames):
                frame = np.fromfile(f, dtype="<u2", count=pixels)
                means[i] = frame.mean()
                variances[i] = frame.var()
        return means, variances

    def memory_mapped():
        stack = np.memmap(args.path, dtype="<u2", mode="r", shape=(frames, pixels))
        return stack.mean(axis=1), stack.var(axis=1)

    def pixel_maps():
        stack = np.memmap(args.path, dtype="<u2", mode="r", shape=(frames, pixels))
        return stack.mean(axis=0), stack.var(axis=0, ddof=1)

    print(f"numpy {np.__version__}, {frames} frames of {args.width}x{args.height} uint16 ({size / 2**20:.0f} MiB)")
    for name, fn, repeat in [("plain read", plain_read, args.repeat),
                             ("per-frame mean+var", per_frame, args.repeat),
                             ("memmap mean(1)+var(1)", memory_mapped, args.repeat),
                             ("per-pixel mean(0)+var(0)", pixel_maps, 1)]:
        seconds, _ = best_of(repeat, fn)
        print(f"{name:24s} {seconds:8.3f} s  {size / seconds / 1e9:6.2f} GB/s")


if __name__ == "__main__":
    main()
