"""Backups of the 100,000-client demo database: `kamdesk backup` from the shell, and the longest GUI-thread
block while an automatic backup runs on a worker (a 5 ms QTimer heartbeat; printed, not asserted).

The cached demo database is copied first: a benchmark never writes into the cache. The shell's backup
alternates with its floor, a fresh Python process copying the same file with SQLite's online backup, each
timed with its process's CPU time (`figures`); recorded: `backup_shell_s` (with the floor and the ratio) and
`backup_gui_block_worst_ms` (the longest block over seven automatic backups, no goal named).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_database
from figures import MIN_RUNS, Pair, Timings, record

HEARTBEAT_MS = 5
FLOOR = """
import sqlite3, sys
reader, writer = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
reader.backup(writer)
writer.close()
"""


def copy_of_demo(folder: Path) -> Path:
    source = Path(demo_database().removeprefix("sqlite:///"))
    target = folder / "kamdesk.db"
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    reader.backup(writer)  # a consistent copy, whatever state the cache's WAL is in
    writer.close()
    reader.close()
    return target


def shell_backup(path: Path) -> None:
    subprocess.run([sys.executable, "-m", "kamdesk", "--database", f"sqlite:///{path}", "backup"], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    for made in (path.parent / "backups").glob("*"):  # seven copies of the demo would fill the temp folder
        made.unlink()


def plain_copy(path: Path) -> None:
    target = path.with_name("floor.db")
    subprocess.run([sys.executable, "-c", FLOOR, str(path), str(target)], check=True)
    target.unlink()


def child_timed(work) -> tuple[float, float]:
    """Wall and the child processes' CPU milliseconds of one `work()` that runs a process."""
    wall, before = time.perf_counter(), os.times()
    work()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return (time.perf_counter() - wall) * 1000, cpu * 1000


def shell_against_floor(path: Path) -> Pair:
    """The shell's backup and the plain copy, alternately, after one of each."""
    shell_backup(path)
    plain_copy(path)
    mine, plain = [], []
    for _ in range(MIN_RUNS):
        mine.append(child_timed(lambda: shell_backup(path)))
        plain.append(child_timed(lambda: plain_copy(path)))
    return Pair(Timings(tuple(w for w, _ in mine), tuple(c for _, c in mine)),
                Timings(tuple(w for w, _ in plain), tuple(c for _, c in plain)))


def longest_block_during_automatic_backup(path: Path) -> tuple[float, float]:
    """(backup seconds, longest gap between heartbeats in ms) for an automatic backup from a window."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kamdesk.core import db
    from kamdesk.gui import changes, safety

    QApplication.instance() or QApplication([])
    db.connect(f"sqlite:///{path}")
    window = QMainWindow()
    window.show()
    automatic = safety.AutomaticBackups(window, path)
    gaps, clock = [], QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: (gaps.append(clock.restart())))
    clock.start()
    heartbeat.start()
    changes.notify(changes.ORDERS)
    started = time.perf_counter()
    operation = automatic.start("automatic")
    loop = QEventLoop()
    operation.finished.connect(loop.quit)
    loop.exec()  # the window's own event loop, as while the user works
    seconds = time.perf_counter() - started
    heartbeat.stop()
    db.close()
    return seconds, max(gaps) - HEARTBEAT_MS if gaps else 0.0


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-backup-") as folder:
        path = copy_of_demo(Path(folder))
        connection = sqlite3.connect(path)
        clients, lines = (connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                          for table in ("client", "order_line"))
        connection.close()
        size_mb = path.stat().st_size / 1e6
        print(f"database: {clients} clients, {lines} order lines, {size_mb:.0f} MB")
        pair = shell_against_floor(path)
        print(pair.line("kamdesk backup (shell, start-up included) against a plain SQLite copy"))
        record("backup_shell_s", pair.work.median / 1000, "s", floor=pair.floor.median / 1000, ratio=pair.ratio())
        runs = []
        for _ in range(MIN_RUNS):
            runs.append(longest_block_during_automatic_backup(path))
            for made in (path.parent / "backups").glob("*"):
                made.unlink()
        seconds, block_ms = sorted(s for s, _ in runs)[len(runs) // 2], max(b for _, b in runs)
        print(f"automatic backup from the window: median {seconds:.2f} s; longest GUI-thread block "
              f"beyond the {HEARTBEAT_MS} ms heartbeat: {block_ms:.0f} ms (worst of {len(runs)})")
        record("backup_gui_block_worst_ms", block_ms, "ms")


if __name__ == "__main__":
    main()
