"""Taking a laptop offline from a window connected to the team server: `kamdesk laptop init` in a process.

The window's database stays open; the new replica is made by a kamdesk process of its own, given the
password and the passphrase through its environment (never its command line, which others can read),
and its progress read line by line from its output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kamdesk.core import db
from kamdesk.core.errors import DatabaseError
from kamdesk.core.messages import Message


def run(path: Path, passphrase: str, password: str | None, progress=None):
    from kamdesk.core.sync.report import SyncReport

    server = db.database.obj
    url = db.server_url()
    environment = dict(os.environ, KAMDESK_PASSPHRASE=passphrase)
    environment[db.PASSWORD_VAR] = password or server.connect_params.get("password") or ""
    command = [sys.executable, "-m", "kamdesk", "laptop", "init", str(path), "--server", url, "--progress-lines"]
    with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=environment, text=True, encoding="utf-8") as process:
        try:
            result = _follow(process, progress)
        except BaseException:  # cancelled: the copy stops and leaves no half-made file
            process.kill()
            process.wait()
            remove(Path(path))
            raise
        errors = process.stderr.read()
        if process.wait() != 0:
            reason = (errors.strip().splitlines() or ["?"])[-1].removeprefix("kamdesk: ")
            raise DatabaseError(Message("The laptop's copy could not be made: {reason}", reason=reason))
    return SyncReport(pulled=int(result.get("pulled", 0)))


def _follow(process, progress) -> dict:
    """Pass the child's progress on; its final JSON line."""
    result = {}
    for line in process.stdout:
        if line.startswith("progress ") and progress is not None:
            done, total = (int(x) for x in line.split()[1:3])
            progress(done, total)
        elif line.startswith("{"):
            result = json.loads(line)
    return result


def remove(path: Path) -> None:
    """A replica file and its companions (a half-made copy)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()
