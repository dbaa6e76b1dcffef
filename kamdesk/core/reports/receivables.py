"""The receivables report: what the clients owe by age, per currency, as of the period's last day (today when
the period has not ended), from `services.receivables.aging`.

Per currency (money of two currencies is never added up) two tables: by manager, and by client. Each row
has the open amounts not yet due and 1–30, 31–60, 61–90 and over 90 days overdue, the money left over
(payments and credit notes not settling anything, taken off what is owed), what is owed and the overdue
share; the totals row is the currency's total. The clients most overdue come first: the TOP of them one
by one, the rest summed in one row (the Receivables page lists every one; a report of 100,000 rows is
read by nobody and would not be drawn in seconds). An amount that is nothing is an empty cell.
"""

from __future__ import annotations

import datetime as dt
import heapq
import operator

from kamdesk.core.documents.formatting import format_date
from kamdesk.core.money import from_minor
from kamdesk.core.services.receivables import Balance
from kamdesk.core.reports.access import company_facts
from kamdesk.core.reports.common import currencies_first, report_document, words
from kamdesk.core.reports.model import Column, ReportDocument, ReportRequest, Table, percent

TOP = 1000  # clients listed one by one per currency
TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Receivables", "as_of": "As of {date}", "manager": "Manager: {name}",
           "by_manager": "By manager, {currency}", "table": "By client, {currency}", "client": "Client",
           "tax_number": "Tax number", "manager_column": "Manager", "clients": "Clients",
           "not_due": "Not yet due", "days_1_30": "1–30 days", "days_31_60": "31–60 days",
           "days_61_90": "61–90 days", "days_over_90": "Over 90 days", "overdue": "Overdue",
           "unallocated": "Unallocated", "open": "Owed", "overdue_share": "Overdue share",
           "oldest": "Oldest overdue, days", "rest": "The other {count} clients", "no_manager": "No manager",
           "note": "{clients} clients. Unallocated: payments and credit notes not settling an invoice, taken off "
                   "what is owed. Days overdue count from the due date.",
           "top_note": "The {top} most overdue are listed; the other {rest} are summed in the last row."},
    "hu": {"title": "Kintlévőségek", "as_of": "Állapot: {date}", "manager": "Üzletkötő: {name}",
           "by_manager": "Üzletkötőnként, {currency}", "table": "Ügyfelenként, {currency}", "client": "Ügyfél",
           "tax_number": "Adószám", "manager_column": "Üzletkötő", "clients": "Ügyfelek",
           "not_due": "Nem esedékes", "days_1_30": "1–30 nap", "days_31_60": "31–60 nap",
           "days_61_90": "61–90 nap", "days_over_90": "90 napon túl", "overdue": "Lejárt",
           "unallocated": "Párosítatlan", "open": "Tartozás", "overdue_share": "Lejárt arány",
           "oldest": "Legrégebbi késés, nap", "rest": "A többi {count} ügyfél", "no_manager": "Nincs üzletkötő",
           "note": "{clients} ügyfél. Párosítatlan: számlát nem rendező befizetés és jóváírás, a tartozásból "
                   "levonva. A késés napjai a fizetési határidőtől számítanak.",
           "top_note": "A {top} legnagyobb lejárt tartozású ügyfél egyenként; a többi {rest} összege az utolsó "
                       "sorban."},
    "ru": {"title": "Дебиторская задолженность", "as_of": "По состоянию на {date}", "manager": "Менеджер: {name}",
           "by_manager": "По менеджерам, {currency}", "table": "По клиентам, {currency}", "client": "Клиент",
           "tax_number": "ИНН", "manager_column": "Менеджер", "clients": "Клиентов",
           "not_due": "Срок не наступил", "days_1_30": "1–30 дней", "days_31_60": "31–60 дней",
           "days_61_90": "61–90 дней", "days_over_90": "Свыше 90 дней", "overdue": "Просрочено",
           "unallocated": "Нераспределено", "open": "Задолженность", "overdue_share": "Доля просрочки",
           "oldest": "Макс. просрочка, дней", "rest": "Остальные клиенты ({count})", "no_manager": "Без менеджера",
           "note": "Клиентов: {clients}. Нераспределено: оплаты и корректировки, не закрывающие счёт; вычтены "
                   "из задолженности. Дни просрочки считаются от срока оплаты.",
           "top_note": "Перечислены {top} клиентов с наибольшей просрочкой; остальные {rest} суммированы в "
                       "последней строке."},
}
AMOUNTS = ("not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90", "overdue", "unallocated", "open")
MINOR = ("not_due_minor", "days_1_30_minor", "days_31_60_minor", "days_61_90_minor", "days_over_90_minor",
         "unallocated_minor")


def build(request: ReportRequest) -> ReportDocument:
    from kamdesk.core.services import receivables
    from kamdesk.core.services.company import list_managers

    t, language = words(TEXTS, request.language), request.language
    as_of = min(request.period.last, request.as_of or dt.date.today())
    currency = company_facts()[1]
    balances = receivables.aging(as_of, manager_id=request.manager_id)
    names = {m.id: m.name for m in list_managers(active_only=False)}
    tables = []
    for code in currencies_first((b.currency for b in balances), currency):
        owing = [b for b in balances if b.currency == code]
        tables += [_by_manager(t, code, owing, names), _by_client(t, code, owing, names)]
    return report_document(request, t["title"], tables, subtitle=t["as_of"].format(date=format_date(as_of, language)),
                           manager=t["manager"])


def _columns(t: dict[str, str], currency: str, *first: Column) -> tuple[Column, ...]:
    return (*first, *(Column(name, t[name], "money", total=True, currency=currency) for name in AMOUNTS),
            Column("overdue_share", t["overdue_share"], "percent", ratio_of=("overdue", "open")))


def _figures(minor: list[int]) -> tuple:
    """The AMOUNTS of summed hundredths (MINOR's order) and the overdue share; nothing is None, but what is owed."""
    overdue = sum(minor[1:5])
    owed = minor[0] + overdue - minor[5]
    amounts = [*minor[:5], overdue, minor[5]]
    return (*(from_minor(value) if value else None for value in amounts), from_minor(owed),
            percent(overdue, owed))


FIRST = Balance._fields.index(MINOR[0])  # a Balance holds the MINOR amounts side by side, in that order


def _minor(balance) -> list[int]:
    return list(balance[FIRST:FIRST + len(MINOR)])


def _sums(balances: list) -> list[int]:
    """The MINOR amounts summed over `balances`, a column at a time (not a list per balance: 100,000 of them)."""
    return [sum(map(operator.itemgetter(at), balances)) for at in range(FIRST, FIRST + len(MINOR))]


def _by_manager(t: dict[str, str], currency: str, balances: list, names: dict[int, str]) -> Table:
    groups: dict[int | None, list] = {}
    for balance in balances:
        groups.setdefault(balance.manager_id, []).append(balance)
    rows = sorted(((names.get(manager) or t["no_manager"], len(found), *_figures(_sums(found)))
                   for manager, found in groups.items()), key=lambda row: (-(row[7] or 0), row[0]))
    columns = _columns(t, currency, Column("manager", t["manager_column"]), Column("clients", t["clients"], "count",
                                                                                   total=True))
    return Table(t["by_manager"].format(currency=currency), columns, tuple(rows))


def _by_client(t: dict[str, str], currency: str, balances: list, names: dict[int, str]) -> Table:
    columns = (*_columns(t, currency, Column("client", t["client"]), Column("tax_number", t["tax_number"]),
                         Column("manager", t["manager_column"])), Column("oldest", t["oldest"], "count"))
    listed = _most_overdue(balances)
    rows = [(b.client, b.tax_number, names.get(b.manager_id, ""), *_figures(_minor(b)),
             b.oldest_overdue_days or None) for b in listed]
    note = t["note"].format(clients=len(balances))
    if len(balances) > len(listed):
        shown = {b.client_id for b in listed}
        rest = [b for b in balances if b.client_id not in shown]
        rows.append((t["rest"].format(count=len(rest)), "", "", *_figures(_sums(rest)),
                     max(map(operator.attrgetter("oldest_overdue_days"), rest)) or None))
        note += " " + t["top_note"].format(top=TOP, rest=len(rest))
    return Table(t["table"].format(currency=currency), columns, tuple(rows), note=note)


def _most_overdue(balances: list) -> list:
    """The TOP balances most overdue (then most owed, then by name), without sorting 100,000 to list 1,000:
    only those overdue at least as much as the TOP-th most overdue are compared in full."""
    overdue = [b.days_1_30_minor + b.days_31_60_minor + b.days_61_90_minor + b.days_over_90_minor for b in balances]
    if len(balances) > TOP:
        least = heapq.nlargest(TOP, overdue)[-1]
        balances = [b for b, late in zip(balances, overdue, strict=True) if late >= least]
    return heapq.nsmallest(TOP, balances, key=lambda b: (-b.overdue_minor, -(b.not_due_minor + b.overdue_minor),
                                                          b.client))
