"""A message to send or to save as a draft: recipients, subject, plain-text body, attached files, the documents
it carries; and the check of it before it leaves (addresses, subject, size)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from email.utils import getaddresses

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Count, Message
from kamdesk.core.services.mail import stored

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
VCARD = "text/vcard"

MAX_ATTACHMENTS_BYTES = 18 * 1024 * 1024  # many providers refuse a message above 25 MB once encoded (base64: 4/3)
MAX_RECIPIENTS = 100
MAX_SUBJECT = 250
LINE_BREAKING = ("Cc", "Zl", "Zp")  # Unicode's control characters and line and paragraph separators
DOCUMENT_KINDS = ("offer", "contract", "order", "statement", "dunning", "letter", "price_list", "package")


@dataclass(frozen=True)
class DocumentRef:
    """A document the message carries: its kind, its record's id (None for a statement or a package), its title."""

    kind: str
    record_id: int | None
    title: str

    def line(self) -> str:
        """How the history stores it: "kind:record_id:title", a title that is a Message kept translatable."""
        return f"{self.kind}:{'' if self.record_id is None else self.record_id}:{stored.keep(self.title)}"

    @classmethod
    def from_line(cls, line: str) -> DocumentRef:
        kind, record_id, title = (line.split(":", 2) + ["", ""])[:3]
        return cls(kind, int(record_id) if record_id.isdigit() else None, stored.read(title))


@dataclass(frozen=True)
class Attachment:
    """A file attached to the message: the name the recipient sees, its bytes, its MIME type, and the documents
    it carries (a document's PDF: that document; a package's one PDF: all of them; a file of the user's: none)."""

    name: str
    data: bytes
    mime: str
    documents: tuple[DocumentRef, ...] = ()


@dataclass
class Draft:
    """A message before it leaves: to whom, what it says, what is attached and which documents it carries."""

    client_id: int | None
    to: list[str]
    subject: str
    body: str
    attachments: list[Attachment] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    documents: list[DocumentRef] = field(default_factory=list)
    language: str = "en"

    @property
    def attachments_size(self) -> int:
        return sum(len(attachment.data) for attachment in self.attachments)

    def keeping(self, attachments: list[Attachment]) -> Draft:
        """The draft with only `attachments` of its own: a document whose every file was removed is no longer
        carried (an offer mailed without its files does not move to sent, nor does the history name it). A
        document no file names stays while any file does."""
        named = {ref for attachment in self.attachments for ref in attachment.documents}
        kept = {ref for attachment in attachments for ref in attachment.documents}

        def carried(ref: DocumentRef) -> bool:
            return ref in kept if ref in named else bool(attachments) or not self.attachments

        return replace(self, attachments=list(attachments), documents=[ref for ref in self.documents if carried(ref)])


def check_draft(draft: Draft) -> None:
    """Refuse a message that cannot leave, naming each field ("to", "cc", "subject", "attachments") in plain words."""
    errors: dict[str, Message] = {}
    if not draft.to:
        errors["to"] = Message("Say whom the message goes to.")
    for name in ("to", "cc"):
        problem = address_problem(getattr(draft, name))
        if problem is not None:
            errors[name] = problem
    if len(draft.to) + len(draft.cc) > MAX_RECIPIENTS:
        errors["to"] = Message("A message goes to at most {count} people.", count=Count(MAX_RECIPIENTS))
    subject = draft.subject.strip()
    if not subject:
        errors["subject"] = Message("Write a subject.")
    elif len(subject) > MAX_SUBJECT or not one_line(subject):
        errors["subject"] = Message("The subject must be one line of at most {count} characters.",
                                    count=Count(MAX_SUBJECT))
    unsendable = next((attachment.name for attachment in draft.attachments if not one_line(attachment.name)), None)
    if unsendable is not None:
        errors["attachments"] = Message("The file name “{name}” holds a line break or a control character: rename "
                                        "the file.", name=shown(unsendable))
    if draft.attachments_size > MAX_ATTACHMENTS_BYTES:
        errors["attachments"] = Message("The attachments are {size} MB together; a message may carry at most "
                                        "{limit} MB.", size=Count(-(-draft.attachments_size // 2**20)),
                                        limit=Count(MAX_ATTACHMENTS_BYTES // 2**20))
    if errors:
        raise ValidationError(errors)


def one_line(text: str) -> bool:
    """Whether `text` fits in a header: no line break (CR, LF, NEL, U+2028, U+2029) nor other control character
    (VT, FF, FS, GS, RS ...), which the message writer refuses."""
    return not any(unicodedata.category(char) in LINE_BREAKING for char in text)


def shown(text: str) -> str:
    """`text` with its control characters as "?", to name it in a message."""
    return "".join("?" if unicodedata.category(char) in LINE_BREAKING else char for char in text)


def address_problem(addresses: list[str]) -> Message | None:
    """Why one of `addresses` ("a@b.hu" or "Name <a@b.hu>") cannot be written to, or None when all can."""
    for text in addresses:
        address = mailbox(text)
        if address is None:
            return Message("“{address}” is not an e-mail address.", address=text.strip())
    return None


def mailbox(text: str) -> tuple[str, str] | None:
    """(display name, address) of "a@b.hu" or "Name <a@b.hu>", the domain in its ASCII (IDNA) form; None when
    `text` is not one valid address whose mailbox name is ASCII (what every mail server accepts)."""
    from email_validator import EmailNotValidError, validate_email

    if not one_line(text):
        return None
    parsed = getaddresses([text])
    if len(parsed) != 1 or not parsed[0][1]:
        return None
    try:
        valid = validate_email(parsed[0][1], check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError:
        return None
    name = _decoded(parsed[0][0])
    if not one_line(name):  # an encoded word may hide a line break ("=?utf-8?q?a=0D=0ABcc:?=")
        return None
    return name, valid.ascii_email


def _decoded(name: str) -> str:
    """A display name as people read it, also when it came RFC 2047-encoded ("=?utf-8?q?Kov=C3=A1cs?=")."""
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(name)))
    except (ValueError, LookupError):  # a broken encoded word: the text as it was typed
        return name
