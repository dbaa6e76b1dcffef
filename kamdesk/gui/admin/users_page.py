"""Admin › Users: the team server's users (login, name, role, head, active); add one, disable one, set a password.

Everything goes through `kamdesk.core.server.users`, which acts on the connected server
(and refuses what the connected role may not do). On a single-user desk (a database file)
the page says that users belong to a team server, and how to get one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD, ROLE_MANAGER
from kamdesk.core.server import users
from kamdesk.core.services import company as company_service
from kamdesk.gui.errors import show_error
from kamdesk.gui.lists import fit_columns
from kamdesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from kamdesk.gui.widgets.max_length import limit_line_edits
from kamdesk.gui.widgets.tables import read_only_rows, with_buttons

LOGIN_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("UsersPage", text)


def role_titles() -> dict[str, str]:
    return {ROLE_MANAGER: _tr("Key account manager"), ROLE_HEAD: _tr("Head of department"),
            ROLE_ADMIN: _tr("Administrator")}


class UsersPage(QWidget):
    """The users of the team server, with Add user, Disable and Set password; an explanation on a desk file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("users_page")
        self.rows: list[users.UserInfo] = []
        layout = QVBoxLayout(self)
        if not company_service.on_server():
            layout.addWidget(self._desk_file_note())
            layout.addStretch(1)
            self.table = None
            return
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Head"),
                                              self.tr("Active")])
        read_only_rows(self.table)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = self._button(self.tr("&Add user…"), "add_user", self.add_user)
        self.disable_button = self._button(self.tr("&Disable…"), "disable_user", self.disable_user)
        self.password_button = self._button(self.tr("Set &password…"), "set_password", self.set_password)
        layout.addLayout(with_buttons(self.table, (self.add_button, self.disable_button, self.password_button)))
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _desk_file_note(self) -> QLabel:
        note = QLabel(self.tr(
            "Users and passwords belong to a team server (PostgreSQL). This desk is a database file on this "
            "computer and needs no login.\n\n"
            "To work as a team, the database owner sets up a server once with “kamdesk server init URL --admin "
            "LOGIN”; each user then starts kamdesk with --database postgresql://LOGIN@SERVER/DATABASE and logs in."),
            self)
        note.setObjectName("desk_file_note")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return note

    # ------------------------------------------------------------ the list
    def refresh(self) -> None:
        if self.table is None:
            return
        keep = self.current_login()
        self.rows = users.list_users()
        titles = role_titles()
        names = {user.login: user.name for user in self.rows}
        self.table.setRowCount(len(self.rows))
        for row, user in enumerate(self.rows):
            head = names.get(user.head_login, user.head_login) if user.head_login else ""
            cells = (user.login, user.name, titles.get(user.role, user.role), head,
                     self.tr("yes") if user.active else self.tr("disabled"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(LOGIN_ROLE, user.login)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        fit_columns(self.table, stretch=1, text=[1])
        self.select(keep or (self.rows[0].login if self.rows else None))
        self._update_buttons()

    def select(self, login: str | None) -> None:
        row = next((n for n, user in enumerate(self.rows) if user.login == login), -1)
        if row >= 0:
            self.table.selectRow(row)

    def current_login(self) -> str | None:
        user = self.current_user()
        return user.login if user else None

    def current_user(self) -> users.UserInfo | None:
        if self.table is None:
            return None
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        user = self.current_user()
        me = getattr(company_service.current_manager(), "login", None)
        self.disable_button.setEnabled(user is not None and user.active and user.login != me)
        self.password_button.setEnabled(user is not None and user.active)

    # ------------------------------------------------------------ actions
    def add_user(self) -> str | None:
        """The Add user dialog; the new user's login once added."""
        heads = [(user.name, user.login) for user in self.rows if user.role == ROLE_HEAD and user.active]
        dialog = UserDialog(heads, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            login = dialog.added.login
        finally:
            dialog.deleteLater()
        self.refresh()
        self.select(login)
        return login

    def disable_user(self) -> bool:
        user = self.current_user()
        if user is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Disable the user"),
            self.tr("Disable %1 (%2)? They can no longer log in; their clients and documents stay, and an "
                    "administrator can hand them over.").replace("%1", user.name).replace("%2", user.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            users.disable_user(user.login)
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    def set_password(self) -> bool:
        user = self.current_user()
        if user is None:
            return False
        dialog = PasswordDialog(user, self)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------- dialogs

def _error_label(parent: QWidget, key: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{key}_error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(QDialog):
    """A form whose fields each have their error label below them; OK runs `save()` and closes when it succeeds."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, key: str, text: str, widget: QWidget) -> None:
        self.form.addRow(text, widget)
        self.labels[key] = _error_label(self, key)
        self.form.addRow("", self.labels[key])
        self.widgets[key] = widget

    def finish(self) -> None:
        self.errors = FieldErrors(self.labels, self.widgets, other=_error_label(self, "form"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.other)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def passwords(self) -> str | None:
        """The password typed twice alike; None (the difference shown) when the two differ."""
        if self.password.text() != self.password_again.text():
            self.errors.show({"password_again": _tr("The two passwords differ.")})
            return None
        return self.password.text()

    def accept(self) -> None:
        if self.save():
            super().accept()


class UserDialog(_FormDialog):
    """A new user: login, name, role, head (for a key account manager), password twice."""

    def __init__(self, heads: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_dialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.added: users.UserInfo | None = None
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.login.setPlaceholderText(self.tr("small letters, e.g. nagy_peter"))
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        limit_line_edits(self, "manager")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role, title in role_titles().items():
            self.role.addItem(title, role)
        self.head = QComboBox(self)
        self.head.setObjectName("head")
        self.head.addItem(self.tr("nobody"), None)
        for name, login in heads:
            self.head.addItem(f"{name} ({login})", login)
        self.password = _password_field(self, "password")
        self.password_again = _password_field(self, "password_again")
        self.add_field("login", self.tr("&Login:"), self.login)
        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("role", self.tr("&Role:"), self.role)
        self.add_field("head", self.tr("&Head:"), self.head)
        self.add_field("password", self.tr("&Password:"), self.password)
        self.add_field("password_again", self.tr("Password &again:"), self.password_again)
        self.finish()
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self, *_args) -> None:
        """Only a key account manager reports to a head."""
        self.head.setEnabled(self.role.currentData() == ROLE_MANAGER)
        if not self.head.isEnabled():
            self.head.setCurrentIndex(0)

    def save(self) -> bool:
        password = self.passwords()
        if password is None:
            return False
        done, self.added = self.errors.attempt(self, lambda: users.add_user(
            self.login.text(), self.name.text(), self.role.currentData(), password, self.head.currentData()))
        return done


class PasswordDialog(_FormDialog):
    """A new password for a user, typed twice."""

    def __init__(self, user: users.UserInfo, parent: QWidget | None = None, own: bool = False):
        super().__init__(parent)
        self.setObjectName("password_dialog")
        self.user = user
        self.chosen: str | None = None  # the new password once saved
        self.password = _password_field(self, "password")
        self.password_again = _password_field(self, "password_again")
        if own:
            self.setWindowTitle(self.tr("Change my password"))
            text = self.tr("Your new password (%1). It works from your next login; kamdesk stays open.")
        else:
            self.setWindowTitle(self.tr("Set the password of %1").replace("%1", user.login))
            text = self.tr("A new password for %1 (%2). Tell it to them in person; they can log in with it at once.")
        intro = QLabel(text.replace("%1", user.login) if own
                       else text.replace("%1", user.name).replace("%2", user.login), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.add_field("password", self.tr("New &password:"), self.password)
        self.add_field("password_again", self.tr("Password &again:"), self.password_again)
        self.finish()

    def save(self) -> bool:
        password = self.passwords()
        if password is None:
            return False
        done, _ = self.errors.attempt(self, lambda: users.set_password(self.user.login, password))
        self.chosen = password if done else None
        return done


def change_own_password(parent: QWidget) -> str | None:
    """The logged-in user sets their own password on the team server; the new password, or None if not changed."""
    me = company_service.current_manager()
    if me is None or not me.login:
        return None
    user = users.UserInfo(me.login, me.name, me.role, None, True, me.id)
    dialog = PasswordDialog(user, parent, own=True)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen
    finally:
        dialog.deleteLater()
