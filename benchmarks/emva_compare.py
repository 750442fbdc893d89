#!/usr/bin/env python3
"""End-to-end timing of `camtest emva` against the emva1288 reference implementation on one EMVA data set.

Each tool runs once, as a user runs it (a fresh process from descriptor to written results), one after the other,
after every file beside the descriptor has been read once (both start from a warm page cache);
the machine's load is printed before and after because the development machine is shared. The figures both give
are printed side by side.

    python3 benchmarks/emva_compare.py [DESCRIPTOR] [--camtest CMD] [--reference PATH] [--python /usr/bin/python3]

DESCRIPTOR defaults to ../shared/data/emva1288_refset001_ccd12bit_basler/EMVA1288_Data.txt; --camtest to
`dotnet src/CamTest.Cli/bin/Release/net10.0/camtest.dll` (build it first: dotnet build src/CamTest.Cli -c Release);
--reference to ../shared/reference/emva1288/src. Needs python3-numpy, python3-scipy, python3-lxml and PIL (Debian).
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

REFERENCE_RUN = r"""
import logging, sys, time, json
from emva1288 import process
t = time.time()
p = process.ParseEmvaDescriptorFile(sys.argv[1], loglevel=logging.ERROR)
d = process.Data1288(process.LoadImageData(p.images, loglevel=logging.ERROR).data, loglevel=logging.ERROR)
r = process.Results1288(d.data, loglevel=logging.ERROR)
out = {k: float(getattr(r, k)) for k in ["K", "QE", "sigma_y_dark", "sigma_d", "u_p_min", "u_e_sat", "SNR_max", "DR",
                                           "LE_min", "LE_max", "u_I_mean", "u_I_var", "DSNU1288", "PRNU1288"]}
print(json.dumps(out))
"""

PAIRS = [  # (reference name, camtest key, note)
    ("K", "systemGain", ""), ("QE", "quantumEfficiency", ""), ("sigma_y_dark", "darkNoiseAdu", ""),
    ("sigma_d", "temporalDarkNoise", ""), ("u_p_min", "sensitivityThresholdPhotons", "R4 adds 1/4 under the root"),
    ("u_e_sat", "saturationCapacity", ""), ("SNR_max", "snrMax", ""), ("DR", "dynamicRange", "follows u_p_min"),
    ("LE_min", "linearityErrorMin", ""), ("LE_max", "linearityErrorMax", ""), ("u_I_mean", "darkCurrentFromMean", ""),
    ("u_I_var", "darkCurrentFromVariance", ""), ("DSNU1288", "dsnu", "frame shifts out of the temporal part"),
    ("PRNU1288", "prnu", "frame shifts out of the temporal part"),
]


def uptime():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, env=None):
    """Wall time and CPU time (user + system, all threads) of one run of command, and what it printed."""
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{command[0]} failed ({done.returncode}):\n{done.stderr}")
    return elapsed, children_cpu() - cpu, done.stdout


def warm(descriptor):
    """Reads every file beside the descriptor once, so both tools start from a warm page cache (neither pays the disk)."""
    folder = os.path.dirname(os.path.abspath(descriptor))
    read = 0
    for root, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                while chunk := f.read(1 << 20):
                    read += len(chunk)
    return read


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("descriptor", nargs="?", default=os.path.join(SHARED, "data", "emva1288_refset001_ccd12bit_basler", "EMVA1288_Data.txt"))
    parser.add_argument("--camtest", default="dotnet " + os.path.join(ROOT, "src", "CamTest.Cli", "bin", "Release", "net10.0", "camtest.dll"))
    parser.add_argument("--reference", default=os.path.join(SHARED, "reference", "emva1288", "src"))
    parser.add_argument("--python", default="/usr/bin/python3", help="the Debian python that has numpy and scipy")
    args = parser.parse_args()

    print(f"page cache warmed: {warm(args.descriptor) / 1e6:.0f} MB read")
    print(f"machine: {os.cpu_count()} cores; load average before: {uptime()}")
    out = tempfile.mkdtemp(prefix="camtest-emva-bench-")
    camtest_s, camtest_cpu, camtest_json = timed(shlex.split(args.camtest) + ["emva", args.descriptor, "--out", out, "--json"])
    env = dict(os.environ, PYTHONPATH=args.reference, PYTHONWARNINGS="ignore")
    reference_s, reference_cpu, reference_json = timed([args.python, "-c", REFERENCE_RUN, args.descriptor], env)
    print(f"load average after: {uptime()}")
    print(f"camtest emva (end to end): {camtest_s:.2f} s wall, {camtest_cpu:.2f} s CPU")
    print(f"emva1288 reference:        {reference_s:.2f} s wall, {reference_cpu:.2f} s CPU")
    print(f"ratio: camtest takes {camtest_s / reference_s:.3f} of the reference's wall time ({reference_s / camtest_s:.1f} x faster), "
          f"{camtest_cpu / reference_cpu:.3f} of its CPU time")

    emva = json.loads(camtest_json)["emva"]
    reference = json.loads(reference_json.strip().splitlines()[-1])
    print(f"\n{'reference':<14}{'value':>14}   {'camtest':<28}{'value':>14}{'stderr':>12}{'diff %':>9}  note")
    for ref_name, key, note in PAIRS:
        ours = emva.get(key)
        theirs = reference[ref_name]
        if ours is None:
            print(f"{ref_name:<14}{theirs:>14.6g}   {key:<28}{'(not given)':>14}")
            continue
        value, err = ours["value"], ours.get("stderr")
        diff = 100 * (value - theirs) / theirs if theirs else float("nan")
        print(f"{ref_name:<14}{theirs:>14.6g}   {key:<28}{value:>14.6g}{(err if err is not None else float('nan')):>12.2g}{diff:>9.3f}  {note}")


if __name__ == "__main__":
    main()
