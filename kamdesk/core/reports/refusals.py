"""The refusals report: returns, cancelled orders and lost offers of the period (`services.refusals.analyse`).

Tables: by kind (this period, the period as long before it, this one as a percent of that one), then by
reason, by manager, by product and by client: per row the count of each kind, their total and their value
in each currency (a column per currency, never added across currencies). Products and clients list the
TOP ones with the most refusals and sum the rest in one row. Reasons are named in the document language.
"""

from __future__ import annotations

from decimal import Decimal

from kamdesk.core.reports.access import company_facts
from kamdesk.core.reports.common import currencies_first, report_document, words
from kamdesk.core.reports.model import Column, ReportDocument, ReportRequest, Table, percent

TOP = 50  # products and clients listed one by one; the rest are summed in one row
TEXTS: dict[str, dict[str, str]] = {
    "en": {"title": "Refusals and returns", "manager": "Manager: {name}", "kinds": "By kind", "kind": "Kind",
           "now": "This period", "before": "The period before", "compared": "Compared with before",
           "reason": "By reason", "reason_column": "Reason", "manager_table": "By manager",
           "manager_column": "Manager", "product": "By product", "product_column": "Product",
           "client": "By client", "client_column": "Client", "total": "Total", "value": "Value {currency}",
           "rest": "The other {count}", "no_reason": "No reason given",
           "return": "Returns", "cancelled_order": "Cancelled orders", "lost_offer": "Lost offers",
           "product_note": "An order or offer holding several products counts once for each of them; "
                           "its value is the lines of that product with their VAT.",
           "top_note": "The {top} with the most refusals; the other {rest} are summed in the last row."},
    "hu": {"title": "Elutasítások és visszáruk", "manager": "Üzletkötő: {name}", "kinds": "Típus szerint",
           "kind": "Típus", "now": "Ebben az időszakban", "before": "Az előző időszakban",
           "compared": "Az előzőhöz képest", "reason": "Okok szerint", "reason_column": "Ok",
           "manager_table": "Üzletkötők szerint", "manager_column": "Üzletkötő", "product": "Termékek szerint",
           "product_column": "Termék", "client": "Ügyfelek szerint", "client_column": "Ügyfél",
           "total": "Összesen", "value": "Érték, {currency}", "rest": "A többi {count}",
           "no_reason": "Nincs megadva", "return": "Visszáruk", "cancelled_order": "Lemondott rendelések",
           "lost_offer": "Elvesztett ajánlatok",
           "product_note": "A több terméket tartalmazó rendelés vagy ajánlat mindegyik terméknél egyszer "
                           "számít; értéke az adott termék sorai áfával.",
           "top_note": "A legtöbb elutasítást adó {top}; a többi {rest} összege az utolsó sorban."},
    "ru": {"title": "Отказы и возвраты", "manager": "Менеджер: {name}", "kinds": "По видам", "kind": "Вид",
           "now": "За период", "before": "За предыдущий период", "compared": "К предыдущему периоду",
           "reason": "По причинам", "reason_column": "Причина", "manager_table": "По менеджерам",
           "manager_column": "Менеджер", "product": "По товарам", "product_column": "Товар",
           "client": "По клиентам", "client_column": "Клиент", "total": "Всего", "value": "Сумма, {currency}",
           "rest": "Остальные ({count})", "no_reason": "Причина не указана", "return": "Возвраты",
           "cancelled_order": "Отменённые заказы", "lost_offer": "Проигранные предложения",
           "product_note": "Заказ или предложение с несколькими товарами учитывается у каждого из них; "
                           "сумма — строки этого товара с НДС.",
           "top_note": "{top} с наибольшим числом отказов; остальные {rest} суммированы в последней строке."},
}
REASONS: dict[str, dict[str, str]] = {
    "en": {"damaged": "Damaged", "wrong_item": "Wrong item", "quality": "Quality", "expired": "Expired goods",
           "not_ordered": "Not ordered", "other": "Other", "price": "Price", "delivery_time": "Delivery time",
           "competitor": "Went to a competitor", "no_budget": "No budget",
           "no_answer": "No answer (offer expired)"},
    "hu": {"damaged": "Sérült", "wrong_item": "Téves termék", "quality": "Minőségi hiba",
           "expired": "Lejárt szavatosság", "not_ordered": "Nem rendelték", "other": "Egyéb", "price": "Ár",
           "delivery_time": "Szállítási idő", "competitor": "Versenytárshoz ment", "no_budget": "Nincs keret",
           "no_answer": "Nem válaszolt (lejárt ajánlat)"},
    "ru": {"damaged": "Повреждение", "wrong_item": "Не тот товар", "quality": "Качество",
           "expired": "Истёк срок годности", "not_ordered": "Не заказывали", "other": "Другое", "price": "Цена",
           "delivery_time": "Срок поставки", "competitor": "Ушёл к конкуренту", "no_budget": "Нет бюджета",
           "no_answer": "Нет ответа (срок предложения истёк)"},
}


def build(request: ReportRequest) -> ReportDocument:
    from kamdesk.core.services import refusals

    t = words(TEXTS, request.language)
    analysis = refusals.analyse(refusals.RefusalFilter(request.period.first, request.period.last,
                                                       manager_id=request.manager_id))
    groups = analysis.groups
    currencies = currencies_first((c for found in groups.values() for g in found for c in g.amounts),
                                  company_facts()[1])
    reasons = words(REASONS, request.language)
    tables = (_kinds(t, analysis, currencies),
              _groups(t, "reason", groups["reason"], currencies, lambda g: reasons.get(g.key) or g.key or
                      t["no_reason"]),
              _groups(t, "manager_table", groups["manager"], currencies),
              _groups(t, "product", groups["product"], currencies, note=t["product_note"]),
              _groups(t, "client", groups["client"], currencies))
    return report_document(request, t["title"], tables, manager=t["manager"])


def _values(t: dict[str, str], currencies: list[str]) -> tuple[Column, ...]:
    return tuple(Column(f"value_{code}", t["value"].format(currency=code), "money", total=True, currency=code)
                 for code in currencies)


def _kinds(t: dict[str, str], analysis, currencies: list[str]) -> Table:
    from kamdesk.core.services.refusals import KINDS

    columns = (Column("kind", t["kind"]), Column("now", t["now"], "count", total=True),
               Column("before", t["before"], "count", total=True),
               Column("compared", t["compared"], "percent", ratio_of=("now", "before")), *_values(t, currencies))
    previous = analysis.trend.previous if analysis.trend else {}
    rows = []
    for kind in KINDS:
        records = [r for r in analysis.records if r.kind == kind]
        before = previous.get(kind, 0)
        values = [sum((r.amount for r in records if r.currency == code), Decimal(0)) for code in currencies]
        rows.append((t[kind], len(records), before, percent(len(records), before), *values))
    return Table(t["kinds"], columns, tuple(rows))


def _groups(t: dict[str, str], name: str, groups: list, currencies: list[str], title=None, note: str = "") -> Table:
    from kamdesk.core.services.refusals import KINDS

    column = {"reason": "reason_column", "manager_table": "manager_column", "product": "product_column",
              "client": "client_column"}[name]
    columns = (Column("name", t[column]), *(Column(kind, t[kind], "count", total=True) for kind in KINDS),
               Column("total", t["total"], "count", total=True), *_values(t, currencies))
    title = title or (lambda g: str(g.title))
    listed, rest = (groups[:TOP], groups[TOP:]) if name in ("product", "client") else (groups, [])
    rows = [(title(g), *_figures(g.counts, g.total, g.amounts, currencies)) for g in listed]
    if rest:
        counts = {kind: sum(g.counts.get(kind, 0) for g in rest) for kind in KINDS}
        amounts = {code: sum((g.amounts.get(code, Decimal(0)) for g in rest), Decimal(0)) for code in currencies}
        rows.append((t["rest"].format(count=len(rest)),
                     *_figures(counts, sum(g.total for g in rest), amounts, currencies)))
        note = " ".join(text for text in (note, t["top_note"].format(top=TOP, rest=len(rest))) if text)
    return Table(t[name], columns, tuple(rows), note=note)


def _figures(counts: dict[str, int], total: int, amounts: dict[str, Decimal], currencies: list[str]) -> tuple:
    from kamdesk.core.services.refusals import KINDS

    return (*(counts.get(kind, 0) for kind in KINDS), total,
            *(amounts.get(code, Decimal(0)) for code in currencies))
