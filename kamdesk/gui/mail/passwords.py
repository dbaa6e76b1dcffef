"""The account's password as the GUI gets it: from the environment or the keyring (`mail.password`), else
typed once per session and kept in memory only, or asked for now.

A password never goes to the database, the settings file or a message; `forget` drops the one the server
refused, so the next send asks again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, \
    QWidget

from kamdesk.core.services import mail
from kamdesk.gui.messages import translated

_typed: dict[tuple, str] = {}  # passwords typed in this session, by account (never written anywhere)


def _key(account) -> tuple:
    return account.smtp_host, account.smtp_port, account.smtp_user


def known(account) -> str | None:
    """The password without asking: typed earlier in this session, else the environment's or the keyring's."""
    return _typed.get(_key(account)) or mail.password(account)


def keep(account, password: str) -> None:
    """Keep `password` for the rest of the session."""
    _typed[_key(account)] = password


def forget(account) -> None:
    """The server refused the password: ask again next time."""
    _typed.pop(_key(account), None)


def remember(parent: QWidget | None, account, password: str) -> None:
    """Keep `password` in this computer's keyring; where there is none, say so (it is kept for this session)."""
    keep(account, password)
    refused = mail.remember_password(account, password)
    if refused is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, QCoreApplication.translate("MailPassword", "Password not remembered"),
                                translated(refused))


class PasswordDialog(QDialog):
    """Asks for the account's password, with "Remember in this computer's keyring"."""

    def __init__(self, account, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail password"))
        who = account.smtp_user or account.from_address
        intro = QLabel(self.tr("The password of %1 on %2:").replace("%1", who).replace("%2", account.smtp_host), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.password = QLineEdit(self)
        self.password.setObjectName("mail_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember in this computer's keyring"), self)
        self.remember.setObjectName("remember_password")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)


def ask(parent: QWidget | None, account) -> str | None:
    """The password typed by the user now (kept for the session, in the keyring when asked), None if cancelled."""
    dialog = PasswordDialog(account, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
            return None
        password = dialog.password.text()
        if dialog.remember.isChecked():
            remember(parent, account, password)
        else:
            keep(account, password)
        return password
    finally:
        dialog.deleteLater()
