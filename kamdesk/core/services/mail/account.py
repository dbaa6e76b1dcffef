"""The desk's e-mail account: the sender, the SMTP server and the IMAP server of the Sent copy.

Each person's account stays on their own computer, never in the database (whose `setting` table every login
of the team server reads and writes): a small JSON file in the user's configuration folder
(`KAMDESK_MAIL_ACCOUNTS` names another file), one entry per company and manager (their gids, the same on the
office's server and the laptop's replica). `KAMDESK_SMTP_URL` (smtp://[user@]host:port, smtps://… for SSL,
`?starttls=0` for a plain connection to this computer, `?from=address`) overrides it for scripts.

The password is never stored there either: `KAMDESK_SMTP_PASSWORD`, else the OS keyring, one entry per server
("kamdesk mail HOST:PORT"). The IMAP server gets the password kept for it, or the SMTP one only when it is the
same host: a password typed for one server never goes to another the user did not name with it.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from email.utils import formataddr
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from kamdesk.core.documents.files import replacing
from kamdesk.core.errors import MailError, ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.redaction import remember_secret
from kamdesk.core.services.mail.draft import mailbox, one_line

log = logging.getLogger(__name__)

SECURITY = ("starttls", "ssl", "none")
SMTP_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
IMAP_PORTS = {"starttls": 143, "ssl": 993, "none": 143}
ACCOUNTS_ENV = "KAMDESK_MAIL_ACCOUNTS"  # the file of the accounts, instead of the one in the configuration folder
KEYRING_SERVICE = "kamdesk mail"  # the keyring entry is "kamdesk mail HOST:PORT", its user name the login
URL_ENV, PASSWORD_ENV = "KAMDESK_SMTP_URL", "KAMDESK_SMTP_PASSWORD"
ACCOUNTS_FILE = "mail-accounts.json"
MAX_FILE_BYTES = 1_000_000


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

    @property
    def imap_keyring_service(self) -> str:
        return f"{KEYRING_SERVICE} {self.imap_host}:{self.imap_port}"

    @property
    def imap_shares_password(self) -> bool:
        """Whether the Sent copy goes to the SMTP server's own host (which has the SMTP password anyway)."""
        return self.imap_host.casefold() == self.smtp_host.casefold()


def account() -> Account | None:
    """This desk's account for the current manager (KAMDESK_SMTP_URL first); None when none is set up."""
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        return account_from_url(url)
    stored = _accounts().get(_key())
    return _stored(stored) if stored is not None else None


def save_account(values: dict) -> Account:
    """Check the settings (ValidationError naming each bad field) and keep them for the current manager on this
    computer (MailError when the file cannot be written)."""
    checked = clean_account(values)
    accounts = _accounts()
    accounts[_key()] = {name: value for name, value in asdict(checked).items() if name != "from_environment"}
    _write_accounts(accounts)
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
    if len(text["from_name"]) > 200 or not one_line(text["from_name"]):
        errors["from_name"] = Message("The sender's name is one line of at most 200 characters.")
    smtp_security = _security(text["smtp_security"] or "starttls", text["smtp_host"], "smtp", errors)
    smtp_port = _port(values.get("smtp_port"), SMTP_PORTS.get(smtp_security, 587), "smtp_port", errors)
    _host(text["smtp_host"], "smtp_host", errors, required=True)
    imap_security, imap_port = "ssl", 993
    if text["imap_host"]:
        _host(text["imap_host"], "imap_host", errors, required=True)
        imap_security = _security(text["imap_security"] or "ssl", text["imap_host"], "imap", errors)
        imap_port = _port(values.get("imap_port"), IMAP_PORTS.get(imap_security, 993), "imap_port", errors)
        if len(text["sent_folder"]) > 200 or not one_line(text["sent_folder"]):
            errors["sent_folder"] = Message("The Sent folder's name is one line of at most 200 characters.")
    for name in ("smtp_user", "imap_user"):
        if len(text[name]) > 254 or not one_line(text[name]):
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
    try:
        parts = urlsplit(url)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        host = parts.hostname
    except ValueError as error:  # an unclosed "[" of an IPv6 address, a character urlsplit refuses
        raise MailError(Message("KAMDESK_SMTP_URL must look like smtp://user@host:587 or smtps://user@host:465.")) \
            from error
    if parts.scheme not in ("smtp", "smtps") or not host:
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
    """The entry of the manager at this desk: the company's gid and the manager's (stable on every copy of the
    database, unlike ids)."""
    from kamdesk.core.services.company import current_manager, get_company

    company, manager = get_company(), current_manager()
    return f"{company.gid if company else '-'}/{manager.gid if manager else '-'}"


def accounts_path() -> Path:
    """The file of this computer's accounts: KAMDESK_MAIL_ACCOUNTS, else mail-accounts.json in the user's
    configuration folder."""
    import platformdirs

    given = os.environ.get(ACCOUNTS_ENV, "").strip()
    return Path(given) if given else Path(platformdirs.user_config_dir("kamdesk", appauthor=False)) / ACCOUNTS_FILE


def _accounts() -> dict:
    """Every account kept on this computer by entry; empty (logged) when the file is missing or unreadable."""
    path = accounts_path()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("too long")
        found = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(found, dict):
            raise ValueError("not a JSON object")
        return found
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("mail accounts in %s not read: %s", path, error)
        return {}


def _write_accounts(accounts: dict) -> None:
    """Write the file whole (a temporary file renamed over it), readable by its owner only."""
    path = accounts_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as temporary:
            with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w",
                           encoding="utf-8") as file:  # readable by its owner only, from the first byte
                json.dump(accounts, file, ensure_ascii=False, indent=1)
    except OSError as error:
        raise MailError(Message("The e-mail account could not be saved in {path}: {reason}.", path=str(path),
                                reason=error.strerror or str(error))) from error


def _stored(raw) -> Account | None:
    """The stored settings; None (logged) when they cannot be read, so the user sets them up again."""
    try:
        known = {field.name for field in fields(Account)} - {"from_environment"}
        return clean_account({name: value for name, value in raw.items() if name in known})
    except (ValueError, TypeError, AttributeError, ValidationError) as error:
        log.warning("stored mail account not used: %s", error)
        return None


# ---------------------------------------------------------------- the password

def password(account: Account) -> str | None:
    """The SMTP password: KAMDESK_SMTP_PASSWORD (or the URL's), else what the OS keyring keeps for the SMTP
    server; never the database."""
    if account.from_environment:
        url_password = urlsplit(os.environ.get(URL_ENV, "")).password
        given = os.environ.get(PASSWORD_ENV) or (unquote(url_password) if url_password else None)
    else:
        given = os.environ.get(PASSWORD_ENV) or _kept(account.keyring_service, account.login or account.from_address)
    remember_secret(given)
    return given


def imap_password(account: Account, smtp_password: str | None) -> str | None:
    """The password for the Sent copy: the one kept for the IMAP server, else `smtp_password` when the IMAP server
    is the SMTP server's host; None otherwise (the copy is not made: no password travels to a server the user
    did not give it to)."""
    if not account.imap_host:
        return None
    kept = _kept(account.imap_keyring_service, account.imap_login or account.from_address)
    remember_secret(kept)
    return kept or (smtp_password if account.imap_shares_password else None)


def _kept(service: str, user: str) -> str | None:
    import keyring

    try:
        return keyring.get_password(service, user)
    except Exception as error:  # noqa: BLE001 (each system's keyring raises its own: macOS, Windows, D-Bus)
        log.info("no mail password from the keyring: %s", type(error).__name__)
        return None


def _entries(account: Account, imap: bool) -> list[tuple[str, str]]:
    """The keyring entries of the account's servers: the SMTP server's, and the IMAP server's when asked."""
    entries = [(account.keyring_service, account.login or account.from_address)]
    if imap and account.imap_host:
        entries.append((account.imap_keyring_service, account.imap_login or account.from_address))
    return entries


def remember_password(account: Account, password: str, imap: bool = True) -> Message | None:
    """Keep the password in this computer's keyring for the SMTP server, and for the IMAP server when `imap` (the
    user gave it for both); a Message saying why when it cannot."""
    import keyring

    remember_secret(password)
    try:
        for service, user in _entries(account, imap):
            keyring.set_password(service, user, password)
    except Exception as error:  # noqa: BLE001 (each system's keyring raises its own)
        log.info("mail password not kept in the keyring: %s", type(error).__name__)
        return Message("The password could not be kept in this computer's keyring ({reason}); enter it when "
                       "you send.", reason=str(error) or type(error).__name__)
    return None


def forget_password(account: Account, refused: str | None = None) -> None:
    """Take the account's passwords out of the keyring (nothing kept, or no keyring: nothing to do). With
    `refused`, only those that are the password a server refused."""
    import keyring

    for service, user in _entries(account, imap=True):
        try:
            if refused is None or keyring.get_password(service, user) == refused:
                keyring.delete_password(service, user)
        except Exception as error:  # noqa: BLE001 (nothing kept raises too)
            log.info("mail password not taken out of the keyring: %s", type(error).__name__)
