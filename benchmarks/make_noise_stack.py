#!/usr/bin/python3
"""Writes a uint16 TIFF stack of Gaussian noise (offset 100 ADU, sigma 2 ADU) frame by frame, for the maps RSS
benchmark: make_noise_stack.py OUT.tif FRAMES WIDTH HEIGHT. Memory is one frame whatever the frame count."""
import sys

import numpy as np
import tifffile

path, frames, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = np.random.default_rng(1)
with tifffile.TiffWriter(path, bigtiff=True) as tif:
    for _ in range(frames):
        frame = np.clip(np.rint(100 + 2 * rng.standard_normal((height, width))), 0, 65535).astype(np.uint16)
        tif.write(frame, contiguous=True, photometric="minisblack")
