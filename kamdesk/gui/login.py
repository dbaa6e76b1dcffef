"""Signing in to the team server: the login dialog, the last login and the password in the OS keyring.

`sign_in(url)` opens a server database. A password from the URL, $KAMDESK_PASSWORD,
$PGPASSWORD or ~/.pgpass is used as it is. When the server refuses the login (or wants
a password), the password remembered in this computer's keyring for the server and login
is tried, then the login dialog asks. The password is kept only in the keyring, and only
when the user asks for it; QSettings remembers the last login per server, never a password.
A server that cannot be reached is offered Retry or Quit.
"""

from __future__ import annotations

import logging
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, QSettings
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

from kamdesk.core import db
from kamdesk.core.errors import DatabaseError, DatabaseTooNew, KamdeskError, LoginRefused
from kamdesk.gui.messages import error_text

log = logging.getLogger(__name__)

KEYRING_SERVICE = "kamdesk"  # the keyring entry is "kamdesk HOST:PORT/DATABASE", its user name the login
REFUSED = "refused"  # what an attempt gives when the server turned the login or password down


class Server(NamedTuple):
    """Where a server URL points: "host:port", the database, the login it names ("" when none)."""

    url: str
    address: str
    database: str
    login: str

    def with_login(self, login: str) -> str:
        """The URL with `login` and without a password (the one typed is given to connect apart)."""
        parts = urlsplit(self.url)
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit(parts._replace(netloc=f"{quote(login, safe='')}@{host}"))

    @property
    def keyring_service(self) -> str:
        return f"{KEYRING_SERVICE} {self.address}/{self.database}"


def server_of(url: str) -> Server:
    parts = urlsplit(url)
    address = parts.hostname or "localhost"
    if parts.port:
        address += f":{parts.port}"
    return Server(url, address, parts.path.lstrip("/"), unquote(parts.username or ""))


# ---------------------------------------------------------------- what this computer remembers

def _settings_key(server: Server) -> str:
    return "server_logins/" + quote(f"{server.address}/{server.database}", safe="")


def last_login(server: Server) -> str:
    return str(QSettings().value(_settings_key(server), "") or "")


def set_last_login(server: Server, login: str) -> None:
    QSettings().setValue(_settings_key(server), login)


def keyring_usable() -> bool:
    """Whether this computer has a keyring kamdesk can keep a password in."""
    import keyring
    from keyring.backends import fail

    return not isinstance(keyring.get_keyring(), fail.Keyring)


def remembered_password(server: Server, login: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(server.keyring_service, login)
    except KeyringError as error:
        log.info("no password from the keyring: %s", error)
        return None


def remember_password(server: Server, login: str, password: str) -> str | None:
    """Keep the password in the keyring; the keyring's reason when it cannot."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(server.keyring_service, login, password)
    except KeyringError as error:
        return str(error) or type(error).__name__
    return None


def replace_remembered_password(url: str, password: str) -> None:
    """After a password change: the keyring's copy for the URL's server and login (if one is kept) becomes `password`."""
    server = server_of(url)
    if server.login and remembered_password(server, server.login) is not None:
        remember_password(server, server.login, password)


def forget_password(server: Server, login: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(server.keyring_service, login)
    except KeyringError:  # nothing was remembered (or there is no keyring): nothing to forget
        pass


# ---------------------------------------------------------------- the dialog

class LoginDialog(QDialog):
    """Server and database shown; login, password, and whether to remember the password in the keyring."""

    def __init__(self, server: Server, login: str = "", remember: bool = False, message: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Log in to the team server"))
        self.login = QLineEdit(login, self)
        self.login.setObjectName("login")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keyring"), self)
        self.remember.setObjectName("remember")
        self.remember.setChecked(remember and keyring_usable())
        if not keyring_usable():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no keyring kamdesk can keep a password in."))
        self.message = QLabel(message, self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setVisible(bool(message))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(server)
        for field in (self.login, self.password):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.password if login else self.login).setFocus()

    def _lay_out(self, server: Server) -> None:
        form = QFormLayout()
        address = QLabel(server.address, self)
        address.setObjectName("server")
        database = QLabel(server.database, self)
        database.setObjectName("database")
        form.addRow(self.tr("Server:"), address)
        form.addRow(self.tr("Database:"), database)
        form.addRow(self.tr("L&ogin:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _update_ok(self, *_args) -> None:
        ready = bool(self.login.text().strip()) and bool(self.password.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def answer(self) -> tuple[str, str, bool]:
        """(login, password, remember it)."""
        return self.login.text().strip(), self.password.text(), self.remember.isChecked()


def refused_text() -> str:
    return QCoreApplication.translate("Login", "The server refused the login or password.")


# ---------------------------------------------------------------- signing in

def sign_in(url: str, parent: QWidget | None = None) -> bool | None:
    """Connect to the server database at `url`, asking for the login and password when needed.

    True once connected; False when it cannot be opened (the reason was shown); None when
    the user chose not to go on (Cancel in the dialog, Quit after a failure).
    """
    try:
        db.server_params(url)  # a URL that is no address is said so before anything reads it
    except DatabaseError as error:
        _cannot_open(error, parent)
        return False
    server = server_of(url)
    outcome = _attempt(server, url, None, parent)
    if outcome != REFUSED:
        return outcome
    login = server.login or last_login(server)
    stored = remembered_password(server, login) if login else None
    if stored is not None:
        outcome = _attempt(server, server.with_login(login), stored, parent)
        if outcome is True:
            set_last_login(server, login)
        if outcome != REFUSED:
            return outcome
    return _ask_until_signed_in(server, login, stored is not None, refused_text() if stored is not None else "",
                                parent)


def _ask_until_signed_in(server: Server, login: str, remember: bool, message: str, parent) -> bool | None:
    while True:
        dialog = LoginDialog(server, login, remember, message, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            login, password, remember = dialog.answer()
        finally:
            dialog.deleteLater()
        outcome = _attempt(server, server.with_login(login), password, parent)
        if outcome is True:
            _signed_in(server, login, password if remember else None, parent)
        if outcome != REFUSED:
            return outcome
        message = refused_text()


def _signed_in(server: Server, login: str, password: str | None, parent) -> None:
    """Remember the login; keep the password in the keyring, or forget one kept before."""
    set_last_login(server, login)
    if password is None:
        forget_password(server, login)
        return
    problem = remember_password(server, login, password)
    if problem is not None:
        QMessageBox.information(parent, QCoreApplication.translate("Login", "Password not remembered"),
                                QCoreApplication.translate(
                                    "Login", "kamdesk could not keep the password in this computer's keyring "
                                    "(%1). You will be asked for it at the next start.").replace("%1", problem))


def _attempt(server: Server, url: str, password: str | None, parent) -> bool | None | str:
    """Connect once (again while the user asks to retry): True, REFUSED, False (cannot be opened) or None (quit)."""
    while True:
        try:
            db.connect(url, password=password)
            return True
        except LoginRefused:
            return REFUSED
        except DatabaseTooNew as error:
            _cannot_open(error, parent)
            return False
        except DatabaseError as error:
            if not _retry(server, error, parent):
                return None
        except KamdeskError as error:  # connected, but the schema cannot be brought up to date by this login
            _cannot_open(error, parent)
            return False


def _cannot_open(error: KamdeskError, parent) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("Login", "kamdesk cannot open the database"),
                         error_text(error))


def _retry(server: Server, error: DatabaseError, parent) -> bool:
    """The server could not be reached (or the database opened): whether the user wants to try again."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Login", "Cannot reach the server"),
                      QCoreApplication.translate("Login", "kamdesk cannot connect to the database %2 on the "
                                                 "server %1.").replace("%1", server.address)
                      .replace("%2", server.database), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "Login", "Check the network connection, or ask whoever looks after the server whether it is running."))
    box.setDetailedText(error_text(error))
    retry = box.addButton(QCoreApplication.translate("Login", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(QCoreApplication.translate("Login", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_button)
    try:
        box.exec()
        return box.clickedButton() is retry
    finally:
        box.deleteLater()
