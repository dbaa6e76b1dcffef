"""Take offline…: on the team server, an encrypted laptop copy of what the manager may see.

The dialog asks where to write the copy (never over an existing file) and its passphrase
twice; the copy is made on a worker thread with progress and Cancel; at the end the
user learns what was copied and how to open the copy on the laptop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import sync as sync_service
from kamdesk.gui.operations import Operation

MIN_PASSPHRASE = 8
DEFAULT_NAME = "kamdesk-offline"


def default_path() -> Path:
    """kamdesk-offline.db in the user's documents folder (or home), …-2.db and on when that name is taken."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    path, number = folder / f"{DEFAULT_NAME}.db", 1
    while path.exists():
        number += 1
        path = folder / f"{DEFAULT_NAME}-{number}.db"
    return path


class TakeOfflineDialog(QDialog):
    """Where to write the laptop copy and its passphrase, typed twice."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("take_offline")
        self.setWindowTitle(self.tr("Take offline"))
        self.path = QLineEdit(str(path), self)
        self.path.setObjectName("path")
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self._browse)
        self.passphrase = self._secret("passphrase")
        self.repeat = self._secret("repeat")
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Take offline"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for field in (self.path, self.passphrase, self.repeat):
            field.textChanged.connect(self._check)
        self._check()
        self.passphrase.setFocus()

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _lay_out(self) -> None:
        intro = QLabel(self.tr("kamdesk writes your clients, their history, the catalogue and the prices to an "
                               "encrypted file for working without a connection. The passphrase opens it; kamdesk "
                               "does not keep it, and without it nobody can read the file, you neither."), self)
        intro.setWordWrap(True)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), where)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.path)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the laptop copy as"), self.path.text(),
                                                self.tr("kamdesk databases (*.db)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def problems(self) -> str:
        """What keeps the answer from being taken, in one sentence; "" when it can be."""
        text = self.path.text().strip()
        path = Path(text).expanduser()
        if not text:
            return self.tr("Choose where to write the laptop copy.")
        if path.exists():
            return self.tr("%1 already exists. kamdesk never writes a laptop copy over a file: choose another "
                           "name.").replace("%1", str(path))
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least %n characters.", "", MIN_PASSPHRASE)
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _check(self, *_args) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def accept(self) -> None:
        if not self.problems():  # Enter reaches accept even with the button off
            super().accept()

    def answer(self) -> tuple[Path, str]:
        return Path(self.path.text().strip()).expanduser(), self.passphrase.text()


class OfflineCopy(QObject):
    """Making the copy on a worker thread, with progress and Cancel; at the end, how to open it."""

    def __init__(self, window: QWidget, path: Path, passphrase: str):
        super().__init__(window)
        self._window, self.path, self._passphrase = window, path, passphrase

    def run(self) -> Operation:
        text = self.tr("Writing the laptop copy to %1…").replace("%1", str(self.path))
        # no password given: the core takes the open connection's, as the window logged in
        operation = Operation(self._window, lambda task: sync_service.take_offline(
            self.path, self._passphrase, None, task.progress)).with_progress(text, cancellable=True).success(self._done)
        operation.finished.connect(self.deleteLater)
        return operation.run()

    def _done(self, report: sync_service.SyncReport) -> None:
        dialog = OfflineCopyDone(self.path, report, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


class OfflineCopyDone(QDialog):
    """What was copied, and how to open the copy on the laptop."""

    def __init__(self, path: Path, report: sync_service.SyncReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("offline_copy_done")
        self.setWindowTitle(self.tr("The laptop copy is ready"))
        self.path = path
        summary = QLabel(self.tr("Records copied: %1").replace("%1", QLocale().toString(report.pulled)), self)
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        url = f"sqlite:///{path}"
        self.how = QLabel(self.tr("Copy %1 to the laptop and start kamdesk there with\n\n"
                                  "kamdesk --database %2\n\n"
                                  "kamdesk asks for the passphrase when it opens the file.").replace("%1", str(path))
                          .replace("%2", f'"{url}"' if " " in url else url), self)
        self.how.setObjectName("how")
        self.how.setWordWrap(True)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy the path"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copy_path")
        self.copy_button.clicked.connect(self.copy_path)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.how)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.path))
        self.copy_button.setText(self.tr("Copied"))


def take_offline(window: QWidget) -> Operation | None:
    """Ask where and with which passphrase, then make the copy; None when the user cancelled."""
    dialog = TakeOfflineDialog(default_path(), window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        path, passphrase = dialog.answer()
    finally:
        dialog.deleteLater()
    return OfflineCopy(window, path, passphrase).run()
