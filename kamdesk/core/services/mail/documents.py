"""A document's message, ready to edit and send: `offer_draft`, `contract_draft`, `order_draft`,
`statement_draft`, `dunning_draft` each return a `Draft` with its recipient, subject, body and files.

- **Recipient**: the document's contact's e-mail, else the client's primary contact's, else the client's
  own; none when nobody has one (the user types it). `contacts_for` lists the others to choose from.
- **Files** come from the documents' own writers: the offer's PDF and workbook, the contract's PDF (and
  its DOCX until it is signed), the order confirmation's PDF, the statement's PDF and workbook, the
  dunning letter's PDF.
- **Subject and body** come from built-in templates, one per kind and language (resources/mail,
  `offer_hu.txt` ...): a front matter line `subject: ...`, then `---`, then the body, filled in with the
  contract templates' sandboxed Jinja environment. They speak the document's language (a statement's:
  the client's, `offer.client_language`). Their fields: `company.name`; `client.name`; `contact.name` and
  `contact.salutation` ("Tisztelt Nagy Ilona!", "Dear Sir or Madam," without a contact); `manager.name`
  and `manager.email` (who sits at the desk, else the document's manager); and the document's own root
  (`offer`, `contract`, `order`, `statement`, `dunning`: see `FIELDS`), every value already formatted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from kamdesk.core.documents.contract_template import _environment
from kamdesk.core.documents.formatting import format_date, format_money
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Contact, Manager
from kamdesk.core.services.company import current_manager, get_company
from kamdesk.core.services.mail.draft import DOCX, PDF, XLSX, Attachment, DocumentRef, Draft
from kamdesk.resources_path import resource

KINDS = ("offer", "contract", "order", "statement", "dunning")
LANGUAGES = ("en", "hu", "ru")
FIELDS: dict[str, tuple[str, ...]] = {  # what each kind's root holds for its template
    "offer": ("number", "date", "valid_until", "net_total", "vat_total", "gross_total", "currency"),
    "contract": ("number", "title", "kind", "start_date", "end_date", "signed", "signed_date", "amount"),
    "order": ("number", "date", "delivery_date", "net_total", "vat_total", "gross_total", "currency"),
    "statement": ("start", "end", "closing"),
    "dunning": ("step", "overdue", "invoice_count", "pay_by"),
}
SALUTATIONS = {  # (to a named contact, to nobody named)
    "en": ("Dear {name},", "Dear Sir or Madam,"),
    "hu": ("Tisztelt {name}!", "Tisztelt Hölgyem/Uram!"),
    "ru": ("Уважаемый(ая) {name}!", "Здравствуйте!"),
}
QUOTED_IN_NAMES = re.compile(r'[()<>\[\]:;@\\,"]')  # quoted in a display name ("Kft." reads well as it is)


# ---------------------------------------------------------------- the documents' messages

def offer_draft(offer_id: int) -> Draft:
    """The offer in its language with its PDF and workbook, to its contact."""
    from kamdesk.core.documents.offer_pdf import offer_pdf_bytes
    from kamdesk.core.documents.offer_xlsx import offer_xlsx_bytes
    from kamdesk.core.services import offer as offer_service

    offer = offer_service.get_offer(offer_id)
    data = offer_service.offer_document_data(offer.id)
    language, currency = offer.language, offer.currency
    fields = {"number": offer.number, "date": format_date(offer.offer_date, language),
              "valid_until": format_date(offer.valid_until, language), "currency": currency,
              **_totals(offer, currency, language)}
    name = _file_name(offer.number)
    files = [Attachment(f"{name}.pdf", offer_pdf_bytes(data), PDF),
             Attachment(f"{name}.xlsx", offer_xlsx_bytes(data), XLSX)]
    return _draft("offer", offer.client, _contact_of(offer), offer.manager, language, fields, files,
                  DocumentRef("offer", offer.id, Message("Offer {number}", number=offer.number)))


def contract_draft(contract_id: int) -> Draft:
    """The contract in its language with its PDF, and its DOCX while it is not signed (for the client's
    changes), to its contact. Refused (ValidationError) while the template prints an empty field."""
    from kamdesk.core.documents.contract_context import KIND_WORDS, document_bytes
    from kamdesk.core.services import contract as contract_service

    contract = contract_service.get_contract(contract_id)
    language = contract.language
    files = document_bytes(contract)
    signed = contract.signed_date is not None
    fields = {"number": contract.number, "title": contract.title,
              "kind": KIND_WORDS.get(language, KIND_WORDS["en"]).get(contract.kind, ""),
              "start_date": _day(contract.start_date, language), "end_date": _day(contract.end_date, language),
              "signed": signed, "signed_date": _day(contract.signed_date, language),
              "amount": format_money(contract.amount, contract.currency, language) if contract.amount is not None
              else ""}
    name = _file_name(contract.number)
    attachments = [Attachment(f"{name}.pdf", files["pdf"], PDF)]
    if not signed:
        attachments.append(Attachment(f"{name}.docx", files["docx"], DOCX))
    return _draft("contract", contract.client, _contact_of(contract), contract.manager, language, fields,
                  attachments, DocumentRef("contract", contract.id, Message("Contract {number}",
                                                                            number=contract.number)))


def order_draft(order_id: int) -> Draft:
    """The order's confirmation (PDF) in the client's language, to the order's contact. Refused
    (ValidationError) for a draft or cancelled order."""
    from kamdesk.core.documents.order_confirmation_pdf import order_confirmation_pdf_bytes, texts
    from kamdesk.core.services import order_confirmation, sale

    order = sale.get_order(order_id)
    data = order_confirmation.confirmation_data(order.id)
    language, currency = data.language, order.currency
    fields = {"number": order.number, "date": format_date(order.order_date, language),
              "delivery_date": _day(order.delivery_date, language), "currency": currency,
              **_totals(order, currency, language)}
    pdf = Attachment(f"{_file_name(texts(language)['title'] + ' ' + order.number)}.pdf",
                     order_confirmation_pdf_bytes(data), PDF)
    return _draft("order", order.client, _contact_of(order), order.manager, language, fields, [pdf],
                  DocumentRef("order", order.id, Message("Order confirmation {number}", number=order.number)))


def statement_draft(client_id: int, start: dt.date, end: dt.date, language: str | None = None) -> Draft:
    """The client's statement of account for `start`..`end` in `language` (by default the client's), PDF and
    workbook, to its primary contact."""
    from kamdesk.core.documents.statement_data import statement_data
    from kamdesk.core.documents.statement_pdf import statement_pdf_bytes, texts
    from kamdesk.core.documents.statement_xlsx import statement_xlsx_bytes
    from kamdesk.core.services.offer import client_language
    from kamdesk.core.services.party import get_client

    client = get_client(client_id)
    data = statement_data(client.id, start, end, language or client_language(client))
    language = data.language
    closing = ", ".join(format_money(account.closing, account.currency, language) for account in data.accounts)
    fields = {"start": format_date(start, language), "end": format_date(end, language), "closing": closing}
    name = _file_name(f"{texts(language)['title']} {client.name} {start.isoformat()} {end.isoformat()}")
    files = [Attachment(f"{name}.pdf", statement_pdf_bytes(data), PDF),
             Attachment(f"{name}.xlsx", statement_xlsx_bytes(data), XLSX)]
    ref = DocumentRef("statement", None, Message("Statement {start} – {end}", start=start.isoformat(),
                                                 end=end.isoformat()))
    return _draft("statement", client, None, None, language, fields, files, ref)


def dunning_draft(step_id: int) -> Draft:
    """The letter of a dunning step taken (PDF, as of the day it was taken) in its language, to the client's
    primary contact. Refused (ValidationError) when the client owed nothing overdue that day."""
    from kamdesk.core.documents.dunning_letter import PAY_WITHIN_DAYS, texts
    from kamdesk.core.documents.dunning_pdf import letter_pdf_bytes
    from kamdesk.core.models.dunning import DunningStep
    from kamdesk.core.services import dunning, dunning_letters

    step = DunningStep.get_or_not_found(DunningStep.id == step_id, Message("The dunning step no longer exists."))
    made = dunning_letters.letter(step.client_id, step.step, currency=step.currency, today=step.taken_on)
    language = made.language
    fields = {"step": texts(language)[step.step], "overdue": made.total, "invoice_count": len(made.items),
              "pay_by": format_date(step.taken_on + dt.timedelta(days=PAY_WITHIN_DAYS[step.step]), language)}
    pdf = Attachment(f"{dunning_letters.file_stem(made, step.taken_on)}.pdf", letter_pdf_bytes(made), PDF)
    ref = DocumentRef("dunning", step.id, Message("{step} of {day}", step=dunning.step_title(step.step),
                                                  day=step.taken_on.isoformat()))
    return _draft("dunning", step.client, None, step.taken_by, language, fields, [pdf], ref)


# ---------------------------------------------------------------- recipients

def contacts_for(client_id: int) -> list[tuple[str, str]]:
    """(name, address) of whom the client's mail may go to: its contacts with an e-mail (the primary one
    first, then by name), then the client's own address under its name; each address once."""
    client = Client.get_or_not_found(Client.id == client_id, Message("The client no longer exists."))
    contacts = (Contact.select().where((Contact.client == client.id) & (Contact.email != ""))
                .order_by(Contact.is_primary.desc(), Contact.name, Contact.id))
    found: list[tuple[str, str]] = []
    for name, address in [(contact.name, contact.email) for contact in contacts] + [(client.name, client.email)]:
        address = address.strip()
        if address and address.casefold() not in {known.casefold() for _, known in found}:
            found.append((name.strip(), address))
    return found


def recipients(client: Client, contact: Contact | None) -> list[str]:
    """Whom a document goes to: its contact, else the client's primary contact, else the client, else the first
    other contact (by name) with an e-mail ("Name <address>"); nobody when none has one."""
    primary = _primary(client)
    for name, address in ((contact.name, contact.email) if contact else ("", ""),
                          (primary.name, primary.email) if primary else ("", ""), (client.name, client.email)):
        if address.strip():
            return [address_line(name, address)]
    other = (Contact.select(Contact.name, Contact.email).where((Contact.client == client.id) & (Contact.email != ""))
             .order_by(Contact.name, Contact.id).first())
    return [address_line(other.name, other.email)] if other is not None and other.email.strip() else []


def address_line(name: str, address: str) -> str:
    """"Nagy Ilona <ilona@example.hu>"; a name with a comma or another special character in quotes."""
    name, address = " ".join(name.split()), address.strip()
    if not name:
        return address
    if QUOTED_IN_NAMES.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


# ---------------------------------------------------------------- templates

def template_source(kind: str, language: str) -> str:
    """The built-in template of `kind` in `language` (English for a language without one)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of document {kind!r}")
    return resource("mail", f"{kind}_{language if language in LANGUAGES else 'en'}.txt").read_text(encoding="utf-8")


def render(source: str, context: dict) -> tuple[str, str]:
    """(subject, body) of a template filled in with `context`: the subject on one line, the body without
    the blank lines a condition left behind."""
    head, _, body = source.replace("\r\n", "\n").partition("\n---\n")
    subject = next((line.partition(":")[2] for line in head.splitlines() if line.startswith("subject:")), "")
    environment = _environment()
    subject = " ".join(environment.from_string(subject).render(context).split())
    text = environment.from_string(body).render(context)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.splitlines()))
    return subject, text.strip() + "\n"


def _draft(kind: str, client: Client, contact: Contact | None, owner: Manager | None, language: str,
           fields: dict, attachments: list[Attachment], ref: DocumentRef) -> Draft:
    subject, body = render(template_source(kind, language), _context(kind, client, contact, owner, language, fields))
    return Draft(client_id=client.id, to=recipients(client, contact), subject=subject, body=body,
                 attachments=[replace(attachment, documents=(ref,)) for attachment in attachments],
                 documents=[ref], language=language)


def _context(kind: str, client: Client, contact: Contact | None, owner: Manager | None, language: str,
             fields: dict) -> dict:
    """The template's roots: the company, client, contact (the document's, else the primary one) and the
    manager signing (who sits at the desk, else the document's), and the document's own fields."""
    company = get_company()
    contact = contact or _primary(client)
    manager = current_manager() or owner
    named, nobody = SALUTATIONS.get(language, SALUTATIONS["en"])
    name = contact.name.strip() if contact else ""
    return {"company": {"name": company.name if company else ""}, "client": {"name": client.name},
            "contact": {"name": name, "salutation": named.format(name=name) if name else nobody},
            "manager": {"name": manager.name if manager else "", "email": manager.email if manager else ""},
            kind: {key: fields[key] for key in FIELDS[kind]}}


def _primary(client: Client) -> Contact | None:
    return Contact.select().where((Contact.client == client.id) & Contact.is_primary).order_by(Contact.id).first()


def _contact_of(document) -> Contact | None:
    return document.contact if document.contact_id else None


def _totals(document, currency: str, language: str) -> dict[str, str]:
    return {name: format_money(getattr(document, name), currency, language)
            for name in ("net_total", "vat_total", "gross_total")}


def _day(value: dt.date | None, language: str) -> str:
    return format_date(value, language) if value else ""


def _file_name(stem: str) -> str:
    from kamdesk.core.services.contract import safe_file_name

    return safe_file_name(stem)
