"""Unlocking an encrypted database file at start-up: its passphrase, asked before anything reads it.

$KAMDESK_PASSPHRASE, when set and right, opens the file without asking. Otherwise a
dialog shows the file's name and takes the passphrase (never shown, never stored):
three tries, Cancel quits. The key derived from it stays in this process's memory
(`kamdesk.core.cipher`), so every later connection, backup and check uses it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from kamdesk.core import cipher, db
from kamdesk.core.errors import PassphraseWrong
from kamdesk.gui.messages import error_text

TRIES = 3


class PassphraseDialog(QDialog):
    """The passphrase of one encrypted file; OK checks it, and after the third wrong one the dialog gives up."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.tries = 0
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Encrypted database"))
        intro = QLabel(self.tr("The database %1 is encrypted. Enter its passphrase to open it.")
                       .replace("%1", self.path.name), self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setToolTip(str(self.path))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(cipher.MAX_LENGTH)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.passphrase, self.message, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.passphrase.setFocus()

    def accept(self) -> None:
        """Unlock the file with the passphrase typed; a wrong one is said so, up to the last try."""
        try:
            db.unlock(self.path, self.passphrase.text())
        except PassphraseWrong as error:
            self.tries += 1
            if self.tries >= TRIES:
                self.done(QDialog.DialogCode.Rejected)
                return
            self.passphrase.clear()
            self.message.setText(error_text(error) + "\n" + self.tr("%n tries left.", "", TRIES - self.tries))
            self.message.show()
            return
        super().accept()

    def gave_up(self) -> bool:
        """Whether the dialog closed after the last wrong passphrase (not by Cancel)."""
        return self.tries >= TRIES


def unlock_at_start(path: Path, parent: QWidget | None = None) -> bool | None:
    """Unlock the encrypted file at `path`: True once unlocked; None when the user cancelled; False after three
    wrong passphrases (said so)."""
    from_environment = os.environ.get(cipher.PASSPHRASE_VAR)
    if from_environment:
        try:
            db.unlock(path, from_environment)
            return True
        except PassphraseWrong:
            pass  # the variable holds an old passphrase: ask
    dialog = PassphraseDialog(path, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True
        if not dialog.gave_up():
            return None
    finally:
        dialog.deleteLater()
    QMessageBox.critical(parent, QCoreApplication.translate("PassphraseDialog", "kamdesk cannot open the database"),
                         QCoreApplication.translate("PassphraseDialog", "The passphrase was wrong three times. "
                                                    "kamdesk closes; start it again to try once more."))
    return False
