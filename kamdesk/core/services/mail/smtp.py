"""Sending by SMTP (smtplib): STARTTLS, SSL, or plain to this computer; a time limit on every step.

Every recipient is asked for before the message is handed over: when the server refuses one, the
transaction is reset and nobody receives it, so a refusal leaves nothing half-sent.
"""

from __future__ import annotations

import base64
import smtplib
from email.message import EmailMessage

from kamdesk.core.errors import MailError, MailLoginRefused
from kamdesk.core.messages import Message
from kamdesk.core.services.mail.account import Account
from kamdesk.core.services.mail.transport import TIMEOUT_SECONDS, connection_failure, reason_of, reply_of, tls_context


def deliver(account: Account, password: str | None, mail: EmailMessage, recipients: list[str]) -> None:
    """Hand `mail` to the account's SMTP server for `recipients`; MailError in plain words when it is not taken."""
    with _failures(account):
        server = connect(account, password)
        try:
            _hand_over(server, account, mail, recipients)
        except BaseException:
            server.close()
            raise
    good_bye(server)


def check_login(account: Account, password: str | None) -> None:
    """Connect and log in (and say goodbye): MailError when the server, the encryption or the password is wrong."""
    with _failures(account):
        server = connect(account, password)
        try:
            server.noop()
        except BaseException:
            server.close()
            raise
    good_bye(server)


def good_bye(server: smtplib.SMTP) -> None:
    """QUIT once the message was taken: the server's answer to it changes nothing (a 421, a timeout or a closed
    connection after DATA's 250 still means the message left)."""
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


class _failures:
    """Turn smtplib's and the network's exceptions into MailError."""

    def __init__(self, account: Account):
        self.account = account

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        if error is None or isinstance(error, MailError):
            return False
        plain = _smtp_failure(error, self.account)
        if plain is None:
            return False
        raise plain from error


def connect(account: Account, password: str | None) -> smtplib.SMTP:
    """A connection, encrypted as the account says and logged in when it has a user name."""
    host, port = account.smtp_host, account.smtp_port
    if account.smtp_security == "ssl":
        server = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT_SECONDS, context=tls_context())
    else:
        server = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
    try:
        server.ehlo()
        if account.smtp_security == "starttls":
            if not server.has_extn("starttls"):
                raise MailError(Message("The server {server} does not offer STARTTLS: choose SSL (usually port 465) "
                                        "or ask who runs it.", server=f"{host}:{port}"))
            server.starttls(context=tls_context())
            server.ehlo()
        if account.smtp_user:
            if not password:
                raise MailError(Message("Enter the password of {user} to send.", user=account.smtp_user))
            log_in(server, account.smtp_user, password)
    except BaseException:
        server.close()
        raise
    return server


def log_in(server: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, which speaks ASCII only; a user name or password with other letters goes as UTF-8 by
    AUTH PLAIN (RFC 4616), else AUTH LOGIN."""
    if (user + password).isascii():
        server.login(user, password)
        return
    offered = server.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in offered:
        _expect(server, 235, "AUTH", "PLAIN " + _b64(b"\0" + user.encode() + b"\0" + password.encode()))
    elif "LOGIN" in offered:
        _expect(server, 334, "AUTH", "LOGIN")
        _expect(server, 334, _b64(user.encode()))
        _expect(server, 235, _b64(password.encode()))
    else:
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN or AUTH LOGIN")


def _expect(server: smtplib.SMTP, wanted: int, command: str, argument: str = "") -> None:
    code, reply = server.docmd(command, argument)
    if code != wanted:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _hand_over(server: smtplib.SMTP, account: Account, mail: EmailMessage, recipients: list[str]) -> None:
    code, reply = server.mail(account.from_address)
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, reply, account.from_address)
    refused = []
    for address in recipients:
        code, reply = server.rcpt(address)
        if code not in (250, 251):
            refused.append((address, reply_of(code, reply)))
    if refused:
        server.rset()
        raise MailError(Message("The mail server refused {addresses} ({reason}): nobody was sent the message.",
                                addresses=", ".join(address for address, _ in refused),
                                reason=refused[0][1]))
    code, reply = server.data(mail.as_bytes())
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)


def _smtp_failure(error: BaseException, account: Account) -> MailError | None:
    server = f"{account.smtp_host}:{account.smtp_port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailLoginRefused(Message("The mail server {server} refused the user name or the password.",
                                        server=server))
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return MailError(Message("The mail server {server} does not offer what kamdesk needs ({reason}): check the "
                                 "encryption and the user name.", server=server, reason=reason_of(error)))
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError(Message("The mail server refused the sender {address} ({reason}): nothing was sent.",
                                 address=account.from_address, reason=reply_of(error.smtp_code, error.smtp_error)))
    if isinstance(error, smtplib.SMTPResponseException):
        return MailError(Message("The mail server refused the message ({reason}): nothing was sent.",
                                 reason=reply_of(error.smtp_code, error.smtp_error)))
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return MailError(Message("The mail server {server} closed the connection before the message was sent.",
                                 server=server))
    if isinstance(error, smtplib.SMTPException):
        return MailError(Message("The mail server {server} failed ({reason}): nothing was sent.", server=server,
                                 reason=reason_of(error)))
    return connection_failure(error, account.smtp_host, account.smtp_port)
