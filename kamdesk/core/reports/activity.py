"""The activity report: calls and visits per manager (the activity's owner) and ISO week, planned against done,
their outcomes by kind, and the follow-ups they led to.

An activity counts in the week of its day in the desk's time zone (an all-day one: its own date). Planned
is every call or visit dated in the period, whatever became of it; done, cancelled and still open (neither
yet) split it. Outcomes are the results recorded when done: reached, not reached, moved. Follow-ups are the
activities of any kind planned as the next step of a counted one. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from peewee import fn

from kamdesk.core.db import database
from kamdesk.core.models import Activity, Manager
from kamdesk.core.reports.model import Column, ReportDocument, ReportRequest, Table, percent
from kamdesk.core.reports.sales import report_document, words
from kamdesk.core.services.activity import local_zone, to_local
from kamdesk.core.text_fold import fold

COUNTED_KINDS = ("call", "visit")
RESULTS = ("reached", "not_reached", "moved")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Activity report", "by_week": "Calls and visits by manager and week", "by_manager": "By manager",
        "outcomes": "Outcomes of the calls and visits done", "manager": "Manager", "week": "Week", "kind": "Kind",
        "planned": "Planned", "done": "Done", "cancelled": "Cancelled", "open": "Still open", "done_pct": "Done %",
        "follow_ups": "Follow-ups", "reached": "Reached", "not_reached": "Not reached", "moved": "Moved",
        "reached_pct": "Reached %", "call": "Call", "visit": "Visit",
        "note": "Planned: every call and visit dated in the period, whatever became of it; still open: neither "
                "done nor cancelled yet. Follow-ups: next steps planned when one was done.",
    },
    "hu": {
        "title": "Aktivitásjelentés", "by_week": "Hívások és látogatások üzletkötőnként és hetenként",
        "by_manager": "Üzletkötőnként", "outcomes": "Az elvégzett hívások és látogatások eredménye",
        "manager": "Üzletkötő", "week": "Hét", "kind": "Típus", "planned": "Tervezett", "done": "Teljesítve",
        "cancelled": "Lemondva", "open": "Még nyitott", "done_pct": "Teljesítés, %", "follow_ups": "Következő lépés",
        "reached": "Elérve", "not_reached": "Nem elérhető", "moved": "Áthelyezve", "reached_pct": "Elérve, %",
        "call": "Hívás", "visit": "Látogatás",
        "note": "Tervezett: az időszakra tervezett összes hívás és látogatás, bármi lett is velük; még nyitott: "
                "sem nem teljesült, sem nem mondták le. Következő lépés: teljesítéskor tervezett újabb aktivitás.",
    },
    "ru": {
        "title": "Отчёт об активности", "by_week": "Звонки и визиты по менеджерам и неделям",
        "by_manager": "По менеджерам", "outcomes": "Результаты проведённых звонков и визитов",
        "manager": "Менеджер", "week": "Неделя", "kind": "Вид", "planned": "Запланировано", "done": "Проведено",
        "cancelled": "Отменено", "open": "Ещё открыто", "done_pct": "Проведено, %",
        "follow_ups": "Следующие шаги", "reached": "Состоялось", "not_reached": "Не состоялось",
        "moved": "Перенесено", "reached_pct": "Состоялось, %", "call": "Звонок", "visit": "Визит",
        "note": "Запланировано: все звонки и визиты периода, чем бы они ни закончились; ещё открыто: не проведены "
                "и не отменены. Следующие шаги: действия, запланированные при завершении.",
    },
}


@dataclass
class _Counts:
    planned: int = 0
    done: int = 0
    cancelled: int = 0
    follow_ups: int = 0
    results: dict[str, int] = field(default_factory=dict)

    def add(self, state: str, result: str, count: int, follow_ups: int) -> None:
        self.planned += count
        self.done += count if state == "done" else 0
        self.cancelled += count if state == "cancelled" else 0
        self.follow_ups += follow_ups
        if state == "done" and result:
            self.results[result] = self.results.get(result, 0) + count

    def row(self) -> tuple:
        still_open = self.planned - self.done - self.cancelled
        return (self.planned, self.done, self.cancelled, still_open, percent(self.done, self.planned),
                self.follow_ups)


def build(request: ReportRequest) -> ReportDocument:
    """The activity report of the request's period (and manager)."""
    t = words(TEXTS, request.language)
    by_week, by_manager = _counted(request)
    names = _names({manager for manager, _, _ in by_week})
    tables = [_week_table(t, by_week, names), _manager_table(t, by_manager, names),
              _outcome_table(t, by_manager, names)]
    return report_document(request, t["title"], tables)


def _counted(request: ReportRequest) -> tuple[dict, dict]:
    """Counts by (manager, week, kind) and by (manager, kind) of the calls and visits dated in the period."""
    period = request.period
    # stored UTC: a day either side covers every zone's local days
    condition = (Activity.kind.in_(COUNTED_KINDS) & (Activity.starts_at >= period.first - dt.timedelta(days=1))
                 & (Activity.starts_at < period.last + dt.timedelta(days=2)))
    if request.manager_id:
        condition &= Activity.owner == request.manager_id
    by_day, followed = _by_day(condition)
    by_week: dict[tuple, _Counts] = {}
    by_manager: dict[tuple, _Counts] = {}
    for (owner, day, kind, state, result), count in by_day.items():
        if not period.first <= day <= period.last:
            continue
        year, week, _ = day.isocalendar()
        for counts in (by_week.setdefault((owner, f"{year}-W{week:02d}", kind), _Counts()),
                       by_manager.setdefault((owner, kind), _Counts())):
            counts.add(state, result, count, followed.get((owner, day, kind, state, result), 0))
    return by_week, by_manager


def _by_day(condition) -> tuple[Counter, Counter]:
    """How many activities, and how many follow-ups of them, by (owner, local day, kind, state, result).

    The rows are read raw (a year holds a hundred thousand calls): the time as the backend returns it.
    """
    follow_ups = _follow_ups(condition)
    local_day = _LocalDays(local_zone())
    counted: Counter = Counter()
    followed: Counter = Counter()
    query = Activity.select(Activity.id, Activity.owner, Activity.kind, Activity.state, Activity.result,
                            Activity.starts_at, Activity.all_day).where(condition)
    for ident, owner, kind, state, result, starts_at, all_day in database.execute(query):
        key = (owner, local_day(starts_at, all_day), kind, state, result)
        counted[key] += 1
        if ident in follow_ups:
            followed[key] += follow_ups[ident]
    return counted, followed


class _LocalDays:
    """The day in the desk's zone of a stored UTC time; the zone's offset looked up once per quarter of an hour
    (offsets, and so the moments they change, are whole quarters of an hour)."""

    def __init__(self, zone):
        self.zone = zone
        self.offsets: dict[dt.datetime, dt.timedelta] = {}  # by the quarter of an hour

    def __call__(self, stored, all_day) -> dt.date:
        moment = stored if isinstance(stored, dt.datetime) else dt.datetime.fromisoformat(stored)
        if all_day:
            return moment.date()
        quarter = moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)
        offset = self.offsets.get(quarter)
        if offset is None:
            offset = self.offsets[quarter] = to_local(quarter, self.zone).utcoffset()
        return (moment + offset).date()


def _follow_ups(condition) -> dict[int, int]:
    """How many follow-ups each activity matching `condition` has."""
    original = Activity.select(Activity.id).where(condition)
    query = (Activity.select(Activity.follow_up_of, fn.COUNT(Activity.id))
             .where(Activity.follow_up_of.in_(original)).group_by(Activity.follow_up_of).tuples())
    return dict(query)


def _names(ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(Manager.select(Manager.id, Manager.name).where(Manager.id.in_(list(ids))).tuples())


def _count_columns(t: dict[str, str]) -> list[Column]:
    return [Column("planned", t["planned"], "count", total=True), Column("done", t["done"], "count", total=True),
            Column("cancelled", t["cancelled"], "count", total=True), Column("open", t["open"], "count", total=True),
            Column("done_pct", t["done_pct"], "percent", ratio_of=("done", "planned")),
            Column("follow_ups", t["follow_ups"], "count", total=True)]


def _ordered(counts: dict, names: dict[int, str]) -> list:
    """Keys by manager name, then week, then kind in COUNTED_KINDS order."""
    return sorted(counts, key=lambda key: (fold(names[key[0]]), key[0], *key[1:-1], COUNTED_KINDS.index(key[-1])))


def _week_table(t, counts: dict, names: dict[int, str]) -> Table:
    columns = (Column("manager", t["manager"]), Column("week", t["week"]), Column("kind", t["kind"]),
               *_count_columns(t))
    rows = tuple((names[owner], week, t[kind], *counts[(owner, week, kind)].row())
                 for owner, week, kind in _ordered(counts, names))
    return Table(t["by_week"], columns, rows, note=t["note"])


def _manager_table(t, counts: dict, names: dict[int, str]) -> Table:
    columns = (Column("manager", t["manager"]), Column("kind", t["kind"]), *_count_columns(t))
    rows = tuple((names[owner], t[kind], *counts[(owner, kind)].row()) for owner, kind in _ordered(counts, names))
    return Table(t["by_manager"], columns, rows)


def _outcome_table(t, counts: dict, names: dict[int, str]) -> Table:
    columns = (Column("manager", t["manager"]), Column("kind", t["kind"]),
               Column("done", t["done"], "count", total=True),
               *(Column(result, t[result], "count", total=True) for result in RESULTS),
               Column("reached_pct", t["reached_pct"], "percent", ratio_of=("reached", "done")))
    rows = []
    for owner, kind in _ordered(counts, names):
        found = counts[(owner, kind)]
        reached = found.results.get("reached", 0)
        rows.append((names[owner], t[kind], found.done, *(found.results.get(r, 0) for r in RESULTS),
                     percent(reached, found.done)))
    return Table(t["outcomes"], columns, tuple(rows))
