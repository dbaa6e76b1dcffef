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

    # kamdesk.gui.app is imported where the command imports it (kamdesk.cli.start_gui), and watched from there
    sys.meta_path.insert(0, AfterImport("kamdesk.gui.app", watch_first_page))
    kamdesk.cli.main(["--database", url])


def watch_first_page(app) -> None:
    """The first paint of the page the main window shows first, watched (`app`: kamdesk.gui.app, just imported)."""
    opened = app._open_main_window

    def watched(*later):
        window = opened(*later)
        watching.append(first_paint())
        window.stack.currentWidget().installEventFilter(watching[-1])  # the page shown first
        return window

    app._open_main_window = watched


watching = []  # the event filter, kept alive


class AfterImport:
    """A finder on sys.meta_path that calls `then(module)` once the module `name` is imported (by whom and when
    the program imports it), itself only ahead of Python's own finders."""

    def __init__(self, name, then):
        self.name, self.then = name, then

    def find_spec(self, name, path, target=None):
        if name != self.name:
            return None
        import importlib.machinery

        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            self.then(module)

        spec.loader.exec_module = exec_module
        return spec


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else kamdesk(sys.argv[2])
