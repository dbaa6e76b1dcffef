"""Backups of the 100,000-client demo database: `kamdesk backup` from the shell, and the longest GUI-thread
block while an automatic backup runs on a worker (a 5 ms QTimer heartbeat; printed, not asserted).

The cached demo database is copied first: a benchmark never writes into the cache.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_database

HEARTBEAT_MS = 5


def copy_of_demo(folder: Path) -> Path:
    source = Path(demo_database().removeprefix("sqlite:///"))
    target = folder / "kamdesk.db"
    reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    reader.backup(writer)  # a consistent copy, whatever state the cache's WAL is in
    writer.close()
    reader.close()
    return target


def shell_backup(path: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kamdesk", "--database", f"sqlite:///{path}", "backup"], check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


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
        print(f"kamdesk backup (shell, start-up included): {shell_backup(path):.2f} s")
        seconds, block_ms = longest_block_during_automatic_backup(path)
        print(f"automatic backup from the window: {seconds:.2f} s; longest GUI-thread block "
              f"beyond the {HEARTBEAT_MS} ms heartbeat: {block_ms:.0f} ms")


if __name__ == "__main__":
    main()
