"""The sales report: net sales by manager, by client (the top clients and the rest summed), by segment and by
category, against the plans and the same period a year before.

Sales are the orders in the KPIs' sold states (`kpi.sold_states()`) dated in the period, as the sales KPI
counts them: an order's net total for the manager, client and segment tables, its lines' net amounts for
the category table (a product's own category, shown by its path). Money is in the company's currency:
orders in another currency are never converted nor added to those columns; each other currency gets a
table of its own, by manager, said in its note.

Plans are the monthly sales plans of the period's months: a manager's own (without client or category),
a client's and a category's; a period of part of a month (a week, a range) gets the days' share of the
month's plan. For a client or a category the chosen manager's rows count when a manager is
chosen; otherwise the department's rows (without a manager) when it has any, else the sum of the
managers'. Segments have no plans. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from peewee import JOIN

from kamdesk.core.models import Client, Manager, Order, OrderLine, Product, Segment
from kamdesk.core.models.plan import Plan
from kamdesk.core.money import money_sum, round_money
from kamdesk.core.reports.common import report_document, words
from kamdesk.core.reports.model import Column, ReportDocument, ReportPeriod, ReportRequest, Table, percent
from kamdesk.core.services import catalogue, kpi
from kamdesk.core.services.catalogue_read import category_paths
from kamdesk.core.text_fold import fold

TOP_CLIENTS = 20
ZERO = Decimal("0.00")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Sales report", "by_manager": "By manager", "by_client": "By client (top {top})",
        "by_segment": "By segment", "by_category": "By category", "manager": "Manager", "client": "Client",
        "segment": "Segment", "category": "Category", "net": "Net sales", "plan": "Plan",
        "of_plan": "% of plan", "last_year": "Same period last year", "of_last_year": "% of last year",
        "other_clients": "Other clients ({count})", "no_segment": "(no segment)", "no_category": "(no category)",
        "foreign": "Sales in {currency}",
        "foreign_note": "Orders in {currency}, not converted and not included in the tables in {company}.",
        "sold_note": "Orders in the states {states}, net of VAT, in {currency}; orders in other currencies "
                     "are in tables of their own.",
        "category_note": "Net amounts of the order lines by the product's category.",
    },
    "hu": {
        "title": "Értékesítési jelentés", "by_manager": "Üzletkötőnként", "by_client": "Ügyfelenként (első {top})",
        "by_segment": "Szegmensenként", "by_category": "Kategóriánként", "manager": "Üzletkötő",
        "client": "Ügyfél", "segment": "Szegmens", "category": "Kategória", "net": "Nettó árbevétel",
        "plan": "Terv", "of_plan": "Tervteljesítés, %", "last_year": "Előző év azonos időszaka",
        "of_last_year": "Előző év %-ában", "other_clients": "Többi ügyfél ({count})",
        "no_segment": "(nincs szegmens)", "no_category": "(nincs kategória)",
        "foreign": "Árbevétel {currency} pénznemben",
        "foreign_note": "{currency} pénznemű rendelések átváltás nélkül; a(z) {company} pénznemű "
                        "táblázatokban nem szerepelnek.",
        "sold_note": "A(z) {states} állapotú rendelések nettó (áfa nélküli) értéke, {currency}; a más "
                     "pénznemű rendelések külön táblázatban szerepelnek.",
        "category_note": "A rendelési tételek nettó értéke a termék kategóriája szerint.",
    },
    "ru": {
        "title": "Отчёт о продажах", "by_manager": "По менеджерам", "by_client": "По клиентам (первые {top})",
        "by_segment": "По сегментам", "by_category": "По категориям", "manager": "Менеджер", "client": "Клиент",
        "segment": "Сегмент", "category": "Категория", "net": "Продажи без НДС", "plan": "План",
        "of_plan": "Выполнение плана, %", "last_year": "Тот же период прошлого года",
        "of_last_year": "К прошлому году, %", "other_clients": "Прочие клиенты ({count})",
        "no_segment": "(без сегмента)", "no_category": "(без категории)", "foreign": "Продажи в {currency}",
        "foreign_note": "Заказы в {currency} без пересчёта; в таблицы в {company} не включены.",
        "sold_note": "Заказы в статусах {states}, без НДС, в {currency}; заказы в других валютах — "
                     "в отдельных таблицах.",
        "category_note": "Суммы строк заказов без НДС по категории товара.",
    },
}
STATES: dict[str, dict[str, str]] = {
    "en": {"confirmed": "confirmed", "shipped": "shipped", "delivered": "delivered", "draft": "draft",
           "cancelled": "cancelled"},
    "hu": {"confirmed": "visszaigazolt", "shipped": "kiszállított", "delivered": "teljesített", "draft": "piszkozat",
           "cancelled": "lemondott"},
    "ru": {"confirmed": "подтверждён", "shipped": "отгружен", "delivered": "выполнен", "draft": "черновик",
           "cancelled": "отменён"},
}


def build(request: ReportRequest) -> ReportDocument:
    """The sales report of the request's period (and manager)."""
    t = words(TEXTS, request.language)
    sales = _Sales(request)
    tables = [sales.by_manager(t), sales.by_client(t), sales.by_segment(t), sales.by_category(t)]
    tables += [sales.foreign(t, currency) for currency in sales.other_currencies()]
    return report_document(request, t["title"], tables)


class _Sales:
    """The figures of one request, each read by a grouped query for the period and for the year before."""

    def __init__(self, request: ReportRequest):
        self.period, self.manager_id = request.period, request.manager_id
        self.language = request.language
        self.currency = catalogue.currency()
        self.states = kpi.sold_states()
        self.before = request.period.year_before()

    def _within(self, period: ReportPeriod):
        """Sold in the period (by the chosen manager), in any currency."""
        condition = (Order.state.in_(self.states) & (Order.order_date >= period.first)
                     & (Order.order_date <= period.last))
        return condition & (Order.manager == self.manager_id) if self.manager_id else condition

    def _sold(self, period: ReportPeriod, currency: str | None = None):
        return self._within(period) & (Order.currency == (currency or self.currency))

    def _grouped(self, key, period: ReportPeriod, currency: str | None = None) -> dict:
        query = (Order.select(key, money_sum(Order.net_total)).join(Client, on=Order.client == Client.id)
                 .where(self._sold(period, currency)).group_by(key).tuples())
        return dict(query)

    def _columns(self, t: dict[str, str], key: str, plans: bool = True, currency: str = "") -> tuple[Column, ...]:
        columns = [Column("name", t[key]), Column("net", t["net"], "money", total=True, currency=currency)]
        if plans:
            columns += [Column("plan", t["plan"], "money", total=True, currency=currency),
                        Column("of_plan", t["of_plan"], "percent", ratio_of=("net", "plan"))]
        columns += [Column("last_year", t["last_year"], "money", total=True, currency=currency),
                    Column("of_last_year", t["of_last_year"], "percent", ratio_of=("net", "last_year"))]
        return tuple(columns)

    def _table(self, t, title: str, key: str, rows: list[tuple], plans: bool = True, note: str = "",
               currency: str = "") -> Table:
        """rows: (name, net, plan, last year); the ratios are computed as the workbook's formulas do."""
        values = []
        for name, net, plan, last_year in rows:
            ratios = (plan, percent(net, plan)) if plans else ()
            values.append((name, net, *ratios, last_year, percent(net, last_year)))
        return Table(title, self._columns(t, key, plans, currency), tuple(values), note=note)

    def by_manager(self, t) -> Table:
        now, before = self._grouped(Order.manager, self.period), self._grouped(Order.manager, self.before)
        plans = self._manager_plans()
        ids = set(now) | set(before) | set(plans) | ({self.manager_id} if self.manager_id else set())
        names = dict(Manager.select(Manager.id, Manager.name).where(Manager.id.in_(list(ids))).tuples()) if ids else {}
        rows = sorted(((names[i], now.get(i, ZERO), plans.get(i), before.get(i, ZERO)) for i in ids), key=_name)
        states = ", ".join(words(STATES, self.language).get(state, state) for state in self.states)
        return self._table(t, t["by_manager"], "manager", rows,
                           note=t["sold_note"].format(states=states, currency=self.currency))

    def by_client(self, t) -> Table:
        now, before = self._grouped(Order.client, self.period), self._grouped(Order.client, self.before)
        plans = self._narrow_plans(Plan.client, Plan.category)
        ranked = sorted(set(now) | set(before), key=lambda i: (-now.get(i, ZERO), -before.get(i, ZERO), i))
        top, rest = ranked[:TOP_CLIENTS], ranked[TOP_CLIENTS:]
        names = dict(Client.select(Client.id, Client.name).where(Client.id.in_(top)).tuples()) if top else {}
        rows = [(names[i], now.get(i, ZERO), plans.get(i), before.get(i, ZERO)) for i in top]
        if rest:
            rest_plans = [plans[i] for i in rest if i in plans]
            rows.append((t["other_clients"].format(count=len(rest)), sum((now.get(i, ZERO) for i in rest), ZERO),
                         sum(rest_plans, ZERO) if rest_plans else None, sum((before.get(i, ZERO) for i in rest), ZERO)))
        return self._table(t, t["by_client"].format(top=TOP_CLIENTS), "client", rows)

    def by_segment(self, t) -> Table:
        now, before = self._grouped(Client.segment, self.period), self._grouped(Client.segment, self.before)
        ids = set(now) | set(before)
        names = dict(Segment.select(Segment.id, Segment.name).tuples())
        rows = sorted(((names.get(i, t["no_segment"]), now.get(i, ZERO), None, before.get(i, ZERO)) for i in ids),
                      key=_name)
        return self._table(t, t["by_segment"], "segment", rows, plans=False)

    def by_category(self, t) -> Table:
        now, before = self._categories(self.period), self._categories(self.before)
        plans = self._narrow_plans(Plan.category, Plan.client)
        paths = category_paths()
        ids = set(now) | set(before)
        rows = sorted(((paths.get(i, t["no_category"]), now.get(i, ZERO), plans.get(i), before.get(i, ZERO))
                       for i in ids), key=_name)
        return self._table(t, t["by_category"], "category", rows, note=t["category_note"])

    def _categories(self, period: ReportPeriod) -> dict:
        query = (OrderLine.select(Product.category, money_sum(OrderLine.net_amount))
                 .join(Order, on=OrderLine.order == Order.id)
                 .join(Product, JOIN.LEFT_OUTER, on=OrderLine.product == Product.id)
                 .where(self._sold(period)).group_by(Product.category).tuples())
        return dict(query)

    def other_currencies(self) -> list[str]:
        """The currencies other than the company's of the orders sold in the period or the year before."""
        found = set()
        for period in (self.period, self.before):
            condition = self._within(period) & (Order.currency != self.currency)
            found |= {c for (c,) in Order.select(Order.currency).distinct().where(condition).tuples()}
        return sorted(found)

    def foreign(self, t, currency: str) -> Table:
        now = self._grouped(Order.manager, self.period, currency)
        before = self._grouped(Order.manager, self.before, currency)
        ids = set(now) | set(before)
        names = dict(Manager.select(Manager.id, Manager.name).where(Manager.id.in_(list(ids))).tuples())
        rows = sorted(((names[i], now.get(i, ZERO), None, before.get(i, ZERO)) for i in ids), key=_name)
        return self._table(t, t["foreign"].format(currency=currency), "manager", rows, plans=False,
                           note=t["foreign_note"].format(currency=currency, company=self.currency),
                           currency=currency)

    def _plans_in_period(self):
        return ((Plan.kpi == "sales") & (Plan.period >= kpi.month_start(self.period.first))
                & (Plan.period <= self.period.last) & Plan.amount.is_null(False))

    def _manager_plans(self) -> dict[int, Decimal]:
        condition = self._plans_in_period() & Plan.client.is_null() & Plan.category.is_null()
        condition &= (Plan.manager == self.manager_id) if self.manager_id else Plan.manager.is_null(False)
        return self._summed(Plan.manager, condition)

    def _narrow_plans(self, field, other) -> dict[int, Decimal]:
        """The plans of each client (or category): the manager's; the department's, else the managers' sum."""
        condition = self._plans_in_period() & field.is_null(False) & other.is_null()
        if self.manager_id:
            return self._summed(field, condition & (Plan.manager == self.manager_id))
        department = self._summed(field, condition & Plan.manager.is_null())
        managers = self._summed(field, condition & Plan.manager.is_null(False))
        return {**managers, **department}

    def _summed(self, key, condition) -> dict[int, Decimal]:
        """The plans by `key`, each month's share of the period: a week gets its days' part of the month's plan."""
        found: dict[int, Decimal] = {}
        for group, month, amount in Plan.select(key, Plan.period, Plan.amount).where(condition).tuples():
            found[group] = found.get(group, ZERO) + amount * self._share(month)
        return {group: round_money(amount) for group, amount in found.items()}

    def _share(self, month: dt.date) -> Decimal:
        """The part of `month` the period covers: 1 for a whole month, days / the month's days for less."""
        following = kpi.month_start(month + dt.timedelta(days=31))
        first, last = max(month, self.period.first), min(following - dt.timedelta(days=1), self.period.last)
        if first == month and last == following - dt.timedelta(days=1):
            return Decimal(1)
        return Decimal((last - first).days + 1) / Decimal((following - month).days)


def _name(row: tuple) -> str:
    return fold(row[0])
