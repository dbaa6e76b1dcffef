"""`make bench`: run every benchmark script in this folder and print its figures."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"== {script.stem}", flush=True)
        failed |= subprocess.run([sys.executable, str(script)], cwd=HERE).returncode
    sys.exit(failed)
