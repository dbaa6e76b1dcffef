"""A deal's document package: a client's offers, contracts, a statement for a period and a price list extract,
chosen and ordered by the user, as one PDF with a bookmark per document or as one e-mail carrying them all.

`available(client_id)` is what the client has to choose from; `make_documents` renders each chosen document
with its own writer (the offer's, the contract's, the statement's, `price_list`) in memory; `package_pdf` joins
them with pypdf, one outline entry per document at its first page, the PDF opening with its bookmarks shown;
`package_draft` is a `mail.Draft` to the client with every document attached (or the joined PDF alone), each
offer named among its documents so that sending it moves the offer to "sent". A document that cannot be made
(a contract whose template prints an empty field) stops the package, its problem prefixed with its title.
Titles, subject and body are in the package's language: the client's (`offer.client_language`) unless told.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import format_date
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Count, Message, joined
from kamdesk.core.models import Client, Contact, Contract, Offer
from kamdesk.core.services import company
from kamdesk.core.services.offer import client_language

KINDS = ("offer", "contract", "statement", "price_list")
MOST_DOCUMENTS = 30
WORDS: dict[str, dict[str, str]] = {
    "en": {"offer": "Offer", "contract": "Contract", "statement": "Statement of account", "price_list": "Price list",
           "package": "Document package", "subject": "Documents for {client}",
           "body": "Please find attached the following documents:", "closing": "Kind regards,"},
    "hu": {"offer": "Árajánlat", "contract": "Szerződés", "statement": "Folyószámla-egyeztetés",
           "price_list": "Árlista", "package": "Dokumentumcsomag", "subject": "Dokumentumok – {client}",
           "body": "Mellékelten küldjük a következő dokumentumokat:", "closing": "Üdvözlettel:"},
    "ru": {"offer": "Коммерческое предложение", "contract": "Договор", "statement": "Акт сверки",
           "price_list": "Прайс-лист", "package": "Пакет документов", "subject": "Документы для {client}",
           "body": "Направляем вам следующие документы:", "closing": "С уважением,"},
}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PackageDocument:
    """One document the user chose: an offer or a contract by id, a statement for a period, a price list extract
    of categories (with their subcategories) and products (every priced product when both are empty)."""

    kind: str
    record_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    category_ids: tuple[int, ...] = ()
    product_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Choice:
    """A document the client has, as the dialog lists it."""

    document: PackageDocument
    number: str
    day: dt.date
    state: str


@dataclass(frozen=True)
class Available:
    offers: list[Choice]
    contracts: list[Choice]
    statement_start: dt.date
    statement_end: dt.date
    categories: list[tuple[int, str]] = field(default_factory=list)
    language: str = "en"


@dataclass(frozen=True)
class MadeDocument:
    document: PackageDocument
    title: str  # "Árajánlat OF-2026-0007", in the package's language: the bookmark and the e-mail's list
    file_name: str  # "OF-2026-0007.pdf"
    pdf: bytes
    reference: str  # the history's title, as every document's e-mail names it: Message("Offer {number}")


def available(client_id: int, today: dt.date | None = None) -> Available:
    """The client's offers and contracts (newest first), this year's statement period and the categories."""
    from kamdesk.core.services.price_list import categories

    client = _client(client_id)
    today = today or dt.date.today()
    offers = [Choice(PackageDocument("offer", o.id), o.number, o.offer_date, o.state) for o in
              Offer.select().where(Offer.client == client_id).order_by(Offer.offer_date.desc(), Offer.id.desc())]
    contracts = [Choice(PackageDocument("contract", c.id), c.number, c.start_date, c.state) for c in
                 Contract.select().where(Contract.client == client_id)
                 .order_by(Contract.start_date.desc(), Contract.id.desc())]
    return Available(offers, contracts, dt.date(today.year, 1, 1), today, categories(), client_language(client))


def make_documents(client_id: int, documents: Sequence[PackageDocument], language: str | None = None,
                   progress: Progress | None = None) -> list[MadeDocument]:
    """Each chosen document rendered in memory, in the order given."""
    client = _client(client_id)
    if not documents:
        raise ValidationError(Message("Choose at least one document for the package."), field="documents")
    if len(documents) > MOST_DOCUMENTS:
        raise ValidationError(Message("A package holds at most {count} documents.", count=Count(MOST_DOCUMENTS)),
                              field="documents")
    language = language or client_language(client)
    made = []
    for done, document in enumerate(documents):
        if progress:
            progress(done, len(documents))
        made.append(_made(client, document, language))
    if progress:
        progress(len(documents), len(documents))
    return made


def package_pdf(client_id: int, documents: Sequence[PackageDocument], language: str | None = None,
                progress: Progress | None = None) -> bytes:
    """The chosen documents as one PDF, a bookmark at the first page of each."""
    client = _client(client_id)
    language = language or client_language(client)
    return joined_pdf(make_documents(client_id, documents, language, progress), client.name, language)


def write_package_pdf(path: str | Path, client_id: int, documents: Sequence[PackageDocument],
                      language: str | None = None, progress: Progress | None = None) -> None:
    """`package_pdf` written whole at `path` (or not at all)."""
    write_atomically(Path(path), package_pdf(client_id, documents, language, progress))


def joined_pdf(made: Sequence[MadeDocument], client_name: str, language: str) -> bytes:
    """The documents one after the other, each with an outline entry; opens with the outline shown."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for document in made:
        writer.append(PdfReader(io.BytesIO(document.pdf)), outline_item=document.title)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": f"{_words(language)['package']} — {client_name}", "/Creator": "kamdesk"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def package_draft(client_id: int, documents: Sequence[PackageDocument], language: str | None = None,
                  combined: bool = False, progress: Progress | None = None):
    """A `mail.Draft` to the client carrying every document: each its own PDF, or with `combined` the one
    bookmarked PDF. The recipient is found as for every document's e-mail (`mail.documents.recipients`)."""
    from kamdesk.core.services import mail
    from kamdesk.core.services.mail.documents import recipients
    from kamdesk.core.services.contract import safe_file_name

    client = _client(client_id)
    language = language or client_language(client)
    made = make_documents(client_id, documents, language, progress)
    words = _words(language)
    refs = [mail.DocumentRef(d.document.kind, d.document.record_id, d.reference) for d in made]
    if combined:
        name = safe_file_name(f"{words['package']} - {client.name}") + ".pdf"
        attachments = [mail.Attachment(name, joined_pdf(made, client.name, language), mail.PDF, tuple(refs))]
    else:
        names = _distinct([document.file_name for document in made])
        attachments = [mail.Attachment(name, document.pdf, mail.PDF, (ref,))
                       for name, document, ref in zip(names, made, refs, strict=True)]
    return mail.Draft(
        client_id=client.id, to=recipients(client, None), subject=words["subject"].format(client=client.name),
        body=_body(client, language, [document.title for document in made]), attachments=attachments,
        documents=refs, language=language)


def _distinct(names: list[str]) -> list[str]:
    """File names with a repeated one numbered ("Árlista 2026-12-05 (2).pdf"): a mail program would show two
    attachments of one name as one."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        count = seen[name.casefold()] = seen.get(name.casefold(), 0) + 1
        stem, dot, suffix = name.rpartition(".")
        result.append(name if count == 1 else f"{stem} ({count}){dot}{suffix}")
    return result


def _body(client: Client, language: str, titles: list[str]) -> str:
    """The greeting of the primary contact (as the documents' e-mails greet), the list of documents, the
    signature of the manager at the desk and the company."""
    from kamdesk.core.services.mail.documents import SALUTATIONS

    words = _words(language)
    primary = Contact.select().where((Contact.client == client.id) & Contact.is_primary).first()
    named, nobody = SALUTATIONS.get(language, SALUTATIONS["en"])
    greeting = named.format(name=primary.name.strip()) if primary and primary.name.strip() else nobody
    lines = [greeting, "", words["body"], *(f"– {title}" for title in titles), "", words["closing"]]
    manager, own = company.current_manager(), company.get_company()
    lines += [text for text in (manager.name if manager else "", own.name if own else "",
                                manager.email if manager else "") if text]
    return "\n".join(lines) + "\n"


def _made(client: Client, document: PackageDocument, language: str) -> MadeDocument:
    makers = {"offer": _offer, "contract": _contract, "statement": _statement, "price_list": _price_list}
    if document.kind not in makers:
        raise ValidationError(Message("A package holds offers, contracts, statements and price lists."),
                              field="documents")
    title, reference, file_name, render = makers[document.kind](client, document, language)
    try:
        pdf = render()
    except KamdeskError as error:
        if isinstance(error, ValidationError):
            problem = joined(error.messages(), "\n")
            raise ValidationError(Message("{document}: {problem}", document=title, problem=problem),
                                  field="documents") from error
        raise KamdeskError(Message("{document}: {problem}", document=title, problem=error.message)) from error
    return MadeDocument(document, title, file_name, pdf, reference)


def _offer(client: Client, document: PackageDocument, language: str):
    from kamdesk.core.documents.offer_pdf import offer_pdf_bytes
    from kamdesk.core.services.offer import get_offer, offer_document_data

    offer = get_offer(document.record_id)
    _belongs(offer.client_id, client, offer.number)
    title = f"{_words(language)['offer']} {offer.number}"
    return title, Message("Offer {number}", number=offer.number), _file(offer.number), \
        lambda: offer_pdf_bytes(offer_document_data(offer.id))


def _contract(client: Client, document: PackageDocument, language: str):
    from kamdesk.core.documents.contract_context import document_bytes
    from kamdesk.core.services.contract import get_contract

    contract = get_contract(document.record_id)
    _belongs(contract.client_id, client, contract.number)
    title = f"{_words(language)['contract']} {contract.number}"
    return title, Message("Contract {number}", number=contract.number), _file(contract.number), \
        lambda: document_bytes(contract)["pdf"]


def _statement(client: Client, document: PackageDocument, language: str):
    from kamdesk.core.documents.statement_data import statement_data
    from kamdesk.core.documents.statement_pdf import statement_pdf_bytes

    if document.start is None or document.end is None:
        raise ValidationError(Message("Say the statement's first and last day."), field="statement")
    period = f"{format_date(document.start, language)} – {format_date(document.end, language)}"
    title = f"{_words(language)['statement']} {period}"
    name = f"{_words(language)['statement']} {document.start.isoformat()} - {document.end.isoformat()}"
    reference = Message("Statement {start} – {end}", start=document.start.isoformat(), end=document.end.isoformat())
    return title, reference, _file(name), lambda: statement_pdf_bytes(
        statement_data(client.id, document.start, document.end, language))


def _price_list(client: Client, document: PackageDocument, language: str):
    from kamdesk.core.services.price_list import price_list_pdf

    today = dt.date.today()
    title = f"{_words(language)['price_list']} {format_date(today, language)}"
    name = f"{_words(language)['price_list']} {today.isoformat()}"
    return title, Message("Price list {day}", day=today.isoformat()), _file(name), lambda: price_list_pdf(
        client.id, document.category_ids, document.product_ids, today, language)


def _belongs(owner_id: int, client: Client, number: str) -> None:
    if owner_id != client.id:
        raise ValidationError(Message("{number} is not a document of {client}.", number=number, client=client.name),
                              field="documents")


def _file(name: str) -> str:
    from kamdesk.core.services.contract import safe_file_name

    return safe_file_name(name) + ".pdf"


def _client(client_id: int) -> Client:
    return Client.get_or_not_found(Client.id == client_id, Message("There is no client with id {id}.", id=client_id))


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])
