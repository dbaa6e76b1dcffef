"""One start for bench_startup.py: `python startup_child.py bare|kamdesk DATABASE_URL`.

Prints the wall clock (time.time()) and this process's CPU seconds at the first paint of the page shown
first, then ends at once (no close, no backup at close). kamdesk starts through its real entry point,
`kamdesk.cli.main`, as the `kamdesk` command does; the bare floor is a PySide6 main window with a label.
"""

import os
import sys
import time


def first_paint():
    """An event filter that prints the time and ends the process at the first paint of what it watches."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print(time.time(), time.process_time(), flush=True)
                os._exit(0)
            return False

    return FirstPaint()


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    painted = first_paint()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare window"))
    window.resize(1280, 800)
    window.centralWidget().installEventFilter(painted)
    window.show()
    app.exec()


def kamdesk(url: str) -> None:
    import kamdesk.cli  # first, as the `kamdesk` command imports it
    import kamdesk.gui.app

    opened = kamdesk.gui.app._open_main_window
    painted = first_paint()
    def watched(*later):
        window = opened(*later)
        window.stack.currentWidget().installEventFilter(painted)  # the page shown first
        return window

    kamdesk.gui.app._open_main_window = watched
    kamdesk.cli.main(["--database", url])


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else kamdesk(sys.argv[2])
