"""One way to run work off the GUI thread: `Operation(parent, work)` with callbacks, progress and cancel.

    Operation(self, lambda task: catalogue_io.read_table(path)) \\
        .with_progress(self.tr("Reading…")).success(self._show_table).run()

`run()` returns at once (no nested event loop): the caller goes on in the
`success(result)` callback, called on the GUI thread, or the `failure(error)`
one; by default a KamdeskError is shown with `show_error` and anything else
goes to `sys.excepthook` (logged with its traceback, shown once), as an error
raised in a slot does. `work(task)` runs on Qt's thread pool and must not
touch widgets; database work is fine (peewee opens a connection per thread,
closed when the work ends). `task.progress(done, total, text)` reports from
the worker; it also raises `Cancelled` once the user cancelled, so a service
that reports progress inside its transaction writes nothing then.

With `with_progress(text)` the parent's window takes no input until the work
ends and a window-modal progress dialog appears after SHOW_AFTER_MS; without
it the work runs unseen (loading a search list ahead, `start_quietly`).
After success, `notifies(kind, ...)` announces the change on `gui.changes`.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QWidget
from shiboken6 import isValid

from kamdesk.core import db
from kamdesk.core.errors import KamdeskError
from kamdesk.gui import changes
from kamdesk.gui.errors import show_error

SHOW_AFTER_MS = 400  # quick work finishes before a dialog would flash
log = logging.getLogger(__name__)
_running: set[Operation] = set()  # alive until their callbacks ran


class Cancelled(Exception):
    """Raised in the worker when the user cancelled; the operation ends without success or failure."""


class Task:
    """What the work gets: report progress, see whether the user cancelled."""

    def __init__(self, report: Callable[[int, int, str], None]):
        self._report = report
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` (0 of 0: unknown), thread-safe; raises Cancelled if the user cancelled."""
        self.check()
        self._report(done, total, text)


class Operation(QObject):
    """Work on a worker thread, then `success(result)` or `failure(error)` on the GUI thread."""

    succeeded = Signal(object)  # the result, after the success callback
    failed = Signal(object)  # the error, after the failure callback
    finished = Signal()  # after either, or after a cancel
    _outcome = Signal(object, object)  # (result, error) from the worker
    _progressed = Signal(int, int, str)

    def __init__(self, parent: QWidget | None, work: Callable[[Task], Any]):
        super().__init__()
        self._parent, self._work = parent, work
        self._on_success: Callable[[Any], Any] | None = None
        self._on_failure: Callable[[BaseException], Any] | None = None
        self._progress_text: str | None = None
        self._cancellable = False
        self._change: tuple[tuple[str, ...], dict] | None = None
        self.dialog: QProgressDialog | None = None  # while running with progress
        self._bar: QProgressBar | None = None
        self._blocker: _InputBlocker | None = None
        self.task = Task(self._progressed.emit)
        self.done = self.was_cancelled = False  # done: the work ended and the callbacks ran
        self.result: Any = None
        self.error: BaseException | None = None
        self._outcome.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------ building
    def success(self, callback: Callable[[Any], Any]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Operation:
        self._on_failure = callback
        return self

    def with_progress(self, text: str, cancellable: bool = False) -> Operation:
        """Block the parent window's input while running; show `text` in a dialog after SHOW_AFTER_MS."""
        self._progress_text, self._cancellable = text, cancellable
        return self

    def notifies(self, *kinds: str, client_id: int | None = None, client_ids=()) -> Operation:
        """After success, announce that records of `kinds` changed (see `kamdesk.gui.changes`)."""
        self._change = (kinds, {"client_id": client_id, "client_ids": client_ids})
        return self

    # ------------------------------------------------------------ running
    def run(self) -> Operation:
        """Start the work and return at once."""
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        _running.add(self)
        if self._progress_text is not None:
            self._start_progress()
        QThreadPool.globalInstance().start(self._run_work)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it does at its next `task.check()` or `task.progress(...)`."""
        self.task.cancel()

    def _run_work(self) -> None:  # on the worker thread
        result = error = None
        try:
            result = self._work(self.task)
        except BaseException as raised:  # noqa: BLE001 (handed to the GUI thread)
            error = raised
        finally:
            _close_connection()
        try:
            self._outcome.emit(result, error)
        except RuntimeError:  # the operation is gone (the interpreter shuts down): nobody is left to tell
            log.debug("operation finished after its end", exc_info=True)

    @Slot(object, object)
    def _finish(self, result: Any, error: BaseException | None) -> None:
        self._stop_progress()
        self.result, self.error = result, error
        try:
            if isinstance(error, Cancelled):
                self.was_cancelled = True
            elif error is not None:
                self._fail(error)
            else:
                self._succeed(result)
        finally:
            self.done = True
            _running.discard(self)
            self.finished.emit()

    def _parent_alive(self) -> bool:
        """False once the parent widget is deleted: callbacks would find no widgets then."""
        return self._parent is None or isValid(self._parent)

    def _succeed(self, result: Any) -> None:
        try:
            if self._on_success is not None and self._parent_alive():
                self._on_success(result)
        finally:
            if self._change is not None:
                kinds, clients = self._change
                changes.notify(*kinds, **clients, source=self._parent)
        self.succeeded.emit(result)

    def _fail(self, error: BaseException) -> None:
        if not self._parent_alive():
            report_failure(None, error)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            report_failure(self._parent, error)
        self.failed.emit(error)

    # ------------------------------------------------------------ progress
    def _start_progress(self) -> None:
        parent = self._parent if self._parent_alive() else None
        self._blocker = _InputBlocker(parent.window() if parent is not None else None)
        dialog = QProgressDialog(parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(24 * 3600 * 1000)  # shown by our timer, not by QProgressDialog.setValue
        self._bar = QProgressBar(dialog)
        self._bar.setRange(0, 0)
        dialog.setBar(self._bar)  # updated directly: QProgressDialog.setValue would process events
        dialog.setLabelText(self._progress_text)
        if self._cancellable:
            dialog.canceled.connect(self._cancel_asked)  # the button is QProgressDialog's own "Cancel"
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        QTimer.singleShot(SHOW_AFTER_MS, dialog, self._show_dialog)

    def _show_dialog(self) -> None:
        if self.dialog is not None and not self.done:
            self.dialog.show()

    def _cancel_asked(self) -> None:
        self.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("Operations", "Cancelling…"))
            self.dialog.show()  # QProgressDialog hides itself on cancel; the work may take a moment to stop

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self._bar.setRange(0, max(total, 0))
        self._bar.setValue(min(done, total) if total > 0 else 0)
        if text:
            self.dialog.setLabelText(text)

    def _stop_progress(self) -> None:
        if self._blocker is not None:
            self._blocker.release()
            self._blocker = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            window = self._parent.window() if self._parent is not None and self._parent_alive() else None
            # the shown dialog took the focus (or is still taking it): give it back, as a window manager would
            give_back = window is not None and dialog.isVisible() \
                and QApplication.activeWindow() in (None, dialog, window)
            dialog.hide()
            dialog.deleteLater()
            if give_back:
                window.activateWindow()


def report_failure(parent: QWidget | None, error: BaseException) -> None:
    """What a failure does by default: a KamdeskError shown plainly, a bug to the excepthook (logged, shown once)."""
    if isinstance(error, KamdeskError):
        show_error(parent, error)
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def start_quietly(work: Callable[[], None]) -> Operation:
    """Run `work` unseen, for work nobody waits for (loading a search list ahead); a failure is only logged."""
    return Operation(None, lambda _task: work()).failure(
        lambda error: log.warning("background work failed", exc_info=(type(error), error, error.__traceback__))
    ).run()


def running() -> int:
    """How many operations have not finished (their callbacks not yet run)."""
    return len(_running)


def _close_connection() -> None:
    """Close this worker thread's own database connection (peewee keeps one per thread)."""
    if db.database.obj is not None and not db.database.is_closed():
        db.database.close()


INPUT_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.ContextMenu, QEvent.Type.Drop,
})


class _InputBlocker(QObject):
    """Swallows mouse and keyboard input for one window (every window with `None`) until released.

    The progress dialog is window-modal, but only once shown; until then this
    keeps a second click or shortcut from starting conflicting work.
    """

    def __init__(self, window: QWidget | None):
        super().__init__()
        self._window = window
        QApplication.instance().installEventFilter(self)

    def release(self) -> None:
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() not in INPUT_EVENTS or (self._window is not None and not isValid(self._window)):
            return False
        widget = _widget_of(obj)
        if widget is None:
            return event.type() == QEvent.Type.Shortcut and self._window is None
        if isinstance(widget.window(), QProgressDialog):
            return False
        return self._window is None or _within(widget.window(), self._window)


def _widget_of(obj) -> QWidget | None:
    """`obj` if it is a widget, else its nearest widget parent (a shortcut's or an action's)."""
    while obj is not None and not isinstance(obj, QWidget):
        obj = obj.parent()
    return obj


def _within(window: QWidget, blocked: QWidget) -> bool:
    """True when `window` is `blocked` or one of the windows it sits on (as window modality blocks them)."""
    current: QWidget | None = blocked
    while current is not None:
        if current is window:
            return True
        current = current.parentWidget().window() if current.parentWidget() is not None else None
    return False
