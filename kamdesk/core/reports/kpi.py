"""The KPI report: the variable-pay summary per manager — each KPI's plan, actual figure and fulfilment %, the pay
% its fulfilment earns by the company's scale, and the weighted total (`services.variable_pay`).

The figures are `services.kpi.kpis` of the period as of the request's day (today unless given): a period
still running counts up to that day, said in the note, which also states the scale and the weights used.
Of all managers, those with neither a plan nor a figure in the period (heads, admins) are left out. Plans
are the whole plans of the months the period touches (as the KPIs count them), said in the note when the
period is not whole months. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kamdesk.core.reports.common import report_document, words
from kamdesk.core.reports.model import Column, ReportDocument, ReportRequest, Table
from kamdesk.core.services import kpi, variable_pay

KPIS = variable_pay.KPIS

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "KPIs and variable pay", "table": "Variable pay by manager", "manager": "Manager",
        "sales": "Sales", "active_clients": "Active clients", "new_clients": "New clients",
        "plan": "{kpi}: plan", "actual": "{kpi}: actual", "percent": "{kpi}: %", "pay": "{kpi}: pay %",
        "total": "Variable pay %",
        "scale": "Pay scale (fulfilment % → pay % of the KPI's part): {steps}; below {lowest}% nothing.",
        "weights": "Weights: {weights}. A KPI without a plan earns and weighs nothing: the others' weights are "
                   "scaled up to the whole.",
        "as_of": "Actual figures up to {day}.",
        "part": "Plans are monthly: each month the period touches counts with its whole plan.",
    },
    "hu": {
        "title": "Mutatók és mozgóbér", "table": "Mozgóbér üzletkötőnként", "manager": "Üzletkötő",
        "sales": "Árbevétel", "active_clients": "Aktív ügyfelek", "new_clients": "Új ügyfelek",
        "plan": "{kpi}: terv", "actual": "{kpi}: tény", "percent": "{kpi}: %", "pay": "{kpi}: mozgóbér %",
        "total": "Mozgóbér összesen, %",
        "scale": "Bérskála (teljesítés % → a mutatóra jutó rész kifizetése %): {steps}; {lowest}% alatt nincs "
                 "kifizetés.",
        "weights": "Súlyok: {weights}. A terv nélküli mutató után nem jár kifizetés, és nem is számít bele: a "
                   "többi mutató súlya arányosan nő.",
        "as_of": "Tényadatok {day} napig.",
        "part": "A tervek havi tervek: az időszak által érintett minden hónap a teljes tervével számít.",
    },
    "ru": {
        "title": "Показатели и премия", "table": "Премия по менеджерам", "manager": "Менеджер",
        "sales": "Продажи", "active_clients": "Активные клиенты", "new_clients": "Новые клиенты",
        "plan": "{kpi}: план", "actual": "{kpi}: факт", "percent": "{kpi}: %", "pay": "{kpi}: премия, %",
        "total": "Премия итого, %",
        "scale": "Шкала премии (выполнение, % → выплата, % от доли показателя): {steps}; ниже {lowest} % — "
                 "ничего.",
        "weights": "Веса: {weights}. Показатель без плана ничего не приносит и не учитывается: веса остальных "
                   "пропорционально увеличиваются.",
        "as_of": "Фактические данные по {day}.",
        "part": "Планы месячные: каждый затронутый периодом месяц учитывается с полным планом.",
    },
}
PERCENT_SIGN = {"en": "{value}%", "hu": "{value}%", "ru": "{value} %"}


def build(request: ReportRequest) -> ReportDocument:
    """The variable-pay summary of the request's period (and manager)."""
    t = words(TEXTS, request.language)
    as_of = request.as_of or dt.date.today()
    period = request.period
    steps, weights = variable_pay.scale(), variable_pay.weights()
    rows = [row for row in kpi.kpis(period.first, period.last, request.manager_id, as_of)
            if request.manager_id or _counts(row)]
    values = tuple(_row(row, variable_pay.fulfilment(row, steps, weights)) for row in rows)
    notes = [_scale_note(t, steps, request.language), _weights_note(t, weights, request.language)]
    if as_of < period.last:
        notes.append(t["as_of"].format(day=as_of.isoformat()))
    if not _whole_months(period):
        notes.append(t["part"])
    table = Table(t["table"], _columns(t), values, note=" ".join(notes))
    return report_document(request, t["title"], [table])


def _whole_months(period) -> bool:
    """Does the period run from a month's first day to a month's last?"""
    return period.first.day == 1 and (period.last + dt.timedelta(days=1)).day == 1


def _counts(row: kpi.KpiRow) -> bool:
    """Has the manager a plan or a figure? (Heads and admins without either are left out.)"""
    return any(getattr(row, name).plan is not None or getattr(row, name).actual for name in KPIS)


def _columns(t: dict[str, str]) -> tuple[Column, ...]:
    columns = [Column("manager", t["manager"])]
    for name in KPIS:
        kind = "money" if name == "sales" else "count"
        summed = name == "sales"  # a client two managers sold to is one client of the department, not two
        label = t[name]
        columns += [Column(f"{name}_plan", t["plan"].format(kpi=label), kind, total=summed),
                    Column(f"{name}_actual", t["actual"].format(kpi=label), kind, total=summed),
                    Column(f"{name}_percent", t["percent"].format(kpi=label), "percent",
                           ratio_of=(f"{name}_actual", f"{name}_plan")),
                    Column(f"{name}_pay", t["pay"].format(kpi=label), "percent")]
    return (*columns, Column("pay_total", t["total"], "percent"))


def _row(row: kpi.KpiRow, pay: variable_pay.PayFulfilment) -> tuple:
    values = [row.manager]
    for name in KPIS:
        figure = getattr(row, name)
        values += [figure.plan, figure.actual, figure.percent, pay.parts[name]]
    return (*values, pay.total)


def _number(value: Decimal, language: str) -> str:
    """100 rather than 1E+2; a decimal comma in Hungarian and Russian."""
    text = f"{value.normalize():f}"
    return text if language == "en" else text.replace(".", ",")


def _scale_note(t, steps, language: str) -> str:
    shown = "; ".join(f"{_number(threshold, language)} → {_number(pay, language)}" for threshold, pay in steps)
    return t["scale"].format(steps=shown, lowest=_number(steps[0][0], language))


def _weights_note(t, weights: dict[str, Decimal], language: str) -> str:
    sign = PERCENT_SIGN.get(language, PERCENT_SIGN["en"])
    return t["weights"].format(weights=", ".join(
        f"{t[name].lower()} {sign.format(value=_number(weight, language))}" for name, weight in weights.items()))
