"""Plans: the head sets the department's monthly targets, splits them per manager, and moves them to and from Excel.

A plan is one month's target of one KPI (`models.plan`); the department's has no manager. Heads and
admins write plans (on the team server the row rules say so too); everyone reads the plans they see.
Splitting the department's plan of a month gives each active manager a share: by the manager's share
of last year's same month (sales: net sales; clients: active clients of that month), evenly, or by hand.
An import is the `spreadsheet_import` steps: columns period (2026-12), manager (name or login; empty for
the department), KPI, value, and optionally client and category (by name). A row is refused in words naming
its column (a month that is none, a value beyond a plan, a name kamdesk does not know, a plan the file sets
twice); the valid rows are written in one transaction, 200,000 in seconds. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from peewee import JOIN

from kamdesk.core.db import database
from kamdesk.core.documents.client_sheet import write_xlsx
from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Count, Message
from kamdesk.core.models.base import utc_now
from kamdesk.core.models.company import ROLE_HEAD, ROLE_MANAGER, Manager
from kamdesk.core.models.party import Client
from kamdesk.core.models.plan import KPI_NAMES, PLAN_WRITERS, Plan
from kamdesk.core.models.product import Category
from kamdesk.core.money import parse_money, round_money
from kamdesk.core.services import kpi as kpi_service
from kamdesk.core.services.catalogue_read import category_paths
from kamdesk.core.services.company import (
    current_manager,
    current_manager_id,
    has_role,
    list_managers,
    require_role,
)
from kamdesk.core.services.party_io import _insert_many as insert_records  # peewee's insert_many: 9/10 of the time
from kamdesk.core.services.spreadsheet_import import (
    HeaderAliases,
    RowProblem,
    Table,
    check_rows,
    header_key,
    import_all,
    read_table,
)
from kamdesk.core.text_fold import fold
from kamdesk.core.transactions import retried, serialized

SPLIT_METHODS = ("last_year", "even", "manual")
FIELDS = ("period", "manager", "kpi", "value", "client", "category")
LABELS = {"period": "Period", "manager": "Manager", "kpi": "KPI", "value": "Value", "client": "Client",
          "category": "Category"}
ALIASES = {"period": ("month", "hónap", "időszak", "период", "месяц"), "manager": ("menedzser", "менеджер"),
           "kpi": ("mutató", "показатель"), "value": ("plan", "terv", "érték", "план", "значение"),
           "client": ("ügyfél", "клиент"), "category": ("kategória", "категория")}
HEADERS = HeaderAliases(FIELDS, LABELS, ALIASES)
_REFUSED = Message("Only a head of department or an administrator can set plans.")
MAX_SALES = 10**13  # as an invoice's amount (settlement_entry.MAX_AMOUNT)
MAX_CLIENTS = 1_000_000
FIRST_YEAR, LAST_YEAR = 2000, 2199  # a period outside is a typing error ("0226-12")
CHUNK = 500  # values per IN list
BATCH = 500  # plans per INSERT


@dataclass(frozen=True)
class PlanKey:
    period: dt.date
    kpi: str
    manager_id: int | None = None
    client_id: int | None = None
    category_id: int | None = None


def set_plan(key: PlanKey, value) -> Plan:
    """Store the target of `key` (sales in money, clients as a count), replacing the one it had."""
    require_role(PLAN_WRITERS, _REFUSED)
    key, cleaned = _clean_key(key), _clean_value(key.kpi, value)
    with database.atomic():
        return _write(key, cleaned)


def _write(key: PlanKey, value) -> Plan:
    column = "amount" if key.kpi == "sales" else "count"
    row = Plan.get_or_none(_matching(key))
    if row is None:
        return Plan.create(period=key.period, kpi=key.kpi, manager=key.manager_id, client=key.client_id,
                           category=key.category_id, **{column: value})
    setattr(row, column, value)
    row.updated_at = utc_now()
    row.save()
    return row


def _matching(key: PlanKey):
    return ((Plan.period == key.period) & (Plan.kpi == key.kpi) & _same(Plan.manager, key.manager_id)
            & _same(Plan.client, key.client_id) & _same(Plan.category, key.category_id))


def _same(field, value):
    return field.is_null() if value is None else field == value


def plan_value(key: PlanKey):
    """The target stored for `key` (None when there is none)."""
    row = Plan.get_or_none(_matching(_clean_key(key)))
    return None if row is None else (row.amount if key.kpi == "sales" else row.count)


def _clean_key(key: PlanKey) -> PlanKey:
    if key.kpi not in KPI_NAMES:
        raise ValidationError({"kpi": Message("Unknown KPI “{kpi}”: use {kpis}.", kpi=str(key.kpi)[:40],
                                              kpis=", ".join(KPI_NAMES))})
    return PlanKey(kpi_service.month_start(key.period), key.kpi, key.manager_id, key.client_id, key.category_id)


def _clean_value(kpi: str, value):
    try:
        number = Decimal(value) if isinstance(value, (int, Decimal)) else parse_money(str(value))
    except ValueError:
        number = Decimal(-1)
    if (not number.is_finite() or number < 0 or number > _limit(kpi)
            or (kpi != "sales" and number != number.to_integral_value())):
        raise ValidationError({"value": Message("A plan is a number of zero or more (clients: a whole number).")})
    return round_money(number) if kpi == "sales" else int(number)


def _limit(kpi: str) -> int:
    """The largest plan of `kpi`: beyond any department's (money: what the stored hundredths hold; clients: what
    an integer column holds on PostgreSQL too)."""
    return MAX_SALES if kpi == "sales" else MAX_CLIENTS


def split_plan(period: dt.date, kpi: str, method: str,
               by_hand: dict[int, object] | None = None) -> dict[int, object]:
    """Split the department's plan of a month among the managers (`_team`); their plans, by manager id.

    `last_year`: by each manager's share of last year's same month (evenly when nobody sold then);
    `even`: equal parts; `manual`: the values in `by_hand`. The remainder of the rounding goes to the first.
    """
    require_role(PLAN_WRITERS, _REFUSED)
    key = _clean_key(PlanKey(period, kpi))
    if method not in SPLIT_METHODS:
        raise ValidationError({"method": Message("Split by last year's share, evenly or by hand.")})
    if method == "manual":
        parts = {manager: _clean_value(kpi, value) for manager, value in (by_hand or {}).items()}
    else:
        total = plan_value(key)
        if total is None:
            raise ValidationError({"period": Message("The department has no plan for this month to split.")})
        parts = shares(key.period, kpi, total, method)
    with database.atomic():
        for manager, value in parts.items():
            _write(PlanKey(key.period, kpi, manager), value)
    return parts


def shares(period: dt.date, kpi: str, total, method: str) -> dict[int, object]:
    """`total` split among the managers (`_team`) by last year's share of the month or evenly; nothing written."""
    key = _clean_key(PlanKey(period, kpi))
    weights = _last_year(key) if method == "last_year" else {}
    return _shares(_clean_value(kpi, total), _team(), weights, kpi == "sales")


def _team() -> list[int]:
    """The managers a split goes to: the active ones in the manager role; a head's own team when a head splits."""
    me = current_manager()
    team = [m for m in list_managers() if m.role == ROLE_MANAGER]
    if me is not None and me.role == ROLE_HEAD:
        team = [m for m in team if m.head_id == me.id]
    return [m.id for m in team]


def _last_year(key: PlanKey) -> dict[int, Decimal]:
    start = key.period.replace(year=key.period.year - 1)
    end = kpi_service.month_start(start, -1) - dt.timedelta(days=1)
    rows = kpi_service.kpis(start, end, as_of=end)
    figure = {row.manager_id: getattr(row, key.kpi).actual for row in rows}
    return {manager: Decimal(value) for manager, value in figure.items() if value}


def _shares(total, managers: Sequence[int], weights: dict[int, Decimal], money: bool) -> dict[int, object]:
    if not managers:
        return {}
    weights = {m: weights.get(m, Decimal(0)) for m in managers} if any(weights.get(m) for m in managers) \
        else dict.fromkeys(managers, Decimal(1))
    whole = sum(weights.values())
    step = Decimal("0.01") if money else Decimal(1)
    parts = {m: (Decimal(total) * w / whole).quantize(step, ROUND_DOWN) for m, w in weights.items()}
    parts[managers[0]] += Decimal(total) - sum(parts.values())
    return {m: (value if money else int(value)) for m, value in parts.items()}


@dataclass(frozen=True)
class YearRow:
    """One row of a year's plans of one KPI: the department's (no manager) or a manager's, a value per month."""

    manager_id: int | None
    name: str
    months: tuple  # twelve values, None where no plan is set


def year_plans(year: int, kpi: str, client_id: int | None = None, category_id: int | None = None) -> list[YearRow]:
    """A year's plans of `kpi` (for a client and a category, or overall): for heads and admins the department's
    row, then the managers a split goes to and any other manager with a plan that year, by name; for a manager
    their own row only."""
    _clean_key(PlanKey(dt.date(year, 1, 1), kpi))
    me = current_manager()
    writer = has_role(*PLAN_WRITERS)
    query = Plan.select().where((Plan.period >= dt.date(year, 1, 1)) & (Plan.period <= dt.date(year, 12, 31))
                                & (Plan.kpi == kpi) & _same(Plan.client, client_id) & _same(Plan.category, category_id))
    if not writer:
        query = query.where(Plan.manager == (me.id if me else 0))
    values: dict[int | None, list] = {}
    for plan in query:
        values.setdefault(plan.manager_id, [None] * 12)[plan.period.month - 1] = \
            plan.amount if kpi == "sales" else plan.count
    names = {m.id: m.name for m in list_managers(active_only=False)}
    shown = ({*_team(), *(m for m in values if m is not None)} if writer else {me.id} if me else set())
    rows = [YearRow(None, "", tuple(values.get(None, [None] * 12)))] if writer else []
    return rows + [YearRow(m, names[m], tuple(values.get(m, [None] * 12)))
                   for m in sorted(shown, key=lambda m: names[m].casefold())]


def save_year(year: int, kpi: str, cells: dict[tuple[int | None, int], object], client_id: int | None = None,
              category_id: int | None = None) -> int:
    """Store the cells (manager or None for the department, month 1…12) → value; an empty value removes the plan.
    All or nothing: a ValidationError keyed "<manager or department>:<month>" names each bad value. How many cells."""
    require_role(PLAN_WRITERS, _REFUSED)
    cleaned, errors = {}, {}
    for (manager_id, month), value in cells.items():
        key = _clean_key(PlanKey(dt.date(year, month, 1), kpi, manager_id, client_id, category_id))
        try:
            cleaned[key] = None if value is None or str(value).strip() == "" else _clean_value(kpi, value)
        except ValidationError as error:
            errors[cell_key(manager_id, month)] = error.errors["value"]
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        for key, value in cleaned.items():
            if value is None:
                Plan.delete().where(_matching(key)).execute()
            else:
                _write(key, value)
    return len(cleaned)


def cell_key(manager_id: int | None, month: int) -> str:
    """The error key of one cell of `save_year`."""
    return f"{manager_id or 'department'}:{month}"


def split_year(year: int, kpi: str, totals: dict[int, object], method: str) -> dict[int, dict[int, object]]:
    """The department's totals of the months given (month → value) split per manager (`shares`), month by month."""
    return {month: shares(dt.date(year, month, 1), kpi, total, method) for month, total in totals.items()}


def key_clients() -> list[tuple[int, str]]:
    """The key clients (id, name) by name: those a plan may be set for."""
    query = (Client.select(Client.id, Client.name).where(Client.key_account == True)  # noqa: E712 (peewee)
             .order_by(Client.name).tuples())
    return list(query)


def plan_rows(first: dt.date, last: dt.date) -> list[list]:
    """The plans of the months first…last as sheet rows (period, manager, KPI, value, client, category)."""
    query = (Plan.select(Plan, Manager.name, Client.name)
             .join(Manager, on=(Plan.manager == Manager.id), join_type=JOIN.LEFT_OUTER).switch(Plan)
             .join(Client, on=(Plan.client == Client.id), join_type=JOIN.LEFT_OUTER)
             .where((Plan.period >= kpi_service.month_start(first)) & (Plan.period <= last))
             .order_by(Plan.period, Manager.name, Plan.kpi))
    paths = category_paths()  # a name two branches share would come back as the other one
    return [[p.period.strftime("%Y-%m"), _name(p, Manager), p.kpi, p.amount if p.kpi == "sales" else p.count,
             _name(p, Client), paths.get(p.category_id, "") if p.category_id else ""] for p in query]


def _name(row, model) -> str:
    joined = getattr(row, {Manager: "manager", Client: "client"}[model], None)
    return joined.name if joined is not None else ""


def export_plans(path: str | Path, first: dt.date, last: dt.date) -> int:
    """Write the plans of the months first…last to an .xlsx; how many rows."""
    return write_xlsx(path, [LABELS[f] for f in FIELDS], plan_rows(first, last),
                      ["text", "text", "text", "number", "text", "text"], title="Plans")


@dataclass
class PlanCheck:
    valid: list[tuple[PlanKey, object]]
    rejected: list[RowProblem]
    headers: list[str]


def check_plans(path: str | Path) -> PlanCheck:
    """Read and check a sheet of plans; nothing is written.

    A row is rejected with its reason, naming the column: a period that is no month (2026-12, or a day of it
    such as 2026-12-01), a manager, client or category kamdesk does not know (names case and accents aside;
    a manager also by login), an unknown KPI, a value that is no plan, or the plan of an earlier row again.
    """
    table: Table = read_table(path, known_header=HEADERS.knows)
    mapping = HEADERS.auto_mapping(table.headers)
    missing = [LABELS[f] for f in ("period", "kpi", "value") if f not in mapping.values()]
    if missing:
        raise ValidationError({"mapping": Message("The sheet needs the columns {columns}.",
                                                  columns=", ".join(missing))})
    client_column = next((column for column, name in mapping.items() if name == "client"), None)
    lookups = _Lookups([] if client_column is None else [row[client_column] for row in table.rows])
    first_row: dict[PlanKey, int] = {}

    def clean(line: int, row: list[str]) -> tuple[PlanKey, object]:
        key, value = _clean_row(row, mapping, lookups)
        if key in first_row:
            raise ValidationError({"period": Message(
                "Row {row} of this file sets the same plan (period, manager, KPI, client and category).",
                row=first_row[key])})
        first_row[key] = line
        return key, value

    valid, rejected = check_rows(table, mapping, clean, HEADERS.knows)
    return PlanCheck([cleaned for _, _, cleaned in valid], rejected, table.headers)


def import_plans(check: PlanCheck) -> int:
    """Write the valid rows of a checked sheet, all or none (a plan already stored gets the row's value); how many."""
    require_role(PLAN_WRITERS, _REFUSED)
    return _write_plans(check.valid) if check.valid else 0


@retried(unique_too=True)
def _write_plans(rows: list[tuple[PlanKey, object]]) -> int:
    serialized("plan import")  # two imports at once: the second finds the first's plans and updates them
    stored = _stored_plans({key.period for key, _ in rows})
    now, editor = utc_now(), current_manager_id()
    records, changed = [], []
    for key, value in rows:
        column = "amount" if key.kpi == "sales" else "count"
        found = stored.get(key)
        if found is None:
            records.append({"period": key.period, "kpi": key.kpi, "manager": key.manager_id,
                            "client": key.client_id, "category": key.category_id, "amount": None, "count": None,
                            column: value, "created_at": now, "updated_at": now, "changed_at": now,
                            "changed_by": editor})
        elif found[1] != value:
            changed.append((found[0], column, value))
    import_all(records, lambda batch: insert_records(Plan, batch), BATCH)
    for plan_id, column, value in changed:
        Plan.update(**{column: value}, updated_at=now, changed_at=now, changed_by=editor,
                    row_version=Plan.row_version + 1).where(Plan.id == plan_id).execute()
    return len(rows)


def _stored_plans(periods: set[dt.date]) -> dict[PlanKey, tuple[int, object]]:
    """The stored plans of the months given: key → (id, value)."""
    found: dict[PlanKey, tuple[int, object]] = {}
    ordered = sorted(periods)
    for start in range(0, len(ordered), CHUNK):
        query = Plan.select(Plan.id, Plan.period, Plan.kpi, Plan.manager, Plan.client, Plan.category, Plan.amount,
                            Plan.count).where(Plan.period.in_(ordered[start:start + CHUNK]))
        for plan in query:
            key = PlanKey(plan.period, plan.kpi, plan.manager_id, plan.client_id, plan.category_id)
            found[key] = (plan.id, plan.amount if plan.kpi == "sales" else plan.count)
    return found


class _Lookups:
    """The managers (by folded name and login), the categories (by path and name) and the clients the rows
    name (by folded name), read once per check."""

    def __init__(self, client_names: Iterable[str]):
        self.managers: dict[str, set[int]] = {}
        for manager_id, name, login in Manager.select(Manager.id, Manager.name, Manager.login).tuples():
            for text in (name, login):
                if text:
                    self.managers.setdefault(fold(text), set()).add(manager_id)
        self.paths = {fold(path): cid for cid, path in category_paths().items()}
        self.categories: dict[str, list[int]] = {}
        for cid, name in Category.select(Category.id, Category.name).tuples():
            self.categories.setdefault(fold(name), []).append(cid)
        self.clients: dict[str, list[tuple[int, bool]]] = {}
        wanted = sorted({fold(name.strip()) for name in client_names} - {""})
        for start in range(0, len(wanted), CHUNK):
            query = (Client.select(Client.id, Client.name_key, Client.archived_at)
                     .where(Client.name_key.in_(wanted[start:start + CHUNK])).order_by(Client.id).tuples())
            for client_id, key, archived in query:
                self.clients.setdefault(key, []).append((client_id, archived is None))

    def manager(self, text: str, errors: dict) -> int | None:
        found = self.managers.get(fold(text), set())
        if len(found) == 1:
            return next(iter(found))
        errors["manager"] = (Message("Manager: several managers are called “{name}”; give the login.",
                                     name=_shown(text)) if found
                             else Message("Manager: no manager is called “{name}”.", name=_shown(text)))
        return None

    def category(self, text: str, errors: dict) -> int | None:
        key = fold(" / ".join(part.strip() for part in text.split("/")))
        if key in self.paths:
            return self.paths[key]
        found = self.categories.get(key, [])
        if len(found) == 1:
            return found[0]
        errors["category"] = (Message("Category: several categories are called “{name}”; give its path, such as "
                                      "“Food / Dairy”.", name=_shown(text)) if found
                              else Message("Category: no category is called “{name}”.", name=_shown(text)))
        return None

    def client(self, text: str, errors: dict) -> int | None:
        candidates = self.clients.get(fold(text), [])
        live = [client_id for client_id, is_live in candidates if is_live] or [c for c, _ in candidates]
        if len(live) == 1:
            return live[0]
        errors["client"] = (Message("Client: several clients are called “{name}”.", name=_shown(text)) if live
                            else Message("Client: no client is called “{name}”.", name=_shown(text)))
        return None


def _shown(text: str) -> str:
    """A cell as a message quotes it: at most 80 characters."""
    return text if len(text) <= 80 else text[:80] + "…"


_PERIOD = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\.?(?:\s*[-./]\s*(\d{1,2})\.?)?(?:[ T]0?0:00(?::00)?)?")


def _period(text: str, errors: dict) -> dt.date | None:
    """The month of "2026-12", "2026.12.", or a day of it ("2026-12-01", as a date cell is read); None when none."""
    match = _PERIOD.fullmatch(text)
    try:
        if match is None:
            raise ValueError(text)
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
        dt.date(year, month, day)  # 2026-13, 2026-02-30: no day of a month
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ValueError(text)
    except ValueError:
        errors["period"] = (Message("Period: “{text}” is not a month (use 2026-12).", text=_shown(text)) if text
                            else Message("Period: the month is missing (use 2026-12)."))
        return None
    return dt.date(year, month, 1)


def _kpi(text: str, errors: dict) -> str | None:
    """The KPI a cell names: "sales", "active_clients", "new_clients" (case, spaces and accents aside)."""
    kpi = _KPI_KEYS.get(header_key(text))
    if kpi is None:
        errors["kpi"] = Message("Unknown KPI “{kpi}”: use {kpis}.", kpi=_shown(text), kpis=", ".join(KPI_NAMES))
    return kpi


_KPI_KEYS = {header_key(name): name for name in KPI_NAMES}


def _clean_row(row: list[str], mapping: dict[int, str], lookups: _Lookups) -> tuple[PlanKey, object]:
    cells = {name: row[column].strip() if column < len(row) else "" for column, name in mapping.items()}
    errors: dict = {}
    period = _period(cells["period"], errors)
    kpi = _kpi(cells["kpi"], errors)
    manager_id = lookups.manager(cells["manager"], errors) if cells.get("manager") else None
    client_id = lookups.client(cells["client"], errors) if cells.get("client") else None
    category_id = lookups.category(cells["category"], errors) if cells.get("category") else None
    value = None
    if kpi is not None:
        try:
            value = _clean_value(kpi, cells["value"])
        except ValidationError:
            if not cells["value"]:
                errors["value"] = Message("Value: the plan is missing.")
            elif kpi == "sales":
                errors["value"] = Message("Value: “{text}” is not a plan of sales: an amount of zero or more, "
                                          "at most {limit}.", text=_shown(cells["value"]), limit=Count(MAX_SALES))
            else:
                errors["value"] = Message("Value: “{text}” is not a plan of clients: a whole number of zero or "
                                          "more, at most {limit}.", text=_shown(cells["value"]),
                                          limit=Count(MAX_CLIENTS))
    if errors:
        raise ValidationError(errors)
    return PlanKey(period, kpi, manager_id, client_id, category_id), value
