"""Commercial offers: price, save, number, send, accept, reject, expire, copy, turn into an order.

Lines are priced by `sale.price_order` (the one pricing engine, the client's
column, the promotions of the offer date, the typed discounts): an offer shows
what an order of the same lines on the same day would cost.

Discount approval: an offer may be *saved* with a discount above the manager's
limit, but it cannot be *sent* until a head of department approves it with
`approve_discount` (recorded on the offer: who, when, why and up to which
percentage). Raising a discount above the approved percentage needs a new
approval; lowering it to the limit needs none.

An accepted offer becomes a draft order through `sale.save_order`, so the order
is priced again at the day it is made (today): with unchanged prices and
promotions it has the offer's lines and totals; a price changed since the offer
shows up in the order, where the normal order rules (approval, credit) apply.
A head's approval of the offer's discounts approves the order's discount request
(up to the approved percentage), recorded with the offer's number and reason.
A copy (new version) is a new draft: its discounts need approval again.

The states and verbs are declared in `kamdesk.core.services.offer_workflow`;
send, accept and reject are its transitions, and an illegal move raises a
WorkflowError that says what the offer is. Draft and sent offers whose validity
date has passed become expired by the job `expire_offers` (run at start and once
a day); reading never writes, and an overdue offer not yet expired is refused as
expired by the verbs' guards.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.core import text_limits
from kamdesk.core.db import database
from kamdesk.core.documents.offer_data import OfferData, OfferLineData, OfferParty
from kamdesk.core.errors import DiscountApprovalNeeded, ValidationError, WorkflowError
from kamdesk.core.messages import Message
from kamdesk.core.models import (
    Client,
    Contact,
    Contract,
    DiscountApproval,
    Manager,
    Offer,
    OfferLine,
    Order,
)
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.company import ROLE_HEAD
from kamdesk.core.models.offer import OFFER_LANGUAGES
from kamdesk.core.models.query import narrowed
from kamdesk.core.models.sale import CANCEL_REASONS
from kamdesk.core.services import document_lines, numbering, party, sale
from kamdesk.core.services.catalogue_read import unit_name
from kamdesk.core.services.company import acting_manager, current_manager, get_company, setting, setting_int
from kamdesk.core.services.offer_workflow import OFFER, is_accepted, is_editable, load_offer
from kamdesk.core.services.sale_workflow import DISCOUNT_APPROVAL
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried

ZERO = Decimal(0)
OFFER_SERIES = "offer"
OFFER_PREFIX = "OF-{year}-"
OFFER_WIDTH = 4
VALIDITY_KEY = "offer_validity_days"
INTRODUCTION_KEY = "offer_introduction"
CLOSING_KEY = "offer_closing"
DEFAULT_VALIDITY_DAYS = 30
DEFAULT_INTRODUCTIONS = {
    "en": "Thank you for your interest. We are pleased to offer you the following:",
    "hu": "Köszönjük megkeresését. Az alábbi ajánlatot tesszük Önöknek:",
    "ru": "Благодарим за интерес к нашей продукции. Предлагаем Вам следующее:",
}
DEFAULT_CLOSINGS = {
    "en": "We look forward to your order. Please contact us with any questions.",
    "hu": "Várjuk megrendelését. Kérdés esetén forduljon hozzánk bizalommal.",
    "ru": "Будем рады Вашему заказу. С вопросами обращайтесь к нам в любое время.",
}
PAYMENT_TERMS_TEXT = {"en": "{days} days net, by bank transfer", "hu": "{days} napon belül, átutalással",
                      "ru": "{days} дн. с даты счёта, банковским переводом"}
DEFAULT_INTRODUCTION, DEFAULT_CLOSING = DEFAULT_INTRODUCTIONS["en"], DEFAULT_CLOSINGS["en"]
LANGUAGE_BY_COUNTRY = {"HU": "hu", "RU": "ru", "BY": "ru", "KZ": "ru", "KG": "ru"}
TEXT_FIELDS = ("payment_terms", "delivery_terms", "introduction", "closing", "notes")


# ---------------------------------------------------------------- settings and defaults

def validity_days() -> int:
    """The company setting "offer_validity_days" (30 when unset or not a whole number of days)."""
    return setting_int(VALIDITY_KEY, DEFAULT_VALIDITY_DAYS, 1)


def default_introduction(language: str = "en") -> str:
    """The company's introduction text (setting), else the standard one in the offer's language."""
    text = setting(INTRODUCTION_KEY)
    return text if text and text.strip() else DEFAULT_INTRODUCTIONS.get(language, DEFAULT_INTRODUCTION)


def default_closing(language: str = "en") -> str:
    """The company's closing text (setting), else the standard one in the offer's language."""
    text = setting(CLOSING_KEY)
    return text if text and text.strip() else DEFAULT_CLOSINGS.get(language, DEFAULT_CLOSING)


def in_language(name: str, text: str, language: str) -> str:
    """`text` of an offer's field `name` in `language` when it is a standard text nobody has changed.

    The standard introduction, closing and payment terms of any language follow the offer's
    language (the payment terms keep their days); a text of one's own stays as it is.
    """
    if name == "payment_terms":
        days = _standard_payment_days(text)
        return text if days is None else PAYMENT_TERMS_TEXT.get(language, PAYMENT_TERMS_TEXT["en"]).format(days=days)
    if name in ("introduction", "closing") and text.strip() in {*DEFAULT_INTRODUCTIONS.values(),
                                                                 *DEFAULT_CLOSINGS.values()}:
        return default_introduction(language) if name == "introduction" else default_closing(language)
    return text


def _standard_payment_days(text: str) -> int | None:
    """The days of a standard payment term in any language ("30 napon belül, átutalással" → 30), else None."""
    for template in PAYMENT_TERMS_TEXT.values():
        pattern = re.escape(template).replace(re.escape("{days}"), r"(\d+)")
        found = re.fullmatch(pattern, text.strip())
        if found:
            return int(found.group(1))
    return None


def language_for(client: Client) -> str:
    """The document language of a client: Hungarian in HU, Russian in RU/BY/KZ/KG, else English."""
    return LANGUAGE_BY_COUNTRY.get((client.legal_country or "").upper(), "en")


def client_language(client: Client) -> str:
    """The language a client is written to: that of its newest offer or contract, else `language_for`."""
    newest = [record for record in (
        Offer.select(Offer.language, Offer.created_at).where(Offer.client == client.id)
        .order_by(Offer.created_at.desc(), Offer.id.desc()).first(),
        Contract.select(Contract.language, Contract.created_at).where(Contract.client == client.id)
        .order_by(Contract.created_at.desc(), Contract.id.desc()).first()) if record is not None]
    if not newest:
        return language_for(client)
    return max(newest, key=lambda record: record.created_at).language


def next_offer_number(year: int) -> str:
    """The next offer number (OF-2026-0007); call inside the transaction that uses it."""
    return numbering.next_number(OFFER_SERIES, year, OFFER_PREFIX, OFFER_WIDTH)


# ---------------------------------------------------------------- pricing and saving

def price_offer(client_id: int, requests: list[sale.LineRequest], offer_date: dt.date | None = None,
                manager_id: int | None = None) -> sale.OrderPreview:
    """The offer's lines priced exactly as an order's (what the entry view shows while typing)."""
    return sale.price_order(client_id, requests, offer_date, manager_id)


@retried
def save_offer(values: dict, requests: list[sale.LineRequest], offer_id: int | None = None) -> Offer:
    """Save a draft offer with its lines (priced now) in one transaction; a new one gets its number.

    `values`: client_id, contact_id, manager_id, offer_date, valid_until, payment_terms,
    delivery_terms, introduction, closing, notes, language. What is not given keeps its
    value (or, for a new offer, takes the default). row_version: the version the entry loaded.
    """
    offer = _offer(offer_id).expect_version(values.get("row_version")) if offer_id else None
    if offer is not None and not is_editable(offer.state):
        raise WorkflowError(Message("Only a draft offer can be changed; this one is {state}.",
                                    state=OFFER.state(offer.state).word))
    client_id = values.get("client_id") or (offer.client_id if offer else None)
    document_lines.check_client_and_lines(client_id, requests)
    client = party.get_client(client_id)
    manager_id = values.get("manager_id") or (offer.manager_id if offer else None)
    manager = Manager.get_or_none(Manager.id == manager_id) if manager_id else current_manager()
    offer_date = values.get("offer_date") or (offer.offer_date if offer else dt.date.today())
    header = _clean_header(values, client, offer, offer_date)
    preview = sale.price_order(client.id, requests, offer_date, manager.id if manager else None)
    with database.atomic():
        if offer is None:
            offer = Offer(number=next_offer_number(offer_date.year), state=OFFER.initial)
        for name, value in header.items():
            setattr(offer, name, value)
        offer.client, offer.manager, offer.offer_date = client, manager, offer_date
        document_lines.set_totals(offer, client, preview.currency, preview.totals)
        offer.save()
        document_lines.replace_lines(OfferLine.offer, offer, preview.lines, requests)
    return offer


def _clean_header(values: dict, client: Client, offer: Offer | None, offer_date: dt.date) -> dict:
    errors = {}
    contact_id = values.get("contact_id", offer.contact_id if offer else None)
    if contact_id and not Contact.select().where((Contact.id == contact_id) & (Contact.client == client.id)).exists():
        errors["contact"] = Message("The contact must be one of the client's contacts.")
    valid_until = values.get("valid_until") or (
        offer.valid_until if offer else offer_date + dt.timedelta(days=validity_days()))
    if valid_until < dt.date.today():
        errors["valid_until"] = Message("The offer is valid until {date}: that is in the past.",
                                        date=valid_until.isoformat())
    elif valid_until < offer_date:
        errors["valid_until"] = Message("The validity date is before the offer date.")
    language = values.get("language") or (offer.language if offer else language_for(client))
    if language not in OFFER_LANGUAGES:
        errors["language"] = Message("An offer is written in English, Hungarian or Russian.")
    errors.update(text_limits.problems(Offer, {name: values[name] for name in TEXT_FIELDS
                                               if isinstance(values.get(name), str)}))
    if errors:
        raise ValidationError(errors)
    header = {"contact": contact_id or None, "valid_until": valid_until, "language": language}
    defaults = {"introduction": lambda: default_introduction(language), "closing": lambda: default_closing(language),
                "payment_terms": lambda: default_payment_terms(client, language)}
    for name in TEXT_FIELDS:
        if name in values and values[name] is not None:
            header[name] = str(values[name]).strip()
        elif offer is not None:  # kept, but a standard text follows a change of language
            kept = getattr(offer, name)
            header[name] = in_language(name, kept, language) if language != offer.language else kept
        else:
            header[name] = defaults[name]() if name in defaults else ""
    return header


def default_payment_terms(client: Client, language: str | None = None) -> str:
    """What a new offer to `client` says about payment, in the offer's language (empty without terms)."""
    if not client.payment_terms_days:
        return ""
    text = PAYMENT_TERMS_TEXT.get(language or language_for(client), PAYMENT_TERMS_TEXT["en"])
    return text.format(days=client.payment_terms_days)


def line_requests(offer_id: int) -> list[sale.LineRequest]:
    """The offer's lines as they were typed: to edit, copy or order them."""
    return document_lines.requests_of(offer_lines(offer_id))


# ---------------------------------------------------------------- discount approval

def largest_discount(offer: Offer) -> Decimal:
    return max((line.discount_percent for line in offer_lines(offer.id)), default=ZERO)


def needs_approval(offer: Offer) -> bool:
    """A line discount above the manager's limit that no head has approved (up to that percentage)."""
    largest = largest_discount(offer)
    limit = offer.manager.max_discount if offer.manager else ZERO
    if largest <= limit:
        return False
    return offer.discount_approved_up_to is None or offer.discount_approved_up_to < largest


def approve_discount(offer_id: int, reason: str, head_id: int | None = None) -> Offer:
    """A head allows the offer's discounts (up to the largest one now), saying why."""
    offer = _offer(offer_id)
    head = acting_manager(head_id)
    if head is None or head.role != ROLE_HEAD:
        raise WorkflowError(Message("Only the head of department can approve or reject a discount."))
    if not is_editable(offer.state):
        raise WorkflowError(Message("Only a draft offer can be changed; this one is {state}.",
                                    state=OFFER.state(offer.state).word))
    if not (reason or "").strip():
        raise ValidationError({"reason": Message("Say why: the decision is recorded.")})
    offer.discount_approved_by, offer.discount_approved_at = head, utc_now()
    offer.discount_approved_up_to, offer.discount_approval_reason = largest_discount(offer), reason.strip()
    offer.save()
    return offer


def approve_and_send(offer_id: int, reason: str, head_id: int | None = None) -> Offer:
    """A head sends an offer whose discount is above the manager's limit, approving it with a reason.

    One step and one transaction: when the offer cannot be sent, the approval is not kept either.
    """
    with database.atomic():
        approve_discount(offer_id, reason, head_id)
        return send_offer(offer_id)


# ---------------------------------------------------------------- states

@OFFER.transition("send")
def send_offer(offer: Offer) -> None:
    """Mark a draft as handed to the client; refused while a discount waits for a head's approval."""
    if needs_approval(offer):
        raise DiscountApprovalNeeded(Message(
            "A discount on offer {number} is above your limit of {limit} %: the head of department must approve it "
            "before the offer is sent.", number=offer.number, limit=str(offer.manager.max_discount)))


@OFFER.transition("accept")
def accept_offer(offer: Offer) -> None:
    """The client accepted the sent offer."""


@OFFER.transition("reject")
def reject_offer(offer: Offer, reason: str, note: str = "") -> None:
    """The client said no, with a reason from the list of cancelled orders (so refusals can be analysed)."""
    if reason not in CANCEL_REASONS:
        raise ValidationError({"reason": Message("Choose why the offer was rejected.")})
    if reason == "other" and not (note or "").strip():
        raise ValidationError({"note": Message("Say why the offer was rejected.")})
    offer.reject_reason, offer.reject_note = reason, (note or "").strip()


def expire_offers(today: dt.date | None = None) -> int:
    """The job, run at start and once a day: draft and sent offers valid until before `today` become expired.

    Returns how many; each move is logged (`OFFER.log_bulk`). Safe to run again: a second run finds none.
    """
    today = today or dt.date.today()
    verb = OFFER.verb("expire")
    overdue = Offer.state.in_(verb.sources) & (Offer.valid_until < today)
    with database.atomic():
        moved = list(Offer.select(Offer.id, Offer.state).where(overdue).tuples())
        if moved:
            Offer.update(state=verb.target, updated_at=utc_now()).where(overdue).execute()
            OFFER.log_bulk(verb.name, [(offer_id, before, verb.target) for offer_id, before in moved])
    return len(moved)


def copy_offer(offer_id: int, values: dict | None = None) -> Offer:
    """A new draft version of an offer (any state), linked to it: lines and texts carried, priced today.

    The copy gets a new number, today's date and a fresh validity (the setting);
    `values` may change any header field as in `save_offer`.
    """
    old = _offer(offer_id)
    language = (values or {}).get("language") or old.language
    carried = {"client_id": old.client_id, "contact_id": old.contact_id, "manager_id": old.manager_id,
               "language": language, **{name: in_language(name, getattr(old, name), language) for name in TEXT_FIELDS}}
    carried.update(values or {})
    with database.atomic():
        offer = save_offer(carried, line_requests(old.id))
        offer.previous_version, offer.version = old, old.version + 1
        offer.save()
    return offer


def versions(offer_id: int) -> list[Offer]:
    """Every version of the offer's family, oldest first."""
    offer = _offer(offer_id)
    while offer.previous_version_id:
        offer = _offer(offer.previous_version_id)
    family, queue = [], [offer]
    while queue:
        current = queue.pop(0)
        family.append(current)
        queue.extend(Offer.select().where(Offer.previous_version == current.id).order_by(Offer.id))
    return sorted(family, key=lambda o: (o.version, o.id))


def offer_to_order(offer_id: int) -> Order:
    """An accepted offer becomes a draft order with the same lines (priced today, see the module text)."""
    offer = _offer(offer_id)
    if not is_accepted(offer.state):
        raise WorkflowError(Message("Offer {number} is {state}: only an accepted offer becomes an order.",
                                    number=offer.number, state=OFFER.state(offer.state).word))
    if offer.order_id:
        raise WorkflowError(Message("Offer {number} is already order {order}.", number=offer.number,
                                    order=offer.order.number))
    notes = "\n".join(text for text in (f"{offer.number}", offer.notes) if text)
    with database.atomic():
        order = sale.save_order({"client_id": offer.client_id, "contact_id": offer.contact_id,
                                 "manager_id": offer.manager_id, "order_date": dt.date.today(), "notes": notes},
                                line_requests(offer.id))
        _carry_approval(offer, order)
        offer.order, offer.updated_at = order, utc_now()
        offer.save()
    return order


def _carry_approval(offer: Offer, order: Order) -> None:
    """The head's approval of the offer's discounts approves the order's request (up to the same percentage)."""
    if offer.discount_approved_up_to is None:
        return
    pending = (DiscountApproval.select().where((DiscountApproval.order == order)
                                               & (DiscountApproval.state == "pending")
                                               & (DiscountApproval.max_discount <= offer.discount_approved_up_to)))
    head, verb = offer.discount_approved_by, DISCOUNT_APPROVAL.verb("approve")
    for request in pending:  # approved already, by the head who approved the offer: moved without asking again
        request.decided_by, request.reason = head, f"{offer.number}: {offer.discount_approval_reason}"
        DISCOUNT_APPROVAL.move(request, verb, request.state, None, head)


# ---------------------------------------------------------------- reading

def _offer(offer_id: int) -> Offer:
    return load_offer(offer_id)


def get_offer(offer_id: int) -> Offer:
    return _offer(offer_id)


def offer_by_number(number: str) -> Offer:
    return Offer.get_or_not_found(Offer.number == number,
                                  Message("There is no offer numbered {number}.", number=number))


def offer_lines(offer_id: int) -> list[OfferLine]:
    return document_lines.stored_lines(OfferLine.offer, offer_id)


def list_offers(state: str | None = None, client_id: int | None = None,
                manager_id: int | None = None) -> list[Offer]:
    """Offers, newest first, optionally of one state, client and manager."""
    query = narrowed(Offer.select(Offer, Client).join(Client),
                     (Offer.state, state), (Offer.client, client_id), (Offer.manager, manager_id))
    return list(query.order_by(Offer.offer_date.desc(), Offer.id.desc()))


@dataclass(frozen=True)
class OfferRow:
    """One line of the offers list."""

    id: int
    number: str
    version: int
    client_id: int
    client: str
    offer_date: dt.date
    valid_until: dt.date
    state: str
    net_total: Decimal
    gross_total: Decimal
    currency: str
    manager: str


def offer_rows(text: str = "", state: str | None = None, manager_id: int | None = None,
               client_id: int | None = None) -> list[OfferRow]:
    """The offers list, newest first: typed text (client name, accents ignored, or offer number), state,
    manager, client."""
    query = (Offer.select(Offer.id, Offer.number, Offer.version, Offer.client, Offer.offer_date, Offer.valid_until,
                          Offer.state, Offer.net_total, Offer.gross_total, Offer.currency,
                          Client.name.alias("client_name"), Manager.name.alias("manager_name"))
             .join(Client, on=(Offer.client == Client.id)).switch(Offer)
             .join(Manager, on=(Offer.manager == Manager.id)))
    query = narrowed(query, (Offer.state, state), (Offer.manager, manager_id), (Offer.client, client_id))
    for term in fold(text).split():
        query = query.where(Client.search_text.contains(term) | Offer.number.contains(term.upper()))
    return [OfferRow(id=o.id, number=o.number, version=o.version, client_id=o.client_id, client=o.client_name,
                     offer_date=o.offer_date, valid_until=o.valid_until, state=o.state, net_total=o.net_total,
                     gross_total=o.gross_total, currency=o.currency, manager=o.manager_name)
            for o in query.order_by(Offer.offer_date.desc(), Offer.id.desc()).objects()]


def awaiting_answer(days: int, today: dt.date | None = None, manager_id: int | None = None) -> list[Offer]:
    """Sent, still valid offers handed over more than `days` days ago: to follow up (the planner's suggestions)."""
    today = today or dt.date.today()
    cutoff = dt.datetime.combine(today - dt.timedelta(days=days), dt.time.min)
    query = (Offer.select(Offer, Client).join(Client)
             .where((Offer.state == "sent") & (Offer.sent_at < cutoff) & (Offer.valid_until >= today)))
    if manager_id:
        query = query.where(Offer.manager == manager_id)
    return list(query.order_by(Offer.sent_at, Offer.id))


# ---------------------------------------------------------------- what a document prints

def address_lines(street: str, postcode: str, city: str, country: str, home: str) -> list[str]:
    """Street, "postcode city", and the country when it is not the seller's own."""
    place = " ".join(p for p in (postcode, city) if p)
    lines = [text for text in (street, place) if text]
    if country and country.upper() != (home or "").upper():
        lines.append(country.upper())
    return lines


def offer_document_data(offer_id: int, language: str | None = None) -> OfferData:
    """The offer as the PDF and Excel writers print it (`kamdesk.core.documents.offer_data.OfferData`).

    company: name, address lines (street, "postcode city"), tax number, bank account, logo bytes (None
    without a logo); client: name, legal address lines (its country added when not the company's), tax
    number, the offer's contact person; number, offer date, validity, language, currency; lines in
    position order (sku, name, quantity, unit, unit price after the promotion, line discount %, net
    amount, VAT rate %; a standard unit in the offer's language); VAT per rate from the pricing
    engine over the stored lines; the stored net, VAT and gross totals; payment and delivery terms,
    introduction, closing as typed; the manager's name and e-mail. Amounts are the stored ones: the documents never re-price.
    In another `language` than the offer's, the units and the standard texts follow it too (`in_language`).
    """
    offer = _offer(offer_id)
    language = language or offer.language
    text = {name: in_language(name, getattr(offer, name), language) for name in TEXT_FIELDS}
    company = get_company()
    home = company.country if company else ""
    client = offer.client
    lines = offer_lines(offer.id)
    seller = OfferParty(name=company.name if company else "",
                        address_lines=address_lines(company.street, company.postcode, company.city, "", home)
                        if company else [],
                        tax_number=company.tax_number if company else "",
                        bank_account=company.bank_account if company else "",
                        logo=bytes(company.logo) if company and company.logo else None)
    buyer = OfferParty(name=client.name,
                       address_lines=address_lines(client.legal_street, client.legal_postcode, client.legal_city,
                                                    client.legal_country, home),
                       tax_number=client.tax_number or "",
                       contact_name=offer.contact.name if offer.contact_id else "")
    return OfferData(
        company=seller, client=buyer, number=offer.number, offer_date=offer.offer_date,
        valid_until=offer.valid_until, language=language, currency=offer.currency,
        lines=[OfferLineData(sku=line.sku, name=line.name, quantity=line.quantity,
                             unit=unit_name(line.unit, language),
                             unit_price=line.unit_price, discount_percent=line.discount_percent,
                             net_amount=line.net_amount, vat_rate=line.vat_rate) for line in lines],
        vat_by_rate=document_lines.stored_totals(lines, offer.currency).vat_by_rate, net_total=offer.net_total,
        vat_total=offer.vat_total, gross_total=offer.gross_total, payment_terms=text["payment_terms"],
        delivery_terms=offer.delivery_terms, introduction=text["introduction"], closing=text["closing"],
        manager_name=offer.manager.name if offer.manager_id else "",
        manager_email=offer.manager.email if offer.manager_id else "")
