"""The desk's e-mail account: the sender, the SMTP server and the IMAP server of the Sent copy.

Stored per manager as a desk setting (the `setting` table stays on this computer: it does not travel to the
laptop or the office). `KAMDESK_SMTP_URL` (smtp://[user@]host:port, smtps://… for SSL, `?starttls=0` for a
plain connection to this computer, `?from=address`) overrides it for scripts. The password is never stored in
the database: `KAMDESK_SMTP_PASSWORD`, else the OS keyring. One password serves the SMTP and IMAP servers.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from email.utils import formataddr
from urllib.parse import parse_qs, unquote, urlsplit

from kamdesk.core.errors import MailError, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.redaction import remember_secret
from kamdesk.core.services.mail.draft import mailbox

log = logging.getLogger(__name__)

SECURITY = ("starttls", "ssl", "none")
SMTP_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
IMAP_PORTS = {"starttls": 143, "ssl": 993, "none": 143}
SETTING_KEY = "mail_account"
KEYRING_SERVICE = "kamdesk mail"  # the keyring entry is "kamdesk mail HOST:PORT", its user name the login
URL_ENV, PASSWORD_ENV = "KAMDESK_SMTP_URL", "KAMDESK_SMTP_PASSWORD"
MAX_SETTING_CHARS = 16_000


@dataclass(frozen=True)
class Account:
    """Where mail leaves from: the sender, the SMTP server, and the IMAP server for the Sent copy (when set)."""

    from_address: str
    smtp_host: str
    smtp_port: int = 587
    smtp_security: str = "starttls"  # one of SECURITY
    smtp_user: str = ""
    from_name: str = ""
    imap_host: str = ""  # "": no copy in the Sent folder
    imap_port: int = 993
    imap_security: str = "ssl"
    imap_user: str = ""  # "": the SMTP user
    sent_folder: str = "Sent"
    from_environment: bool = False  # KAMDESK_SMTP_URL, not the stored settings

    @property
    def sender(self) -> str:
        """The From header: "Name <address>"."""
        return formataddr((self.from_name, self.from_address)) if self.from_name else self.from_address

    @property
    def login(self) -> str:
        return self.smtp_user

    @property
    def keyring_service(self) -> str:
        return f"{KEYRING_SERVICE} {self.smtp_host}:{self.smtp_port}"

    @property
    def imap_login(self) -> str:
        return self.imap_user or self.smtp_user


def account() -> Account | None:
    """This desk's account for the current manager (KAMDESK_SMTP_URL first); None when none is set up."""
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        return account_from_url(url)
    from kamdesk.core.services.company import setting

    stored = setting(_key())
    return _stored(stored) if stored else None


def save_account(values: dict) -> Account:
    """Check the settings (ValidationError naming each bad field) and keep them for the current manager."""
    from kamdesk.core.services.company import set_setting

    checked = clean_account(values)
    stored = {name: value for name, value in asdict(checked).items() if name != "from_environment"}
    set_setting(_key(), json.dumps(stored, ensure_ascii=False))
    return checked


def clean_account(values: dict) -> Account:
    """The account from a form's values, or a ValidationError with every field's problem in plain words."""
    errors: dict[str, Message] = {}
    text = {name: str(values.get(name) or "").strip() for name in
            ("from_name", "from_address", "smtp_host", "smtp_security", "smtp_user", "imap_host", "imap_security",
             "imap_user", "sent_folder")}
    found = mailbox(text["from_address"])
    if found is None or found[0]:
        errors["from_address"] = Message("Enter the address the mail comes from, like name@example.com.")
    if len(text["from_name"]) > 200 or "\n" in text["from_name"]:
        errors["from_name"] = Message("The sender's name is one line of at most 200 characters.")
    smtp_security = _security(text["smtp_security"] or "starttls", text["smtp_host"], "smtp", errors)
    smtp_port = _port(values.get("smtp_port"), SMTP_PORTS.get(smtp_security, 587), "smtp_port", errors)
    _host(text["smtp_host"], "smtp_host", errors, required=True)
    imap_security, imap_port = "ssl", 993
    if text["imap_host"]:
        _host(text["imap_host"], "imap_host", errors, required=True)
        imap_security = _security(text["imap_security"] or "ssl", text["imap_host"], "imap", errors)
        imap_port = _port(values.get("imap_port"), IMAP_PORTS.get(imap_security, 993), "imap_port", errors)
        if len(text["sent_folder"]) > 200 or "\n" in text["sent_folder"]:
            errors["sent_folder"] = Message("The Sent folder's name is one line of at most 200 characters.")
    for name in ("smtp_user", "imap_user"):
        if len(text[name]) > 254 or "\n" in text[name]:
            errors[name] = Message("The user name is one line of at most 254 characters.")
    if errors:
        raise ValidationError(errors)
    return Account(from_address=found[1], from_name=text["from_name"], smtp_host=text["smtp_host"],
                   smtp_port=smtp_port, smtp_security=smtp_security, smtp_user=text["smtp_user"],
                   imap_host=text["imap_host"], imap_port=imap_port, imap_security=imap_security,
                   imap_user=text["imap_user"], sent_folder=text["sent_folder"] or "Sent")


def _security(value: str, host: str, prefix: str, errors: dict) -> str:
    if value not in SECURITY:
        errors[f"{prefix}_security"] = Message("Choose STARTTLS, SSL or no encryption.")
        return "starttls"
    if value == "none" and host and not is_loopback(host):
        errors[f"{prefix}_security"] = Message(
            "Without encryption kamdesk connects only to this computer (localhost): choose STARTTLS or SSL.")
    return value


def _port(value, default: int, name: str, errors: dict) -> int:
    if value in (None, ""):
        return default
    try:
        port = int(str(value).strip())
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        errors[name] = Message("A port is a whole number from 1 to 65535.")
    return port


def _host(host: str, name: str, errors: dict, required: bool) -> None:
    if not host and required:
        errors[name] = Message("Enter the server's name, like smtp.example.com.")
    elif len(host) > 253 or any(char.isspace() or char in "/@:?#" for char in host):
        errors[name] = Message("“{host}” is not a server name.", host=host)


def is_loopback(host: str) -> bool:
    """Whether `host` is this computer: a plain connection there shows the password to nobody."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def account_from_url(url: str) -> Account:
    """The account KAMDESK_SMTP_URL describes; MailError naming what is wrong with it."""
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise MailError(Message("KAMDESK_SMTP_URL must look like smtp://user@host:587 or smtps://user@host:465."))
    security = "ssl" if parts.scheme == "smtps" else (
        "none" if query.get("starttls", "1") in ("0", "no", "false") else "starttls")
    if security == "none" and not is_loopback(parts.hostname):
        raise MailError(Message("KAMDESK_SMTP_URL asks for no encryption to {host}: kamdesk connects without "
                                "encryption only to this computer (localhost).", host=parts.hostname))
    try:
        port = parts.port or SMTP_PORTS[security]
    except ValueError as error:
        raise MailError(Message("KAMDESK_SMTP_URL has a port that is not one.")) from error
    user = unquote(parts.username or "")
    remember_secret(unquote(parts.password) if parts.password else None)
    sender = query.get("from") or (user if "@" in user else _manager_email())
    found = mailbox(sender or "")
    if found is None:
        raise MailError(Message("Say which address the mail comes from: add ?from=name@example.com to "
                                "KAMDESK_SMTP_URL, or an e-mail address to your manager's details."))
    return Account(from_address=found[1], from_name=query.get("name", found[0]), smtp_host=parts.hostname,
                   smtp_port=port, smtp_security=security, smtp_user=user, from_environment=True)


def _manager_email() -> str:
    from kamdesk.core.services.company import current_manager

    manager = current_manager()
    return manager.email if manager is not None else ""


def _key() -> str:
    from kamdesk.core.services.company import current_manager_id

    manager_id = current_manager_id()
    return SETTING_KEY if manager_id is None else f"{SETTING_KEY}:{manager_id}"


def _stored(text: str) -> Account | None:
    """The stored settings; None (logged) when they cannot be read, so the user sets them up again."""
    try:
        if len(text) > MAX_SETTING_CHARS:
            raise ValueError("too long")
        raw = json.loads(text)
        known = {field.name for field in fields(Account)} - {"from_environment"}
        return clean_account({name: value for name, value in raw.items() if name in known})
    except (ValueError, TypeError, AttributeError, ValidationError) as error:
        log.warning("stored mail account not used: %s", error)
        return None


# ---------------------------------------------------------------- the password

def password(account: Account) -> str | None:
    """KAMDESK_SMTP_PASSWORD (or the URL's), else what the OS keyring keeps for the account; never the database."""
    if account.from_environment:
        url_password = urlsplit(os.environ.get(URL_ENV, "")).password
        given = os.environ.get(PASSWORD_ENV) or (unquote(url_password) if url_password else None)
    else:
        given = os.environ.get(PASSWORD_ENV) or _remembered(account)
    remember_secret(given)
    return given


def _remembered(account: Account) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(account.keyring_service, account.login or account.from_address)
    except KeyringError as error:
        log.info("no mail password from the keyring: %s", error)
        return None


def remember_password(account: Account, password: str) -> Message | None:
    """Keep the password in this computer's keyring; a Message saying why when it cannot."""
    import keyring
    from keyring.errors import KeyringError

    remember_secret(password)
    try:
        keyring.set_password(account.keyring_service, account.login or account.from_address, password)
    except KeyringError as error:
        return Message("The password could not be kept in this computer's keyring ({reason}); enter it when "
                       "you send.", reason=str(error) or type(error).__name__)
    return None


def forget_password(account: Account) -> None:
    """Take the account's password out of the keyring (nothing kept, or no keyring: nothing to do)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(account.keyring_service, account.login or account.from_address)
    except KeyringError:
        pass
