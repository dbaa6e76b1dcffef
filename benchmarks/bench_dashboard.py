"""The KPI dashboard: which chart technique to paint it with, and the dashboard painted at the big database.

Part 1, the chart technique by its start-up cost. Each probe is a fresh Python process that has already made
its QApplication and built and painted a window of the usual widgets (as the app has before the dashboard
shows: the font database, PySide6's lazily made classes and enums and QLocale's, used by every list's dates,
count for none of the three), then imports the chart code and paints, offscreen, the dashboard's two charts:
plan/actual/forecast bars of three KPIs and a line of twelve months with a dashed plan line (900×260,
`grab()`). Measured: the import, the first paint, and both as wall and CPU time.

- Qt's own painting (QPainter): `kamdesk.gui.kpi.charts` (KpiBars, YearChart), kamdesk's core loaded first
  as in the app;
- QtCharts (PySide6.QtCharts, in the PySide6-Addons wheel, which kamdesk does not ship: probed in a
  throw-away venv of the same PySide6 6.11.3, `KAMDESK_QTCHARTS_PYTHON`, default /tmp/charts_probe_venv);
- pyqtgraph 0.14 (with numpy; not a kamdesk dependency: `pip install --target /tmp/pg_probe pyqtgraph`,
  `KAMDESK_PYQTGRAPH_PATH`, default /tmp/pg_probe).

A probe whose library is missing is said and skipped. Figures of 5 December 2026, 10:44 UTC (2 cores shared
with other work; 9 runs, median / worst wall time, median CPU time in brackets):

    QPainter   import   3.2 /   6.0 ms (  3.1)  first paint   8.8 /  12.8 ms (  8.5)  total  12.4 /  18.8 ms
    QtCharts   import   5.2 /   6.7 ms (  5.0)  first paint   5.4 /   7.0 ms (  5.2)  total  10.7 /  13.8 ms
    pyqtgraph  import 335.3 / 684.8 ms (321.6)  first paint  38.2 /  46.3 ms ( 37.7)  total 376.6 / 725.5 ms

Own painting it is. QtCharts starts about as cheaply (a few ms of CPU either way; most of QPainter's first
paint is PySide6 making the Python enums it touches for the first time, which the running app has mostly
made already), but it lives in the PySide6-Addons wheel, 438 MB installed, which kamdesk does not ship;
pyqtgraph (with numpy) costs thirty times more to start. Two small charts are under 200 lines of QPainter.

Part 2, the dashboard painted at the big database: bench_kpi's (20 managers, 2,000 clients, about a million
order lines; built by it when missing), as the head sees it (the department and 20 managers) and as one
manager, for March 2026 as of the 15th: (a) `kpi_dashboard.read` (the KPIs, the variable pay, the lapsed and
about-to-lapse counts, the year month by month), (b) showing it on the page and painting it (`grab()`,
1280×800), (c) the two together. Goal: (c) ≤ 150 ms (median of 9 after a warm-up). Same run:

    the head (21 rows)   (a) 73.6 / 97.3 ms (CPU 73.5)  (b) 11.1 / 17.3 ms (11.7)  (c) 100.3 / 115.4 ms (92.3)  ok
    one manager          (a) 78.0 / 97.6 ms (CPU 73.4)  (b)  4.8 /  5.4 ms ( 4.8)  (c)  64.1 / 102.4 ms (64.1)  ok

Every KPI read scans the orders by date, and SQLite walks them through the manager index (no index starts
with the date): 10-15 ms of CPU per query, so a busy machine (load 6 on the two cores) doubled the wall times
and put (c) over the goal. `KAMDESK_BENCH_DATE_INDEX=1` measures a copy with an index on "order"(order_date),
the migration this asks for; the read's CPU time falls to a third:

    the head (21 rows)   (a) 25.5 / 42.4 ms (CPU 24.5)  (b) 11.6 / 17.9 ms (11.8)  (c)  58.9 /  89.0 ms (40.2)  ok
    one manager          (a) 52.9 / 60.1 ms (CPU 26.7)  (b) 13.0 / 16.9 ms ( 6.9)  (c)  68.7 /  87.4 ms (32.4)  ok

Recorded (`figures.record`, medians of (c)): `dashboard_painted_ms` (the head) and
`dashboard_painted_one_manager_ms`, goal 150 ms each.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_dashboard.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT
from figures import Timings, measured, record

RUNS = 9
GOAL_MS = 150.0
DATE_INDEX_VAR = "KAMDESK_BENCH_DATE_INDEX"  # =1: part 2 on a copy with an index on "order"(order_date)
QTCHARTS_PYTHON = Path(os.environ.get("KAMDESK_QTCHARTS_PYTHON", "/tmp/charts_probe_venv/bin/python"))
PYQTGRAPH_PATH = Path(os.environ.get("KAMDESK_PYQTGRAPH_PATH", "/tmp/pg_probe"))

PROBE_START = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSizePolicy,
                               QSplitter, QTableWidget, QVBoxLayout, QWidget)
app = QApplication([])
window = QMainWindow()  # as the app's window, built and painted before the dashboard shows
splitter = QSplitter(window)
splitter.addWidget(QTableWidget(3, 3))
splitter.addWidget(QLabel("a page"))
row = QHBoxLayout()
for widget in (QComboBox(), QPushButton("a button")):
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    row.addWidget(widget)
window.setCentralWidget(splitter)
window.grab()
from PySide6.QtCore import QDate, QLocale
QLocale().toString(QDate(2026, 12, 5), QLocale().dateFormat(QLocale.FormatType.ShortFormat))  # every list's dates
QLocale.Language.C  # the app's date_format compares with it
PLAN, ACTUAL, FORECAST = (40.0, 60.0, 2.0), (31.5, 52.0, 1.0), (43.2, 58.0, 2.0)
MONTHS = [30.0 + 3 * (n % 5) for n in range(12)]
"""
PROBE_TIMED = """
def clock():
    return time.perf_counter(), time.process_time()
wall, cpu = clock()
{imports}
imported = clock()
{paint}
widget.resize(900, 260)
widget.grab()
painted = clock()
print(json.dumps({{"import": [(imported[0] - wall) * 1000, (imported[1] - cpu) * 1000],
                  "paint": [(painted[0] - imported[0]) * 1000, (painted[1] - imported[1]) * 1000]}}))
"""

QPAINTER = ("import kamdesk.core.services.kpi_dashboard",
            "from kamdesk.gui.kpi.charts import KpiBars, YearChart\n"
            "from PySide6.QtWidgets import QHBoxLayout, QWidget",
            """
import datetime as dt
from decimal import Decimal
from kamdesk.core.services.kpi import Figure, KpiRow
from kamdesk.core.services.kpi_dashboard import Month
widget = QWidget()
row = KpiRow(1, "Anna", *[Figure(Decimal(str(p)), Decimal(str(a)), Decimal(50), Decimal(str(f)))
                         for p, a, f in zip(PLAN, ACTUAL, FORECAST)])
bars, year = KpiBars(widget), YearChart(widget)
bars.set_row(row)
year.set_months([Month(dt.date(2026, n + 1, 1), Decimal(40), Decimal(str(v))) for n, v in enumerate(MONTHS)],
                (dt.date(2026, 3, 1), dt.date(2026, 3, 31)))
layout = QHBoxLayout(widget)
layout.addWidget(bars)
layout.addWidget(year)
""")
QTCHARTS = ("", "from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView, QLineSeries\n"
                "from PySide6.QtCore import Qt\n"
                "from PySide6.QtGui import QPen\n"
                "from PySide6.QtWidgets import QHBoxLayout, QWidget", """
widget = QWidget()
bars = QChart()
series = QBarSeries()
for name, values in (("plan", PLAN), ("actual", ACTUAL), ("forecast", FORECAST)):
    bar_set = QBarSet(name)
    bar_set.append(list(values))
    series.append(bar_set)
bars.addSeries(series)
bars.createDefaultAxes()
year = QChart()
actual, plan = QLineSeries(), QLineSeries()
for month, value in enumerate(MONTHS):
    actual.append(month + 1, value)
    plan.append(month + 1, 40.0)
plan.setPen(QPen(Qt.PenStyle.DashLine))
year.addSeries(actual)
year.addSeries(plan)
year.createDefaultAxes()
layout = QHBoxLayout(widget)
layout.addWidget(QChartView(bars))
layout.addWidget(QChartView(year))
""")
PYQTGRAPH = ("", "import pyqtgraph\n"
                 "from PySide6.QtCore import Qt\nfrom PySide6.QtWidgets import QHBoxLayout, QWidget", """
widget = QWidget()
bars = pyqtgraph.PlotWidget()
for offset, values, colour in ((0.0, PLAN, "#9e9e9e"), (0.25, ACTUAL, "#3f51b5"), (0.5, FORECAST, "#9fa8da")):
    bars.addItem(pyqtgraph.BarGraphItem(x=[n + offset for n in range(3)], height=list(values), width=0.25,
                                        brush=colour))
year = pyqtgraph.PlotWidget()
year.plot(list(range(1, 13)), MONTHS, symbol="o")
year.plot(list(range(1, 13)), [40.0] * 12, pen=pyqtgraph.mkPen(style=Qt.PenStyle.DashLine))
layout = QHBoxLayout(widget)
layout.addWidget(bars)
layout.addWidget(year)
""")


def probe(name: str, python: Path, path: list[str], parts: tuple[str, str, str]) -> None:
    preloaded, imports, paint = parts
    script = PROBE_START + preloaded + "\n" + PROBE_TIMED.format(imports=imports, paint=paint)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    runs = []
    for _ in range(RUNS):
        done = subprocess.run([str(python), "-c", script], capture_output=True, text=True, env=env, check=False)
        if done.returncode:
            print(f"{name:<10} failed: {done.stderr.strip().splitlines()[-1]}")
            return
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))

    def figure(part: str) -> str:
        wall = [run[part][0] for run in runs]
        cpu = [run[part][1] for run in runs]
        return f"{statistics.median(wall):5.1f} / {max(wall):5.1f} ms ({statistics.median(cpu):5.1f})"

    totals = [run["import"][0] + run["paint"][0] for run in runs]
    print(f"{name:<10} import {figure('import')}  first paint {figure('paint')}  "
          f"total {statistics.median(totals):5.1f} / {max(totals):5.1f} ms")


def chart_techniques() -> None:
    print(f"Chart start-up, {RUNS} fresh processes each: median / worst wall time (median CPU time)")
    probe("QPainter", Path(sys.executable), [str(ROOT)], QPAINTER)
    if QTCHARTS_PYTHON.exists():
        probe("QtCharts", QTCHARTS_PYTHON, [], QTCHARTS)
    else:
        print(f"QtCharts   skipped: no {QTCHARTS_PYTHON} (a venv with PySide6-Addons of this PySide6's version)")
    if (PYQTGRAPH_PATH / "pyqtgraph").exists():
        probe("pyqtgraph", Path(sys.executable), [str(PYQTGRAPH_PATH)], PYQTGRAPH)
    else:
        print(f"pyqtgraph  skipped: no {PYQTGRAPH_PATH} (pip install --target {PYQTGRAPH_PATH} pyqtgraph)")


def timed(work) -> Timings:
    """Wall and CPU milliseconds of RUNS calls of `work()` after one warm-up."""
    return measured(work, RUNS)


def line(label: str, timings: Timings, name: str | None = None) -> str:
    """The timings after `label`; recorded as `name` with the goal when named."""
    if name:
        record(name, timings.median, "ms", goal=GOAL_MS)
    return f"{label}: {timings.line()}"


def with_date_index(path: Path) -> Path:
    """A copy of the database with an index on the orders' date (the proposal measured), made once beside it."""
    import shutil
    import sqlite3

    target = path.with_name(f"{path.stem}-date-index.db")
    if not target.exists():
        partial = target.with_suffix(".partial")
        shutil.copyfile(path, partial)
        connection = sqlite3.connect(partial)
        connection.execute('CREATE INDEX order_order_date ON "order" (order_date)')
        connection.execute("ANALYZE")
        connection.commit()
        connection.close()
        partial.rename(target)
    print(f"(on a copy with an index on the orders' date: {target.name})")
    return target


def dashboard_painted() -> None:
    import bench_kpi
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from kamdesk.core import db
    from kamdesk.core.services import company as company_service
    from kamdesk.core.services import kpi_dashboard
    from kamdesk.gui import operations
    from kamdesk.gui.kpi.kpi_page import KpiPage

    path = bench_kpi.database_path()
    if not path.exists():
        bench_kpi.build(path)
    if os.environ.get(DATE_INDEX_VAR) == "1":
        path = with_date_index(path)
    app = QApplication.instance() or QApplication([])
    database = db.connect(f"sqlite:///{path}")
    try:
        page = KpiPage()
        page.resize(1280, 800)
        page.show()
        while operations.running():  # the page's own first read (today's month) ends before the timing
            QCoreApplication.processEvents()
        start, end, as_of = dt.date(2026, 3, 1), dt.date(2026, 3, 31), bench_kpi.TODAY
        for team, who, name in ((True, "the head: the department and 20 managers", "dashboard_painted_ms"),
                                (False, f"one manager ({company_service.current_manager().name})",
                                 "dashboard_painted_one_manager_ms")):
            def read(team=team):
                return kpi_dashboard.read(start, end, as_of, team=team)

            board = read()
            print(f"Dashboard of March 2026 as of {as_of}, {who}, {len(board.cards)} rows:")
            print("  " + line("(a) read", timed(read)))
            print("  " + line("(b) shown and painted", timed(lambda board=board: (page.show_dashboard(board),
                                                                                  page.grab()))))
            print("  " + line("(c) read, shown and painted",
                              timed(lambda: (page.show_dashboard(read()), page.grab())), name))
        page.close()
    finally:
        database.close()
    del app


def main() -> None:
    chart_techniques()
    dashboard_painted()


if __name__ == "__main__":
    main()
