"""Syncing the open replica: Sync now with progress, the quiet automatic sync, whether the server answers.

One sync at a time. The user's Sync now shows progress and speaks up (the server
cannot be reached, the password, versions that differ); the automatic one runs when
the server becomes reachable and every few minutes (the desk setting
`sync_every_minutes`), unseen: it never opens a dialog or takes the focus, waits while
a modal dialog or an unsaved editor is open, and a failure only shows in the indicator.
Whether the server answers is asked off the GUI thread every minute.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox
from shiboken6 import isValid

from kamdesk.core.errors import KamdeskError, LoginRefused, SchemaMismatch, ServerUnreachable
from kamdesk.core.services import company as company_service
from kamdesk.core.services import sync as sync_service
from kamdesk.gui import changes
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.sync.passwords import Passwords
from kamdesk.gui.unsaved import editors_in

log = logging.getLogger(__name__)

SYNC_EVERY_KEY = "sync_every_minutes"
DEFAULT_SYNC_MINUTES = 10
MAX_SYNC_MINUTES = 24 * 60
CHECK_EVERY_MS = 60_000
STATUS_MS = 8000
EVERY_KIND = (changes.CLIENTS, changes.ACTIVITIES, changes.ORDERS, changes.OFFERS, changes.CONTRACTS,
              changes.CATALOGUE, changes.COMPANY)


def sync_every_minutes() -> int:
    return company_service.setting_int(SYNC_EVERY_KEY, DEFAULT_SYNC_MINUTES, 1, MAX_SYNC_MINUTES)


class SyncController(QObject):
    """The replica's state as the window shows it, and the syncs it runs."""

    status_changed = Signal()  # status, reachable, syncing or problem changed

    def __init__(self, window: QMainWindow, status: sync_service.ReplicaStatus):
        super().__init__(window)
        self._window = window
        self.status = status
        self.reachable: bool | None = None  # None until the first check answered
        self.problem: BaseException | None = None  # why the last sync did not finish
        self.last_report: sync_service.SyncReport | None = None  # what the last sync of this session moved
        self.running: Operation | None = None
        self.passwords = Passwords(status.server_url, status.login)
        self._due = False  # an automatic sync waits for the server, or for the user to finish
        self._checking = self._reloading = False
        self._tried = False  # the last sync offered the server a password
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_EVERY_MS)
        self.check_timer.timeout.connect(self.check_server)
        self.auto_timer = QTimer(self)
        self.auto_timer.timeout.connect(self._auto_due)
        changes.changes().changed.connect(self._saw_change)

    @property
    def syncing(self) -> bool:
        return self.running is not None

    # ------------------------------------------------------------ the server and the status
    def start(self) -> None:
        self.check_timer.start()
        self.auto_timer.start(sync_every_minutes() * 60_000)
        self.check_server()

    def stop(self) -> None:
        self.check_timer.stop()
        self.auto_timer.stop()
        if self.running is not None:
            self.running.cancel()

    def check_server(self) -> Operation | None:
        """Ask off the GUI thread whether the server answers; the answer may start an automatic sync."""
        if self._checking:
            return None
        self._checking = True
        operation = Operation(None, lambda _task: sync_service.server_reachable()).success(self._reached) \
            .failure(_logged)
        operation.finished.connect(self._checked)
        return operation.run()

    def _checked(self) -> None:
        self._checking = False

    def _reached(self, reachable: bool) -> None:
        if not isValid(self):
            return
        if reachable and self.reachable is not True:
            self._due = True
        self.reachable = bool(reachable)
        if not reachable and isinstance(self.problem, ServerUnreachable):
            self.problem = None  # said by "Offline" already
        self.status_changed.emit()
        self._maybe_sync()

    def reload_status(self) -> Operation | None:
        """Read the status (pending changes, conflicts) off the GUI thread; one read at a time."""
        if self._reloading:
            return None
        self._reloading = True
        operation = Operation(None, lambda _task: sync_service.replica_status()).success(self._reloaded) \
            .failure(_logged)
        operation.finished.connect(self._reload_ended)
        return operation.run()

    def _reloaded(self, status) -> None:
        if isValid(self) and status is not None:
            self.status = status
            self.status_changed.emit()

    def _reload_ended(self) -> None:
        self._reloading = False

    def _saw_change(self, _change) -> None:
        if self.running is None:  # after a sync the status is read anyway
            self.reload_status()

    # ------------------------------------------------------------ syncing
    def sync_now(self, password: str | None = None) -> Operation | None:
        """The user's sync, with progress; None while another sync runs (said in the status bar)."""
        if self.running is not None:
            self._window.statusBar().showMessage(self.tr("A sync is already running."), STATUS_MS)
            return None
        operation = Operation(self._window, lambda task: self._sync(password, task)) \
            .with_progress(self.tr("Syncing with the office server…"), cancellable=True) \
            .success(lambda report: self._synced(report, quiet=False)) \
            .failure(self._failed_loudly)
        return self._start(operation)

    def sync_quietly(self) -> Operation | None:
        """The automatic sync: no dialog, no focus; a failure only shows in the indicator."""
        if self.running is not None:
            return None
        operation = Operation(self._window, lambda task: self._sync(None, task)) \
            .success(lambda report: self._synced(report, quiet=True)).failure(self._failed_quietly)
        return self._start(operation)

    def _sync(self, password: str | None, task):  # on the worker thread
        password = password if password is not None else self.passwords.available()
        self._tried = password is not None or bool(os.environ.get("KAMDESK_PASSWORD"))
        return sync_service.sync_now(password, task.progress)

    def _start(self, operation: Operation) -> Operation:
        self.running = operation
        operation.finished.connect(lambda: self._ended(operation))
        self.status_changed.emit()
        return operation.run()

    def _ended(self, operation: Operation) -> None:
        if isValid(self) and self.running is operation:
            self.running = None
            self.status_changed.emit()
            self.reload_status()

    def _synced(self, report: sync_service.SyncReport, quiet: bool) -> None:
        self.problem, self.reachable, self.last_report = None, True, report
        self.passwords.worked(None if quiet else self._window)
        if report.pulled or report.dropped or report.conflicts:
            changes.notify(*EVERY_KIND, source=self)
        if not quiet:  # a quiet sync leaves the status bar to reminders; the indicator's tooltip tells
            self._window.statusBar().showMessage(translated(report.summary()), STATUS_MS)

    def _failed_quietly(self, error: BaseException) -> None:
        if not isinstance(error, KamdeskError):
            log.warning("automatic sync failed", exc_info=(type(error), error, error.__traceback__))
        self._note_failure(error)

    def _note_failure(self, error: BaseException) -> None:
        self.problem = error
        if isinstance(error, ServerUnreachable):
            self.reachable = False
        elif isinstance(error, LoginRefused):
            self.passwords.refused()

    def _failed_loudly(self, error: BaseException) -> None:
        self._note_failure(error)
        self.running = None  # the password asked below starts the next sync
        self.status_changed.emit()
        self.reload_status()
        if isinstance(error, ServerUnreachable):
            self._say_unreachable(error)
        elif isinstance(error, LoginRefused):
            password = self.passwords.ask(self._window, refused=self._tried)
            if password is not None:
                self.sync_now(password)
        elif isinstance(error, SchemaMismatch):
            QMessageBox.warning(self._window, self.tr("Cannot sync"), error_text(error))
        else:
            report_failure(self._window, error)

    def _say_unreachable(self, error: ServerUnreachable) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Office server not reachable"), self.tr(
            "kamdesk cannot reach the office server now. Your local work goes on; your changes are kept "
            "and sent at the next sync, which starts by itself once the server answers."), parent=self._window)
        box.setInformativeText(error_text(error))
        try:
            box.exec()
        finally:
            box.deleteLater()

    # ------------------------------------------------------------ automatic
    def _auto_due(self) -> None:
        self._due = True
        self._maybe_sync()

    def _maybe_sync(self) -> None:
        if self._due and self.reachable and self.running is None and not self.user_busy():
            self._due = False
            self.sync_quietly()

    def user_busy(self) -> bool:
        """A modal dialog is open, or an editor holds unsaved changes: an automatic sync waits."""
        if QApplication.activeModalWidget() is not None:
            return True
        windows = [self._window.centralWidget()] + [card for card in self._window.findChildren(QDialog)
                                                     if card.isVisible()]
        return any(editors_in(root) for root in windows if root is not None)


def _logged(error: BaseException) -> None:
    log.warning("sync status work failed", exc_info=(type(error), error, error.__traceback__))
