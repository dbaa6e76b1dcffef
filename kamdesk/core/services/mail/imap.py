"""The copy of a sent message in the Sent folder, by IMAP APPEND (imaplib), marked as read."""

from __future__ import annotations

import base64
import imaplib
import time

from kamdesk.core.errors import MailError, MailLoginRefused
from kamdesk.core.messages import Message
from kamdesk.core.services.mail import stored
from kamdesk.core.services.mail.account import Account
from kamdesk.core.services.mail.transport import TIMEOUT_SECONDS, connection_failure, reason_of, tls_context

SAVED = "saved"


def save_copy(account: Account, password: str | None, data: bytes) -> str:
    """Append `data` to the Sent folder: "saved", or the reason it was not as the history keeps it (see
    `stored`; never raises: the mail is sent)."""
    try:
        with _session(account, password) as server:
            kind, reply = server.append(quoted(account.sent_folder), r"(\Seen)", time.time(), data)
            if kind != "OK":
                raise imaplib.IMAP4.error(reply_text(reply))
    except MailError as error:
        return stored.keep(error.message)
    except (imaplib.IMAP4.error, OSError, EOFError) as error:
        return stored.keep(_plain(error, account).message)
    return SAVED


def check_login(account: Account, password: str | None) -> None:
    """Connect, log in and open the Sent folder read-only: MailError in plain words when any step fails."""
    try:
        with _session(account, password) as server:
            kind, reply = server.select(quoted(account.sent_folder), readonly=True)
            if kind != "OK":
                raise MailError(Message("The IMAP server has no folder “{folder}” ({reason}).",
                                        folder=account.sent_folder, reason=reply_text(reply)))
    except (imaplib.IMAP4.error, OSError, EOFError) as error:
        raise _plain(error, account) from error


class _session:
    """A logged-in IMAP connection, logged out at the end."""

    def __init__(self, account: Account, password: str | None):
        self.account, self.password = account, password

    def __enter__(self) -> imaplib.IMAP4:
        account = self.account
        if not self.password:
            raise MailError(Message("Enter the password of {user} to save the copy in the Sent folder.",
                                    user=account.imap_login))
        if account.imap_security == "ssl":
            self.server = imaplib.IMAP4_SSL(account.imap_host, account.imap_port, ssl_context=tls_context(),
                                            timeout=TIMEOUT_SECONDS)
        else:
            self.server = imaplib.IMAP4(account.imap_host, account.imap_port, timeout=TIMEOUT_SECONDS)
        try:
            if account.imap_security == "starttls":
                self.server.starttls(ssl_context=tls_context())
            self._login()
        except BaseException:
            self.server.shutdown()
            raise
        return self.server

    def _login(self) -> None:
        user, password = self.account.imap_login, self.password
        try:
            if (user + password).isascii():
                self.server.login(user, password)
            else:  # imaplib's LOGIN speaks ASCII only: other letters go as UTF-8 by AUTHENTICATE PLAIN (RFC 4616)
                self.server.authenticate("PLAIN", lambda challenge: b"\0" + user.encode() + b"\0" + password.encode())
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as error:
            raise MailLoginRefused(Message("The IMAP server {server} refused the user name or the password.",
                                           server=f"{self.account.imap_host}:{self.account.imap_port}")) from error

    def __exit__(self, kind, error, trace):
        try:
            self.server.logout()
        except (imaplib.IMAP4.error, OSError, EOFError):
            pass
        return False


def quoted(folder: str) -> str:
    """The folder name as an IMAP quoted string (a name may hold spaces) in modified UTF-7 ("Elküldött")."""
    return '"' + modified_utf7(folder).replace("\\", "\\\\").replace('"', '\\"') + '"'


def modified_utf7(name: str) -> str:
    """A mailbox name as IMAP writes it (RFC 3501 5.1.3): printable ASCII as it is, "&" as "&-", other letters
    as "&" + base64 of UTF-16BE (with "," for "/", no padding) + "-"."""
    out, pending = [], []

    def flush():
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).rstrip(b"=").replace(b"/", b",")
            out.append("&" + encoded.decode("ascii") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def reply_text(reply) -> str:
    return reason_of(ValueError(b" ".join(part for part in reply if isinstance(part, bytes)) or reply))


def _plain(error: BaseException, account: Account) -> MailError:
    if isinstance(error, MailError):
        return error
    if isinstance(error, imaplib.IMAP4.abort):
        return MailError(Message("The IMAP server {server} closed the connection before the work was done.",
                                 server=f"{account.imap_host}:{account.imap_port}"))
    if isinstance(error, imaplib.IMAP4.error):
        text = reason_of(error)
        return MailError(Message("The IMAP server {server} refused: {reason}.",
                                 server=f"{account.imap_host}:{account.imap_port}", reason=text))
    return connection_failure(error, account.imap_host, account.imap_port) or MailError(reason_of(error))
