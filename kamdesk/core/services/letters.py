"""Letters from templates: one client's letter, and a mail merge over a filtered client list.

`letter_pdf(template_id, client_id, fields)` is one client's letter as PDF bytes. `merge(template_id, filter,
fields, ...)` goes through the clients the filter finds (the client list's `ClientFilter`: segment, manager,
status, key account), and for each makes the letter or says why not (`MergeEntry.skipped`: the template prints a
field that is empty for that client; `not_mailed`: e-mails are asked and the client has no address, or the server
refused it — its PDF is still written; `failed`: its PDF could not be written, and it was not mailed either;
`warning`: sent, but not in the client's history). It writes one PDF per
client into a folder (names safe on every system, never overwriting a file), and/or saves an e-mail draft or sends
an e-mail per client through the mail service (`mail.save_draft` / `mail.send`, the PDF attached, the letter's text
as the body). A `dry_run` only says who would get a letter. `stop()` ends a merge after the current client: what
was written or sent stays, and the result says so; so does a fault that ends it early (`MergeResult.error`).

The letter speaks as the client's account manager (else the manager at the desk), from the company's details; the
contact is the client's primary contact, and an e-mail goes to that contact's address, else the client's, else
another contact's.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.core.documents.contract_context import _address, client_fields, contact_fields
from kamdesk.core.documents.contract_data import ContractParty
from kamdesk.core.documents.countries import country_name
from kamdesk.core.documents.formatting import format_date
from kamdesk.core.documents.contract_template import Fields
from kamdesk.core.documents.letter import (
    FREE_ROOT,
    KIND,
    MERGE_BATCH,
    Letter,
    field_label,
    free_fields,
    letter_fields,
    letter_pdf_bytes,
    render_letter,
    render_letters,
    titled,
)
from kamdesk.core.errors import KamdeskError, SentNotRecorded, ValidationError
from kamdesk.core.messages import Message, joined
from kamdesk.core.models import Client, Contact, Manager
from kamdesk.core.models.contract import ContractTemplate
from kamdesk.core.redaction import scrub
from kamdesk.core.services import catalogue
from kamdesk.core.services.client_search import ClientFilter, search_clients
from kamdesk.core.services.company import current_manager, get_company
from kamdesk.core.services.contract.templates import get_template, list_templates
from kamdesk.core.services.dunning_letters import _client_lines, _ours

PREVIEW_COUNT = 3
log = logging.getLogger(__name__)


# ---------------------------------------------------------------- templates

def letter_templates() -> list[ContractTemplate]:
    """The letter templates in use (built-in ones seeded once), by language and name."""
    return list_templates(KIND)


def letter_template(template_id: int) -> ContractTemplate:
    template = get_template(template_id)
    if template.kind != KIND:
        raise ValidationError({"template": Message("“{name}” is a contract template, not a letter's.",
                                                   name=template.name)})
    return template


def find_template(text: str) -> ContractTemplate:
    """The letter template a user names (the CLI): its id, its key ("price_change_hu") or its name."""
    wanted = text.strip()
    for template in letter_templates():
        if wanted.casefold() in (str(template.id), template.key.casefold(), template.name.strip().casefold()):
            return template
    raise ValidationError({"template": Message("There is no letter template “{name}”.", name=wanted)})


def client_filter(segment: str | None = None, manager: str | None = None, status: str | None = None,
                  key_account: bool | None = None) -> ClientFilter:
    """The merge's filter from names a user types (the CLI): a segment's and a manager's name, a status code."""
    from kamdesk.core.models.party import STATUSES, Segment

    errors, found = {}, {}
    if segment:
        found["segment_id"] = getattr(Segment.get_or_none(Segment.name == segment.strip()), "id", None)
        if found["segment_id"] is None:
            errors["segment"] = Message("There is no segment called “{name}”.", name=segment.strip())
    if manager:
        found["manager_id"] = getattr(Manager.get_or_none(Manager.name == manager.strip()), "id", None)
        if found["manager_id"] is None:
            errors["manager"] = Message("There is no manager called “{name}”.", name=manager.strip())
    if status and status not in STATUSES:
        errors["status"] = Message("A client's status is one of: {statuses}.", statuses=", ".join(STATUSES))
    if errors:
        raise ValidationError(errors)
    return ClientFilter(status=status or None, key_account=key_account, **found)


def template_fields(template_id: int) -> tuple[str, ...]:
    """The free fields the template uses (`{{ fields.effective_date }}`): what to ask the user for."""
    return free_fields(letter_template(template_id).source)


# ---------------------------------------------------------------- one letter

def recipient(client: Client) -> tuple[Contact | None, str]:
    """(the contact the letter addresses: the primary one, else the first; whom its e-mail goes to, "Name <address>":
    that contact, else the client, else any other contact, the first with an address; "" when none has one)."""
    from kamdesk.core.services.mail.documents import recipients

    contact = (Contact.select().where(Contact.client == client.id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    found = recipients(client, contact)
    return contact, found[0] if found else ""


def letter_context(client: Client, language: str, values: dict, today: dt.date | None = None) -> dict:
    """What a letter's template prints for `client`, formatted in `language`; `values` are the free fields."""
    company = get_company()
    manager = (Manager.get_or_none(Manager.id == client.manager_id) if client.manager_id else None) \
        or current_manager()
    contact, _ = recipient(client)
    home = company.country if company else "HU"
    column = catalogue.client_column(client)
    return {
        "company": {
            "name": company.name if company else "",
            "address": _address(company, "", language, home) if company else "",
            "tax_number": company.tax_number if company else "",
            "registration_number": company.registration_number if company else "",
            "bank_account": company.bank_account if company else "",
            "country": country_name(company.country, language) if company else "",
            "city": company.city if company else "", "representative": manager.name if manager else "",
            "email": manager.email if manager else "", "phone": ""},
        "client": client_fields(client, language, home, column, company.currency if company else "HUF"),
        "contact": contact_fields(contact),
        "manager": {"name": manager.name if manager else "", "email": manager.email if manager else "", "phone": ""},
        "today": format_date(today or dt.date.today(), language),
        FREE_ROOT: {name: str(value).strip() for name, value in (values or {}).items()},
    }


def missing_error(rendered) -> ValidationError | None:
    """A ValidationError naming every empty field the letter prints, or None."""
    if not rendered.missing:
        return None
    return ValidationError({f"missing.{path}": Message("The letter prints {what}, which is empty.",
                                                       what=field_label(path)) for path in rendered.missing})


def make_letter(template: ContractTemplate, client: Client, values: dict, today: dt.date | None = None,
                fields: Fields | None = None) -> Letter:
    """`client`'s letter from `template`; ValidationError naming every empty field it would print.

    `fields`: the template's `letter_fields`, read once for a whole merge.
    """
    today = today or dt.date.today()
    rendered = render_letter(template.source, letter_context(client, template.language, values, today),
                             fields=fields)
    return _letter_of(rendered, client, template.language, today)


def _letter_of(rendered, client: Client, language: str, today: dt.date) -> Letter:
    """The letter `rendered` for `client` laid out with our letterhead; refused while it prints an empty field."""
    error = missing_error(rendered)
    if error is not None:
        raise error
    company = get_company()
    return Letter(language=language, rendered=titled(rendered), company=_ours(company, client, language),
                  addressee=ContractParty(name=client.name, lines=tuple(_client_lines(client, company, language))),
                  place_date=", ".join(x for x in (company.city if company else "", format_date(today, language)) if x),
                  logo=bytes(company.logo) if company is not None and company.logo else None)


def letter(template_id: int, client_id: int, values: dict, today: dt.date | None = None) -> Letter:
    client = Client.get_or_not_found(Client.id == client_id, Message("The client no longer exists."))
    return make_letter(letter_template(template_id), client, values, today)


def preview(template_id: int, client_id: int, values: dict, today: dt.date | None = None):
    """(the letter as it would print, titled, with its empty fields marked, a ValidationError naming them or None)."""
    template = letter_template(template_id)
    client = Client.get_or_not_found(Client.id == client_id, Message("The client no longer exists."))
    rendered = render_letter(template.source, letter_context(client, template.language, values, today),
                             mark_missing=True)
    return titled(rendered), missing_error(rendered)


def letter_pdf(template_id: int, client_id: int, values: dict, today: dt.date | None = None) -> bytes:
    """One client's letter as a PDF; refused (ValidationError) while it would print an empty field."""
    return letter_pdf_bytes(letter(template_id, client_id, values, today))


def write_letter(template_id: int, client_id: int, values: dict, path: Path, today: dt.date | None = None) -> Path:
    """Write one client's letter to `path` (whole or not at all); nothing is written while a field is empty."""
    from kamdesk.core.documents.files import write_atomically

    write_atomically(Path(path), letter_pdf(template_id, client_id, values, today))
    return Path(path)


def file_name(made: Letter) -> str:
    """"Price change notice - Győri Ősz Kft.pdf", safe on every system."""
    from kamdesk.core.services.contract import safe_file_name

    return safe_file_name(f"{made.title} - {made.addressee.name}.pdf")


def letter_draft(template_id: int, client_id: int, values: dict, today: dt.date | None = None):
    """One client's letter as an e-mail (`mail.Draft`) to its contact's address, else the client's (may be none)."""
    client = Client.get_or_not_found(Client.id == client_id, Message("The client no longer exists."))
    made = make_letter(letter_template(template_id), client, values, today)
    _, address = recipient(client)
    return draft_for(made, client, letter_pdf_bytes(made), address)


def draft_for(made: Letter, client: Client, pdf: bytes, address: str):
    """The e-mail carrying the letter: to `address`, its title as the subject, its text as the body."""
    from kamdesk.core.services import mail

    name = file_name(made)
    return mail.Draft(client_id=client.id, to=[address] if address else [], subject=made.title, body=made.text(),
                      attachments=[mail.Attachment(name=name, data=pdf, mime=mail.PDF)],
                      documents=[mail.DocumentRef(kind="letter", record_id=None, title=made.title)],
                      language=made.language)


# ---------------------------------------------------------------- the merge

@dataclass
class MergeEntry:
    """One client of a merge: its letter (and where it went), or why it was skipped."""

    client_id: int
    client_name: str
    email: str = ""
    letter: Letter | None = None
    file: Path | None = None  # the PDF written
    mailed: str = ""  # "draft" (an .eml saved), "sent"
    skipped: str = ""  # a Message: why this client gets no letter
    not_mailed: str = ""  # a Message: why its letter was not mailed when e-mails were asked (no address ...)
    failed: str = ""  # a Message: why its letter could not be written (then it was not mailed either)
    warning: str = ""  # a Message: mailed, but something after it went wrong (sent, not in the history)
    pdf: bytes | None = None  # kept for a preview only


@dataclass
class MergeResult:
    entries: list[MergeEntry] = field(default_factory=list)
    total: int = 0  # the clients the filter found
    stopped: bool = False  # stopped before the end: the entries say what was done
    error: str = ""  # a Message: why it stopped before the end when the user did not stop it

    @property
    def made(self) -> list[MergeEntry]:
        return [entry for entry in self.entries if not entry.skipped and not entry.failed]

    @property
    def skipped(self) -> list[MergeEntry]:
        return [entry for entry in self.entries if entry.skipped]

    @property
    def failed(self) -> list[MergeEntry]:
        """Clients whose letter was made but could not be written (a full disk, a refused file name)."""
        return [entry for entry in self.entries if entry.failed]

    @property
    def not_mailed(self) -> list[MergeEntry]:
        """Clients whose letter was made (and written) but not mailed: no address, or the server refused it."""
        return [entry for entry in self.entries if entry.not_mailed]

    @property
    def mailed(self) -> list[MergeEntry]:
        return [entry for entry in self.entries if entry.mailed]


@dataclass(frozen=True)
class Delivery:
    """How a merge's e-mails go: sent with `account` and `password` (`send`), else saved as drafts into `folder`
    with `sender` as their From ("": the mail program fills it)."""

    send: bool
    folder: Path | None = None
    sender: str = ""
    account: object = None
    password: str | None = field(default=None, repr=False)


def merge_clients(client_filter: ClientFilter) -> list[int]:
    """The ids of the clients a merge writes to: the client list's filter, archived clients never."""
    return [row.id for row in search_clients(ClientFilter(**{**vars(client_filter), "archived": False}))]


def check_output(pdf_dir: Path | None, eml_dir: Path | None, send: bool, dry_run: bool) -> None:
    """A merge must say where its letters go: a PDF folder and/or e-mails (drafts or sent), not both kinds of mail."""
    errors = {}
    if eml_dir is not None and send:
        errors["mail"] = Message("Either save the e-mails as drafts or send them, not both.")
    if not dry_run and pdf_dir is None and eml_dir is None and not send:
        errors["output"] = Message("Say where the letters go: a folder for the PDFs and/or e-mails.")
    for name, folder in (("pdf", pdf_dir), ("eml", eml_dir)):
        if folder is not None and not dry_run and not Path(folder).is_dir():
            errors[name] = Message("The folder {folder} does not exist.", folder=str(folder))
    if errors:
        raise ValidationError(errors)


def merge(template_id: int, client_filter: ClientFilter, values: dict, *, pdf_dir: Path | None = None,
          eml_dir: Path | None = None, send: bool = False, dry_run: bool = False, limit: int | None = None,
          progress: Callable[[int, int], None] | None = None, stop: Callable[[], bool] | None = None,
          today: dt.date | None = None, keep_pdf: bool = False, account=None,
          password: str | None = None) -> MergeResult:
    """The letter of `template_id` for each client `client_filter` finds (see the module's docstring).

    `limit`: at most this many clients (a preview); `keep_pdf`: keep each letter's PDF in its entry. `account`
    and `password`: what `send` sends with (the desk's account and its password unless given), settled before
    the first letter, so a missing account stops the merge before anything is written.

    Once the first letter is on its way, nothing is raised: a client whose file cannot be written (`failed`) or
    whose e-mail is refused (`not_mailed`) says why and the merge goes on, since the next client's may go; a fault
    that ends the merge (the database out of reach) stops it with `error`, the entries saying what was done.
    """
    check_output(pdf_dir, eml_dir, send, dry_run or limit is not None)
    template = letter_template(template_id)
    mailing = eml_dir is not None or send
    delivery = _delivery(eml_dir, send, account, password) if mailing and not dry_run else None
    ids = merge_clients(client_filter)[:limit] if limit is not None else merge_clients(client_filter)
    result = MergeResult(total=len(ids))
    try:
        _merge_all(result, template, ids, values, today or dt.date.today(), mailing, dry_run, keep_pdf,
                   pdf_dir, delivery, progress, stop)
    except Exception as error:  # what was written or sent so far must still be said
        log.exception("mail merge stopped after %d of %d clients", len(result.entries), len(ids))
        result.stopped = True
        result.error = error.message if isinstance(error, KamdeskError) else Message(
            "An unexpected error stopped it: {reason}.", reason=scrub(str(error)) or type(error).__name__)
    return result


def _merge_all(result: MergeResult, template, ids: list[int], values: dict, today: dt.date, mailing: bool,
               dry_run: bool, keep_pdf: bool, pdf_dir, delivery: Delivery | None, progress, stop) -> None:
    """Each client's letter into `result.entries`, in order, until the end or `stop()`."""
    taken: set[str] = set()
    fields = letter_fields(template.source)
    for start in range(0, len(ids), MERGE_BATCH):
        for client, rendered in _rendered(template, fields, ids[start:start + MERGE_BATCH], values, today):
            if stop is not None and stop():
                result.stopped = True
                return
            result.entries.append(_merged(template, client, rendered, today, mailing, dry_run, keep_pdf,
                                          pdf_dir, delivery, taken))
            if progress is not None:
                progress(len(result.entries), len(ids))


def _rendered(template, fields: Fields, ids: list[int], values: dict, today: dt.date) -> list[tuple]:
    """(client, its letter filled in or the ValidationError why not) for each of `ids` still there, in order."""
    found = {client.id: client for client in Client.select().where(Client.id.in_(ids))}
    clients = [found[client_id] for client_id in ids if client_id in found]
    contexts = [letter_context(client, template.language, values, today) for client in clients]
    return list(zip(clients, render_letters(template.source, contexts, fields), strict=True))


def _delivery(eml_dir: Path | None, send: bool, account, password: str | None) -> Delivery:
    """How the e-mails go, settled before the first letter: sending needs an account, and its SMTP login is tried
    once, so a missing account, a server out of reach or a refused password stop the merge before anything is
    made (MailError), not at every client. The Sent folder's IMAP server is not tried: a Sent copy that fails is
    only noted on each message, as when one is sent alone. A draft's From is the account's when there is one."""
    from kamdesk.core.redaction import remember_secret
    from kamdesk.core.services import mail
    from kamdesk.core.services.mail import smtp

    account = account or mail.account()
    if not send:
        return Delivery(send=False, folder=Path(eml_dir), sender=account.sender if account is not None else "")
    if account is None:
        raise ValidationError({"mail": Message("Set up your e-mail account first (sender, SMTP server, user name).")})
    password = password if password is not None else mail.password(account)
    remember_secret(password)  # never in a message or a log line, whatever the server answers
    smtp.check_login(account, password)
    return Delivery(send=True, account=account, password=password)


def _merged(template, client: Client, rendered, today: dt.date, mailing: bool, dry_run: bool,
            keep_pdf: bool, pdf_dir, delivery: Delivery | None, taken: set[str]) -> MergeEntry:
    """One client's letter made, written and mailed as asked; or the entry saying why not (a client without an
    e-mail address still gets its PDF; one whose PDF cannot be written is not mailed either)."""
    _, address = recipient(client)
    entry = MergeEntry(client_id=client.id, client_name=client.name, email=address)
    try:
        if isinstance(rendered, ValidationError):
            raise rendered
        entry.letter = _letter_of(rendered, client, template.language, today)
    except ValidationError as error:
        entry.skipped = joined(error.messages(), " ")
        return entry
    if mailing and not address:
        entry.not_mailed = Message("No e-mail address: neither the client nor its contacts have one.")
    if dry_run:
        return entry
    pdf = letter_pdf_bytes(entry.letter)
    entry.pdf = pdf if keep_pdf else None
    if pdf_dir is not None:
        wanted = Path(pdf_dir) / file_name(entry.letter)
        try:
            entry.file = _write_new(wanted.parent, wanted.name, pdf, taken)
        except OSError as error:  # a full disk, a name the folder refuses: this client gets nothing
            entry.failed, entry.not_mailed = _not_written(wanted, error), ""
            return entry
    if delivery is not None and address:
        _mail(entry, client, pdf, delivery, taken)
    return entry


def _not_written(path: Path, error: OSError) -> str:
    return Message("The file {path} could not be written: {reason}.", path=str(path),
                   reason=error.strerror or str(error))


def _mail(entry: MergeEntry, client: Client, pdf: bytes, delivery: Delivery, taken: set[str]) -> None:
    """Save the letter's e-mail as a draft, or send it, as `delivery` says; a refusal leaves this client's letter
    not mailed, saying why, and the merge goes on. A message that left but is not in the history is mailed, with
    the warning: sending it again would send it twice."""
    from kamdesk.core.services import mail

    draft = draft_for(entry.letter, client, pdf, entry.email)
    name = file_name(entry.letter)[:-len(".pdf")] + ".eml"
    try:
        if delivery.send:
            mail.send(draft, delivery.account, delivery.password)
            entry.mailed = "sent"
        else:
            mail.save_draft(draft, _free_path(delivery.folder, name, taken), delivery.sender)
            entry.mailed = "draft"
    except SentNotRecorded as error:
        entry.mailed, entry.warning = "sent", error.message
    except KamdeskError as error:
        entry.not_mailed = error.message
    except OSError as error:  # the draft's name refused by the folder
        entry.not_mailed = _not_written(delivery.folder / name, error)
    except ValueError as error:  # a header the message writer refuses
        log.warning("letter e-mail for client %s not made: %s", client.id, error)
        entry.not_mailed = Message("The e-mail could not be made: {reason}.", reason=str(error))


def _free_path(folder: Path, name: str, taken: set[str]) -> Path:
    """`folder/name`, or "name (2)" ... when this merge or an earlier file has it: nothing is overwritten."""
    stem, dot, extension = name.rpartition(".")
    candidate, number = name, 1
    while candidate.casefold() in taken or (folder / candidate).exists():
        number += 1
        candidate = f"{stem} ({number}){dot}{extension}"
    taken.add(candidate.casefold())
    return folder / candidate


def _write_new(folder: Path, name: str, data: bytes, taken: set[str]) -> Path:
    from kamdesk.core.documents.files import write_atomically

    path = _free_path(folder, name, taken)
    write_atomically(path, data)
    return path
