"""The use cases: save a draft for the user's mail program, send by SMTP (then copy to IMAP Sent), each
recorded in the client's history; nothing is recorded when the message did not leave."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kamdesk.core.errors import MailError
from kamdesk.core.messages import Message
from kamdesk.core.models.mail import SentMail
from kamdesk.core.services.mail import records as recording
from kamdesk.core.services.mail.draft import Draft, check_draft
from kamdesk.core.services.mail.eml import message


def save_draft(draft: Draft, path: str | os.PathLike, sender: str = "") -> SentMail:
    """Write the draft as an .eml file at `path` (whole or not at all) and record it in the history as a draft.

    An offer it carries does not move: nobody knows whether the user will send it.
    """
    check_draft(draft)
    mail = message(draft, sender, unsent=True)
    _write_whole(Path(path), mail.as_bytes())
    return recording.record_draft(draft, mail["Message-ID"])


def _write_whole(path: Path, data: bytes) -> None:
    """Write through a temporary file beside `path`, renamed over it: a failure leaves no half-written draft."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".kamdesk-", suffix=".eml.partial", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise MailError(Message("The draft could not be written to {path}: {reason}.", path=str(path),
                                reason=error.strerror or str(error))) from error
