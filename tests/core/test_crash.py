"""Kill a process saving orders at random moments, hundreds of times: nothing reported saved is lost,
no order is half-saved, the file stays sound. (The harness forks the savers; see crash_harness.py.)"""

import json
import os
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).with_name("crash_harness.py")
ROOT = Path(__file__).resolve().parents[2]


def test_killing_a_saver_at_random_moments_loses_nothing_and_half_saves_nothing(tmp_path):
    folder = tmp_path  # a RAM disk would be quicker, but the kill, not the disk, is what is tested here
    if Path("/dev/shm").is_dir():
        folder = Path("/dev/shm") / f"kamdesk-crash-{os.getpid()}-{tmp_path.name}"
        folder.mkdir()
    try:
        done = subprocess.run([sys.executable, str(HARNESS), str(folder), "200", "11"], capture_output=True,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    finally:
        if folder != tmp_path:
            subprocess.run(["rm", "-rf", str(folder)], check=False)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["rounds"] == 200 and result["reported"] > 20
    assert result["missing"] == 0 and result["half_saved"] == 0 and result["integrity"] == "ok"
    assert "saver failed" not in done.stderr
