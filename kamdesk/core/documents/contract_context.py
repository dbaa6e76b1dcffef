"""What a contract's documents print: the template's placeholders filled from the company, client, contact,
manager and contract, formatted in the contract's language.

`contract_context` gathers the data (reading the company, the managers and the
client's price column); `preview` renders the template and names what is
missing; `document_for` refuses while anything the template prints is empty,
and `write_documents` writes the PDF and the DOCX from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta

from kamdesk.core.documents.countries import country_name
from kamdesk.core.documents.formatting import format_date, format_money, format_percent
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Manager
from kamdesk.core.models.company import ROLE_HEAD
from kamdesk.core.models.contract import Contract
from kamdesk.core.services import catalogue
from kamdesk.core.services.company import get_company

SIGNING_BLANK = "____________"  # a document printed before signing leaves the date to be written in by hand
KIND_WORDS = {
    "en": {"supply": "supply contract", "framework": "framework agreement", "service": "service contract",
           "other": "contract"},
    "hu": {"supply": "szállítási szerződés", "framework": "keretszerződés", "service": "szolgáltatási szerződés",
           "other": "szerződés"},
    "ru": {"supply": "договор поставки", "framework": "рамочный договор", "service": "договор оказания услуг",
           "other": "договор"},
}


def contract_context(contract: Contract) -> dict:
    """The template's placeholders filled for `contract` (saved or built), formatted in its language."""
    language = contract.language
    company = get_company()
    client = contract.client
    contact = contract.contact if contract.contact_id else None
    manager = Manager.get_or_none(Manager.id == contract.manager_id) if contract.manager_id else None
    head = (Manager.select().where((Manager.role == ROLE_HEAD) & (Manager.active == True))  # noqa: E712
            .order_by(Manager.id).first())

    def day(value):
        return format_date(value, language) if value else ""

    home = company.country if company else "HU"
    abroad = (client.legal_country or home).upper() != home.upper()  # an international contract names countries
    column = contract.price_column if contract.price_column_id else catalogue.client_column(client)
    previous = contract.previous.number if contract.previous_id else ""
    return {
        "company": {
            "name": company.name if company else "",
            "address": _address(company, "", language, "" if abroad else home) if company else "",
            "tax_number": company.tax_number if company else "", "registration_number": company.registration_number if company else "",
            "bank_account": company.bank_account if company else "",
            "country": country_name(company.country, language) if company else "",
            "city": company.city if company else "",
            "representative": (head or manager).name if (head or manager) else "",
            "email": manager.email if manager else "", "phone": "",
        },
        "client": client_fields(client, language, home, column, contract.currency),
        "contact": contact_fields(contact),
        "manager": {"name": manager.name if manager else "", "email": manager.email if manager else "",
                    "phone": ""},
        "contract": {
            "number": contract.number or "", "kind": KIND_WORDS.get(language, KIND_WORDS["en"]).get(contract.kind, ""),
            "title": contract.title, "signed_date": day(contract.signed_date) or SIGNING_BLANK, "start_date": day(contract.start_date),
            "end_date": day(contract.end_date), "duration": _duration(contract, language),
            "amount": format_money(contract.amount, contract.currency, language) if contract.amount is not None
            else "",
            "has_amount": contract.amount is not None, "currency": contract.currency,
            "payment_terms_days": contract.payment_terms_days, "payment_terms": contract.payment_terms,
            "price_column": column.name if column else "",
            "discount": format_percent(contract.discount_percent, language)
            if contract.discount_percent is not None else "",
            "auto_renewal": contract.auto_renewal, "renewal_period": _months(contract.renewal_months, language),
            "renewal_months": contract.renewal_months, "notice_days": contract.notice_days,
            "delivery_terms": contract.delivery_terms, "place": contract.place, "notes": contract.notes,
            "previous_number": previous,
        },
        "today": format_date(dt.date.today(), language),
    }


def client_fields(client, language: str, home: str, column, currency: str) -> dict:
    """A template's `client` placeholders: the addresses written as seen from `home` (the delivery address is
    the legal one when there is none), `column` the price column, the credit limit in `currency`."""
    return {
        "name": client.name, "legal_form": client.legal_form, "tax_number": client.tax_number,
        "registration_number": client.registration_number,
        "address": _address(client, "legal_", language, home),
        "delivery_address": _address(client, "delivery_", language, home)
        or _address(client, "legal_", language, home),
        "country": country_name(client.legal_country, language), "city": client.legal_city,
        "phone": client.phone, "email": client.email, "website": client.website, "bank_account": "",
        "payment_terms_days": client.payment_terms_days, "on_credit": client.payment_terms_days > 0,
        "price_column": column.name if column else "",
        "credit_limit": format_money(client.credit_limit, currency, language)
        if client.credit_limit is not None else "",
        "segment": client.segment.name if client.segment_id else "",
    }


def contact_fields(contact) -> dict:
    """A template's `contact` placeholders, each "" without a contact."""
    return {"name": contact.name if contact else "", "position": contact.position if contact else "",
            "email": contact.email if contact else "", "phone": contact.phone if contact else ""}


def _address(record, prefix: str, language: str, home: str = "") -> str:
    """"1051 Budapest, Váci út 1.", with the country's name when it is not `home` (the seller's country)."""
    parts = [getattr(record, f"{prefix}postcode", ""), getattr(record, f"{prefix}city", "")]
    line = " ".join(p for p in parts if p)
    street = getattr(record, f"{prefix}street", "")
    address = ", ".join(p for p in (line, street) if p)
    country = (getattr(record, f"{prefix}country", "") or "").upper()
    if address and prefix == "delivery_" and not country:  # a delivery address without a country is at the seat
        country = (getattr(record, "legal_country", "") or "").upper()
    if address and country and country != (home or "").upper():
        address = f"{address}, {country_name(country, language)}"
    return address


MONTH_WORDS = {"en": ("month", "months"), "hu": ("hónap", "hónap"), "ru": ("месяц", "месяца", "месяцев")}


def _months(count: int, language: str) -> str:
    from kamdesk.core.documents.amount_words import russian_plural

    words = MONTH_WORDS.get(language, MONTH_WORDS["en"])
    word = russian_plural(count, *words) if language == "ru" else words[0] if count == 1 else words[1]
    return f"{count} {word}"


def _duration(contract: Contract, language: str) -> str:
    """"12 months" when the contract runs whole months, else the number of days; "" when open-ended."""
    if contract.end_date is None or contract.start_date is None:
        return ""
    length = relativedelta(contract.end_date + dt.timedelta(days=1), contract.start_date)
    if length.days == 0:
        return _months(length.years * 12 + length.months, language)
    days = (contract.end_date - contract.start_date).days + 1
    return {"hu": f"{days} nap", "ru": f"{days} дн."}.get(language, f"{days} days")


def preview(contract: Contract, mark_missing: bool = False, context: dict | None = None):
    """The rendered text of `contract` (saved or built): `RenderedContract`, whose `missing` names empty fields.

    `mark_missing`: empty printed fields are marked in the text, for a preview to show where they are.
    `context`: the contract's `contract_context`, when the caller has it already.
    """
    from kamdesk.core.documents.contract_template import render_contract

    if not contract.template_source.strip():
        raise ValidationError({"template": Message("Choose a template for the contract.")})
    return render_contract(contract.template_source, context or contract_context(contract), mark_missing)


def missing_data(rendered) -> ValidationError | None:
    """A ValidationError naming every empty field the template prints, or None."""
    from kamdesk.core.documents.contract_template import FIELD_LABELS

    if not rendered.missing:
        return None
    return ValidationError({f"missing.{path}": Message("The template prints {what}, which is empty.",
                                                       what=FIELD_LABELS.get(path, path))
                            for path in rendered.missing})


def document_for(contract: Contract):
    """Everything the PDF and DOCX writers need; refuses while the template prints an empty field."""
    from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
    from kamdesk.core.documents.offer_pdf import texts

    context = contract_context(contract)
    rendered = preview(contract, context=context)
    error = missing_data(rendered)
    if error is not None:
        raise error
    company, client = context["company"], context["client"]
    contact = context["contact"]
    words = texts(contract.language)
    tax, bank = words["tax_number"], words["bank_account"]
    ours = ContractParty(name=company["name"], role=rendered.company_role, signatory=company["representative"],
                         signatory_title="",
                         lines=tuple(x for x in (company["address"], company["tax_number"] and
                                                 f"{tax}: {company['tax_number']}",
                                                 company["bank_account"] and f"{bank}: {company['bank_account']}")
                                     if x))
    theirs = ContractParty(name=client["name"], role=rendered.client_role, signatory=contact["name"],
                           signatory_title=contact["position"],
                           lines=tuple(x for x in (client["address"], client["tax_number"] and
                                                   f"{tax}: {client['tax_number']}") if x))
    own = get_company()
    logo = own.logo if own is not None else None
    signed = format_date(contract.signed_date, contract.language) if contract.signed_date else ""
    return ContractDocument(number=contract.number, language=contract.language, rendered=rendered, company=ours,
                            client=theirs, place=contract.place, signed_date=signed,
                            logo=bytes(logo) if logo else None)


def document_bytes(contract: Contract) -> dict[str, bytes]:
    """The contract's PDF and DOCX in memory, by kind ("pdf", "docx")."""
    from kamdesk.core.documents.contract_docx import contract_docx_bytes
    from kamdesk.core.documents.contract_pdf import contract_pdf_bytes

    document = document_for(contract)
    return {"pdf": contract_pdf_bytes(document), "docx": contract_docx_bytes(document)}


def write_documents(contract: Contract, pdf: Path | None = None, docx: Path | None = None) -> None:
    """Write the contract's PDF and/or DOCX to the given paths (nothing is written if data is missing)."""
    document = document_for(contract)
    if pdf is not None:
        from kamdesk.core.documents.contract_pdf import write_contract_pdf

        write_contract_pdf(pdf, document)
    if docx is not None:
        from kamdesk.core.documents.contract_docx import write_contract_docx

        write_contract_docx(docx, document)

