"""The e-mail account settings: saved for the manager at the desk with the password in the keyring (never in
the database), each problem beside its field, and the connection tested against real servers on loopback."""

import pytest
from PySide6.QtCore import QRect, Qt

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
                            "imap_host": "imap/example.hu"})
    dialog.show()
    assert not dialog.save()
    assert dialog.error_labels["from_address"].isVisible()
    assert dialog.error_labels["smtp_host"].text() == "“smtp example.hu” is not a server name."
    assert dialog.error_labels["imap_host"].isVisible()
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


def test_the_company_page_opens_the_account_settings(qtbot, company, monkeypatch):
    from kamdesk.gui.company import CompanyPage
    from kamdesk.gui.mail import account_dialog

    opened = []
    monkeypatch.setattr(account_dialog, "edit_account", lambda parent: opened.append(parent))
    page = CompanyPage()
    qtbot.addWidget(page)
    qtbot.mouseClick(page.mail_account_button, Qt.MouseButton.LeftButton)
    assert opened == [page]


def test_the_dialogs_fit_a_laptop_screen(qtbot, company, monkeypatch):
    from kamdesk.core.services.mail import Draft
    from kamdesk.gui import screen_fit
    from kamdesk.gui.mail.send_dialog import SendDialog

    laptop = QRect(0, 0, 1366, 768)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda window: QRect(laptop))
    for dialog in (AccountDialog(), SendDialog(Draft(None, ["a@example.hu"], "Subject", "Body"))):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert laptop.contains(dialog.frameGeometry())
        assert dialog.minimumSizeHint().height() < 700


def test_a_kept_password_is_not_shown_but_said_to_be_kept(qtbot, company, mail_account, mail_keyring):
    mail.remember_password(mail.save_account(mail_account), MAIL_PASSWORD)
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    assert dialog.password.text() == "" and dialog.password.placeholderText() == "kept; type a new one to change it"


def test_the_password_asked_at_sending_is_remembered_when_the_user_says(qtbot, company, mail_account, mail_keyring):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    account = mail.save_account(mail_account)

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, passwords.PasswordDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.password.setText(MAIL_PASSWORD)
        dialog.remember.setChecked(True)
        dialog.accept()

    QTimer.singleShot(10, answer)
    assert passwords.ask(None, account) == MAIL_PASSWORD
    assert mail.password(account) == MAIL_PASSWORD and passwords.known(account) == MAIL_PASSWORD


def test_an_unusable_environment_account_is_said_and_mail_can_still_go_to_the_mail_program(qtbot, company,
                                                                                           monkeypatch):
    from kamdesk.core.services.mail import Draft
    from kamdesk.gui.mail.send_dialog import SendDialog

    monkeypatch.setenv("KAMDESK_SMTP_URL", "smtp://anna@smtp.example.hu:25?starttls=0&from=anna@example.hu")
    send = SendDialog(Draft(None, ["a@example.hu"], "Subject", "Body"))
    settings = AccountDialog()
    for dialog in (send, settings):
        qtbot.addWidget(dialog)
    assert "only to this computer" in send.sender.text()
    assert not send.send_button.isEnabled() and send.mail_program_button.isEnabled()
    assert "only to this computer" in settings.environment_note.text()


def test_unticking_remember_takes_the_old_password_out_of_the_keyring(qtbot, company, mail_account, mail_keyring):
    """Review 19: the old password stayed in the keyring, used in the next session."""
    first = filled(qtbot, mail_account, "old-password")
    assert first.save()  # remembered in the keyring
    second = AccountDialog()
    qtbot.addWidget(second)
    second.password.setText("new-password")
    second.remember.setChecked(False)
    assert second.save()
    account = mail.account()
    assert passwords.known(account) == "new-password"  # for this session
    assert mail_keyring.passwords == {}
    passwords._typed.clear()  # a new session
    assert mail.password(account) is None


def test_the_password_given_here_serves_both_servers_but_one_asked_at_sending_only_smtp(
        qtbot, company, mail_account, mail_keyring, monkeypatch):
    """Review 19: a password typed for the SMTP server goes to another IMAP host only when the user says so."""
    elsewhere = {**mail_account, "imap_host": "localhost"}
    assert filled(qtbot, elsewhere, MAIL_PASSWORD).save()
    account = mail.account()
    assert passwords.known_imap(account) == MAIL_PASSWORD
    mail_keyring.passwords.clear()
    passwords._typed.clear()
    dialog = passwords.PasswordDialog(account)
    qtbot.addWidget(dialog)
    assert dialog.for_imap.isVisibleTo(dialog) and "localhost" in dialog.for_imap.text()
    monkeypatch.setattr(passwords.PasswordDialog, "exec", lambda shown: (
        shown.password.setText(MAIL_PASSWORD), shown.for_imap.setChecked(False), 1)[-1])
    assert passwords.ask(None, account) == MAIL_PASSWORD
    assert passwords.known(account) == MAIL_PASSWORD and passwords.known_imap(account) is None
