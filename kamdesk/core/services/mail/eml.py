"""The message as bytes (RFC 5322, MIME): for the user's mail program as a draft (`X-Unsent: 1`, which
Outlook and Thunderbird open as an editable message) and for SMTP. Non-ASCII names and subject are encoded
(RFC 2047 in headers, RFC 2231 in the attachments' file names, and RFC 2047 in their Content-Type's `name` for
older mail programs), the body is quoted-printable UTF-8."""

from __future__ import annotations

from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from kamdesk.core.services.mail.draft import Draft, mailbox


WRITER = policy.SMTP.clone(refold_source="none")  # a header set as written (`_name_for_old_programs`) stays so


def message(draft: Draft, sender: str = "", unsent: bool = False) -> EmailMessage:
    """The MIME message of `draft`; `sender` ("Name <a@b.hu>") may be empty for a draft the mail program fills."""
    mail = EmailMessage(policy=WRITER)
    if sender:
        mail["From"] = addresses([sender])
    mail["To"] = addresses(draft.to)
    if draft.cc:
        mail["Cc"] = addresses(draft.cc)
    mail["Subject"] = draft.subject.strip()
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=_domain(sender))
    if unsent:
        mail["X-Unsent"] = "1"
    mail.set_content(draft.body, charset="utf-8", cte="quoted-printable")
    mail["Content-Language"] = draft.language  # after set_content, which clears the Content-* headers
    for attachment in draft.attachments:
        maintype, _, subtype = attachment.mime.partition("/")
        mail.add_attachment(attachment.data, maintype=maintype, subtype=subtype or "octet-stream",
                            filename=attachment.name, params={"name": attachment.name})
        if not attachment.name.isascii():
            _name_for_old_programs(list(mail.iter_parts())[-1], attachment.name)
    return mail


def _name_for_old_programs(part: EmailMessage, name: str) -> None:
    """Name a non-ASCII file also by Content-Type's `name` in RFC 2047 encoded words, as Thunderbird and Gmail do:
    older Outlooks read neither RFC 2231's `filename*` nor `name*`. Written as it is, folded in lines of under 78
    characters."""
    words = Header(name, "utf-8", maxlinelen=60).encode(linesep="\n").split("\n")
    content_type = part.get_content_type()
    del part["Content-Type"]
    part.set_raw("Content-Type", f'{content_type};\n name="' + "\n ".join(word.strip() for word in words) + '"')


def eml_bytes(draft: Draft, sender: str = "") -> bytes:
    """The draft as an .eml file's bytes, with `X-Unsent: 1` (CRLF line ends)."""
    return message(draft, sender, unsent=True).as_bytes()


def addresses(texts: list[str]) -> tuple[Address, ...]:
    """Checked addresses as header values: a name encoded by RFC 2047, a domain in its IDNA form."""
    found = []
    for text in texts:
        name, address = mailbox(text) or ("", text)
        local, _, domain = address.rpartition("@")
        found.append(Address(display_name=name, username=local, domain=domain))
    return tuple(found)


def _domain(sender: str) -> str:
    """The sender's domain for the Message-ID (the computer's name when there is no sender)."""
    from email.utils import parseaddr

    address = parseaddr(sender)[1]
    return address.rpartition("@")[2] if "@" in address else "kamdesk.invalid"
