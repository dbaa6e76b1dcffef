"""Start → first page painted, for kamdesk on 100,000 clients next to a bare PySide6 window (its floor).

Each run is a fresh process (`startup_child.py`), kamdesk's and the bare window's alternating; the time
runs from just before the process is started to the first paint of the page shown first (for kamdesk: the
KPI dashboard of a desk with sales, its figures still being read), its CPU time is the child's own up to
that paint. kamdesk starts through `kamdesk.cli.main` as the `kamdesk` command does, in a home folder of its
own (no saved window or area, its own log). Goal: kamdesk ≤ 2× the bare window; the moonshot ≤ 1.5×.

Measured 5 Dec 2026 (2 shared cores, load 5-6), nine of each: wall ratio 1.8-2.25 between runs, the CPU
ratio steadier at 2.1-2.2 (kamdesk 245-260 ms of CPU, the bare window 115-120 ms); before issue 18's
changes 3.4 (CPU 387 ms). Of kamdesk's CPU time to the first paint: Python and PySide6.QtWidgets as the bare
window (about 95 ms); peewee with the standard modules it imports (about 30 ms); the models (about 20 ms,
4 of them peewee deep-copying the fields a model inherits); PySide6 making Python enums for the Qt
namespace (about 15 ms); the database opened (8 ms, half of it the audit's triggers), the window and the
dashboard built (20 ms). Taken out since: PySide6's __feature__ import hook, which read the source of
every module named in an import after PySide6 (about 17 ms: kamdesk.gui.pyside), and half of the garbage
collections during the imports (about 3 ms: the collector is off from kamdesk.cli.start_gui); A/B on a
quiet machine 240 → 225 ms of CPU, the ratio 1.96-2.12 between runs. What waits for the first paint: the
client list, the daily jobs, the quick check of the file, the listener for a second start and the
dashboard's first read (`kamdesk.gui.first_paint`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, byte_compiled, demo_database
from figures import MIN_RUNS, Pair, Timings, record

RUNS = 9
CHILD = Path(__file__).with_name("startup_child.py")


def start(mode: str, url: str, home: str) -> tuple[float, float]:
    """Wall and CPU milliseconds from the process's start to the first paint of its first page."""
    if mode == "kamdesk" and not Path(url.removeprefix("sqlite:///")).exists():
        raise SystemExit(f"{url} is gone (a build beside this one?): kamdesk would start on a new, empty file")
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": home, "XDG_CONFIG_HOME": f"{home}/config",
                   "XDG_DATA_HOME": f"{home}/data", "XDG_CACHE_HOME": f"{home}/cache"}
    began = time.time()
    out = subprocess.run([sys.executable, str(CHILD), mode, url], capture_output=True, text=True, cwd=ROOT,
                         env=environment, check=True).stdout
    painted, cpu = (float(value) for value in out.strip().splitlines()[-1].split())
    return (painted - began) * 1000, cpu * 1000


def alternating(url: str, runs: int) -> Pair:
    """kamdesk's start and the bare window's, alternately, after one of each to warm the OS file cache."""
    with tempfile.TemporaryDirectory() as home:
        start("kamdesk", url, home)
        start("bare", url, home)
        mine, plain = [], []
        for _ in range(max(runs, MIN_RUNS)):
            mine.append(start("kamdesk", url, home))
            plain.append(start("bare", url, home))
    return Pair(Timings(tuple(w for w, _ in mine), tuple(c for _, c in mine)),
                Timings(tuple(w for w, _ in plain), tuple(c for _, c in plain)))


def main() -> None:
    byte_compiled()
    pair = alternating(demo_database(), RUNS)
    print(pair.line("start → first page painted (100,000 clients)"))
    ratio = pair.ratio()
    record("startup_ratio", ratio, "ratio", floor=pair.floor.median, goal=2.0, ratio=ratio)
    record("startup_ratio_moonshot", ratio, "ratio", floor=pair.floor.median, goal=1.5, ratio=ratio)
    record("startup_cpu_ratio", pair.ratio("cpu"), "ratio", floor=pair.floor.cpu_median, ratio=pair.ratio("cpu"))
    record("startup_ms", pair.work.median, "ms", floor=pair.floor.median)


if __name__ == "__main__":
    main()
