"""What the SMTP and IMAP connections share: the TLS context, the time limit, and failures in plain words."""

from __future__ import annotations

import os
import socket
import ssl

from kamdesk.core.errors import MailError
from kamdesk.core.messages import Message
from kamdesk.core.redaction import scrub

TIMEOUT_SECONDS = 30
CAFILE_ENV = "KAMDESK_SMTP_CAFILE"  # a private certificate authority's certificates (PEM), for a company's server
MAX_REPLY_CHARS = 200


def tls_context() -> ssl.SSLContext:
    """The system's certificate authorities, or those of KAMDESK_SMTP_CAFILE; host names are checked."""
    cafile = os.environ.get(CAFILE_ENV) or None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as error:
        raise MailError(Message("The certificates in {path} ({variable}) cannot be read: {reason}.", path=cafile,
                                variable=CAFILE_ENV, reason=reason_of(error))) from error


def reply_of(code: int, reply: bytes | str) -> str:
    """A server's answer as it said it ("550 5.1.1 User unknown"), short and without a password in it."""
    return reason_of(f"{code} {reply.decode('utf-8', 'replace') if isinstance(reply, bytes) else reply}")


def reason_of(error: BaseException | bytes | str) -> str:
    """A short reason from an exception or a server's reply, without a password in it."""
    text = error if isinstance(error, bytes | str) else getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error) or type(error).__name__
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(str(text).split())
    return scrub(text[:MAX_REPLY_CHARS])


def connection_failure(error: BaseException, host: str, port: int) -> MailError | None:
    """The plain words for a failure to reach or keep a server; None when `error` is not one of those."""
    where = f"{host}:{port}"
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailError(Message("The certificate of {server} could not be verified ({reason}): it is not the "
                                 "server it claims to be, or its certificate authority is unknown to this computer.",
                                 server=where, reason=error.verify_message or reason_of(error)))
    if isinstance(error, ssl.SSLError):
        return MailError(Message("The secure connection to {server} failed ({reason}): check the port and the "
                                 "encryption (STARTTLS or SSL).", server=where, reason=reason_of(error)))
    if isinstance(error, socket.gaierror):
        return MailError(Message("The server {host} was not found: check its name and the network.", host=host))
    if isinstance(error, TimeoutError | socket.timeout):
        return MailError(Message("The server {server} did not answer in time.", server=where))
    if isinstance(error, ConnectionRefusedError):
        return MailError(Message("The server {server} refused the connection: check the server's name and port.",
                                 server=where))
    if isinstance(error, ConnectionError | EOFError):
        return MailError(Message("The server {server} closed the connection before the work was done.",
                                 server=where))
    if isinstance(error, OSError):
        return MailError(Message("The server {server} could not be reached: {reason}.", server=where,
                                 reason=reason_of(error)))
    return None
