#!/usr/bin/python3
"""The reductions camtest analyze makes of a session, in plain numpy (for benchmarks/analyze_fullframe.sh).

Each stack of session.json is read whole with tifffile.imread, then: every frame's mean, variance, min and max;
the variance of each consecutive pair's difference; the count of the top code; for the bias, per-pixel mean and
variance; for the darks, a 5-sigma clipped mean of each frame; for the long darks, the bias-subtracted frames
thresholded at 5 clipped sigma. It prints nothing but a summary line: it is timed, not compared.
"""
import json
import os
import sys

import numpy as np
import tifffile


def clipped(values, sigmas=5.0, rounds=5):
    kept = values.ravel().astype(np.float64)
    for _ in range(rounds):
        centre, sd = kept.mean(), kept.std()
        kept = kept[np.abs(kept - centre) <= sigmas * sd]
    return kept.mean(), kept.std()


def frame_statistics(stack):
    s = stack.reshape(stack.shape[0], -1)
    means = s.mean(axis=1)
    variances = s.var(axis=1)
    lo, hi = s.min(axis=1), s.max(axis=1)
    pairs = [np.var(s[i].astype(np.int32) - s[i + 1].astype(np.int32)) / 2 for i in range(0, s.shape[0] - 1, 2)]
    top = int(hi.max())
    at_top = int((s == top).sum())
    return means, variances, lo, hi, pairs, at_top


def main():
    path = sys.argv[1]
    folder = os.path.dirname(os.path.abspath(path))
    with open(path) as f:
        session = json.load(f)

    def load(entry):
        stacks = [tifffile.imread(os.path.join(folder, name)) for name in entry["files"]]
        return np.concatenate([s.reshape(-1, s.shape[-2], s.shape[-1]) for s in stacks])

    bias = load(session["bias"])
    frame_statistics(bias)
    offset = bias.mean(axis=0)
    bias.var(axis=0, ddof=1)
    del bias
    for flat in session.get("flats", []):
        frame_statistics(load(flat))
    for dark in session.get("darks", []):
        stack = load(dark)
        frame_statistics(stack)
        for frame in stack:
            clipped(frame)
    hot = session.get("hotPixels")
    if hot:
        stack = load(hot)
        counts = np.zeros(offset.shape, dtype=np.int32)
        for frame in stack:
            d = frame - offset
            centre, sd = clipped(d)
            counts += d > centre + 5 * sd
    print("numpy analyze done")


if __name__ == "__main__":
    main()
