"""The use cases: save a draft for the user's mail program, send by SMTP (then copy to IMAP Sent), each
recorded in the client's history; nothing is recorded when the message did not leave."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from peewee import PeeweeException as PeeweeError

from kamdesk.core.documents.files import write_atomically
from kamdesk.core.errors import KamdeskError, MailError, SentNotRecorded
from kamdesk.core.messages import Message
from kamdesk.core.models.mail import SentMail
from kamdesk.core.redaction import remember_secret, scrub
from kamdesk.core.services.mail import imap, smtp
from kamdesk.core.services.mail import records as recording
from kamdesk.core.services.mail.account import Account
from kamdesk.core.services.mail.account import account as desk_account
from kamdesk.core.services.mail.account import imap_password as kept_imap_password
from kamdesk.core.services.mail.account import password as kept_password
from kamdesk.core.services.mail.draft import Draft, check_draft, mailbox
from kamdesk.core.services.mail.eml import message

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
STEPS = 3  # handed to the SMTP server, copied to Sent, recorded


def save_draft(draft: Draft, path: str | os.PathLike, sender: str = "") -> SentMail:
    """Write the draft as an .eml file at `path` (whole or not at all) and record it in the history as a draft.

    An offer it carries does not move: nobody knows whether the user will send it. A client the user cannot
    see is refused (NotFound) before anything is written.
    """
    check_draft(draft)
    recording.check_client(draft)
    mail = message(draft, sender, unsent=True)
    _write_whole(Path(path), mail.as_bytes())
    return recording.record_draft(draft, mail["Message-ID"])


def _write_whole(path: Path, data: bytes) -> None:
    """Write through a temporary file beside `path`, renamed over it: a failure leaves no half-written draft."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise MailError(Message("The draft could not be written to {path}: {reason}.", path=str(path),
                                reason=error.strerror or str(error))) from error


def send(draft: Draft, account: Account | None = None, password: str | None = None,
         progress: Progress | None = None, imap_password: str | None = None) -> SentMail:
    """Send by SMTP, copy to the Sent folder when the account has IMAP, then record it (one transaction: the
    history's row, a done e-mail activity, each draft offer it carries moved to sent). The copy logs in with
    `imap_password`, else the one kept for the IMAP server, else the SMTP password when it is the same host.

    A refusal, a dropped connection or a wrong password is a MailError and nothing is recorded or moved. A
    failed Sent copy is not a failure: the returned record's `sent_copy` says why.
    """
    check_draft(draft)
    account = account or desk_account()
    if account is None:
        raise MailError(Message("Set up your e-mail account first (sender, SMTP server, user name)."))
    password = password if password is not None else kept_password(account)
    remember_secret(password)  # never in a message or a log line, whatever a server answers
    recording.check_can_record(draft)
    mail = message(draft, account.sender)
    smtp.deliver(account, password, mail, [mailbox(text)[1] for text in draft.to + draft.cc])
    _step(progress, 1)
    if account.imap_host:
        copy_password = imap_password if imap_password is not None else kept_imap_password(account, password)
        remember_secret(copy_password)
        sent_copy = imap.save_copy(account, copy_password, mail.as_bytes())
    else:
        sent_copy = ""
    _step(progress, 2)
    recorded = _record(draft, mail["Message-ID"], sent_copy)
    _step(progress, 3)
    return recorded


def _record(draft: Draft, message_id: str, sent_copy: str) -> SentMail:
    """Record the sent message; a failure now is said as what it is: the message has left, its record has not."""
    try:
        return recording.record_sent(draft, message_id, sent_copy)
    except (KamdeskError, PeeweeError) as error:
        log.exception("mail %s sent but not recorded", message_id)
        raise SentNotRecorded(Message("The message was sent to {recipients}, but it could not be recorded in the "
                                "client's history ({reason}).", recipients=", ".join(draft.to + draft.cc),
                                reason=scrub(str(getattr(error, "message", error))))) from error


def test_account(account: Account, password: str | None, imap_password: str | None = None) -> None:
    """Connect and log in to the SMTP server, and the IMAP server when set (with `imap_password`, else the same
    password: the user typed both servers with it): MailError in plain words."""
    remember_secret(password)
    remember_secret(imap_password)
    smtp.check_login(account, password)
    if account.imap_host:
        imap.check_login(account, imap_password if imap_password is not None else password)


test_account.__test__ = False  # a service, not a test pytest should collect


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, STEPS)
