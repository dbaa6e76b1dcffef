"""Fixtures of the mail tests (imported by tests/conftest.py): certificates trusted through
KAMDESK_SMTP_CAFILE, an SMTP server with STARTTLS and a login, an IMAP server with a Sent folder, the
account that reaches them, an in-memory keyring, and (for every test) a file of its own for the accounts."""

import itertools

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from tests.mail_servers import HOST, ImapServer, SmtpServer, make_certificates

MAIL_USER, MAIL_PASSWORD = "anna", "titok-Jelszó-42"


@pytest.fixture(scope="session")
def mail_certificates(tmp_path_factory):
    """A certificate authority of the tests' own and the servers' certificate for localhost and 127.0.0.1."""
    return make_certificates(tmp_path_factory.mktemp("mail-certificates"))


@pytest.fixture(scope="session")
def _mail_accounts_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("mail-accounts")


_files = itertools.count()


@pytest.fixture(autouse=True)
def mail_accounts_file(_mail_accounts_folder, monkeypatch):
    """Every test keeps its e-mail accounts in a file of its own (never the user's configuration folder)."""
    path = _mail_accounts_folder / f"mail-accounts-{next(_files)}.json"
    monkeypatch.setenv("KAMDESK_MAIL_ACCOUNTS", str(path))
    return path


@pytest.fixture
def mail_ca(mail_certificates, monkeypatch):
    """The client trusts the tests' certificate authority (and only during this test)."""
    monkeypatch.setenv("KAMDESK_SMTP_CAFILE", str(mail_certificates.ca))
    monkeypatch.delenv("KAMDESK_SMTP_URL", raising=False)
    monkeypatch.delenv("KAMDESK_SMTP_PASSWORD", raising=False)
    return mail_certificates


@pytest.fixture
def smtp_server(mail_ca):
    """aiosmtpd on loopback: STARTTLS required, then a login as MAIL_USER with MAIL_PASSWORD."""
    with SmtpServer(mail_ca, security="starttls", users={MAIL_USER: MAIL_PASSWORD}) as server:
        yield server


@pytest.fixture
def imap_server(mail_ca):
    """An IMAP server over SSL on loopback with INBOX and Sent, for MAIL_USER with MAIL_PASSWORD."""
    with ImapServer(mail_ca, users={MAIL_USER: MAIL_PASSWORD}) as server:
        yield server


@pytest.fixture
def mail_account(smtp_server, imap_server):
    """Values of an account (for `mail.save_account`) that sends through `smtp_server` and copies to `imap_server`."""
    return {"from_name": "Kiss Anna", "from_address": "anna.kiss@example.hu", "smtp_host": HOST,
            "smtp_port": smtp_server.port, "smtp_security": "starttls", "smtp_user": MAIL_USER,
            "imap_host": HOST, "imap_port": imap_server.port, "imap_security": "ssl", "sent_folder": "Sent"}


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict: the tests' stand-in for the OS keyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def mail_keyring():
    """An in-memory keyring for this test; the machine's own (the 'fail' backend) comes back afterwards."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
