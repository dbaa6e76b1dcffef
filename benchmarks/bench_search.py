"""Keystroke → client list painted, typing whole words into the search of 100,000 clients.

The search list is preloaded as the running app does after start-up. Each
figure is one key press delivered to the search field until the table's
viewport has repainted. Goal: median ≤ 15 ms, worst ≤ 30 ms over a word.
With KAMDESK_BENCH_ENCRYPTED=1 on an encrypted copy of the database (SQLCipher).
"""

from __future__ import annotations

import time

from common import as_asked, database_kind, demo_database, summary

WORDS = ("kovacs", "szűcs", "budapest", "nagy péter", "иван", "12345")


def main() -> None:
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from kamdesk.core import db
    from kamdesk.gui.app import create_app
    from kamdesk.gui.main_window import MainWindow

    app = create_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    db.connect(as_asked(demo_database()))
    print(f"on {database_kind()}")
    window = MainWindow()
    window.show()
    app.processEvents()
    view = window.clients
    view.model.search.preload(view.model.filter)
    every = []
    for word in WORDS:
        view.search.clear()
        app.processEvents()
        times = []
        for char in word:
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(view.search, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
            view.table.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        every += times
        print(f"{word!r:14} {summary(times)}  ({view.model.match_count} matches)")
    print(f"all keystrokes: {summary(every)} (goal median ≤ 15 ms, worst ≤ 30 ms)")


if __name__ == "__main__":
    main()
