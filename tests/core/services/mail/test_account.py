"""The e-mail account: checked settings kept per manager on this desk, the password only in the environment or
the keyring (never in the database), KAMDESK_SMTP_URL for scripts, and the connection test against real servers."""

import keyring
import pytest
from keyring.backends import fail

from kamdesk.core.errors import MailError, ValidationError
from kamdesk.core.models import Setting
from kamdesk.core.services import company as company_service
from kamdesk.core.services import mail
from tests.mail_fixtures import MAIL_PASSWORD, MAIL_USER
from tests.mail_servers import HOST, ImapServer

VALUES = {"from_name": "Kiss Anna", "from_address": "anna.kiss@example.hu", "smtp_host": "smtp.example.hu",
          "smtp_user": "anna"}


def errors_of(values: dict) -> dict:
    with pytest.raises(ValidationError) as refused:
        mail.save_account(values)
    return refused.value.errors


def test_saved_for_the_manager_at_the_desk_with_the_securitys_default_port(company, peter, monkeypatch):
    monkeypatch.delenv("KAMDESK_SMTP_URL", raising=False)
    saved = mail.save_account(VALUES)
    assert (saved.smtp_port, saved.smtp_security, saved.imap_host) == (587, "starttls", "")
    assert saved.sender == "Kiss Anna <anna.kiss@example.hu>"
    assert mail.account() == saved
    ssl = mail.save_account({**VALUES, "smtp_security": "ssl", "imap_host": "imap.example.hu", "imap_port": ""})
    assert (ssl.smtp_port, ssl.imap_port, ssl.imap_security, ssl.sent_folder) == (465, 993, "ssl", "Sent")
    company_service.set_current_manager(peter.id)
    assert mail.account() is None  # Péter has not set up his


def test_each_bad_field_is_named_in_plain_words(company):
    assert set(errors_of({"from_address": "anna", "smtp_host": "", "smtp_port": "99999"})) == {
        "from_address", "smtp_host", "smtp_port"}
    assert errors_of({**VALUES, "smtp_security": "none"}) == {"smtp_security": (
        "Without encryption kamdesk connects only to this computer (localhost): choose STARTTLS or SSL.")}
    mail.save_account({**VALUES, "smtp_host": "127.0.0.1", "smtp_security": "none"})  # this computer: allowed
    assert errors_of({**VALUES, "imap_host": "imap.example.hu", "sent_folder": "S" * 201}) == {
        "sent_folder": "The Sent folder's name is one line of at most 200 characters."}
    assert "smtp_host" in errors_of({**VALUES, "smtp_host": "smtp.example.hu:25"})


def test_the_password_lives_in_the_keyring_never_in_the_database(company, mail_keyring, monkeypatch):
    monkeypatch.delenv("KAMDESK_SMTP_PASSWORD", raising=False)
    account = mail.save_account(VALUES)
    assert mail.password(account) is None
    assert mail.remember_password(account, "Jelszó-123") is None
    assert mail.password(account) == "Jelszó-123"
    assert mail_keyring.passwords == {("kamdesk mail smtp.example.hu:587", "anna"): "Jelszó-123"}
    assert not any("Jelszó-123" in row.value for row in Setting.select())
    monkeypatch.setenv("KAMDESK_SMTP_PASSWORD", "from-the-environment")
    assert mail.password(account) == "from-the-environment"
    mail.forget_password(account)
    assert mail_keyring.passwords == {}


def test_without_a_keyring_remembering_says_why(company, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        account = mail.save_account(VALUES)
        reason = mail.remember_password(account, "Jelszó-123")
        assert reason.startswith("The password could not be kept in this computer's keyring")
        assert mail.password(account) is None
    finally:
        keyring.set_keyring(previous)


def test_the_environments_url_overrides_the_settings(company, monkeypatch):
    mail.save_account(VALUES)
    monkeypatch.setenv("KAMDESK_SMTP_URL", "smtps://robot%40example.hu@mail.example.hu")
    found = mail.account()
    assert (found.smtp_host, found.smtp_port, found.smtp_security, found.smtp_user, found.from_address) == (
        "mail.example.hu", 465, "ssl", "robot@example.hu", "robot@example.hu")
    monkeypatch.setenv("KAMDESK_SMTP_URL", "smtp://localhost:2525?starttls=0")
    found = mail.account()
    assert (found.smtp_security, found.smtp_port, found.from_address) == ("none", 2525, "anna.kiss@example.hu")
    monkeypatch.setenv("KAMDESK_SMTP_URL", "http://mail.example.hu")
    with pytest.raises(MailError, match="KAMDESK_SMTP_URL must look like"):
        mail.account()


def test_the_connection_test_logs_in_to_both_servers(company, smtp_server, imap_server, mail_account):
    account = mail.save_account(mail_account)
    mail.test_account(account, MAIL_PASSWORD)
    assert smtp_server.logins == [MAIL_USER] and smtp_server.messages == []
    with pytest.raises(MailError, match="refused the user name or the password"):
        mail.test_account(account, "wrong")


def test_the_connection_test_names_a_missing_sent_folder_and_a_wrong_imap_password(company, smtp_server, mail_ca,
                                                                                    mail_account):
    with ImapServer(mail_ca, users={MAIL_USER: MAIL_PASSWORD}, folders=("INBOX", "Elküldött")) as imap:
        account = mail.save_account({**mail_account, "imap_port": imap.port})
        with pytest.raises(MailError, match="The IMAP server has no folder “Sent”"):
            mail.test_account(account, MAIL_PASSWORD)
        mail.test_account(mail.save_account({**mail_account, "imap_port": imap.port, "sent_folder": "Elküldött"}),
                          MAIL_PASSWORD)
    with ImapServer(mail_ca, users={MAIL_USER: "another"}) as imap:
        account = mail.save_account({**mail_account, "imap_port": imap.port})
        refused = f"The IMAP server {HOST}:{imap.port} refused the user name or the password"
        with pytest.raises(MailError, match=refused):
            mail.test_account(account, MAIL_PASSWORD)


def test_folder_names_go_in_modified_utf7():
    from kamdesk.core.services.mail.imap import modified_utf7

    assert modified_utf7("~peter/mail/台北/日本語") == "~peter/mail/&U,BTFw-/&ZeVnLIqe-"  # RFC 3501's example
    assert modified_utf7("Elküldött & régi") == "Elk&APw-ld&APY-tt &- r&AOk-gi"


def test_the_account_is_kept_in_the_users_own_file_never_in_the_database(company, mail_accounts_file, monkeypatch):
    """Review 19: a `setting` row is read and written by every login of the team server."""
    monkeypatch.delenv("KAMDESK_SMTP_URL", raising=False)
    saved = mail.save_account(VALUES)
    assert not Setting.select().where(Setting.key.contains("mail")).exists()
    assert "smtp.example.hu" in mail_accounts_file.read_text(encoding="utf-8")
    assert mail_accounts_file.stat().st_mode & 0o077 == 0  # nobody else on the computer reads it
    assert [path.name for path in mail_accounts_file.parent.iterdir() if path.name.endswith(".part")] == []
    mail_accounts_file.write_text("{not json", encoding="utf-8")
    assert mail.account() is None  # a spoilt file: set up again
    mail.save_account(VALUES)
    assert mail.account() == saved


def test_the_sent_copy_gets_its_own_password_or_the_smtp_one_only_on_the_same_host(company, mail_keyring):
    """Review 19: the SMTP password never goes to another host named as the IMAP server without the user."""
    elsewhere = mail.save_account({**VALUES, "imap_host": "imap.example.hu"})
    mail.remember_password(elsewhere, "Jelszó-123", imap=False)  # typed for the SMTP server only
    assert mail.imap_password(elsewhere, mail.password(elsewhere)) is None
    mail.remember_password(elsewhere, "Jelszó-123")  # typed with both servers named (the account's settings)
    assert mail.imap_password(elsewhere, None) == "Jelszó-123"
    moved = mail.save_account({**VALUES, "imap_host": "evil.example.com"})
    assert mail.imap_password(moved, mail.password(moved)) is None
    same = mail.save_account({**VALUES, "imap_host": "SMTP.example.hu"})
    assert mail.imap_password(same, "Jelszó-123") == "Jelszó-123"


def test_a_keyring_failing_in_its_own_way_is_no_password_not_a_crash(company, monkeypatch):
    """Review 19: macOS and Windows keyrings raise errors of their own, not KeyringError."""
    account = mail.save_account(VALUES)

    def broken(*_args):
        raise OSError("the keychain is locked")

    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(keyring, name, broken)
    assert mail.password(account) is None
    assert "keyring" in mail.remember_password(account, "Jelszó-123")
    mail.forget_password(account)
