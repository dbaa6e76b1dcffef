"""Switching to each area of the main window at the largest demo, beside a bare page switch in the same window.

The database: the 100,000-client demo (`common.demo_database`) grown in a copy to more than a million order
lines — every order copied twice, two and four years earlier, the copies delivered (or cancelled, as their
original was), with their lines (built once, cached in the temp folder beside the demo it grew from).

Each run is a fresh process that opens the main window on it as `kamdesk` does and waits until the window
is idle (the search list loaded behind it, the reminders read). Then, for every area the desk shows but the
client list (built at start), in an order turned by one place each run so that each area is sometimes the
first to pay for imports the areas share: the floor, a bare QWidget page of the same stack made current and
painted; then the area chosen in the navigation, its page built on first use, its list read and painted,
until no operation runs and a quiet 150 ms passed (work an area starts on a worker — the calendar's
suggestions, the analysis — is done by then). The figure is the GUI thread's CPU time (what the window
cannot answer the user during), with the wall time and the whole process's CPU (workers included) beside.
A second switch to each area (the page built: its refresh and paint) is printed for reference. kamdesk is
byte-compiled first, as an installed one is (without it, each area's first switch compiled its modules).

Figures (goal ≤ 100 ms of CPU each): `calendar_switch_ms`, `orders_list_1m_lines_ms` and `switch_<area>_ms`
for the others, each with its floor.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_area_switch.py
"""

from __future__ import annotations

import hashlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

from common import CACHE, ROOT, byte_compiled, demo_database, grown_copy
from figures import MIN_RUNS, Pair, Timings, record

RUNS = MIN_RUNS
GOAL_MS = 100.0
COPIES = 2  # each order twice more: the demo's ~345,000 lines become more than a million
NAMES = {"calendar": "calendar_switch_ms", "orders": "orders_list_1m_lines_ms"}

CHILD = r"""
import json, os, sys, tempfile, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
import kamdesk.cli  # the real entry point's imports, loaded before the window as at a start
from kamdesk import areas
from kamdesk.core import db
from kamdesk.gui import operations
from kamdesk.gui.app import create_app
from kamdesk.gui.main_window import HOME, MainWindow

url, turn = sys.argv[1], int(sys.argv[2])
app = create_app()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kamdesk-bench-"))
db.connect(url)
window = MainWindow()
window.show()

def quiet(tail=0.15):
    # until no operation runs and `tail` seconds passed with nothing to do
    last = time.perf_counter()
    while time.perf_counter() - last < tail:
        app.processEvents()
        if operations.running():
            last = time.perf_counter()
        time.sleep(0.002)

def timed(switch):
    wall, gui, process = time.perf_counter(), time.thread_time(), time.process_time()
    switch()
    window.repaint()
    app.processEvents()
    while operations.running():
        app.processEvents()
        time.sleep(0.001)
    painted = time.perf_counter()
    quiet()
    return {"wall": (painted - wall) * 1000, "gui": (time.thread_time() - gui) * 1000,
            "process": (time.process_time() - process) * 1000}

quiet(1.5)  # the client list's search loaded, the reminders started
bare = QWidget()
QVBoxLayout(bare).addWidget(QLabel("bare page"))
window.stack.addWidget(bare)
keys = [a.key for a in areas.AREAS if a.key != HOME and a.key not in window._hidden]
keys = keys[turn % len(keys):] + keys[:turn % len(keys)]
results = {}
for again in (False, True):
    for key in keys:
        window.show_area(HOME); quiet()
        floor = timed(lambda: window.stack.setCurrentWidget(bare))
        window.show_area(HOME); quiet()
        work = timed(lambda: window.show_area(key))
        results.setdefault(key, {})["again" if again else "first"] = {"work": work, "floor": floor}
print(json.dumps(results))
window.close()
"""


def grown_path(source: Path) -> Path:
    digest = hashlib.sha1(inspect.getsource(_grow).encode() + source.name.encode()).hexdigest()[:10]
    return CACHE / f"{source.stem}-1m-lines-{digest}.db"


def large_demo() -> str:
    """URL of the demo grown to more than a million order lines (built once)."""
    source = Path(demo_database().removeprefix("sqlite:///"))
    return f"sqlite:///{grown_copy(grown_path(source), source, _grow, f'{source.stem}-1m-lines-*')}"


def _grow(database) -> None:
    """Every order copied COPIES times, 2 × k years earlier, delivered (cancelled stays cancelled), with its lines."""
    orders = [row[1] for row in database.execute_sql('PRAGMA table_info("order")').fetchall()]
    lines = [row[1] for row in database.execute_sql("PRAGMA table_info(order_line)").fetchall()]
    top_order = database.execute_sql('SELECT max(id) FROM "order"').fetchone()[0]
    top_line = database.execute_sql("SELECT max(id) FROM order_line").fetchone()[0]
    for copy in range(1, COPIES + 1):
        shifted = {
            "id": f"id + {copy * top_order}", "number": f"number || '/{copy}'",
            "order_date": f"date(order_date, '-{2 * copy} years')",
            "delivery_date": f"date(delivery_date, '-{2 * copy} years')",
            "state": "CASE state WHEN 'cancelled' THEN 'cancelled' ELSE 'delivered' END",
            "gid": "lower(hex(randomblob(16)))"}
        values = ", ".join(shifted.get(column, column) for column in orders)
        database.execute_sql(f'INSERT INTO "order" ({", ".join(orders)}) SELECT {values} FROM "order" '
                             f"WHERE id <= {top_order}")
        shifted = {
            "id": f"order_line.id + {copy * top_line}", "order_id": f"order_id + {copy * top_order}",
            "delivered_quantity": "CASE o.state WHEN 'cancelled' THEN 0 ELSE quantity END",
            "gid": "lower(hex(randomblob(16)))"}
        values = ", ".join(shifted.get(column, f"order_line.{column}") for column in lines)
        database.execute_sql(f"INSERT INTO order_line ({', '.join(lines)}) SELECT {values} FROM order_line "
                             f'JOIN "order" o ON o.id = order_line.order_id WHERE order_line.id <= {top_line}')


def run(url: str, turn: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, url, str(turn)], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def timings(runs: list[dict], key: str, which: str, side: str) -> Timings:
    picked = [run[key][which][side] for run in runs]
    return Timings(tuple(p["wall"] for p in picked), tuple(p["gui"] for p in picked))


def main() -> None:
    url = large_demo()
    byte_compiled()  # each child imports the areas' modules as an installed kamdesk does, not from source
    from kamdesk.core import db

    database = db.connect(url)
    lines = database.execute_sql("SELECT count(*) FROM order_line").fetchone()[0]
    clients = database.execute_sql("SELECT count(*) FROM client").fetchone()[0]
    db.close()
    print(f"{clients:,} clients, {lines:,} order lines; {RUNS} fresh processes, each area's first switch "
          "and a second one; CPU = the GUI thread's")
    run(url, 0)  # warm the file cache
    runs = [run(url, turn) for turn in range(RUNS)]
    for key in runs[0]:
        first = Pair(timings(runs, key, "first", "work"), timings(runs, key, "first", "floor"))
        again = timings(runs, key, "again", "work")
        process = sorted(run[key]["first"]["work"]["process"] for run in runs)[len(runs) // 2]
        print(f"{key}: first switch {first.work.line()}, process CPU median {process:.0f} ms; "
              f"bare page switch {first.floor.line()}; second switch {again.line()}")
        record(NAMES.get(key, f"switch_{key}_ms"), first.work.cpu_median, "ms CPU", floor=first.floor.cpu_median,
               goal=GOAL_MS)


if __name__ == "__main__":
    main()
