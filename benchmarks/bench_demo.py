"""`kamdesk demo --clients 100000` as a user runs it: a fresh process each time, wall and CPU time (a script).

    .venv/bin/python benchmarks/bench_demo.py [--clients 100000] [--runs 7] [--steps]

Each run is the real command line (`python -m kamdesk --database sqlite:///… demo --clients N --seed 1`)
into a new database file, after one small warm-up run (the imports' byte code). The CPU time is the
child's own (user + system, from its resource usage). Records `demo_100k_s`, the median wall time
(goal ≤ 60 s), and `demo_100k_cpu_s` beside it. There is no floor: nothing plainer makes the same
data. `--steps` adds one run in this process that prints each step's wall and CPU time (where the
time goes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT
from figures import MIN_RUNS, Timings, record

GOAL_S = 60


def one_run(clients: int, folder: Path) -> tuple[float, float]:
    """Wall and CPU milliseconds of one `kamdesk demo` into a new database in `folder`."""
    path = folder / f"demo-{clients}.db"
    for leftover in folder.glob(path.name + "*"):
        leftover.unlink()
    command = [sys.executable, "-m", "kamdesk", "--database", f"sqlite:///{path}", "demo", "--clients",
               str(clients), "--seed", "1", "--lang", "hu"]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - started) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"kamdesk demo failed: {child.stderr.read().decode(errors='replace')}")
    child.stderr.close()
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def steps(clients: int, folder: Path) -> None:
    """One run in this process, each step's wall and CPU seconds printed as it ends."""
    from kamdesk.core import db
    from kamdesk.core.services.demo import create_demo

    db.connect(f"sqlite:///{folder / 'steps.db'}")
    current: list = [None, 0.0, 0.0]

    def progress(done: int, total: int, step: str) -> None:
        if step != current[0]:
            wall, cpu = time.perf_counter(), time.process_time()
            if current[0] is not None:
                print(f"  {current[0]:<20} wall {wall - current[1]:5.1f} s, CPU {cpu - current[2]:5.1f} s")
            current[:] = [step, wall, cpu]

    create_demo(clients, seed=1, progress=progress, language="hu")
    progress(0, 0, "")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=MIN_RUNS)
    parser.add_argument("--steps", action="store_true", help="print each step's time from one more run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-demo-") as name:
        folder = Path(name)
        one_run(1000, folder)  # warm-up
        runs = [one_run(args.clients, folder) for _ in range(max(args.runs, MIN_RUNS))]
        timings = Timings(tuple(wall for wall, _ in runs), tuple(cpu for _, cpu in runs))
        load = os.getloadavg()[0]
        print(f"kamdesk demo --clients {args.clients}: {timings.line()}; load average {load:.1f}", flush=True)
        if args.steps:
            steps(args.clients, folder)
    label = f"{args.clients // 1000}k" if args.clients % 1000 == 0 else str(args.clients)
    record(f"demo_{label}_s", timings.median / 1000, "s", goal=GOAL_S)
    record(f"demo_{label}_cpu_s", timings.cpu_median / 1000, "s")


if __name__ == "__main__":
    main()
