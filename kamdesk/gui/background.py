"""Running slow calls off the GUI thread: with a busy dialog (`run_busy`), or unseen (`start_in_background`)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
POLL_MS = 30
log = logging.getLogger(__name__)


def run_busy(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """Run `work` on a worker thread; show `text` with a busy bar; return its result or raise its error.

    `work` must not touch widgets. Database work is fine: peewee opens a
    connection per thread.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed back to the GUI thread below
            outcome["error"] = error

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    timer.start(POLL_MS)
    if worker.is_alive():
        loop.exec()
    timer.stop()
    worker.join()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def start_in_background(work: Callable[[], None]) -> None:
    """Run `work` on Qt's thread pool, for work nobody waits for (loading a search list ahead).

    `work` must not touch widgets. A failure is logged; whoever needed the
    work goes on without it (the client search answers from the database).
    """

    def guarded() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 (logged; see the docstring)
            log.warning("background work failed", exc_info=True)

    QThreadPool.globalInstance().start(guarded)
