"""Invoices and payments typed in or corrected by hand, and the value checks the imports share.

kamdesk does not issue invoices: most come from the accounting system's file (`settlement_io`).
What the file lacks, or got wrong, is entered here: `save_invoice`, `delete_invoice`,
`save_payment`, `delete_payment`, each in one transaction that ends with
`receivables.reallocate` of the clients it touched, so open amounts are right when it returns.

The checks (`invoice_amounts`, `clean_date`, `clean_currency`, `kind_of` ...) are the ones an
imported row goes through, so a typed value and an imported one are refused in the same words.
Invoices and payments are the accounting's figures: on a team server only a head of department
or an administrator records them (`require_recorder`); on a desk file, whoever sits at it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal

from kamdesk.core import text_limits
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message
from kamdesk.core.models import Client, Order
from kamdesk.core.models.base import new_gid, utc_now
from kamdesk.core.models.settlement import RECORDERS, Allocation, Invoice, Payment
from kamdesk.core.money import parse_money, to_minor
from kamdesk.core.services import company, numbering, receivables
from kamdesk.core.services.company import get_company
from kamdesk.core.services.party import to_date
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried

FIRST_YEAR, LAST_YEAR = 1900, 2199  # a date outside is a typing error (and a due date must fit after it)
MAX_AMOUNT = Decimal(10) ** 13  # ten thousand billion: beyond any invoice, within the stored hundredths
INVOICE = "invoice"
CREDIT_NOTE = "credit_note"
INVOICE_VALUES = ("number", "kind", "client", "issue_date", "due_date", "net_amount", "vat_amount", "gross_amount",
                  "currency", "refers_to", "order", "note")
PAYMENT_VALUES = ("client", "paid_on", "amount", "currency", "partner_name", "tax_number", "remark", "reference",
                  "note")

# Words for an invoice's kind in an accounting export, compared folded and without punctuation.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    INVOICE: ("invoice", "normal", "normal invoice", "számla", "szla", "normál", "normál számla", "счет", "счёт",
              "счет-фактура", "счёт-фактура", "упд"),
    CREDIT_NOTE: ("credit note", "credit", "credit memo", "credit_note", "jóváíró", "jóváíró számla", "helyesbítő",
                  "helyesbítő számla", "storno", "sztornó", "sztornó számla", "stornó", "módosító",
                  "módosító számla", "кредит-нота", "кредитовое авизо", "корректировочный",
                  "корректировочный счет-фактура", "корректировка", "корректировочный счёт-фактура", "возврат"),
}
CURRENCY_WORDS = {"ft": "HUF", "forint": "HUF", "€": "EUR", "euro": "EUR", "руб": "RUB", "₽": "RUB", "р": "RUB",
                  "рубль": "RUB", "рублей": "RUB", "$": "USD", "kč": "CZK", "zł": "PLN"}
_CURRENCY_MARK = re.compile(r"(?i)^\s*(ft\.?|huf|eur|€|rub|руб\.?|₽|usd|\$|czk|kč|pln|zł)\s*|"
                            r"\s*(ft\.?|huf|eur|€|rub|руб\.?|₽|usd|\$|czk|kč|pln|zł)\s*$")
_SPACED_DATE = re.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?")
_MIDNIGHT = re.compile(r"(\d{4}-\d{2}-\d{2})[ T]00:00(:00)?")


def _kind_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", fold(text or ""))


_KIND_INDEX = {_kind_key(word): kind for kind, words in KIND_WORDS.items() for word in words}


# ---------------------------------------------------------------- who records

def can_record() -> bool:
    """True when the user at the desk may import, type in or correct invoices and payments (never on a laptop)."""
    return company.has_role(*RECORDERS) and not numbering.is_replica()


require_recorder = receivables.require_recorder  # one refusal for typing in, importing and allocating by hand


# ---------------------------------------------------------------- value checks (typed and imported alike)

def kind_of(text: str) -> str | None:
    """"számla" → "invoice", "Jóváíró" → "credit_note"; None when the word names no kind."""
    return _KIND_INDEX.get(_kind_key(text))


def clean_amount(value, label: str, key: str, errors: dict, marks_currency: list | None = None) -> Decimal | None:
    """An amount from a Decimal or from text as people write it ("1 234,50 Ft", "-12.000"); None when empty.

    A currency mark beside the number ("Ft", "€") is put in `marks_currency`, when given.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    else:
        text = str(value).strip()
        mark = _CURRENCY_MARK.search(text)
        if mark and marks_currency is not None:
            marks_currency.append(clean_currency((mark.group(1) or mark.group(2)).rstrip("."), {}, "") or "")
        try:
            amount = parse_money(_CURRENCY_MARK.sub("", text))
        except ValueError:
            errors[key] = Message("{label}: “{text}” is not an amount.", label=label, text=text[:40])
            return None
    if not amount.is_finite() or abs(amount) >= MAX_AMOUNT:
        errors[key] = Message("{label}: “{text}” is not an amount.", label=label, text=str(value)[:40])
        return None
    try:
        to_minor(amount)
    except ValueError:
        errors[key] = Message("{label}: {text} has more than two decimal places.", label=label, text=str(value)[:40])
        return None
    return amount


def clean_date(value, label: str, key: str, errors: dict) -> dt.date | None:
    """A date from a date or from text: 2026-03-15, 2026.03.15., "2026. 03. 15.", 15.03.2026, 15/03/2026."""
    if isinstance(value, str):
        text = value.strip()
        spaced = _SPACED_DATE.fullmatch(text)
        if spaced:
            text = "{}-{:02d}-{:02d}".format(spaced.group(1), int(spaced.group(2)), int(spaced.group(3)))
        midnight = _MIDNIGHT.fullmatch(text)
        value = midnight.group(1) if midnight else text
    problems: dict = {}
    day = to_date(value, key, problems)
    if problems:
        errors[key] = Message("{label}: “{text}” is not a date (use YYYY-MM-DD).", label=label, text=str(value)[:40])
    elif day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        errors[key] = Message("{label}: {date} is not a date of an invoice or a payment.", label=label,
                              date=day.isoformat())
        return None
    return day


def default_currency() -> str:
    own = get_company()
    return own.currency if own and own.currency else "HUF"


def clean_currency(value, errors: dict, key: str = "currency") -> str | None:
    """A currency code from "huf", "Ft", "€", "руб."; None (and a message under `key`) when it is none."""
    text = str(value or "").strip()
    code = CURRENCY_WORDS.get(fold(text).rstrip("."), text.upper())
    if len(code) == 3 and code.isascii() and code.isalpha():
        return code
    if key:
        errors[key] = Message("Currency “{text}” must be a three-letter code such as HUF, EUR or RUB.",
                              text=text[:40])
    return None


def invoice_amounts(kind: str | None, net: Decimal | None, vat: Decimal | None, gross: Decimal | None,
                    errors: dict) -> tuple[str, Decimal, Decimal, Decimal]:
    """(kind, net, VAT, gross) as stored: missing ones from the others, a credit note's negative.

    Without a kind, a negative gross makes a credit note. A credit note written with positive
    amounts (as some accounting systems list them) is stored negative; an invoice may not be.
    """
    if {"net_amount", "vat_amount", "gross_amount"} & set(errors):  # an amount that is not one is said already
        return kind or INVOICE, Decimal(0), Decimal(0), Decimal(0)
    if gross is None and net is None:
        errors["gross_amount"] = Message("The gross amount is missing.")
        return kind or INVOICE, Decimal(0), Decimal(0), Decimal(0)
    vat = Decimal(0) if vat is None else vat
    if gross is None:
        gross = net + vat
    if net is None:
        net = gross - vat
    if net + vat != gross:
        errors["gross_amount"] = Message("Net {net} and VAT {vat} do not add up to the gross amount {gross}.",
                                         net=str(net), vat=str(vat), gross=str(gross))
    kind = kind or (CREDIT_NOTE if gross < 0 else INVOICE)
    if kind == CREDIT_NOTE and gross > 0:
        net, vat, gross = -net, -vat, -gross
    elif kind == INVOICE and gross < 0:
        errors["gross_amount"] = Message("An invoice's gross amount cannot be negative ({gross}): a credit note "
                                         "lowers what is owed.", gross=str(gross))
    if gross == 0:
        errors["gross_amount"] = Message("The gross amount is zero.")
    return kind, net, vat, gross


def check_dates(issue: dt.date | None, due: dt.date | None, errors: dict) -> None:
    if issue and due and due < issue:
        errors["due_date"] = Message("The due date {due} is before the issue date {issue}.",
                                     due=due.isoformat(), issue=issue.isoformat())


def due_by_terms(issue: dt.date, terms_days: int | None) -> dt.date:
    """The due date an invoice without one gets: the client's payment terms after its issue."""
    return issue + dt.timedelta(days=max(0, terms_days or 0))


def payment_fingerprint(paid_on: dt.date, party: str, amount: Decimal, currency: str, reference: str, remark: str,
                        occurrence: int) -> str:
    """What makes a payment line the same line when its file is imported again.

    `party` is the tax key or, without one, the folded partner name; `occurrence` counts the
    identical lines before it in its file (two equal transfers on one day are two payments).
    """
    text = "\x1f".join((paid_on.isoformat(), party, str(Decimal(amount).quantize(Decimal("0.01"))), currency,
                        reference.strip(), remark.strip(), str(occurrence)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- invoices by hand

def _client(value, errors: dict) -> Client | None:
    client_id = value.id if isinstance(value, Client) else value
    client = Client.get_or_none(Client.id == client_id) if client_id not in (None, "") else None
    if client is None:
        errors["client"] = Message("Choose the client.")
    return client


def _texts(model, values: dict, names: tuple[str, ...]) -> dict:
    texts = {name: str(values.get(name) or "").strip() for name in names}
    text_limits.refuse_too_long(model, texts)
    return texts


def clean_invoice(values: dict, invoice_id: int | None = None) -> dict:
    """The stored values of an invoice from what a form holds; a ValidationError keyed by field."""
    texts = _texts(Invoice, values, ("number", "note"))
    errors: dict = {}
    if not texts["number"]:
        errors["number"] = Message("The invoice number is missing.")
    elif Invoice.select(Invoice.id).where((Invoice.number == texts["number"])
                                          & (Invoice.id != (invoice_id or 0))).exists():
        errors["number"] = Message("Invoice {number} exists already.", number=texts["number"])
    kind = values.get("kind") or None
    if kind not in (None, INVOICE, CREDIT_NOTE):
        kind = kind_of(str(kind)) or INVOICE
    client = _client(values.get("client"), errors)
    issue = clean_date(values.get("issue_date"), Message("Issue date"), "issue_date", errors)
    if issue is None and "issue_date" not in errors:
        errors["issue_date"] = Message("The issue date is missing.")
    due = clean_date(values.get("due_date"), Message("Due date"), "due_date", errors)
    if due is None and issue and client and "due_date" not in errors:
        due = due_by_terms(issue, client.payment_terms_days)
    check_dates(issue, due, errors)
    labels = (("net_amount", Message("Net amount")), ("vat_amount", Message("VAT")),
              ("gross_amount", Message("Gross amount")))
    amounts = [clean_amount(values.get(name), label, name, errors) for name, label in labels]
    kind, net, vat, gross = invoice_amounts(kind, *amounts, errors)
    currency = clean_currency(values.get("currency") or default_currency(), errors)
    refers_to = _referred_invoice(values.get("refers_to"), kind, client, currency, invoice_id, errors)
    order = _order(values.get("order"), client, errors)
    if errors:
        raise ValidationError(errors)
    return {"number": texts["number"], "kind": kind, "client": client.id, "issue_date": issue, "due_date": due,
            "net_amount": net, "vat_amount": vat, "gross_amount": gross, "currency": currency,
            "refers_to": refers_to, "order": order, "note": texts["note"]}


def _referred_invoice(value, kind: str, client: Client | None, currency: str | None, invoice_id: int | None,
                      errors: dict) -> int | None:
    if value in (None, ""):
        return None
    invoice = Invoice.get_or_none(Invoice.id == (value.id if isinstance(value, Invoice) else value))
    problem = referred_problem(invoice, kind, client.id if client else None, currency, str(value))
    if invoice is not None and invoice.id == invoice_id:
        problem = Message("A credit note cannot refer to itself.")
    if problem:
        errors["refers_to"] = problem
        return None
    return invoice.id


def referred_problem(invoice, kind: str, client_id: int | None, currency: str | None, written: str) -> str | None:
    """Why `invoice` (an Invoice, or a row's (number, client_id, kind, currency)) cannot be what a credit note
    refers to; None when it can. `written` is how the referring row named it."""
    if kind != CREDIT_NOTE:
        return Message("Only a credit note refers to an invoice.")
    if invoice is None:
        return Message("There is no invoice {number}.", number=written[:64])
    number, owner, its_kind, its_currency = (
        (invoice.number, invoice.client_id, invoice.kind, invoice.currency) if isinstance(invoice, Invoice)
        else invoice)
    if its_kind != INVOICE:
        return Message("{number} is a credit note: a credit note refers to an invoice.", number=number)
    if client_id is not None and owner != client_id:
        return Message("Invoice {number} is another client's.", number=number)
    if currency and its_currency != currency:
        return Message("Invoice {number} is in {theirs}, the credit note in {ours}.", number=number,
                       theirs=its_currency, ours=currency)
    return None


def _order(value, client: Client | None, errors: dict) -> int | None:
    if value in (None, ""):
        return None
    order = Order.get_or_none(Order.id == (value.id if isinstance(value, Order) else value))
    if order is None:
        errors["order"] = Message("That order does not exist any more.")
        return None
    if client is not None and order.client_id != client.id:
        errors["order"] = Message("Order {number} is another client's.", number=order.number)
        return None
    return order.id


@retried
def save_invoice(values: dict, invoice_id: int | None = None) -> Invoice:
    """Type in an invoice or credit note, or correct one (`invoice_id`); then the client's receivables again.

    For an existing invoice, values missing from `values` keep their stored value;
    `values["row_version"]` is the version the form loaded (ChangedMeanwhile over a newer one).
    """
    require_recorder()
    invoice = Invoice.get_or_not_found(Invoice.id == invoice_id, Message("That invoice does not exist any more.")) \
        if invoice_id else Invoice(source="manual")
    if invoice_id:
        values = {**{name: getattr(invoice, name + "_id" if name in ("client", "refers_to", "order") else name)
                     for name in INVOICE_VALUES}, **values}
    cleaned = clean_invoice(values, invoice_id)
    return _store(invoice, cleaned, values.get("row_version"), open_amount=cleaned["gross_amount"])


@retried
def delete_invoice(invoice_id: int) -> None:
    """Delete an invoice or credit note (what it settled, or what settled it, is settled anew)."""
    require_recorder()
    invoice = Invoice.get_or_not_found(Invoice.id == invoice_id, Message("That invoice does not exist any more."))
    Allocation.delete().where((Allocation.invoice == invoice.id) | (Allocation.credit_note == invoice.id)).execute()
    Invoice.update(refers_to=None).where(Invoice.refers_to == invoice.id).execute()
    invoice.delete_instance()
    receivables.reallocate([invoice.client_id])


# ---------------------------------------------------------------- payments by hand

def clean_payment(values: dict) -> dict:
    """The stored values of a payment from what a form holds; a ValidationError keyed by field."""
    texts = _texts(Payment, values, ("partner_name", "tax_number", "remark", "reference", "note"))
    errors: dict = {}
    client = _client(values.get("client"), errors)
    paid_on = clean_date(values.get("paid_on"), Message("Date"), "paid_on", errors)
    if paid_on is None and "paid_on" not in errors:
        errors["paid_on"] = Message("The date of the payment is missing.")
    amount = clean_amount(values.get("amount"), Message("Amount"), "amount", errors)
    if amount is None and "amount" not in errors:
        errors["amount"] = Message("The amount is missing.")
    elif amount == 0:
        errors["amount"] = Message("The amount is zero.")
    currency = clean_currency(values.get("currency") or default_currency(), errors)
    if errors:
        raise ValidationError(errors)
    return {"client": client.id, "paid_on": paid_on, "amount": amount, "currency": currency, **texts}


@retried
def save_payment(values: dict, payment_id: int | None = None) -> Payment:
    """Record a payment by hand (cash, a transfer the statement lacks) or correct one; then the receivables again.

    An imported payment keeps its fingerprint when corrected, so importing its statement again
    does not add it a second time.
    """
    require_recorder()
    payment = Payment.get_or_not_found(Payment.id == payment_id, Message("That payment does not exist any more.")) \
        if payment_id else Payment(source="manual", fingerprint=hashlib.sha256(new_gid().encode()).hexdigest())
    if payment_id:
        values = {**{name: getattr(payment, "client_id" if name == "client" else name) for name in PAYMENT_VALUES},
                  **values}
    cleaned = clean_payment(values)
    return _store(payment, cleaned, values.get("row_version"), unallocated=cleaned["amount"])


def _store(record, cleaned: dict, row_version, **derived_when_new):
    """Write a typed invoice or payment over the version the form loaded, then allocate the clients it was and
    is of again; a new one starts with its derived figure (`open_amount`, `unallocated`) whole."""
    clients = {cleaned["client"], record.client_id} - {None}
    is_new = record.id is None
    record.expect_version(row_version)
    for name, value in {**cleaned, **(derived_when_new if is_new else {})}.items():
        setattr(record, name, value)
    record.updated_at = utc_now()
    record.save()
    receivables.reallocate(clients)
    return type(record).get_by_id(record.id)


@retried
def delete_payment(payment_id: int) -> None:
    """Delete a payment (the invoices it settled are open again, or settled by other money)."""
    require_recorder()
    payment = Payment.get_or_not_found(Payment.id == payment_id, Message("That payment does not exist any more."))
    Allocation.delete().where(Allocation.payment == payment.id).execute()
    payment.delete_instance()
    receivables.reallocate([payment.client_id])
