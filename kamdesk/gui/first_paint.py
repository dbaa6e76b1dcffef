"""Work that waits for a widget's first paint: what the user looks at first comes before what can wait.

A zero-timer set when a window shows can fire before the window system exposes the window, so before
anything is painted; `after_first_paint` waits for the widget's paint event itself and runs the calls one
pass of the event loop later, when the paint is on the screen. A window that is not painted (started on
another workspace, hidden behind others) gets them LATEST_MS after all: backups and the daily jobs do not
wait for someone to look.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 3000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, calls: tuple[Callable[[], object], ...]):
        super().__init__(widget)
        self._widget = widget
        self._calls = calls
        widget.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._run()
        return False

    def cancel(self) -> None:
        """The calls will not run (their window is going away)."""
        self._calls = ()

    def _run(self) -> None:
        if not self._calls:
            return
        self._widget.removeEventFilter(self)
        calls, self._calls = self._calls, ()
        for call in calls:
            QTimer.singleShot(0, self._widget, call)
        self.deleteLater()


def after_first_paint(widget: QWidget, *calls: Callable[[], object]) -> None:
    """Run `calls` (in order) once `widget` has been painted for the first time from now on (or LATEST_MS
    from now, whichever comes first)."""
    _FirstPaint(widget, calls)


def cancel_pending(root: QWidget) -> None:
    """Forget the calls still waiting for the first paint of `root` or a widget inside it (a window closed, or a
    test ended, before they ran)."""
    for waiting in root.findChildren(_FirstPaint):
        waiting.cancel()
