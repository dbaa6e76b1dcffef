"""Invoices and payments from spreadsheets: the accounting system's invoice list and the bank's statement.

Both imports are the four steps of every import (`spreadsheet_import`), as the client import:

1. `read_invoices` / `read_payments`: the file as a header row (found below a title) and rows of
   text, .xlsx or .csv in any encoding (cp1250 too).
2. `invoice_mapping` / `payment_mapping`: column → field from headers in Hungarian, Russian or
   English; the user can correct it.
3. `check_invoices` / `check_payments`: every row checked, nothing written. A row is rejected with
   its reason: a client that no client of kamdesk is (by tax number, else by the exact name, case
   and accents aside), an amount or date that is not one, net and VAT that do not make the gross,
   an invoice number twice in the file, a credit note whose invoice is neither in the database nor
   in an earlier row, an order number kamdesk does not have. Amounts are read as people write them
   ("1 234,50", "-12.000 Ft"); a credit note is stored with negative amounts.
4. `import_invoices` / `import_payments`: the valid rows in one transaction, all or nothing, ending
   with `receivables.reallocate` of the clients touched. Importing the same file again changes
   nothing: an invoice is matched by its number (same values: untouched; other values: updated;
   an empty optional cell leaves the stored value), a payment by its fingerprint (date, partner,
   amount, currency, reference, remark, and how many identical lines came before it in the file).

Rejected rows are saved with `write_rejected`, to be corrected and imported again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kamdesk.core import text_limits
from kamdesk.core.db import refresh_statistics
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Message, joined
from kamdesk.core.models import Client, Order
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.settlement import Invoice, Payment
from kamdesk.core.services import receivables, spreadsheet_import
from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services.company import current_manager_id
from kamdesk.core.services.party_validation import tax_key
from kamdesk.core.services.spreadsheet_import import (
    HeaderAliases,
    Progress,
    RowCheck,
    RowProblem,
    Table,
    check_mapping,
)
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried, serialized

__all__ = [
    "INVOICE_FIELDS", "INVOICE_LABELS", "PAYMENT_FIELDS", "PAYMENT_LABELS", "ImportResult", "InvoiceCheck",
    "PaymentCheck", "RowProblem", "Table", "check_invoices", "check_payments", "import_invoices", "import_payments",
    "invoice_mapping", "payment_mapping", "read_invoices", "read_payments", "write_rejected",
]

CHUNK = 500  # values per IN list
BATCH = 500  # rows per INSERT
STATISTICS_AFTER = 1000

INVOICE_FIELDS = ("number", "kind", "client", "tax_number", "issue_date", "due_date", "net_amount", "vat_amount",
                  "gross_amount", "currency", "refers_to", "order", "note")
INVOICE_LABELS: dict[str, str] = {
    "number": Message("Invoice number"), "kind": Message("Document type"), "client": Message("Client"),
    "tax_number": Message("Tax number"), "issue_date": Message("Issue date"), "due_date": Message("Due date"),
    "net_amount": Message("Net amount"), "vat_amount": Message("VAT"), "gross_amount": Message("Gross amount"),
    "currency": Message("Currency"), "refers_to": Message("Referenced invoice"), "order": Message("Order number"),
    "note": Message("Note"),
}
_CLIENT_WORDS = ("Customer", "Client name", "Customer name", "Buyer", "Partner", "Partner name", "Name", "Vevő",
                 "Vevő neve", "Ügyfél", "Ügyfél neve", "Partner neve", "Név", "Cégnév", "Покупатель", "Клиент",
                 "Контрагент", "Наименование покупателя", "Наименование контрагента")
_TAX_WORDS = ("Tax ID", "Tax no", "VAT number", "VAT no", "VAT ID", "Adószám", "Vevő adószáma", "Partner adószáma",
              "Közösségi adószám", "ИНН", "ИНН покупателя", "ИНН плательщика", "Налоговый номер")
_CURRENCY_WORDS = ("Curr", "Currency code", "Deviza", "Pénznem", "Valuta", "Валюта", "Код валюты")
INVOICE_ALIASES: dict[str, tuple[str, ...]] = {
    "number": ("Invoice", "Invoice no", "Invoice number", "Document number", "Document no", "Number", "Számlaszám",
               "Számla száma", "Számla sorszáma", "Számla", "Sorszám", "Bizonylatszám", "Bizonylat száma",
               "Номер счета", "Номер счёта", "Номер счета-фактуры", "Номер документа", "Номер", "Счет", "Счёт"),
    "kind": ("Type", "Kind", "Document type", "Invoice type", "Típus", "Bizonylat típusa", "Számla típusa",
             "Bizonylattípus", "Тип", "Тип документа", "Вид документа"),
    "client": _CLIENT_WORDS,
    "tax_number": _TAX_WORDS,
    "issue_date": ("Date", "Invoice date", "Issued", "Issued on", "Date of issue", "Kelt", "Kelte", "Számla kelte",
                   "Kiállítás dátuma", "Kiállítás kelte", "Kiállítva", "Dátum", "Дата", "Дата счета", "Дата счёта",
                   "Дата документа", "Дата выставления"),
    "due_date": ("Due", "Due on", "Payment due", "Due date", "Fizetési határidő", "Esedékesség", "Határidő",
                 "Esedékesség dátuma", "Fizetési határnap", "Срок оплаты", "Оплатить до", "Дата платежа по счету"),
    "net_amount": ("Net", "Net total", "Net value", "Nettó", "Nettó összeg", "Nettó érték", "Сумма без НДС",
                   "Нетто"),
    "vat_amount": ("VAT", "VAT amount", "Tax", "Tax amount", "ÁFA", "Áfa összeg", "ÁFA összege", "Áfa érték",
                   "НДС", "Сумма НДС"),
    "gross_amount": ("Gross", "Gross amount", "Total", "Amount", "Invoice total", "Bruttó", "Bruttó összeg",
                     "Bruttó érték", "Végösszeg", "Összeg", "Fizetendő", "Сумма", "Сумма с НДС", "Итого", "Всего"),
    "currency": _CURRENCY_WORDS,
    "refers_to": ("Referenced invoice", "Original invoice", "Corrected invoice", "Credit note for", "Refers to",
                  "Eredeti számla", "Hivatkozott számla", "Helyesbített számla", "Módosított számla",
                  "Eredeti számla száma", "Исходный счет", "Исходный счёт", "Корректируемый счет",
                  "Корректируемый счёт", "Основание"),
    "order": ("Order", "Order no", "Order number", "Rendelés", "Rendelésszám", "Rendelés száma", "Megrendelés",
              "Megrendelés száma", "Megrendelésszám", "Заказ", "Номер заказа"),
    "note": ("Comment", "Remark", "Megjegyzés", "Примечание", "Комментарий"),
}

PAYMENT_FIELDS = ("paid_on", "partner_name", "tax_number", "amount", "currency", "remark", "reference")
PAYMENT_LABELS: dict[str, str] = {
    "paid_on": Message("Date"), "partner_name": Message("Partner"), "tax_number": Message("Tax number"),
    "amount": Message("Amount"), "currency": Message("Currency"), "remark": Message("Remark"),
    "reference": Message("Reference"),
}
PAYMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "paid_on": ("Payment date", "Paid on", "Value date", "Booking date", "Transaction date", "Dátum",
                "Fizetés dátuma", "Befizetés dátuma", "Könyvelés dátuma", "Könyvelési nap", "Értéknap",
                "Teljesítés dátuma", "Дата", "Дата платежа", "Дата оплаты", "Дата поступления"),
    "partner_name": ("Payer", "Name", "Counterparty", "Partner name", "Payer name", "Client", "Customer",
                     "Partner neve", "Befizető", "Befizető neve", "Ellenoldali név", "Ellenoldali partner",
                     "Ellenoldali számlatulajdonos", "Küldő", "Név", "Ügyfél", "Vevő", "Плательщик", "Контрагент",
                     "Наименование плательщика", "Клиент"),
    "tax_number": _TAX_WORDS,
    "amount": ("Credit", "Paid", "Amount paid", "Összeg", "Jóváírás", "Jóváírt összeg", "Befizetett összeg",
               "Befizetés", "Сумма", "Сумма платежа", "Приход", "Поступление"),
    "currency": _CURRENCY_WORDS,
    "remark": ("Reference text", "Description", "Details", "Payment details", "Purpose", "Narrative", "Közlemény",
               "Megjegyzés", "Leírás", "Közlemény szövege", "Назначение платежа", "Назначение", "Комментарий",
               "Примечание"),
    "reference": ("Transaction id", "Transaction number", "Transaction reference", "Bank reference", "Ref",
                  "Tranzakció azonosító", "Tranzakciószám", "Tranzakció azonosítója", "Azonosító", "Banki azonosító",
                  "Номер платежа", "Номер платёжного поручения", "Номер платежного поручения", "Номер п/п"),
}

_INVOICE_HEADERS = HeaderAliases(INVOICE_FIELDS, INVOICE_LABELS, INVOICE_ALIASES)
_PAYMENT_HEADERS = HeaderAliases(PAYMENT_FIELDS, PAYMENT_LABELS, PAYMENT_ALIASES)
OPTIONAL_INVOICE_VALUES = ("due_date", "order", "note", "refers_to")  # an empty cell leaves what is stored


# ---------------------------------------------------------------- reading and mapping

def read_invoices(path: str | Path, header_row: int | None = None) -> Table:
    """An invoice list as a `Table`; without `header_row`, the headers are the line with most invoice fields."""
    return spreadsheet_import.read_table(path, header_row, _INVOICE_HEADERS.knows)


def read_payments(path: str | Path, header_row: int | None = None) -> Table:
    """A bank statement or payment list as a `Table`; the headers found as for invoices."""
    return spreadsheet_import.read_table(path, header_row, _PAYMENT_HEADERS.knows)


def invoice_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → invoice field for the headers kamdesk recognises; each field at most once."""
    return _INVOICE_HEADERS.auto_mapping(headers)


def payment_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → payment field for the headers kamdesk recognises; each field at most once."""
    return _PAYMENT_HEADERS.auto_mapping(headers)


def _require_fields(mapping: dict[int, str], fields: tuple[str, ...], labels: dict, required: str,
                    missing: Message, needed: Iterable[tuple[tuple[str, ...], Message]]) -> None:
    unknown = sorted(set(mapping.values()) - set(fields))
    if unknown:
        raise ValueError(f"not import fields: {', '.join(unknown)}")
    check_mapping(mapping, labels.get, required, missing, order=fields.index)
    targets = set(mapping.values())
    for any_of, message in needed:
        if not targets & set(any_of):
            raise ValidationError(message, field="mapping")


# ---------------------------------------------------------------- clients

class _Clients:
    """The clients the rows name, by tax key and by folded name, read once per check."""

    def __init__(self, names: Iterable[str], taxes: Iterable[str]):
        self.by_tax: dict[str, tuple[int, int]] = {}
        self.by_name: dict[str, list[tuple[int, int, bool]]] = {}
        columns = (Client.id, Client.tax_key, Client.name_key, Client.archived_at, Client.payment_terms_days)
        for chunk in _chunks({tax_key(text) for text in taxes} - {""}):
            for client_id, key, _name, archived, terms in Client.select(*columns).where(
                    Client.tax_key.in_(chunk)).order_by(Client.id).tuples():
                if key not in self.by_tax or not archived:  # a live client before an archived one
                    self.by_tax[key] = (client_id, terms)
        for chunk in _chunks({fold(text) for text in names} - {""}):
            for client_id, _key, name, archived, terms in Client.select(*columns).where(
                    Client.name_key.in_(chunk)).order_by(Client.id).tuples():
                self.by_name.setdefault(name, []).append((client_id, terms, archived is None))

    def find(self, name: str, tax: str, errors: dict) -> tuple[int, int] | None:
        """(client id, payment terms) of the client a row names; None (and why, in `errors`) when none."""
        found = self.by_tax.get(tax_key(tax)) if tax else None
        if found:
            return found
        candidates = self.by_name.get(fold(name), []) if name else []
        live = [c for c in candidates if c[2]] or candidates
        if len(live) == 1:
            return live[0][:2]
        if len(live) > 1:
            errors["client"] = Message("Several clients are named “{name}”: give the tax number.", name=name[:200])
        elif name and tax:
            errors["client"] = Message("No client has the tax number {tax} or the name “{name}”.", tax=tax[:50],
                                       name=name[:200])
        elif tax:
            errors["client"] = Message("No client has the tax number {tax}.", tax=tax[:50])
        elif name:
            errors["client"] = Message("No client is named “{name}”.", name=name[:200])
        else:
            errors["client"] = Message("The client is missing: give its name or tax number.")
        return None


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def _column(table: Table, mapping: dict[int, str], name: str) -> list[str]:
    index = next((c for c, target in mapping.items() if target == name), None)
    return [] if index is None else [row[index].strip() for row in table.rows if index < len(row)]


def _cells(row: list[str], mapping: dict[int, str]) -> dict[str, str]:
    return {name: (row[column].strip() if column < len(row) else "") for column, name in mapping.items()}


def _reason(error: ValidationError) -> str:
    messages = error.messages()
    return messages[0] if len(messages) == 1 else joined(messages)


# ---------------------------------------------------------------- invoices: checking

@dataclass
class InvoiceRow:
    """A valid invoice row: the values it gives (optional ones only when their cell holds one)."""

    row_number: int
    values: dict  # number, kind, client, issue_date, net/vat/gross_amount, currency; due_date, order, note
    refers_to: str | None  # the number of the invoice a credit note refers to
    default_due: dt.date  # the due date of a new invoice whose row gives none
    status: str = "new"  # "new", "changed" or "unchanged" (against the database when checked)


@dataclass
class InvoiceCheck:
    """What `check_invoices` found; `import_invoices` takes it as it is."""

    valid: list[InvoiceRow] = field(default_factory=list)
    rejected: list[RowProblem] = field(default_factory=list)
    total: int = 0

    def count(self, status: str) -> int:
        return sum(1 for row in self.valid if row.status == status)


def check_invoices(table: Table, mapping: dict[int, str], progress: Progress | None = None) -> InvoiceCheck:
    """Check every row of an invoice list read through `mapping`; nothing is written."""
    _require_fields(mapping, INVOICE_FIELDS, INVOICE_LABELS, "number",
                    Message("Choose the column that holds the invoice number."), (
                        (("client", "tax_number"), Message("Choose the column that holds the client's name or "
                                                           "tax number.")),
                        (("issue_date",), Message("Choose the column that holds the issue date.")),
                        (("gross_amount", "net_amount"), Message("Choose the column that holds the gross amount."))))
    numbers = _column(table, mapping, "number") + _column(table, mapping, "refers_to")
    stored = _stored_invoices(numbers)
    lookups = _InvoiceLookups(_Clients(_column(table, mapping, "client"), _column(table, mapping, "tax_number")),
                              stored, _orders(_column(table, mapping, "order")), entry.default_currency())
    check = InvoiceCheck(total=len(table.rows))
    valid, check.rejected = spreadsheet_import.check_rows(
        table, mapping, lambda number, row: lookups.clean(number, _cells(row, mapping)), _INVOICE_HEADERS.knows,
        reason=_reason, progress=progress, every=500)
    check.valid = [row for _number, _cells_, row in valid]
    for row in check.valid:
        row.status = _status(row, stored.get(row.values["number"]))
    return check


class _InvoiceLookups:
    """What the rows of one invoice list are checked against, and the rows accepted so far."""

    def __init__(self, clients: _Clients, stored: dict[str, dict], orders: dict[str, tuple[int, int]],
                 currency: str):
        self.clients, self.stored, self.orders, self.currency = clients, stored, orders, currency
        self.first_row: dict[str, int] = {}
        self.accepted: dict[str, tuple[str, int, str, str]] = {}  # number → (number, client, kind, currency)

    def clean(self, line: int, cell: dict[str, str]) -> InvoiceRow:
        too_long = text_limits.problems(Invoice, {name: cell[name] for name in ("number", "note") if name in cell})
        if too_long:
            raise ValidationError(too_long)
        errors: dict = {}
        number = cell.get("number", "")
        if not number:
            errors["number"] = Message("The invoice number is missing.")
        elif number in self.first_row:
            errors["number"] = Message("Invoice {number} is already in row {row} of this file.", number=number,
                                       row=self.first_row[number])
        else:
            self.first_row[number] = line  # a later row with this number is refused, whatever becomes of this one
        client = self.clients.find(cell.get("client", ""), cell.get("tax_number", ""), errors)
        values, default_due = self._values(cell, client, errors)
        refers_to = cell.get("refers_to") or None
        if refers_to:
            referred = self.accepted.get(refers_to) or _as_row(self.stored.get(refers_to))
            problem = entry.referred_problem(referred, values["kind"], client and client[0], values["currency"],
                                             refers_to)
            if referred is None and values["kind"] == entry.CREDIT_NOTE:
                problem = Message("Invoice {number} is neither in kamdesk nor in an earlier row of this file.",
                                  number=refers_to[:64])
            if problem:
                errors["refers_to"] = problem
        if errors:
            raise ValidationError(errors)
        self.accepted[number] = (number, values["client"], values["kind"], values["currency"])
        return InvoiceRow(line, values, refers_to, default_due)

    def _values(self, cell: dict[str, str], client: tuple[int, int] | None, errors: dict) -> tuple[dict, dt.date]:
        kind = None
        if cell.get("kind"):
            kind = entry.kind_of(cell["kind"])
            if kind is None:
                errors["kind"] = Message("“{text}” is neither an invoice nor a credit note.", text=cell["kind"][:40])
        if kind is None and cell.get("refers_to"):
            kind = entry.CREDIT_NOTE
        issue = entry.clean_date(cell.get("issue_date", ""), Message("Issue date"), "issue_date", errors)
        if issue is None and "issue_date" not in errors:
            errors["issue_date"] = Message("The issue date is missing.")
        due = entry.clean_date(cell.get("due_date", ""), Message("Due date"), "due_date", errors)
        entry.check_dates(issue, due, errors)
        marks: list[str] = []
        amounts = [entry.clean_amount(cell.get(name, ""), INVOICE_LABELS[name], name, errors, marks)
                   for name in ("net_amount", "vat_amount", "gross_amount")]
        kind, net, vat, gross = entry.invoice_amounts(kind, *amounts, errors)
        currency = self._currency(cell.get("currency", ""), marks, errors)
        values = {"number": cell.get("number", ""), "kind": kind, "client": client[0] if client else None,
                  "issue_date": issue, "net_amount": net, "vat_amount": vat, "gross_amount": gross,
                  "currency": currency}
        if due:
            values["due_date"] = due
        if cell.get("note"):
            values["note"] = cell["note"]
        if cell.get("order"):
            values["order"] = self._order(cell["order"], client, errors)
        default_due = entry.due_by_terms(issue, client[1]) if issue and client else dt.date.min
        return values, default_due

    def _currency(self, text: str, marks: list[str], errors: dict) -> str:
        if text:
            return entry.clean_currency(text, errors) or self.currency
        marked = {mark for mark in marks if mark}
        if len(marked) > 1:
            errors["currency"] = Message("The amounts are in different currencies: {currencies}.",
                                         currencies=", ".join(sorted(marked)))
        return next(iter(marked), self.currency)

    def _order(self, number: str, client: tuple[int, int] | None, errors: dict) -> int | None:
        found = self.orders.get(number)
        if found is None:
            errors["order"] = Message("There is no order {number}.", number=number[:64])
            return None
        if client and found[1] != client[0]:
            errors["order"] = Message("Order {number} is another client's.", number=number[:64])
        return found[0]


def _as_row(stored: dict | None) -> tuple | None:
    if stored is None:
        return None
    return stored["number"], stored["client"], stored["kind"], stored["currency"]


def _status(row: InvoiceRow, stored: dict | None) -> str:
    if stored is None:
        return "new"
    same = all(stored.get(name) == value for name, value in row.values.items())
    return "unchanged" if same and (row.refers_to is None or stored["refers_to"] == row.refers_to) else "changed"


_STORED = ("id", "number", "kind", "client", "issue_date", "due_date", "net_amount", "vat_amount", "gross_amount",
           "currency", "order", "note", "refers_to")


def _stored_invoices(numbers: Iterable[str]) -> dict[str, dict]:
    """Number → the stored values of those invoices (refers_to as the referenced number)."""
    found: dict[str, dict] = {}
    fields = [getattr(Invoice, name) for name in _STORED]
    for chunk in _chunks(set(numbers) - {""}):
        for values in Invoice.select(*fields).where(Invoice.number.in_(chunk)).dicts():
            found[values["number"]] = values
    referred = {values["refers_to"] for values in found.values() if values["refers_to"]}
    names = {}
    for start in range(0, len(referred), CHUNK):
        chunk = sorted(referred)[start:start + CHUNK]
        names.update(Invoice.select(Invoice.id, Invoice.number).where(Invoice.id.in_(chunk)).tuples())
    for values in found.values():
        values["refers_to"] = names.get(values["refers_to"])
    return found


def _orders(numbers: Iterable[str]) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(set(numbers) - {""}):
        query = Order.select(Order.number, Order.id, Order.client).where(Order.number.in_(chunk)).tuples()
        found.update({number: (order_id, client_id) for number, order_id, client_id in query})
    return found


# ---------------------------------------------------------------- invoices: importing

@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


def import_invoices(check: InvoiceCheck, progress: Progress | None = None) -> ImportResult:
    """Create and update the valid invoices of `check` in one transaction, then reallocate their clients."""
    result = _write_invoices(check, progress)
    if result.created >= STATISTICS_AFTER:
        refresh_statistics()
    return result


@retried(unique_too=True)
def _write_invoices(check: InvoiceCheck, progress: Progress | None) -> ImportResult:
    entry.require_recorder()
    serialized("settlement import")
    rows = check.valid
    stored = _stored_invoices([row.values["number"] for row in rows])
    new = [row for row in rows if row.values["number"] not in stored]
    changed = [row for row in rows if row.values["number"] in stored
               and _status(row, stored[row.values["number"]]) == "changed"]
    now, editor = utc_now(), current_manager_id()
    records = [_new_record(row, now, editor) for row in new]
    if records:
        spreadsheet_import.import_all(records, lambda batch: Invoice.insert_many(batch).execute(), BATCH, progress)
    touched = {row.values["client"] for row in new + changed}
    for row in changed:
        before = stored[row.values["number"]]
        touched.add(before["client"])
        update = {name: value for name, value in row.values.items() if before.get(name) != value}
        if update:
            text_limits.check_records(Invoice, [update])
            Invoice.update(**update, updated_at=now, changed_at=now, changed_by=editor,
                           row_version=Invoice.row_version + 1).where(Invoice.id == before["id"]).execute()
    _link_credit_notes([row for row in new + changed if row.refers_to], now)
    if touched:
        receivables.reallocate(sorted(touched))
    return ImportResult(len(new), len(changed), len(rows) - len(new) - len(changed))


def _new_record(row: InvoiceRow, now, editor: int | None) -> dict:
    values = row.values
    if values["client"] is None:
        raise KamdeskError(Message("The check of this file is incomplete. Check the file again."))
    record = {"due_date": row.default_due, "order": None, "note": "", **values, "source": "import",
              "open_amount": values["gross_amount"], "created_at": now, "updated_at": now, "changed_by": editor}
    return record


def _link_credit_notes(rows: list[InvoiceRow], now) -> None:
    """Each credit note of the file to the invoice it refers to (in the database, or written just before)."""
    numbers = {row.refers_to for row in rows} | {row.values["number"] for row in rows}
    ids = {number: values["id"] for number, values in _stored_invoices(numbers).items()}
    for row in rows:
        if row.refers_to not in ids:
            raise KamdeskError(Message("Invoice {number} was deleted since the file was checked. Check the file "
                                       "again.", number=row.refers_to))
        (Invoice.update(refers_to=ids[row.refers_to], updated_at=now, changed_at=now,
                        row_version=Invoice.row_version + 1)
         .where((Invoice.id == ids[row.values["number"]])
                & (Invoice.refers_to.is_null() | (Invoice.refers_to != ids[row.refers_to]))).execute())


# ---------------------------------------------------------------- payments

@dataclass
class PaymentRow:
    row_number: int
    values: dict  # client, paid_on, amount, currency, partner_name, tax_number, remark, reference, fingerprint
    is_new: bool = True  # no payment had its fingerprint when checked


class PaymentCheck(RowCheck[PaymentRow]):
    """What `check_payments` found; `import_payments` takes it as it is."""


def check_payments(table: Table, mapping: dict[int, str], progress: Progress | None = None) -> PaymentCheck:
    """Check every row of a payment list read through `mapping`; nothing is written."""
    _require_fields(mapping, PAYMENT_FIELDS, PAYMENT_LABELS, "amount",
                    Message("Choose the column that holds the amount paid."), (
                        (("partner_name", "tax_number"), Message("Choose the column that holds the partner's name "
                                                                 "or tax number.")),
                        (("paid_on",), Message("Choose the column that holds the date of the payment."))))
    clients = _Clients(_column(table, mapping, "partner_name"), _column(table, mapping, "tax_number"))
    currency, seen = entry.default_currency(), Counter()

    def clean(_line: int, row: list[str]) -> PaymentRow:
        return PaymentRow(_line, _payment_values(_cells(row, mapping), clients, currency, seen))

    check = PaymentCheck(total=len(table.rows))
    valid, check.rejected = spreadsheet_import.check_rows(table, mapping, clean, _PAYMENT_HEADERS.knows,
                                                          reason=_reason, progress=progress, every=500)
    check.valid = [row for _number, _cells_, row in valid]
    known = _stored_fingerprints([row.values["fingerprint"] for row in check.valid])
    for row in check.valid:
        row.is_new = row.values["fingerprint"] not in known
    return check


def _payment_values(cell: dict[str, str], clients: _Clients, currency: str, seen: Counter) -> dict:
    texts = {name: cell.get(name, "") for name in ("partner_name", "tax_number", "remark", "reference")}
    too_long = text_limits.problems(Payment, texts)
    if too_long:
        raise ValidationError(too_long)
    errors: dict = {}
    client = clients.find(texts["partner_name"], texts["tax_number"], errors)
    paid_on = entry.clean_date(cell.get("paid_on", ""), PAYMENT_LABELS["paid_on"], "paid_on", errors)
    if paid_on is None and "paid_on" not in errors:
        errors["paid_on"] = Message("The date of the payment is missing.")
    marks: list[str] = []
    amount = entry.clean_amount(cell.get("amount", ""), PAYMENT_LABELS["amount"], "amount", errors, marks)
    if amount is None and "amount" not in errors:
        errors["amount"] = Message("The amount is missing.")
    elif amount == 0:
        errors["amount"] = Message("The amount is zero.")
    if cell.get("currency"):
        currency = entry.clean_currency(cell["currency"], errors) or currency
    elif marks and marks[0]:
        currency = marks[0]
    if errors:
        raise ValidationError(errors)
    party = tax_key(texts["tax_number"]) or "name:" + fold(texts["partner_name"])
    line = (paid_on, party, amount, currency, texts["reference"], texts["remark"])
    seen[line] += 1  # the same transfer twice in one statement is two payments
    return {"client": client[0], "paid_on": paid_on, "amount": amount, "currency": currency, **texts,
            "fingerprint": entry.payment_fingerprint(*line, seen[line])}


def _stored_fingerprints(fingerprints: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(set(fingerprints)):
        found.update(value for (value,) in Payment.select(Payment.fingerprint)
                     .where(Payment.fingerprint.in_(chunk)).tuples())
    return found


def import_payments(check: PaymentCheck, progress: Progress | None = None) -> ImportResult:
    """Add the valid payments of `check` not imported before, in one transaction, then reallocate their clients."""
    result = _write_payments(check, progress)
    if result.created >= STATISTICS_AFTER:
        refresh_statistics()
    return result


@retried(unique_too=True)
def _write_payments(check: PaymentCheck, progress: Progress | None) -> ImportResult:
    entry.require_recorder()
    serialized("settlement import")
    known = _stored_fingerprints([row.values["fingerprint"] for row in check.valid])
    new = [row for row in check.valid if row.values["fingerprint"] not in known]
    now, editor = utc_now(), current_manager_id()
    records = [{**row.values, "unallocated": row.values["amount"], "source": "import", "note": "", "created_at": now,
                "updated_at": now, "changed_by": editor} for row in new]
    if records:
        spreadsheet_import.import_all(records, lambda batch: Payment.insert_many(batch).execute(), BATCH, progress)
        receivables.reallocate(sorted({row.values["client"] for row in new}))
    return ImportResult(len(new), 0, len(check.valid) - len(new))


# ---------------------------------------------------------------- rejected rows

def write_rejected(check: InvoiceCheck | PaymentCheck, headers: list[str], path: str | Path) -> None:
    """The rejected rows to .xlsx or .csv (by the extension): the original columns, "Row" and "Reason"."""
    spreadsheet_import.write_rejected(check.rejected, headers, path)
