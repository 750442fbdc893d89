#!/usr/bin/python3
"""numpy's per-pixel maps of a stack, as issue 10 states the comparison: tifffile.imread, mean(0), var(0)."""
import sys

import tifffile

stack = tifffile.imread(sys.argv[1])
mean = stack.mean(0)
variance = stack.var(0)
print(stack.shape, float(mean.mean()), float(variance.mean()))
