"""Runs of the fuzz test in a child process: one child per batch, a new one only after a run ended one.

A run is one file through one import's command line or services. The child
(tests/fuzz/child.py) holds the limits; a run that passes one ends the child,
which this module reports as that run's outcome (which limit, the last words
on stderr) before it starts a child for the runs after it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

CPU_SECONDS = 3  # per run: a good import of any of these files takes well under a second (the largest: 700 rows)
WALL_SECONDS = 20  # per run: the CPU limit's backstop for a run that waits instead of working
# per batch: a budget, not a measurement — the batches take about a minute on a quiet machine, but the suite runs
# on two processes beside them (pytest-xdist), so they get four; test_fuzz gives its tests pytest's timeout to
# match (a longer run, e.g. of 500 mutations: KAMDESK_FUZZ_BATCH_SECONDS=900 with pytest's --timeout=1000)
BATCH_SECONDS = int(os.environ.get("KAMDESK_FUZZ_BATCH_SECONDS", "240"))
MEMORY_MB = 1024  # per batch, beyond what the child holds once kamdesk is imported (the file took 2.6 GB)
ROOT = Path(__file__).resolve().parents[2]

_ENDINGS = {
    signal.SIGXCPU: f"used more than {CPU_SECONDS} s of CPU time",
    signal.SIGALRM: f"took more than {WALL_SECONDS} s",
    signal.SIGKILL: "was killed (out of memory?)",
    signal.SIGABRT: f"aborted (native code failing to allocate within {MEMORY_MB} MB?)",
    signal.SIGSEGV: "crashed (segmentation fault)",
}


def run_batch(runs: list[dict], folder: Path) -> dict[str, dict]:
    """What came of each run (by key); `runs` hold key, file, kind, path ("cli"/"services"), stored, never_stored."""
    results: dict[str, dict] = {}
    pending = runs
    deadline = time.monotonic() + BATCH_SECONDS
    while pending:
        if time.monotonic() >= deadline:
            over = {"ended": f"not run: the batch's {BATCH_SECONDS} s were over"}
            results.update({run["key"]: over for run in pending})
            break
        process, started, finished = _child(pending, folder, deadline - time.monotonic())
        results.update(finished)
        left = [run for run in pending if run["key"] not in finished]
        if not left:
            break
        culprit = left[0]
        if culprit["key"] not in started:
            raise RuntimeError(f"the fuzz child failed before running a file:\n{process.stderr[-3000:]}")
        results[culprit["key"]] = {"ended": _ending(process)}
        pending = left[1:]
    return results


def _child(runs: list[dict], folder: Path, seconds: float) -> tuple[subprocess.CompletedProcess, set[str],
                                                                    dict[str, dict]]:
    spec, out = folder / "spec.json", folder / "results.jsonl"  # appended to by every child of the batch
    spec.write_text(json.dumps({"folder": str(folder), "cpu_seconds": CPU_SECONDS, "wall_seconds": WALL_SECONDS,
                                "memory_mb": MEMORY_MB, "runs": runs}))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    try:
        process = subprocess.run([sys.executable, "-m", "tests.fuzz.child", str(spec), str(out)], cwd=ROOT, env=env,
                                 capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired as expired:  # the child is killed; the run it was in is named
        stderr = expired.stderr.decode(errors="replace") if isinstance(expired.stderr, bytes) else expired.stderr
        process = subprocess.CompletedProcess(expired.cmd, None, "", stderr or "")
    started, finished = set(), {}
    for line in out.read_text(encoding="utf-8").splitlines() if out.exists() else []:
        record = json.loads(line)
        if "start" in record:
            started.add(record["start"])
        else:
            finished[record.pop("key")] = record
    return process, started, finished


def _ending(process: subprocess.CompletedProcess) -> str:
    code = process.returncode
    if code is None:
        what = f"was under way when the batch's {BATCH_SECONDS} s were over"
    elif code < 0:
        what = _ENDINGS.get(-code, f"ended by signal {-code}")
    else:
        what = f"ended the process with exit code {code}"
    last = " | ".join(process.stderr.strip().splitlines()[-3:])[-600:]
    return f"the run {what}" + (f": {last}" if last else "")
