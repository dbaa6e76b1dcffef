"""Starting on a team server: the login dialog, the remembered login, the password in the keyring, Retry/Quit.

Against the throwaway PostgreSQL server, with a login role made here, and an in-memory keyring.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from kamdesk.core import db as kdb
from kamdesk.gui import app as gui_app
from kamdesk.gui.login import LoginDialog, server_of, set_last_login, sign_in
from tests.pg_server import free_port

PASSWORD = "Anna-jelszava-7"
REFUSED = "The server refused the login or password."
_numbers = itertools.count(1)


@pytest.fixture
def memory_keyring(mail_keyring):
    """The tests' in-memory keyring (tests/mail_fixtures.py) under the name these tests use."""
    return mail_keyring


@pytest.fixture(autouse=True)
def no_password_anywhere(monkeypatch, tmp_path):
    for name in ("KAMDESK_PASSWORD", "PGPASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.fixture
def anna(pg_server, pg_url):
    """(login, URL naming her without a password) of a user with a password on a migrated database."""
    kdb.connect(pg_url)
    kdb.close()
    database = pg_url.rsplit("/", 1)[1]
    login = f"anna_{next(_numbers)}"
    with pg_server.connect(database) as connection:
        connection.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {login}")
    yield login, pg_server.url(database, login, None)
    kdb.close()
    with pg_server.connect(database) as connection:
        connection.execute(f"DROP OWNED BY {login}")
        connection.execute(f"DROP ROLE {login}")


def connected_as() -> str:
    return kdb.database.execute_sql("SELECT current_user").fetchone()[0]


class Answers:
    """The modal dialogs answered so far (and any unexpected one after them), and what went wrong answering."""

    def __init__(self, acts):
        self.pending = list(acts)
        self.dialogs: list = []
        self.errors: list[BaseException] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or any(widget is old for old in self.dialogs):
            return
        self.dialogs.append(widget)
        if not self.pending:
            widget.close()  # never leave a dialog blocking the test; the test sees it in the list
            return
        try:
            self.pending.pop(0)(widget)
        except BaseException as error:  # raised again by shown(): a slot's exception would be lost
            self.errors.append(error)
            widget.close()

    def shown(self) -> list:
        self.timer.stop()
        if self.errors:
            raise self.errors[0]
        return self.dialogs


def answering(*acts) -> Answers:
    """Answer the modal dialogs that open, in order, with `acts`; one more is closed and recorded as unexpected."""
    return Answers(acts)


def dialogs(seen: Answers) -> list:
    return seen.shown()


def log_in(password: str, remember: bool | None = None, login: str | None = None, expect: dict | None = None):
    def act(dialog):
        assert isinstance(dialog, LoginDialog)
        if expect:
            for name, value in expect.items():
                assert value(dialog) if callable(value) else getattr(dialog, name).text() == value, name
        if login is not None:
            dialog.login.setText(login)
        dialog.password.setText(password)
        if remember is not None:
            dialog.remember.setChecked(remember)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return act


def cancel(dialog):
    assert isinstance(dialog, LoginDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def settings_text() -> str:
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


def test_without_a_password_the_dialog_asks_and_the_keyring_keeps_it(qapp, anna, memory_keyring):
    login, url = anna
    server = server_of(url)
    seen = answering(log_in(PASSWORD, remember=True, expect={
        "login": login, "server": lambda d: d.findChild(QLabel, "server").text() == server.address,
        "database": lambda d: d.findChild(QLabel, "database").text() == server.database,
        "focus": lambda d: d.focusWidget() is d.password}))
    result = sign_in(url)
    shown = dialogs(seen)
    assert result is True
    assert len(shown) == 1
    assert connected_as() == login
    assert memory_keyring.passwords == {(f"kamdesk {server.address}/{server.database}", login): PASSWORD}
    assert login in settings_text() and PASSWORD not in settings_text()


def test_a_remembered_password_is_tried_first_and_no_dialog_shows(qapp, anna, memory_keyring):
    login, url = anna
    memory_keyring.set_password(server_of(url).keyring_service, login, PASSWORD)
    seen = answering()
    result = sign_in(url)
    shown = dialogs(seen)
    assert result is True
    assert shown == [] and connected_as() == login


def test_a_wrong_remembered_password_brings_the_dialog_with_a_plain_message(qapp, anna, memory_keyring):
    login, url = anna
    service = server_of(url).keyring_service
    memory_keyring.set_password(service, login, "an old password")
    seen = answering(log_in(PASSWORD, expect={
        "message": REFUSED, "remember": lambda d: d.remember.isChecked() and d.message.isVisible()}))
    result = sign_in(url)
    shown = dialogs(seen)
    assert result is True
    assert len(shown) == 1
    assert memory_keyring.passwords[(service, login)] == PASSWORD


def test_a_wrong_password_asks_again_and_cancel_quits_cleanly(qapp, anna, memory_keyring):
    login, url = anna

    def cancel_after_refusal(dialog):
        assert dialog.message.text() == REFUSED and dialog.message.isVisible()
        assert dialog.login.text() == login and dialog.password.text() == ""
        cancel(dialog)

    seen = answering(log_in("not the password", remember=True, expect={"message": lambda d: d.message.isHidden()}),
                     cancel_after_refusal)
    result = sign_in(url)
    shown = dialogs(seen)
    assert result is None and len(shown) == 2
    assert memory_keyring.passwords == {}  # a refused password is never kept
    assert kdb.database.is_closed()


def test_the_last_login_is_offered_when_the_url_names_none(qapp, anna, memory_keyring):
    login, url = anna
    without_login = url.replace(f"{login}@", "")
    set_last_login(server_of(without_login), login)
    seen = answering(log_in(PASSWORD, expect={"login": login}))
    result = sign_in(without_login)
    shown = dialogs(seen)
    assert result is True
    assert len(shown) == 1 and connected_as() == login


def test_a_login_typed_in_the_dialog_replaces_the_one_in_the_url(qapp, anna, memory_keyring):
    login, url = anna
    seen = answering(log_in(PASSWORD, login=login))
    result = sign_in(url.replace(f"{login}@", "somebody_else@"))
    shown = dialogs(seen)
    assert result is True and len(shown) == 1 and connected_as() == login
    assert QSettings().value(f"server_logins/{quote_server(url)}") == login


def quote_server(url: str) -> str:
    from urllib.parse import quote

    server = server_of(url)
    return quote(f"{server.address}/{server.database}", safe="")


def test_not_remembering_forgets_a_password_kept_before(qapp, anna, memory_keyring):
    login, url = anna
    service = server_of(url).keyring_service
    memory_keyring.set_password(service, login, "an old password")
    seen = answering(log_in(PASSWORD, remember=False))
    result = sign_in(url)
    shown = dialogs(seen)
    assert result is True
    assert memory_keyring.passwords == {}


def test_a_password_from_the_environment_needs_no_dialog(qapp, anna, memory_keyring, monkeypatch):
    login, url = anna
    monkeypatch.setenv("KAMDESK_PASSWORD", PASSWORD)
    seen = answering()
    result = sign_in(url)
    shown = dialogs(seen)
    assert result is True
    assert shown == [] and connected_as() == login and memory_keyring.passwords == {}


def test_an_unreachable_server_offers_retry_and_quit(qapp, memory_keyring):
    url = f"postgresql://anna@127.0.0.1:{free_port()}/kamdesk"

    def retry(box):
        assert isinstance(box, QMessageBox)
        assert "127.0.0.1" in box.text() and "kamdesk" in box.text()
        next(b for b in box.buttons() if b.text() == "&Retry").click()

    def quit_(box):
        next(b for b in box.buttons() if b.text() == "&Quit").click()

    seen = answering(retry, quit_)
    result = gui_app.open_database(url, None)
    shown = dialogs(seen)
    assert result is None  # the app ends with code 0, nothing shown after
    assert len(shown) == 2


def test_the_remember_box_is_off_without_a_usable_keyring(qapp):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = LoginDialog(server_of("postgresql://anna@office:5433/kamdesk"), "anna", remember=True)
        assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
        assert dialog.findChild(QLabel, "server").text() == "office:5433"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.password.setText("x")
        assert ok.isEnabled()
        dialog.deleteLater()
    finally:
        keyring.set_keyring(previous)


def test_the_login_dialog_accepts_with_enter(qtbot, memory_keyring):
    dialog = LoginDialog(server_of("postgresql://anna@office/kamdesk"), "anna")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.answer() == ("anna", "secret", False)


def test_cancel_at_the_login_ends_kamdesk_cleanly(qapp, anna, memory_keyring, monkeypatch):
    monkeypatch.setattr(gui_app, "_log_to_file", lambda: None)
    monkeypatch.setattr(gui_app, "install_excepthook", lambda: None)
    _login, url = anna
    seen = answering(cancel)
    code = gui_app.run_gui(url)
    assert len(dialogs(seen)) == 1
    assert code == 0


def test_every_accelerator_of_the_login_dialog_is_its_own(qtbot, memory_keyring):
    from tests.gui.test_translations import accelerator_clashes

    dialog = LoginDialog(server_of("postgresql://anna@office/kamdesk"), "anna", message=REFUSED)
    qtbot.addWidget(dialog)
    assert accelerator_clashes(dialog) == []


def test_a_refusal_after_connecting_is_shown_not_a_crash(qapp, monkeypatch):
    from kamdesk.core.errors import PermissionDenied
    from kamdesk.core.messages import Message

    def refused(*_args, **_kwargs):  # what a login meets when the schema waits for the owner's upgrade
        raise PermissionDenied(Message("The server refused: your role may not do this (permission denied)."))

    monkeypatch.setattr(kdb, "connect", refused)
    texts = []
    seen = answering(lambda box: texts.append(box.text()) or box.close())
    result = sign_in("postgresql://anna@office/kamdesk")
    dialogs(seen)
    assert result is False and "permission denied" in texts[0]
