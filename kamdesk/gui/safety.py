"""Data safety in the window: backups (now, while working, at close), restoring one, checking the database.

All the slow work (copying, verifying, checking) runs through `kamdesk.gui.operations`,
never on the GUI thread. A backup is restored only when nothing has the database open:
the window closes (asking about unsaved changes as at any close), `run_gui` restores
after the event loop ended and starts kamdesk again. Restoring under open pages,
cards and worker connections would leave them showing, and saving, what is gone.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QProcess, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamdesk.core.backup import Backup
from kamdesk.core.db_check import check_file
from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import backups
from kamdesk.gui.changes import changes
from kamdesk.gui.errors import show_error
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.operations import Operation

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
STATUS_MS = 8000
_pending_restore: list[Path] = []  # the backup to restore once the window closed (at most one)


def made_at_text(made: Backup) -> str:
    return made.made_at.strftime("%Y-%m-%d %H:%M")


class AutomaticBackups(QObject):
    """A backup at most every `every_minutes` while changes happen, and one at close if anything changed since."""

    def __init__(self, window: QWidget, database_path: Path):
        super().__init__(window)
        self._window, self._path = window, database_path
        self.changed = False  # something was saved since the last backup started
        self.running: Operation | None = None
        self._failure_shown = False
        self._since = QElapsedTimer()
        self._since.start()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        changes().changed.connect(self._saw_change)

    def _interval_ms(self) -> int:
        return backups.load_settings(self._path).every_minutes * 60_000

    def _saw_change(self, _change=None) -> None:
        self.changed = True
        self._arm()

    def _arm(self) -> None:
        if not self.timer.isActive():
            self.timer.start(max(0, self._interval_ms() - self._since.elapsed()))

    def _due(self) -> None:
        if self.changed:
            self.start("automatic")

    def at_close(self) -> Operation | None:
        """The backup at close, only when something changed since the last one; it finishes after the window."""
        self.timer.stop()
        return self.start("close") if self.changed else None

    def start(self, reason: str) -> Operation | None:
        """Back up on a worker thread, unseen; None while one runs (the change waits for the next turn)."""
        if self.running is not None:
            return None
        self.changed = False
        self._since.restart()
        self.running = Operation(None, lambda _task: _logged_backup(reason, self._path)) \
            .success(self._made).failure(self._failed)
        self.running.finished.connect(self._ended)
        return self.running.run()

    def _made(self, _made: Backup) -> None:
        self._failure_shown = False

    def _failed(self, error: BaseException) -> None:
        self.changed = True  # tried again at the next turn
        if self._failure_shown or not isValid(self._window):
            return
        self._failure_shown = True
        reason = error_text(error) if isinstance(error, KamdeskError) else translate("Safety", "see kamdesk.log")
        self._window.statusBar().showMessage(
            translate("Safety", "The automatic backup failed: %1").replace("%1", reason), 0)

    def _ended(self) -> None:
        self.running = None
        if self.changed and isValid(self):
            self._arm()


def _logged_backup(reason: str, database_path: Path) -> Backup:
    """A backup whose failure is logged on the worker: the one at close ends after the event loop."""
    try:
        return backups.back_up_now(reason, database_path)
    except Exception:
        log.warning("automatic backup (%s) of %s failed", reason, database_path, exc_info=True)
        raise


def back_up_now(window: QWidget, database_path: Path) -> Operation:
    """File › Back up now: with progress; the status bar says where the backup went."""
    def made(backup: Backup) -> None:
        text = translate("Safety", "Backed up to %1").replace("%1", str(backup.path))
        window.statusBar().showMessage(text, STATUS_MS)

    return Operation(window, lambda _task: backups.back_up_now("manual", database_path)) \
        .with_progress(translate("Safety", "Backing up the database…")).success(made).run()


def check_database(window: QWidget, database_path: Path, full: bool = True) -> Operation:
    """File › Check database: the result in plain words; a damaged database is offered its newest backup."""
    def checked(report) -> None:
        if report.ok:
            QMessageBox.information(window, translate("Safety", "Check database"), translated(report.summary()))
        else:
            offer_restore_later(window, translated(report.summary()), database_path)

    return Operation(window, lambda _task: check_file(database_path, full=full)) \
        .with_progress(translate("Safety", "Checking the database…")).success(checked).run()


def check_quietly(window: QWidget, database_path: Path) -> Operation:
    """The quick check after start, unseen; only a damaged database says something."""
    def checked(report) -> None:
        if not report.ok:
            offer_restore_later(window, translated(report.summary()), database_path)

    return Operation(window, lambda _task: check_file(database_path, full=False)).success(checked).failure(
        lambda error: log.warning("start-up check failed", exc_info=(type(error), error, error.__traceback__))).run()


# ---------------------------------------------------------------- restoring

class RestoreDialog(QDialog):
    """The backups with their date, size, reason and whether they were verified; one is chosen."""

    def __init__(self, found: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._found = found
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Reason"), self.tr("Verified")])
        for made in found:
            self.table.addTopLevelItem(QTreeWidgetItem([
                made_at_text(made), _size_text(made.size), self._reason_text(made.reason),
                self.tr("yes") if made.verified else self.tr("no")]))
        if found:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(found))
        self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemActivated.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.setFocus()  # the arrow keys choose a backup at once
        self.resize(640, 360)

    def _reason_text(self, reason: str) -> str:
        """Why the backup was made, in the user's words (an older or unknown reason as it was written)."""
        if reason.startswith("before-"):  # kamdesk.core.db: before a migration
            return self.tr("before an update")
        texts = {"manual": self.tr("made by hand"), "automatic": self.tr("while working"), "close": self.tr("at close")}
        return texts.get(reason, reason)

    def chosen(self) -> Backup | None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem()) if self.table.currentItem() else -1
        return self._found[row] if row >= 0 else None


def _size_text(size: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(size)


def restore_from_backup(window: QWidget, database_path: Path) -> Operation:
    """File › Restore from backup…: the backups are read off the GUI thread, then listed to choose from."""
    def listed(found: list[Backup]) -> None:
        dialog = RestoreDialog(found, window)
        chosen = dialog.chosen() if dialog.exec() else None
        if chosen is not None and confirm_restore(window, chosen):
            request_restore(window, chosen.path)

    return Operation(window, lambda _task: backups.backups_of(database_path)) \
        .with_progress(translate("Safety", "Reading the backups…")).success(listed).run()


def confirm_restore(parent: QWidget | None, chosen: Backup, problem: str = "") -> bool:
    """Ask before a restore, saying what would be lost: every change made after the backup."""
    question = translate("Safety", "Restore the backup of %1? Changes made after it are lost.")
    question = question.replace("%1", made_at_text(chosen))
    if not chosen.verified:
        question += "\n" + translate("Safety", "This backup was not verified when it was made; "
                                               "it is checked before it is restored.")
    text = "\n\n".join(t for t in (problem, question) if t)
    box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Question,
                      translate("Safety", "Restore from backup"), text, parent=parent)
    box.setInformativeText(translate("Safety", "kamdesk closes, puts the backup in place of the database, "
                                               "keeps the current file beside it, and starts again."))
    restore = box.addButton(translate("Safety", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    leave = translate("Safety", "Quit") if problem else translate("Safety", "Cancel")
    box.addButton(leave, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def request_restore(window: QWidget, backup_path: Path) -> bool:
    """Close the window so the backup is restored once nothing has the database open; False if it stayed open."""
    _pending_restore[:] = [Path(backup_path)]
    if not window.close():
        _pending_restore.clear()
        return False
    return True


def take_pending_restore() -> Path | None:
    return _pending_restore.pop() if _pending_restore else None


def offer_restore_later(window: QWidget, problem: str, database_path: Path) -> None:
    """A damaged database found while the window is open: restore its newest verified backup (kamdesk restarts)
    or quit."""
    newest = backups.newest_verified(database_path)
    if newest is None:
        QMessageBox.critical(window, translate("Safety", "The database is damaged"),
                             problem + "\n\n" + translate("Safety", "There is no verified backup of it to restore."))
        return
    if confirm_restore(window, newest, problem):
        request_restore(window, newest.path)
    else:
        window.close()


def offer_restore_at_start(problem: str, database_path: Path) -> bool:
    """The database cannot be opened: restore its newest verified backup (True) or quit (False)."""
    newest = backups.newest_verified(database_path)
    if newest is None:
        QMessageBox.critical(None, translate("Safety", "kamdesk cannot open the database"),
                             problem + "\n\n" + translate("Safety", "There is no verified backup of it to restore."))
        return False
    if not confirm_restore(None, newest, problem):
        return False
    return restore_now(newest.path, database_path)


def restore_now(backup_path: Path, database_path: Path) -> bool:
    """Restore while nothing has the database open; the user hears where the replaced file was kept."""
    try:
        aside = backups.restore(backup_path, database_path)
    except KamdeskError as error:
        show_error(None, error)
        return False
    log.info("restored %s (replaced file kept as %s)", backup_path, aside)
    return True


def restart() -> None:
    """Start kamdesk again with the same arguments (after a restore), or say how to."""
    if not QProcess.startDetached(sys.executable, ["-m", "kamdesk", *sys.argv[1:]]):
        QMessageBox.information(None, translate("Safety", "Backup restored"),
                                translate("Safety", "The backup was restored. Start kamdesk again to go on working."))

