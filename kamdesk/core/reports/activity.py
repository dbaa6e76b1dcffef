"""The activity report: calls and visits per manager (the activity's owner) and ISO week, planned against done,
their outcomes by kind, and the follow-ups they led to.

An activity counts in the week of its day in the desk's time zone (an all-day one: its own date). Planned
is every call or visit dated in the period, whatever became of it; done, cancelled and still open (neither
yet) split it. Outcomes are the results recorded when done: reached, not reached, moved. Follow-ups are the
activities of any kind planned as the next step of a counted one. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import SQL, Case, fn

from kamdesk.core.models import Activity, Manager
from kamdesk.core.reports.common import report_document, words
from kamdesk.core.reports.model import Column, ReportDocument, ReportRequest, Table, percent
from kamdesk.core.services.activity import local_zone, to_utc
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
        "cancelled": "Lemondott", "open": "Még nyitott", "done_pct": "Teljesítés, %",
        "follow_ups": "Következő lépések", "reached": "Elérve", "not_reached": "Nem elérhető", "moved": "Áthelyezve",
        "reached_pct": "Elérve, %", "call": "Hívás", "visit": "Látogatás",
        "note": "Tervezett: az időszakra tervezett összes hívás és látogatás, bármi lett is velük; még nyitott: "
                "sem nem teljesült, sem nem mondták le. Következő lépések: a teljesítéskor tervezett újabb "
                "aktivitások.",
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
    days = _week_starts(request.period)
    labels = ["{}-W{:02d}".format(*day.isocalendar()[:2]) for day in days[:-1]]
    by_week: dict[tuple, _Counts] = {}
    by_manager: dict[tuple, _Counts] = {}
    for owner, kind, state, result, week, count, follow_ups in _grouped(request.manager_id, days):
        for counts in (by_week.setdefault((owner, labels[week], kind), _Counts()),
                       by_manager.setdefault((owner, kind), _Counts())):
            counts.add(state, result, count, int(follow_ups or 0))  # PostgreSQL sums to a Decimal
    return by_week, by_manager


def _week_starts(period) -> list[dt.date]:
    """The period's first day, every Monday after it in the period, and the day after the period."""
    days = [period.first]
    monday = period.first + dt.timedelta(days=7 - period.first.weekday())
    while monday <= period.last:
        days.append(monday)
        monday += dt.timedelta(days=7)
    return [*days, period.last + dt.timedelta(days=1)]


def _grouped(manager_id: int | None, days: list[dt.date]):
    """(owner, kind, state, result, week index, activities, their follow-ups) of the calls and visits dated in
    the weeks beginning on `days` (the last: the day after).

    SQL finds the week: a stored UTC time against the UTC moments the desk's local days begin, an all-day
    activity's own date against the days themselves. A year of calls is one grouped query, not its rows.
    """
    zone = local_zone()
    moments = [to_utc(dt.datetime.combine(day, dt.time()), zone) for day in days]
    midnights = [dt.datetime.combine(day, dt.time()) for day in days]
    whole_day = Activity.all_day == True  # noqa: E712 (peewee expression)
    condition = Activity.kind.in_(COUNTED_KINDS) & (
        (whole_day & (Activity.starts_at >= midnights[0]) & (Activity.starts_at < midnights[-1]))
        | (~whole_day & (Activity.starts_at >= moments[0]) & (Activity.starts_at < moments[-1])))
    if manager_id:
        condition &= Activity.owner == manager_id
    week = Case(None, [(whole_day, _week_of(midnights, 0, len(days) - 1))], _week_of(moments, 0, len(days) - 1))
    follow_up = Activity.alias()
    follow_ups = follow_up.select(fn.COUNT(follow_up.id)).where(follow_up.follow_up_of == Activity.id)
    return (Activity.select(Activity.owner, Activity.kind, Activity.state, Activity.result, week,
                            fn.COUNT(Activity.id), fn.SUM(follow_ups))
            .where(condition).group_by(SQL("1, 2, 3, 4, 5")).tuples())


def _week_of(bounds: list[dt.datetime], first: int, last: int):
    """The index of the week (first ≤ index < last) a start falls in, found by halving: a year's 53 weeks
    take six comparisons, not 27."""
    if last - first == 1:
        return SQL(str(first))
    middle = (first + last) // 2
    return Case(None, [(Activity.starts_at < bounds[middle], _week_of(bounds, first, middle))],
                _week_of(bounds, middle, last))


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
