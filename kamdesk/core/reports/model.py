"""What a report is, apart from how it is drawn: a request in, a `ReportDocument` out (no database, no Qt).

A report (`sales`, `activity`, `receivables`, `refusals`, `kpi`) is a function `build(request) ->
ReportDocument` named in `kamdesk.core.reports.REPORTS`. The document holds its texts already in the
requested language (the desk's, see `document_language`), and tables of plain values: text, Decimal
money (exact), int counts, Decimal percents, dates. The renderers (`pdf`, `xlsx`) draw any document the
same way: the PDF with its fonts embedded, the workbook with live formulas (a column's total is a SUM,
a ratio column is the quotient of two other columns) and their cached values.

Periods: a month (`--period 2026-11`), an ISO week (`--week 2026-W49`) or two days (`--from --to`),
resolved by `resolve_period` into the first and last day with a label in the document language.
"""

from __future__ import annotations

import datetime as dt
import locale
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.core.errors import ValidationError
from kamdesk.core.messages import Message

KINDS = ("text", "money", "count", "percent", "number", "date")
DOCUMENT_LANGUAGES = ("en", "hu", "ru")


@dataclass(frozen=True)
class Column:
    """One column: `key` names it for `ratio_of`; `title` is in the document language.

    kind: text | money | count | percent | number | date. A percent is a Decimal such as 104.5 (per cent).
    total: the table's totals row sums the column (money, count, number).
    ratio_of: (numerator key, denominator key) — the value is numerator / denominator × 100, empty when
    the denominator is nothing; the workbook writes it as a formula of those two cells, the totals row
    as the ratio of their totals.
    currency: the currency of a money column ("HUF"); empty takes the document's.
    """

    key: str
    title: str
    kind: str = "text"
    total: bool = False
    ratio_of: tuple[str, str] | None = None
    currency: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass(frozen=True)
class Table:
    """A titled table; each row has one value per column (None for an empty cell)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple, ...]
    note: str = ""  # a sentence printed under the table (what a figure means, what was left out)
    totals: bool = True  # a totals row when any column has `total` or `ratio_of`

    def index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)


@dataclass(frozen=True)
class ReportDocument:
    """A whole report: title, what it covers, the tables; every text in `language`."""

    name: str  # the report's key: "sales"
    title: str
    subtitle: str  # the period and, when chosen, the manager
    language: str
    currency: str  # the money columns' currency unless a column says otherwise
    tables: tuple[Table, ...]
    generated: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    company: str = ""


@dataclass(frozen=True)
class ReportPeriod:
    first: dt.date
    last: dt.date
    kind: str  # "month" | "week" | "range"

    def label(self, language: str) -> str:
        """"2026-11", "2026-W49" or "2026-11-01 – 2026-11-15": the same in every language (ISO)."""
        if self.kind == "month":
            return f"{self.first:%Y-%m}"
        if self.kind == "week":
            year, week, _ = self.first.isocalendar()
            return f"{year}-W{week:02d}"
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    def before(self) -> ReportPeriod:
        """The period of the same length just before this one (a month: the month before)."""
        if self.kind == "month":
            last = self.first - dt.timedelta(days=1)
            return ReportPeriod(last.replace(day=1), last, "month")
        length = self.last - self.first + dt.timedelta(days=1)
        return ReportPeriod(self.first - length, self.last - length, self.kind)

    def year_before(self) -> ReportPeriod:
        """The same days a year earlier (29 February becomes the 28th)."""
        return ReportPeriod(_year_back(self.first), _year_back(self.last), self.kind)


@dataclass(frozen=True)
class ReportRequest:
    name: str
    period: ReportPeriod
    manager_id: int | None = None
    language: str = "en"
    as_of: dt.date | None = None  # "today" for figures that depend on it (receivables, forecasts)


def _year_back(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


FIRST_YEAR, LAST_YEAR = 1900, 9998  # a period, the one before it and the year before stay valid dates


def check_year(day: dt.date) -> None:
    """Refuse in words a day too far in the past or future to compare with the year before and after."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError({"period": Message("{day} is outside the years 1900 to 9998.", day=day.isoformat())})


MONTH = re.compile(r"^(\d{4})-(\d{2})$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)


def resolve_period(period: str | None = None, week: str | None = None,
                   first: str | None = None, last: str | None = None,
                   today: dt.date | None = None) -> ReportPeriod:
    """The period of `--period YYYY-MM`, `--week YYYY-Www` or `--from DATE --to DATE` (exactly one way);
    none given: the current month."""
    given = [name for name, value in (("period", period), ("week", week), ("range", first or last)) if value]
    if len(given) > 1:
        raise ValidationError({"period": Message("Give a month, a week or two days, not more than one.")})
    if period:
        return _month(period)
    if week:
        return _week(week)
    if first or last:
        return _range(first, last)
    today = today or dt.date.today()
    return _month(f"{today:%Y-%m}")


def _month(text: str) -> ReportPeriod:
    match = MONTH.match(text.strip())
    if not match or not 1 <= int(match[2]) <= 12 or not FIRST_YEAR <= int(match[1]) <= LAST_YEAR:
        raise ValidationError({"period": Message("{value} is not a month; write it as 2026-11.", value=text)})
    first = dt.date(int(match[1]), int(match[2]), 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return ReportPeriod(first, following - dt.timedelta(days=1), "month")


def _week(text: str) -> ReportPeriod:
    match = WEEK.match(text.strip())
    try:
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1) if match else None
    except ValueError:
        monday = None
    if monday is None or not FIRST_YEAR <= monday.year <= LAST_YEAR:
        raise ValidationError({"period": Message("{value} is not a week; write it as 2026-W49.", value=text)})
    return ReportPeriod(monday, monday + dt.timedelta(days=6), "week")


def _range(first: str | None, last: str | None) -> ReportPeriod:
    if not first or not last:
        raise ValidationError({"period": Message("Give both the first and the last day.")})
    days = []
    for text in (first, last):
        try:
            days.append(dt.date.fromisoformat(text.strip()))
        except ValueError:
            raise ValidationError({"period": Message("{value} is not a day; write it as 2026-11-30.",
                                                     value=text)}) from None
    for day in days:
        check_year(day)
    if days[1] < days[0]:
        raise ValidationError({"period": Message("The last day is before the first.")})
    if (days[1] - days[0]).days > 3660:
        raise ValidationError({"period": Message("A report covers at most ten years.")})
    return ReportPeriod(days[0], days[1], "range")


def document_language(chosen: str) -> str:
    """The language a report is written in: the desk's (`company.language()`), the computer's when the
    desk follows the system; English when neither is Hungarian or Russian."""
    if chosen in DOCUMENT_LANGUAGES:
        return chosen
    system = (locale.getlocale()[0] or os.environ.get("LANG") or "en")[:2].lower()
    return system if system in DOCUMENT_LANGUAGES else "en"


def percent(numerator: Decimal | int | None, denominator: Decimal | int | None) -> Decimal | None:
    """numerator / denominator × 100 to one decimal, None when the denominator is nothing — the value a
    `ratio_of` column holds, so the PDF and the workbook's cached value agree."""
    from decimal import ROUND_HALF_UP

    if not denominator or numerator is None:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.1"), ROUND_HALF_UP)
