"""Figures that hold on a shared machine: each measured beside its floor in the same run, and written down.

A figure is a kamdesk measurement paired with a floor — the same work done the plainest way (a bare window,
an SQLite FTS5 query, xlsxwriter in constant-memory mode) — run alternately, at least seven times each after
a warm-up, with wall and CPU time. What counts is the ratio to the floor (the machine's load moves both) and,
where the issue names one, an absolute goal.

    pair = paired(lambda: kamdesk_work(), lambda: floor_work(), runs=9)
    print(pair.line("keystroke 100k"))
    record("keystroke_100k_median_ratio", pair.ratio(), "ratio", floor=pair.floor.median, goal=2.0)

`record` appends to the figures of this process; `run_all.py` collects every script's figures into
`benchmarks/results.json`: a list of `{name, value, unit, floor, ratio, goal, met}` (`met`: value ≤ goal;
null without a goal). A script run alone writes nothing unless KAMDESK_BENCH_RESULTS names a file.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_VAR = "KAMDESK_BENCH_RESULTS"  # the file a script appends its figures to (run_all.py sets it)
MIN_RUNS = 7


@dataclass(frozen=True)
class Timings:
    """Wall and CPU milliseconds of each run."""

    wall: tuple[float, ...]
    cpu: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def worst(self) -> float:
        return max(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def line(self) -> str:
        return f"median {self.median:.1f} ms, worst {self.worst:.1f} ms (CPU median {self.cpu_median:.1f} ms)"


@dataclass(frozen=True)
class Pair:
    """kamdesk's timings and the floor's, taken alternately in one run."""

    work: Timings
    floor: Timings

    def ratio(self, of: str = "median") -> float:
        """kamdesk ÷ floor, of the medians (or "worst", or "cpu")."""
        pick = {"median": lambda t: t.median, "worst": lambda t: t.worst, "cpu": lambda t: t.cpu_median}[of]
        return pick(self.work) / pick(self.floor) if pick(self.floor) else float("inf")

    def line(self, name: str) -> str:
        return (f"{name}: kamdesk {self.work.line()}; floor {self.floor.line()}; "
                f"ratio {self.ratio():.2f} (CPU {self.ratio('cpu'):.2f})")


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU (this process, all threads) milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measured(work: Callable[[], object], runs: int = MIN_RUNS, warm: bool = True) -> Timings:
    """`runs` timings of `work` (at least seven) after one warm-up call."""
    if warm:
        work()
    results = [timed(work) for _ in range(max(runs, MIN_RUNS))]
    return Timings(tuple(w for w, _ in results), tuple(c for _, c in results))


def paired(work: Callable[[], object], floor: Callable[[], object], runs: int = MIN_RUNS,
           warm: bool = True) -> Pair:
    """kamdesk's `work` and its `floor`, alternately (work, floor, work, floor …), `runs` times each."""
    if warm:
        work()
        floor()
    mine, plain = [], []
    for _ in range(max(runs, MIN_RUNS)):
        mine.append(timed(work))
        plain.append(timed(floor))
    return Pair(Timings(tuple(w for w, _ in mine), tuple(c for _, c in mine)),
                Timings(tuple(w for w, _ in plain), tuple(c for _, c in plain)))


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    floor: float | None
    ratio: float | None
    goal: float | None
    met: bool | None


def record(name: str, value: float, unit: str, floor: float | None = None, goal: float | None = None,
           ratio: float | None = None) -> Figure:
    """Note a figure for results.json and print it; `ratio` defaults to value ÷ floor when a floor is given."""
    if ratio is None and floor:
        ratio = value / floor
    figure = Figure(name, round(value, 3), unit, None if floor is None else round(floor, 3),
                    None if ratio is None else round(ratio, 3), goal, None if goal is None else value <= goal)
    verdict = "" if goal is None else (" — goal met" if figure.met else f" — OVER the goal {goal}")
    print(f"[figure] {name} = {figure.value} {unit}{verdict}", flush=True)
    target = os.environ.get(RESULTS_VAR)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(figure), ensure_ascii=False) + "\n")
    return figure


def recorded(name: str, work: Callable[[], object], label: str, unit: str = "ms", goal: float | None = None,
             runs: int = MIN_RUNS) -> Timings:
    """`work` measured (`measured`), its line printed after `label` and its median recorded as `name`, in
    milliseconds or seconds (`unit` "s"); for a figure without a floor."""
    timings = measured(work, runs)
    print(f"{label}: {timings.line()}", flush=True)
    record(name, timings.median / (1000 if unit == "s" else 1), unit, goal=goal)
    return timings


def collect(lines_file: Path, results: Path) -> list[dict]:
    """The figures the scripts appended (one JSON object per line) as results.json, the last of a name winning."""
    figures: dict[str, dict] = {}
    if lines_file.exists():
        for line in lines_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                figure = json.loads(line)
                figures[figure["name"]] = figure
    ordered = list(figures.values())
    results.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return ordered
