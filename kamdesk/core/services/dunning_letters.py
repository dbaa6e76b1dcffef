"""Dunning letters: a step's built-in template in the client's language, filled in with its overdue
invoices, as PDF and DOCX; writing the letter takes the step (`dunning.take_step`).

The letter is signed by the manager at the desk (else the client's own manager) and asks for payment
within a few days (`dunning_letter.PAY_WITHIN_DAYS`). Like a contract, a letter that would print an
empty field (our bank account, say) is refused, naming what to fill in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kamdesk.core.documents.contract_context import _address
from kamdesk.core.documents.contract_data import ContractParty
from kamdesk.core.documents.countries import country_name
from kamdesk.core.documents.dunning_letter import (
    LABELS,
    PAY_WITHIN_DAYS,
    TABLE_MARK,
    DunningLetter,
    LetterItem,
    builtin_source,
    render_letter,
    texts,
)
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import format_date, format_money
from kamdesk.core.documents.offer_pdf import texts as offer_texts
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Contact, Manager
from kamdesk.core.models.dunning import DunningStep
from kamdesk.core.services import dunning
from kamdesk.core.services.company import current_manager, get_company
from kamdesk.core.services.offer import language_for
from kamdesk.core.transactions import retried

FILE_KINDS = ("pdf", "docx")


def letter(client_id: int, step: str | None = None, *, currency: str | None = None,
           today: dt.date | None = None) -> DunningLetter:
    """The letter of `step` (the client's next step, else the last one taken) over its overdue invoices.

    Refused (ValidationError) when the client owes nothing overdue, or the letter would print an empty field.
    """
    today = today or dt.date.today()
    client = Client.get_or_not_found(Client.id == client_id, Message("The client no longer exists."))
    case = dunning.client_case(client_id, today, currency)
    if case is None:
        raise ValidationError({"step": Message("{client} has no overdue debt to chase.", client=client.name)})
    step = step or case.next_step or case.last_step or dunning.STEPS[0]
    language = language_for(client)
    items = dunning.overdue_items(client_id, case.currency, today)
    rendered = render_letter(builtin_source(step, language), _context(client, case, step, items, language, today))
    if rendered.missing:
        raise ValidationError({f"missing.{path}": Message("The letter prints {what}, which is empty.",
                                                          what=LABELS.get(path, path))
                               for path in rendered.missing})
    company = get_company()
    return DunningLetter(
        language=language, step=step, rendered=rendered, company=_ours(company, client, language),
        addressee=ContractParty(name=client.name, lines=tuple(_client_lines(client, company, language))),
        place_date=", ".join(x for x in (company.city if company else "", format_date(today, language)) if x),
        items=tuple(_item(item, language) for item in items),
        total=format_money(case.overdue, case.currency, language),
        logo=bytes(company.logo) if company is not None and company.logo else None)


def letter_bytes(letter: DunningLetter) -> dict[str, bytes]:
    """The letter's files in memory, by kind ("pdf", "docx")."""
    from kamdesk.core.documents.dunning_docx import letter_docx_bytes
    from kamdesk.core.documents.dunning_pdf import letter_pdf_bytes

    return {"pdf": letter_pdf_bytes(letter), "docx": letter_docx_bytes(letter)}


@retried
def write_letter(client_id: int, step: str | None = None, *, pdf: Path | None = None, docx: Path | None = None,
                 currency: str | None = None, today: dt.date | None = None) -> DunningStep:
    """Write the letter to `pdf` and/or `docx` and take its step, in one transaction: a file that cannot be
    written leaves no step taken."""
    if pdf is None and docx is None:
        raise ValidationError({"file": Message("Say where to save the letter: a PDF and/or a DOCX file.")})
    made = letter(client_id, step, currency=currency, today=today)
    files = letter_bytes(made)
    taken = dunning.take_step(client_id, made.step, currency=currency, today=today, letter_language=made.language)
    for path, kind in ((pdf, "pdf"), (docx, "docx")):
        if path is not None:
            write_atomically(Path(path), files[kind])
    return taken


def file_stem(made: DunningLetter, today: dt.date | None = None) -> str:
    """A name for the letter's files: "Fizetési felszólítás - Első felszólítás - Győri Ősz Kft. - 2026-12-09"."""
    from kamdesk.core.services.contract import safe_file_name

    day = (today or dt.date.today()).isoformat()
    return safe_file_name(f"{made.rendered.title} - {made.subtitle} - {made.addressee.name} - {day}")


# ---------------------------------------------------------------- what the template prints

def _context(client: Client, case: dunning.Case, step: str, items: list, language: str, today: dt.date) -> dict:
    company = get_company()
    manager = current_manager() or (Manager.get_or_none(Manager.id == client.manager_id) if client.manager_id
                                    else None)
    contact = (Contact.select().where(Contact.client == client.id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    home = company.country if company else "HU"
    previous = case.last_taken_on

    def money(value) -> str:
        return format_money(value, case.currency, language)

    return {
        "company": {"name": company.name if company else "", "bank_account": company.bank_account if company else "",
                    "tax_number": company.tax_number if company else "",
                    "address": _address(company, "", language, home) if company else "",
                    "city": company.city if company else "",
                    "country": country_name(company.country, language) if company else ""},
        "client": {"name": client.name, "tax_number": client.tax_number, "legal_form": client.legal_form,
                   "address": _address(client, "legal_", language, home), "city": client.legal_city,
                   "email": client.email, "phone": client.phone},
        "contact": {"name": contact.name if contact else "", "position": contact.position if contact else "",
                    "email": contact.email if contact else "", "phone": contact.phone if contact else ""},
        "manager": {"name": manager.name if manager else "", "email": manager.email if manager else ""},
        "dunning": {
            "step": texts(language)[step].lower(), "overdue": money(case.overdue), "currency": case.currency,
            "invoice_count": len(items), "oldest_days": case.oldest_overdue_days,
            "oldest_due_date": format_date(today - dt.timedelta(days=case.oldest_overdue_days), language),
            "pay_by": format_date(today + dt.timedelta(days=PAY_WITHIN_DAYS[step]), language),
            "previous_date": format_date(previous, language) if previous else "",
            "invoices": [vars(_item(item, language)) for item in items],
            "invoice_table": TABLE_MARK,
        },
        "today": format_date(today, language),
    }


def _item(item, language: str) -> LetterItem:
    return LetterItem(number=item.number, issued=format_date(item.issue_date, language),
                      due=format_date(item.due_date, language), amount=format_money(item.gross, item.currency, language),
                      open=format_money(item.open, item.currency, language), days=item.days_overdue)


def _ours(company, client: Client, language: str) -> ContractParty:
    """Our name and lines; our country is named to a client abroad only."""
    if company is None:
        return ContractParty(name="")
    words = offer_texts(language)
    abroad = (client.legal_country or company.country).upper() != company.country.upper()
    lines = (_address(company, "", language, "" if abroad else company.country), company.tax_number and f"{words['tax_number']}: {company.tax_number}",
             company.bank_account and f"{words['bank_account']}: {company.bank_account}")
    return ContractParty(name=company.name, lines=tuple(line for line in lines if line))


def _client_lines(client: Client, company, language: str) -> list[str]:
    home = company.country if company else "HU"
    street = client.legal_street
    town = " ".join(x for x in (client.legal_postcode, client.legal_city) if x)
    country = client.legal_country if (client.legal_country or home).upper() != home.upper() else ""
    return [line for line in (street, town, country_name(country, language) if country else "") if line]
