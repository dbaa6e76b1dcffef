"""Keystroke → client list painted, at 100,000 and at 1,000,000 clients, beside the bare FTS5 query's floor.

Each size runs in a process of its own (its memory is its own): the main window's client list takes whole
words typed key by key, each key press delivered to the search field until the table's viewport has
repainted. The floor is the plainest window doing the same with SQLite's own text index: a line edit and a
table of the list's nine columns whose model takes the bare FTS5 trigram query of the same words (its first
hundred rows, no sort, no count; nothing for a word under three letters, which has no trigram) — key by
key, alternating with
kamdesk's keystrokes, seven runs of every word after a warm-up, wall and CPU time.

Figures: keystroke_100k_median_ratio (≤ 2), keystroke_100k_worst_ms and keystroke_1m_worst_ms (≤ 30);
typing_during_index_load_worst_block_ms (≤ 50): the longest the GUI thread is held while typing starts the
moment the window shows (whatever loads or counts at start runs meanwhile); the resident memory after
typing at each size (search_rss_100k_mb, search_rss_1m_mb) and their ratio (search_rss_1m_over_100k, ≤ 1.25:
flat in the client count). The 1,000,000-client database is the 100,000-client demo's clients ten times
over (copied in SQL, their index kept by its triggers), made once in the benchmark cache.
With KAMDESK_BENCH_ENCRYPTED=1 on an encrypted copy of each database (SQLCipher).

    python benchmarks/bench_search.py            # both sizes
    python benchmarks/bench_search.py --size 100000
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from common import CACHE, as_asked, database_kind, demo_database
from figures import Pair, Timings, record, timed

WORDS = ("kovacs", "szűcs", "budapest", "nagy péter", "иван", "12345")
SIZES = {100_000: "100k", 1_000_000: "1m"}
RUNS = 7
KEYSTROKE_GOAL_MS = 30
RATIO_GOAL = 2.0
BLOCK_GOAL_MS = 50
RSS_RATIO_GOAL = 1.25
PAUSE_MS = 30  # between two keys while typing at start: the event loop runs meanwhile, as a typist's gaps let it
RSS_LINE = "rss_mb="
FLOOR_COLUMNS = ("c.name", "c.legal_city", "s.name", "c.status", "m.name", "c.key_account", "c.phone",
                 "c.last_contact_at", "c.next_contact_at")  # what the client list shows


def database_with(clients: int) -> str:
    """URL of a database with `clients` clients: the demo at 100,000, its clients multiplied beyond."""
    base = demo_database()
    if clients <= 100_000:
        return base
    source = Path(base.removeprefix("sqlite:///"))
    path = CACHE / f"{source.stem}-x{clients // 100_000}.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        multiply(source, partial, clients // 100_000)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return f"sqlite:///{path}"


def multiply(source: Path, target: Path, times: int) -> None:
    """A copy of `source` whose clients are there `times` times (a new gid, tax key and name per copy)."""
    copy = sqlite3.connect(source)
    copy.execute("VACUUM INTO ?", (str(target),))
    copy.close()
    connection = sqlite3.connect(target, isolation_level=None)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(client)") if row[1] != "id"]
    changed = {"gid": "lower(hex(randomblob(16)))",
               "tax_key": "CASE WHEN tax_key = '' THEN '' ELSE tax_key || '#' || ? END"}
    chosen = ", ".join(changed.get(column, f'"{column}"') for column in columns)
    last = connection.execute("SELECT max(id) FROM client").fetchone()[0]
    connection.execute("BEGIN")
    for copy_number in range(1, times):
        named = ", ".join(f'"{column}"' for column in columns)
        connection.execute(f"INSERT INTO client ({named}) SELECT {chosen} FROM client WHERE id <= ?",
                           (copy_number, last))
    connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()


def rss_mb() -> float:
    """This process's resident memory (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Typist:
    """Key presses into a line edit until the table's viewport has repainted."""

    def __init__(self, app, edit, table):
        self.app, self.edit, self.table = app, edit, table

    def clear(self) -> None:
        self.edit.clear()
        self.app.processEvents()

    def key(self, char: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(self.edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                        char))
        self.table.viewport().repaint()
        self.app.processEvents()


def floor_window():
    """The bare FTS5 window: a line edit, a table, and a model fed by one FTS5 query per keystroke."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    from kamdesk.core.db import database
    from kamdesk.core.text_fold import fold

    class Rows(QAbstractTableModel):
        rows: list = []

        def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt's signature)
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return len(FLOOR_COLUMNS)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)

        def find(self, text: str) -> None:
            words = [w for w in fold(text).split() if len(w) >= 3]
            phrase = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
            self.beginResetModel()
            self.rows = database.execute_sql(
                f"SELECT {', '.join(FLOOR_COLUMNS)} FROM client_search JOIN client c ON c.id = client_search.rowid "
                "LEFT JOIN segment s ON s.id = c.segment_id LEFT JOIN manager m ON m.id = c.manager_id "
                "WHERE client_search MATCH ? LIMIT 100", (phrase,)).fetchall() if words else []
            self.endResetModel()

    window = QWidget()
    edit, table, model = QLineEdit(window), QTableView(window), Rows(window)
    table.setModel(model)
    edit.textChanged.connect(model.find)
    layout = QVBoxLayout(window)
    layout.addWidget(edit)
    layout.addWidget(table)
    window.resize(1200, 800)
    return window, edit, table


def typed_at_start(app, window, typist: Typist) -> float:
    """The longest the GUI thread was held (ms) while typing every word from the moment the window shows."""
    window.show()
    held = []
    for word in WORDS:
        typist.clear()
        for end, char in enumerate(word, 1):
            held.append((*timed(lambda char=char: typist.key(char)), f"key {word[:end]!r}"))
            waited = time.perf_counter()
            while (time.perf_counter() - waited) * 1000 < PAUSE_MS:
                held.append((*timed(app.processEvents), f"events after {word[:end]!r}"))
                time.sleep(0.001)
    print("typing at start, longest holds (wall, CPU):",
          ", ".join(f"{ms:.0f} ms ({cpu:.0f}) {what}" for ms, cpu, what in sorted(held)[-4:]))
    return max(ms for ms, _, _ in held)


def keystrokes(mine: Typist, floor: Typist) -> Pair:
    """Every keystroke of every word, kamdesk's and the floor's alternately, `RUNS` times after a warm-up."""
    work, plain, typed = [], [], []
    for run in range(RUNS + 1):
        for word in WORDS:
            mine.clear()
            floor.clear()
            for end, char in enumerate(word, 1):
                pair = timed(lambda char=char: mine.key(char)), timed(lambda char=char: floor.key(char))
                if run:  # the first run warms both
                    work.append(pair[0])
                    plain.append(pair[1])
                    typed.append(word[:end])
    for kind, at in (("wall", 0), ("CPU", 1)):
        slowest = sorted(zip((t[at] for t in work), typed, (t[at] for t in plain)), reverse=True)[:5]
        print(f"slowest keystrokes by {kind} (kamdesk ms, typed, floor ms):",
              ", ".join(f"{ms:.0f} {text!r} {floor_ms:.0f}" for ms, text, floor_ms in slowest))
    return Pair(Timings(tuple(w for w, _ in work), tuple(c for _, c in work)),
                Timings(tuple(w for w, _ in plain), tuple(c for _, c in plain)))


def measure(clients: int) -> None:
    from PySide6.QtCore import QSettings

    from kamdesk.core import db
    from kamdesk.gui.app import create_app
    from kamdesk.gui.main_window import MainWindow

    url = as_asked(database_with(clients))
    label = SIZES[clients]
    app = create_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    db.connect(url)
    print(f"{clients:,} clients on {database_kind()}; load: {os.getloadavg()[0]:.2f}", flush=True)
    window = MainWindow()
    window.show_area("clients")  # a desk with sales starts on its dashboard
    view = window.clients
    mine = Typist(app, view.search, view.table)
    block = typed_at_start(app, window, mine)
    bare, edit, table = floor_window()
    bare.show()
    pair = keystrokes(mine, Typist(app, edit, table))
    print(pair.line(f"keystroke {label}"))
    print(f"CPU per keystroke: kamdesk {pair.work.cpu_median:.1f} ms (worst {max(pair.work.cpu):.1f}), "
          f"floor {pair.floor.cpu_median:.1f} ms (worst {max(pair.floor.cpu):.1f})")
    if clients == 100_000:
        record("keystroke_100k_median_ratio", pair.ratio(), "ratio", floor=pair.floor.median, goal=RATIO_GOAL,
               ratio=pair.ratio())
        record("typing_during_index_load_worst_block_ms", block, "ms", goal=BLOCK_GOAL_MS)
    else:
        print(f"typing at start: the GUI thread held at most {block:.1f} ms")
    record(f"keystroke_{label}_worst_ms", pair.work.worst, "ms", floor=pair.floor.worst, goal=KEYSTROKE_GOAL_MS)
    rss = rss_mb()
    record(f"search_rss_{label}_mb", rss, "MB")
    print(f"{RSS_LINE}{rss:.1f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, choices=sorted(SIZES))
    size = parser.parse_args().size
    if size:
        measure(size)
        return
    memory = {}
    for clients in SIZES:
        database_with(clients)  # built before its process measures
        done = subprocess.run([sys.executable, __file__, "--size", str(clients)], capture_output=True, text=True,
                              check=True)
        print(done.stdout, end="", flush=True)
        memory[clients] = json.loads(done.stdout.rpartition(RSS_LINE)[2].split()[0])
    ratio = memory[1_000_000] / memory[100_000]
    record("search_rss_1m_over_100k", ratio, "ratio", floor=memory[100_000], goal=RSS_RATIO_GOAL, ratio=ratio)


if __name__ == "__main__":
    main()
