"""Start → main window painted, for kamdesk on 100,000 clients next to a bare PySide6 window.

Each run is a fresh process; the time runs from just before the process is
started to the first paint of the window's contents (for kamdesk: the page
shown first, the KPI dashboard of a desk with sales, its figures still being read). kamdesk starts as `kamdesk.gui.app.run_gui` does,
minus the log file and the first-start check. Goal: kamdesk ≤ 2× bare.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time

from common import ROOT, demo_database

RUNS = 5
CHILD = r"""
import sys, time
mode, url = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False
if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow(); window.setCentralWidget(QLabel("bare window")); window.resize(1280, 800)
    target = window.centralWidget()
else:
    from PySide6.QtCore import QSettings
    import kamdesk.cli  # the real entry point's imports count too
    from kamdesk.core import db
    from kamdesk.gui.app import create_app
    from kamdesk.gui.main_window import MainWindow
    app = create_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    db.connect(url)
    window = MainWindow()
    target = window.stack.currentWidget()  # the page shown first: the KPI dashboard of a desk with sales
painted = FirstPaint()
target.installEventFilter(painted)
window.show()
app.exec()
"""


def measure(mode: str, url: str) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, url], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    return (float(out.strip().splitlines()[-1]) - start) * 1000


def cpu_ms(mode: str, url: str) -> float:
    """The CPU time (user + system) of one start to the first paint: steadier than the clock on a busy machine."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode, url], cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return (usage.ru_utime + usage.ru_stime) * 1000


def main() -> None:
    # byte-compile kamdesk as pip does when it installs the wheel (this environment may set
    # PYTHONDONTWRITEBYTECODE, which would make every start compile the sources again)
    compileall.compile_dir(str(ROOT / "kamdesk"), quiet=1)
    url = demo_database()
    measure("kamdesk", url)  # warm the OS file cache once
    bare = [measure("bare", url) for _ in range(RUNS)]
    kam = [measure("kamdesk", url) for _ in range(RUNS)]
    b, k = statistics.median(bare), statistics.median(kam)
    print(f"start → painted, bare PySide6 window: median {b:.0f} ms over {RUNS} runs")
    print(f"start → painted, kamdesk main window (100,000 clients): median {k:.0f} ms over {RUNS} runs")
    print(f"ratio {k / b:.2f}× (goal ≤ 2×)")
    cpu_bare = statistics.median(cpu_ms("bare", url) for _ in range(RUNS))
    cpu_kam = statistics.median(cpu_ms("kamdesk", url) for _ in range(RUNS))
    print(f"CPU time to painted: bare {cpu_bare:.0f} ms, kamdesk {cpu_kam:.0f} ms (median of {RUNS})")


if __name__ == "__main__":
    main()
