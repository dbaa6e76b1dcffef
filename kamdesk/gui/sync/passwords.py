"""The office server's password for syncing: one typed this session, the keyring's, or asked in the login dialog.

The keyring entry is the one `kamdesk.gui.login` keeps ("kamdesk HOST:PORT/DB", the login),
so a password remembered when logging in at the office serves the laptop too. A password
typed here is kept in memory for the automatic syncs of this session, and in the keyring
only when the user ticks "remember".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kamdesk.gui import login


class Passwords:
    """The password for one server and login."""

    def __init__(self, server_url: str, user: str = ""):
        self.server = login.server_of(server_url)
        self.login = user or self.server.login
        self._typed: str | None = None
        self._remember_typed = False  # kept in the keyring once the server took it

    def available(self) -> str | None:
        """A password known without asking (may be called off the GUI thread); None lets the core try
        $KAMDESK_PASSWORD."""
        if self._typed is not None:
            return self._typed
        return login.remembered_password(self.server, self.login) if self.login else None

    def ask(self, parent: QWidget | None, refused: bool) -> str | None:
        """The login dialog for this server and login (the login fixed); the password typed, None on Cancel."""
        message = login.refused_text() if refused else QCoreApplication.translate(
            "SyncPasswords", "The office server wants your password to sync.")
        dialog = login.LoginDialog(self.server, self.login, remember=False, message=message, parent=parent)
        dialog.login.setReadOnly(True)  # the laptop copy belongs to this login
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            _login, password, remember = dialog.answer()
        finally:
            dialog.deleteLater()
        self._typed, self._remember_typed = password, remember
        return password

    def worked(self, parent: QWidget | None) -> None:
        """The server took the password: keep a typed one in the keyring if the user asked to."""
        if self._remember_typed and self._typed is not None:
            self._remember_typed = False
            self._remember(parent, self._typed)

    def refused(self) -> None:
        """The server turned the password down: the one typed this session is no longer offered."""
        self._typed, self._remember_typed = None, False

    def _remember(self, parent: QWidget | None, password: str) -> None:
        problem = login.remember_password(self.server, self.login, password)
        if problem is not None:
            QMessageBox.information(parent, QCoreApplication.translate("SyncPasswords", "Password not remembered"),
                                    QCoreApplication.translate(
                                        "SyncPasswords", "kamdesk could not keep the password in this computer's "
                                        "keyring (%1). It is kept until kamdesk closes.").replace("%1", problem))
