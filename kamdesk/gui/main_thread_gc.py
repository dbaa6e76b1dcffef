"""Python's cyclic garbage collection, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a
threshold is crossed — an Operation's worker, the client-search preload. If the
cycles it breaks hold Qt objects (a closed dialog and its slots), their C++
destructors then run outside the GUI thread, and Qt crashes the process. As in
qutebrowser's garbage collector, automatic collection is switched off and a timer
on the GUI thread collects each generation when its threshold is passed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """Disables automatic collection and collects from a GUI-thread timer instead."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold (and the younger ones)."""
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                break
            due = generation
        return gc.collect(due) if due >= 0 else 0


def collect_on_gui_thread(app: QObject) -> MainThreadCollector:
    """Install the collector for the application's lifetime."""
    return MainThreadCollector(app)
