"""The receivables report: what each client owes by age, per currency, as of the period's last day (today when
the period has not ended), from `services.receivables.aging`.

One table per currency (money of two currencies is never added up): a row per client with the open amounts
not yet due and 1–30, 31–60, 61–90 and over 90 days overdue, the money left over (payments and credit notes
not settling anything, taken off what is owed), what is owed, the overdue share and the oldest overdue item's
days; the totals row is the currency's total. The most overdue clients come first; an amount that is
nothing is an empty cell, so the figures that matter stand out.
"""

from __future__ import annotations

import datetime as dt

from kamdesk.core.documents.formatting import format_date
from kamdesk.core.reports.access import company_facts, manager_name
from kamdesk.core.reports.model import Column, ReportDocument, ReportRequest, Table, percent

TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Receivables", "as_of": "As of {date}", "manager": "Manager: {name}",
           "table": "Receivables in {currency}", "client": "Client", "tax_number": "Tax number",
           "manager_column": "Manager", "not_due": "Not yet due", "days_1_30": "1–30 days",
           "days_31_60": "31–60 days", "days_61_90": "61–90 days", "days_over_90": "Over 90 days",
           "overdue": "Overdue", "unallocated": "Unallocated", "open": "Owed", "overdue_share": "Overdue share",
           "oldest": "Oldest overdue, days",
           "note": "{clients} clients. Unallocated: payments and credit notes not settling an invoice, taken off "
                   "what is owed. Days overdue count from the due date."},
    "hu": {"title": "Kintlévőségek", "as_of": "Állapot: {date}", "manager": "Üzletkötő: {name}",
           "table": "Kintlévőségek – {currency}", "client": "Ügyfél", "tax_number": "Adószám",
           "manager_column": "Üzletkötő", "not_due": "Nem esedékes", "days_1_30": "1–30 nap",
           "days_31_60": "31–60 nap", "days_61_90": "61–90 nap", "days_over_90": "90 napon túl",
           "overdue": "Lejárt", "unallocated": "Párosítatlan", "open": "Tartozás", "overdue_share": "Lejárt arány",
           "oldest": "Legrégebbi késés, nap",
           "note": "{clients} ügyfél. Párosítatlan: számlát nem rendező befizetés és jóváírás, a tartozásból "
                   "levonva. A késés napjai a fizetési határidőtől számítanak."},
    "ru": {"title": "Дебиторская задолженность", "as_of": "По состоянию на {date}", "manager": "Менеджер: {name}",
           "table": "Задолженность в {currency}", "client": "Клиент", "tax_number": "ИНН",
           "manager_column": "Менеджер", "not_due": "Срок не наступил", "days_1_30": "1–30 дней",
           "days_31_60": "31–60 дней", "days_61_90": "61–90 дней", "days_over_90": "Свыше 90 дней",
           "overdue": "Просрочено", "unallocated": "Нераспределено", "open": "Задолженность",
           "overdue_share": "Доля просрочки", "oldest": "Макс. просрочка, дней",
           "note": "Клиентов: {clients}. Нераспределено: оплаты и корректировки, не закрывающие счёт; вычтены "
                   "из задолженности. Дни просрочки считаются от срока оплаты."},
}
AMOUNTS = ("not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90", "overdue", "unallocated", "open")


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def build(request: ReportRequest) -> ReportDocument:
    from kamdesk.core.services import receivables
    from kamdesk.core.services.company import list_managers

    t, language = texts(request.language), request.language
    as_of = min(request.period.last, request.as_of or dt.date.today())
    company, currency = company_facts()
    balances = receivables.aging(as_of, manager_id=request.manager_id)
    names = {m.id: m.name for m in list_managers(active_only=False)}
    currencies = sorted({b.currency for b in balances}, key=lambda c: (c != currency, c)) or [currency]
    tables = tuple(_table(t, code, [b for b in balances if b.currency == code], names) for code in currencies)
    subtitle = t["as_of"].format(date=format_date(as_of, language))
    if request.manager_id is not None:
        subtitle += " · " + t["manager"].format(name=manager_name(request.manager_id))
    return ReportDocument("receivables", t["title"], subtitle, language, currency, tables, company=company)


def _table(t: dict[str, str], currency: str, balances: list, names: dict[int, str]) -> Table:
    columns = (Column("client", t["client"]), Column("tax_number", t["tax_number"]),
               Column("manager", t["manager_column"]),
               *(Column(name, t[name], "money", total=True, currency=currency) for name in AMOUNTS),
               Column("overdue_share", t["overdue_share"], "percent", ratio_of=("overdue", "open")),
               Column("oldest", t["oldest"], "count"))
    balances.sort(key=lambda b: (-b.overdue_minor, -(b.not_due_minor + b.overdue_minor), b.client))
    rows = tuple((b.client, b.tax_number, names.get(b.manager_id, ""),
                  *(getattr(b, name) or None for name in AMOUNTS[:-1]), b.open, percent(b.overdue, b.open),
                  b.oldest_overdue_days or None) for b in balances)
    return Table(t["table"].format(currency=currency), columns, rows, note=t["note"].format(clients=len(rows)))
