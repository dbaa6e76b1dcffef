"""The passphrase of an encrypted database at GUI start-up: asked before anything reads the file, three tries,
Cancel quits; KAMDESK_PASSPHRASE opens it without asking; the screenshot command opens it too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox

from kamdesk.core import cipher
from kamdesk.core import db as kdb
from kamdesk.gui import app as gui_app
from kamdesk.gui.passphrase import PassphraseDialog
from tests.gui.test_login import answering, dialogs

from tests.encrypted import encrypted_file, no_known_keys  # noqa: F401 (the fixture)

PASSPHRASE = "ablak-ajto-kulcs"


pytestmark = pytest.mark.usefixtures("no_known_keys")


@pytest.fixture
def laptop(tmp_path) -> Path:
    """A migrated encrypted database of a company that is set up, closed, its key forgotten."""
    from kamdesk.core.services import company

    return encrypted_file(tmp_path / "laptop.db", PASSPHRASE, lambda: company.set_up(
        {"name": "Saját Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
        {"name": "Kiss Anna", "email": "anna@example.hu"}))


def type_passphrase(text: str):
    def act(dialog):
        assert isinstance(dialog, PassphraseDialog)
        field = dialog.findChild(QLineEdit, "passphrase")
        assert field.echoMode() == QLineEdit.EchoMode.Password
        field.setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():  # refused: the dialog stays for the next try
            act.messages.append(dialog.findChild(QLabel, "message").text())
            act.next(dialog)

    act.messages = []
    return act


def tries(*texts: str):
    """One dialog answered with each passphrase in turn, as long as it stays open; the messages it showed."""
    acts = [type_passphrase(text) for text in texts]
    for act, following in zip(acts, acts[1:] + [None]):
        act.next = following or (lambda dialog: None)
    return acts[0]


def test_the_dialog_shows_the_files_name_and_a_hidden_field(qtbot, laptop):
    dialog = PassphraseDialog(laptop)
    qtbot.addWidget(dialog)
    assert "laptop.db" in dialog.findChild(QLabel, "intro").text()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted


def test_start_up_asks_before_reading_and_opens_with_the_right_passphrase(qtbot, laptop):
    first = tries("wrong-passphrase", PASSPHRASE)
    seen = answering(first)
    assert gui_app.open_database(f"sqlite:///{laptop}", laptop) is True
    assert len(dialogs(seen)) == 1
    assert len(first.messages) == 1 and "does not open laptop.db" in first.messages[0]
    assert "2 tries left" in first.messages[0] and "wrong-passphrase" not in first.messages[0]
    assert kdb.database.execute_sql("SELECT count(*) FROM manager").fetchone() == (1,)


def test_cancel_quits_without_opening(qtbot, laptop, monkeypatch):
    def cancel(dialog):
        assert isinstance(dialog, PassphraseDialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    connected = []
    monkeypatch.setattr(kdb, "connect", lambda *args, **kwargs: connected.append(args))
    seen = answering(cancel)
    assert gui_app.open_database(f"sqlite:///{laptop}", laptop) is None
    assert len(dialogs(seen)) == 1 and connected == []


def test_three_wrong_passphrases_end_the_start(qtbot, laptop):
    texts = []

    def told(box):
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.accept()

    seen = answering(tries("wrong-one-1", "", "x" * 1000), told)
    assert gui_app.open_database(f"sqlite:///{laptop}", laptop) is False
    assert len(dialogs(seen)) == 2 and "wrong three times" in texts[0]


def test_the_environment_opens_it_without_asking(qtbot, laptop, monkeypatch):
    monkeypatch.setenv(cipher.PASSPHRASE_VAR, PASSPHRASE)
    seen = answering()
    assert gui_app.open_database(f"sqlite:///{laptop}", laptop) is True
    assert dialogs(seen) == []


def test_a_stale_passphrase_in_the_environment_asks(qtbot, laptop, monkeypatch):
    monkeypatch.setenv(cipher.PASSPHRASE_VAR, "an-old-passphrase")
    seen = answering(tries(PASSPHRASE))
    assert gui_app.open_database(f"sqlite:///{laptop}", laptop) is True
    assert len(dialogs(seen)) == 1


def test_an_encrypted_databases_log_leaves_out_what_errors_quote(laptop, tmp_path):
    import logging

    import io

    from kamdesk.core import redaction

    console = io.StringIO()
    first = logging.StreamHandler(console)  # formats (and caches) the full traceback before the file's handler
    handler = logging.FileHandler(tmp_path / "kamdesk.log", encoding="utf-8")
    logging.getLogger().addHandler(first)
    logging.getLogger().addHandler(handler)
    try:
        gui_app._keep_values_out_of_log(laptop)
        redaction.guard_log_handlers()
        client = "Rejtett Ügyfél Kft."  # data, not a line of code the traceback quotes
        try:
            raise ValueError(f"{client} owes 12,000")
        except ValueError:
            logging.getLogger("kamdesk.test").error("unexpected error", exc_info=True)
    finally:
        logging.getLogger().removeHandler(first)
        logging.getLogger().removeHandler(handler)
        handler.close()
    written = (tmp_path / "kamdesk.log").read_text(encoding="utf-8")
    assert "unexpected error" in written and "ValueError" in written and "test_passphrase.py" in written
    assert "Rejtett" not in written and "Rejtett" in console.getvalue()


def test_screenshot_of_an_encrypted_database(laptop, tmp_path, monkeypatch, capsys):
    from kamdesk.cli import main

    monkeypatch.setenv(cipher.PASSPHRASE_VAR, PASSPHRASE)
    out = tmp_path / "clients.png"
    assert main(["--database", f"sqlite:///{laptop}", "screenshot", "clients", str(out), "--size", "800x500"]) == 0
    assert out.stat().st_size > 1000
