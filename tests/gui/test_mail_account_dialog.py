"""The e-mail account settings: saved for the manager at the desk with the password in the keyring (never in
the database), each problem beside its field, and the connection tested against real servers on loopback."""

import pytest

from kamdesk.core.models import Setting
from kamdesk.core.services import mail
from kamdesk.gui.mail import passwords
from kamdesk.gui.mail.account_dialog import AccountDialog
from tests.gui.waiting import finish
from tests.mail_fixtures import MAIL_PASSWORD


@pytest.fixture(autouse=True)
def no_session_passwords():
    passwords._typed.clear()
    yield
    passwords._typed.clear()


def filled(qtbot, values: dict, password: str = "") -> AccountDialog:
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    for name, edit in dialog.edits.items():
        edit.setText(str(values.get(name, "")))
    for name in ("smtp_security", "imap_security"):
        combo = getattr(dialog, name)
        combo.setCurrentIndex(combo.findData(values.get(name, "starttls")))
    dialog.smtp_port.setValue(int(values.get("smtp_port", 587)))
    dialog.imap_port.setValue(int(values.get("imap_port", 993)))
    dialog.password.setText(password)
    return dialog


def test_the_settings_are_kept_and_come_back_the_password_in_the_keyring_only(
        qtbot, company, mail_account, mail_keyring):
    dialog = filled(qtbot, mail_account, MAIL_PASSWORD)
    assert dialog.remember.isChecked()
    assert dialog.save() and dialog.saved == mail.account()
    account = mail.account()
    assert (account.from_address, account.smtp_port, account.imap_host, account.sent_folder) == (
        "anna.kiss@example.hu", mail_account["smtp_port"], "127.0.0.1", "Sent")
    assert mail.password(account) == MAIL_PASSWORD
    assert all(MAIL_PASSWORD not in setting.value for setting in Setting.select())
    again = AccountDialog()
    qtbot.addWidget(again)
    assert again.values() == {**mail_account, "imap_user": "", "smtp_port": mail_account["smtp_port"]}
    assert again.password.text() == "" and not again.environment_note.isVisibleTo(again)


def test_each_problem_is_shown_beside_its_field_and_nothing_is_kept(qtbot, company, mail_keyring):
    dialog = filled(qtbot, {"from_address": "anna at example", "smtp_host": "smtp example.hu",
                            "imap_host": "imap.example.hu", "sent_folder": ""})
    dialog.show()
    assert not dialog.save()
    assert dialog.error_labels["from_address"].isVisible()
    assert dialog.error_labels["smtp_host"].text() == "“smtp example.hu” is not a server name."
    assert dialog.error_labels["sent_folder"].isVisible()
    assert dialog.focusWidget() is dialog.edits["from_address"]
    assert mail.account() is None and dialog.isVisible()


def test_choosing_the_encryption_proposes_its_usual_port(qtbot, company):
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("ssl"))
    assert dialog.smtp_port.value() == 465
    dialog.imap_security.setCurrentIndex(dialog.imap_security.findData("starttls"))
    assert dialog.imap_port.value() == 143


def test_the_connection_test_logs_in_to_both_servers(qtbot, company, mail_account, smtp_server, imap_server):
    dialog = filled(qtbot, mail_account, MAIL_PASSWORD)
    finish(qtbot, dialog.test())
    assert dialog.result_label.text() == "Connected and logged in: 127.0.0.1, 127.0.0.1."
    assert smtp_server.logins == ["anna"] and mail.account() is None  # tested, not saved


def test_a_wrong_password_is_said_in_words(qtbot, company, mail_account, smtp_server, imap_server):
    dialog = filled(qtbot, mail_account, "rossz")
    finish(qtbot, dialog.test())
    text = dialog.result_label.text()
    assert text and "password" in text.lower() and "rossz" not in text and "Traceback" not in text


def test_the_environment_account_is_said_to_win(qtbot, company, monkeypatch):
    monkeypatch.setenv("KAMDESK_SMTP_URL", "smtp://anna@127.0.0.1:2525?starttls=0&from=anna@example.hu")
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    assert dialog.environment_note.isVisibleTo(dialog)
