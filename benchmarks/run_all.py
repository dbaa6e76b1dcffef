"""`make bench`: run every benchmark script in this folder, print its figures and write `results.json`.

Each script records its figures (`figures.record`) into one file named by KAMDESK_BENCH_RESULTS; at the end
they become `benchmarks/results.json` (see `figures.py`), with a summary of the figures over their goals.
`python benchmarks/run_all.py bench_search bench_startup` runs only those scripts.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from figures import RESULTS_VAR, collect

HERE = Path(__file__).resolve().parent


def scripts(names: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    return [script for script in found if not names or script.stem in names]


if __name__ == "__main__":
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        lines = Path(folder) / "figures.jsonl"
        environment = {**os.environ, RESULTS_VAR: str(lines)}
        for script in scripts(sys.argv[1:]):
            print(f"== {script.stem}", flush=True)
            failed |= subprocess.run([sys.executable, str(script)], cwd=HERE, env=environment).returncode
        figures = collect(lines, HERE / "results.json")
    over = [f"{f['name']} = {f['value']} {f['unit']} (goal {f['goal']})" for f in figures if f["met"] is False]
    print(f"== {len(figures)} figures in benchmarks/results.json; over their goals: {', '.join(over) or 'none'}")
    sys.exit(failed)
