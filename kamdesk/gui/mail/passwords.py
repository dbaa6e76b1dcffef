"""The account's password as the GUI gets it: from the environment or the keyring (`mail.password`), else
typed once per session and kept in memory only, or asked for now.

A password never goes to the database, the settings file or a message; `forget` drops the one the server
refused, so the next send asks again. A password typed for the SMTP server goes to the IMAP server of the Sent
copy only when the user says so (or it is the same host).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import mail
from kamdesk.gui.messages import translated

_typed: dict[tuple, str] = {}  # passwords typed in this session, by server and user (never written anywhere)


def _key(account) -> tuple:
    return account.smtp_host, account.smtp_port, account.smtp_user


def _imap_key(account) -> tuple:
    return account.imap_host, account.imap_port, account.imap_login


def known(account) -> str | None:
    """The password without asking: typed earlier in this session, else the environment's or the keyring's."""
    return _typed.get(_key(account)) or mail.password(account)


def known_imap(account) -> str | None:
    """The Sent copy's password: typed for the IMAP server in this session, else the one kept for it, else the
    SMTP one when the IMAP server is the same host (`mail.imap_password`)."""
    if not account.imap_host:
        return None
    return _typed.get(_imap_key(account)) or mail.imap_password(account, known(account))


def keep(account, password: str, imap: bool = False) -> None:
    """Keep `password` for the rest of the session, for the IMAP server too when `imap` (the user gave it for both)."""
    _typed[_key(account)] = password
    if imap and account.imap_host:
        _typed[_imap_key(account)] = password


def forget(account) -> None:
    """Drop the account's passwords typed in this session."""
    _typed.pop(_key(account), None)
    _typed.pop(_imap_key(account), None)


def refused(account, password: str | None) -> None:
    """A server refused `password`: not used again, neither from this session nor from the keyring."""
    for key in (_key(account), _imap_key(account)):
        if _typed.get(key) == password:
            del _typed[key]
    if password:
        mail.forget_password(account, refused=password)


def remember(parent: QWidget | None, account, password: str, imap: bool = False) -> None:
    """Keep `password` in this computer's keyring (for the IMAP server too when `imap`); where there is none, say
    so (it is kept for this session)."""
    keep(account, password, imap)
    problem = mail.remember_password(account, password, imap=imap)
    if problem is not None:
        QMessageBox.information(parent, QCoreApplication.translate("MailPassword", "Password not remembered"),
                                translated(problem))


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
        self.for_imap = QCheckBox(self.tr("&Also for the copy in the Sent folder on %1").replace(
            "%1", account.imap_host.replace("&", "&&")), self)
        self.for_imap.setObjectName("password_for_imap")
        self.for_imap.setChecked(True)
        self.for_imap.setVisible(bool(account.imap_host) and not account.imap_shares_password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.for_imap)
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
        imap = dialog.for_imap.isVisibleTo(dialog) and dialog.for_imap.isChecked()
        if dialog.remember.isChecked():
            remember(parent, account, password, imap)
        else:
            keep(account, password, imap)
        return password
    finally:
        dialog.deleteLater()
