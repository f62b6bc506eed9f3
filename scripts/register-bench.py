#!/usr/bin/env python3
"""What `convenant register` costs next to a render.

Usage: scripts/register-bench.py [BINARY] [CASUS] [RUNS]
  BINARY defaults to target/release/convenant (build it with
  `cargo build --release`), CASUS to casus/regio-voorbeeld, RUNS to 15.

Runs a full render (`render --force`, every format: md, html, pdf, docx;
needs typst), a render of md,html alone, `register` and `check` RUNS
times each, alternating, each into a fresh output folder, and prints the
median wall and CPU time of each, the register process as a share of
each render, and the register's own work (register minus check: both load
and check the casus, which a render does too) as a share of each render.
The target (under 5 % of a full render) is checked by reading the
figures, never in a timed test.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "target/release/convenant")
casus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "casus/regio-voorbeeld")
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
if not os.path.exists(binary):
    sys.exit(f"{binary} does not exist; run `cargo build --release` first or pass the binary")


def timed(args, out_flag=True):
    out = tempfile.mkdtemp(prefix="convenant-bench-")
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        extra = ["--out", out] if out_flag else []
        subprocess.run([binary, *args, *extra, casus], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu
    finally:
        shutil.rmtree(out)


full, render, register, check = [], [], [], []
timed(["render"])  # warm the file cache
for _ in range(runs):
    full.append(timed(["render", "--force"]))
    render.append(timed(["render", "--force", "--format", "md,html"]))
    register.append(timed(["register"]))
    check.append(timed(["check"], out_flag=False))

def med(t, i):
    return statistics.median(x[i] for x in t)


for name, t in [("render (full)", full), ("render md,html", render),
                ("register", register), ("check", check)]:
    print(f"{name:16} wall median {med(t, 0) * 1000:7.1f} ms   cpu (user+sys) median {med(t, 1) * 1000:7.1f} ms")
for base_name, base in [("full render", full), ("md,html render", render)]:
    for i, what in [(0, "wall"), (1, "cpu")]:
        share = med(register, i) / med(base, i) * 100
        own = med(register, i) - med(check, i)
        print(f"{what}: register process = {share:.1f} % of the {base_name}; its own work "
              f"(register minus check, both load and check the casus) = {own * 1000:.1f} ms "
              f"= {own / med(base, i) * 100:.1f} %")
