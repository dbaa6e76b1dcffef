"""The week planner on paper: A4 landscape pages per week (reportlab; data in, file out).

Layout, as the week view shows it: a header with the title, the week number
and the dates; seven day columns, Monday first, with an all-day row on top
and hour rows over the working hours (stretched to take in any activity
outside them); activities as blocks coloured by kind, overlapping ones side
by side (`week_layout.lanes`); a footer with the colour legend, the
"printed on" text and the page number.

Nothing is printed smaller than a readable size: a block is never narrower
than `MIN_LANE_WIDTH` nor lower than `MIN_BLOCK_HEIGHT`, its type never
smaller than `BLOCK_FONT_MIN`. What a day column has no room for ("+3 more"
under the column) continues on list pages after the grid, one line per
activity, grouped by day. Several weeks (one per manager) go into one file,
each from a new page with its own title and page numbers.

Everything the page says comes in `WeekDocument`: the day headers and the
labels are already in the reader's language, so the GUI passes translated
texts and the CLI the English defaults. Text is set in the bundled DejaVu
Sans (embedded, subset), so Hungarian, Czech, Polish and Cyrillic names print
the same on any machine.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from kamdesk.core.documents import pdf_common
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.formatting import EN_MONTHS
from kamdesk.core.documents.pdf_common import BOLD, FONT, register_fonts
from kamdesk.core.documents.week_layout import KIND_COLOURS, KIND_LABELS, lanes
from kamdesk.core.messages import Message

if TYPE_CHECKING:  # the documents layer takes plain data; the type is only for readers
    from kamdesk.core.services.activity import ActivityView

DONE_MARK, OVERDUE_MARK = "✓", "⚠"

PAGE = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 28.0, 26.0, 22.0
HEADER_HEIGHT, FOOTER_HEIGHT = 44.0, 22.0
GUTTER = 34.0  # the hours' column
DAY_HEADER_HEIGHT = 20.0
ALL_DAY_LINE, ALL_DAY_LINES = 11.0, 3
BLOCK_FONT, BLOCK_FONT_MIN = 7.0, 6.0
WIDE_BLOCK = 70.0  # points: narrower blocks get smaller type
MIN_BLOCK_MINUTES = 20  # a 5-minute call still gets room for one line
MIN_BLOCK_HEIGHT = 11.0  # points: one line of block type, however long the day grid
MIN_LANE_WIDTH = 48.0  # points: about a dozen characters of block type
LIST_FONT, LIST_LEADING, LIST_DAY_HEIGHT = 8.0, 10.5, 18.0
LIST_TIME_WIDTH, LIST_KIND_WIDTH = 64.0, 78.0

INK = HexColor(pdf_common.INK)
MUTED = HexColor(pdf_common.MUTED)
GRID = HexColor(pdf_common.RULE)
GRID_LIGHT = HexColor("#e6e6e6")
WEEKEND = HexColor("#f4f4f4")
TODAY = HexColor("#e8f1fb")
TODAY_INK = HexColor("#1f5fa8")
OVERDUE = HexColor("#c0392b")


@dataclass(frozen=True)
class WeekLabels:
    """The words the page prints; templates keep their {placeholders} (the GUI passes translations)."""

    week: str = Message("Week {number}")
    all_day: str = Message("All day")
    page: str = Message("Page {page} of {pages}")
    more: str = Message("+{count} more")
    continued: str = Message("More activities of the week (no room for them in the grid)")
    done: str = Message("done")
    overdue: str = Message("overdue")
    kinds: Mapping[str, str] = field(default_factory=lambda: dict(KIND_LABELS))


@dataclass
class WeekDocument:
    """A week to print. `activities` are ActivityView-like (times aware, in the desk's zone)."""

    title: str
    week_label: str  # ISO week, "2026-W49"
    monday: dt.date
    day_headers: Sequence[str]  # seven, Monday first, formatted for the reader ("Mon 30 Nov")
    activities: Sequence[ActivityView]
    working_hours: tuple[int, int] = (8, 18)
    kind_colours: Mapping[str, str] = field(default_factory=lambda: dict(KIND_COLOURS))
    printed_on: str = ""  # e.g. "Printed on 29 Nov 2026 10:15"
    date_range: str = ""  # e.g. "30 November – 6 December 2026"; ISO dates when empty
    today: dt.date | None = None  # its column is marked when it falls in the week
    labels: WeekLabels = field(default_factory=WeekLabels)


def write_week_pdf(path: str | Path, *weeks: WeekDocument) -> None:
    """Write the weeks (one per manager, say), each from a new A4 landscape page; the file appears complete or
    not at all."""
    if not weeks:
        raise ValueError("no week to print")
    if any(len(week.day_headers) != 7 for week in weeks):
        raise ValueError("a week has seven day headers")
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE, pageCompression=1, initialFontName=FONT, initialFontSize=8)
    title = weeks[0].title if len(weeks) == 1 else ""
    canvas.setTitle(f"{title} {weeks[0].week_label}".strip())
    canvas.setCreator("kamdesk")
    for week in weeks:
        pages = _week_pages(canvas, week)
        for number, page in enumerate(pages, 1):
            page.draw(number, len(pages))
            canvas.showPage()
    canvas.save()
    write_atomically(Path(path), buffer.getvalue())


def _week_pages(canvas: Canvas, week: WeekDocument) -> list[_Sheet]:
    """The grid page of the week, then list pages for what the grid has no room for."""
    grid = _GridPage(canvas, week)
    return [grid, *_list_pages(canvas, week, grid.overflow)]


ENGLISH_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def english_week(monday: dt.date, activities: Sequence[ActivityView], *, manager_name: str = "",
                 working_hours: tuple[int, int] = (8, 18), printed_at: dt.datetime | None = None,
                 today: dt.date | None = None) -> WeekDocument:
    """The week with English headers and labels (the command line prints this; the GUI builds its own)."""
    sunday = monday + dt.timedelta(days=6)
    year, number, _ = monday.isocalendar()
    headers = [f"{ENGLISH_DAYS[n]} {day.day} {EN_MONTHS[day.month - 1]}"
               for n, day in enumerate(monday + dt.timedelta(days=k) for k in range(7))]
    first = f"{monday.day} {EN_MONTHS[monday.month - 1]}" + ("" if monday.year == sunday.year else f" {monday.year}")
    title = Message("Week plan — {name}", name=manager_name) if manager_name else Message("Week plan")
    printed = Message("Printed on {when}", when=f"{printed_at:%Y-%m-%d %H:%M}") if printed_at else ""
    return WeekDocument(title=title, week_label=f"{year}-W{number:02d}", monday=monday, day_headers=headers,
                        activities=list(activities), working_hours=working_hours, printed_on=printed,
                        date_range=f"{first} – {sunday.day} {EN_MONTHS[sunday.month - 1]} {sunday.year}",
                        today=today)


def hour_range(activities: Sequence, working_hours: tuple[int, int]) -> tuple[int, int]:
    """The hours the grid shows: the working hours, stretched to take in every timed activity."""
    first, last = working_hours
    for activity in activities:
        if activity.all_day:
            continue
        first = min(first, activity.start.hour)
        end = _minutes_in_day(activity)[1]
        last = max(last, -(-end // 60))
    return first, min(max(last, first + 1), 24)


def ellipsized(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with "…" to fit `width` points (empty when not even "…" fits)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return "…" if pdfmetrics.stringWidth("…", font, size) <= width else ""
    return text[:low].rstrip() + "…"


# ---------------------------------------------------------------- drawing

def _minutes_in_day(activity) -> tuple[int, int]:
    """Start and end minute of a timed activity on its start day (an end past midnight is cut at 24:00)."""
    start = activity.start.hour * 60 + activity.start.minute
    if activity.end.date() > activity.start.date():
        return start, 24 * 60
    return start, max(start, activity.end.hour * 60 + activity.end.minute)


def _time_span(activity) -> str:
    """"09:00–10:30"; an end past midnight is "24:00" or "…"."""
    if activity.end.date() > activity.start.date():
        return f"{activity.start:%H:%M}–24:00" if activity.end.time() == dt.time() else f"{activity.start:%H:%M}–…"
    return f"{activity.start:%H:%M}–{activity.end:%H:%M}"


def _tint(colour: Color, share: float) -> Color:
    """`colour` mixed into white: `share` of the colour."""
    return Color(*(1 - share + share * part for part in (colour.red, colour.green, colour.blue)))


class _Sheet:
    """What every page of a week has: the header and the footer."""

    def __init__(self, canvas: Canvas, week: WeekDocument):
        self.c = canvas
        self.week = week
        self.labels = week.labels
        self.days = [week.monday + dt.timedelta(days=n) for n in range(7)]
        width, height = PAGE
        self.left, self.right = MARGIN_X, width - MARGIN_X
        self.top = height - MARGIN_TOP - HEADER_HEIGHT
        self.bottom = MARGIN_BOTTOM + FOOTER_HEIGHT

    def colour(self, kind: str) -> Color:
        return HexColor(self.week.kind_colours.get(kind, "#7f8c8d"))

    def kind_label(self, kind: str) -> str:
        return self.labels.kinds.get(kind) or KIND_LABELS.get(kind, kind)

    def draw(self, page: int, pages: int) -> None:
        self.draw_header()
        self.draw_body()
        self.draw_footer(page, pages)

    def draw_body(self) -> None:
        raise NotImplementedError

    # -- header and footer

    def draw_header(self) -> None:
        c, week = self.c, self.week
        width, height = PAGE
        baseline = height - MARGIN_TOP - 16
        heading = self.labels.week.format(number=week.monday.isocalendar().week)
        c.setFillColor(INK)
        c.setFont(BOLD, 16)
        c.drawRightString(self.right, baseline, heading)
        heading_width = pdfmetrics.stringWidth(heading, BOLD, 16)
        c.setFont(BOLD, 14)
        c.drawString(self.left, baseline, ellipsized(week.title, BOLD, 14, self.right - self.left - heading_width - 24))
        last = self.days[-1]
        dates = week.date_range or f"{week.monday.isoformat()} – {last.isoformat()}"
        c.setFont(FONT, 9)
        c.setFillColor(MUTED)
        c.drawRightString(self.right, baseline - 15, f"{week.week_label}  ·  {dates}")
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(self.left, self.top + 6, self.right, self.top + 6)

    def draw_footer(self, page: int, pages: int) -> None:
        c, labels = self.c, self.labels
        y = MARGIN_BOTTOM
        c.setFont(FONT, 7)
        c.setFillColor(MUTED)
        c.drawString(self.left, y, self.week.printed_on)
        c.drawRightString(self.right, y, labels.page.format(page=page, pages=pages))
        items = [(self.colour(kind), self.kind_label(kind)) for kind in self.week.kind_colours]
        marks = [f"{DONE_MARK} {labels.done}", f"{OVERDUE_MARK} {labels.overdue}"]
        widths = [10 + pdfmetrics.stringWidth(text, FONT, 7) + 10 for _, text in items]
        widths += [pdfmetrics.stringWidth(text, FONT, 7) + 10 for text in marks]
        x = (self.left + self.right - sum(widths)) / 2
        for (colour, text), step in zip(items, widths, strict=False):
            self.draw_swatch(colour, x, y - 1)
            c.setFillColor(INK)
            c.drawString(x + 10, y, text)
            x += step
        for text, colour in zip(marks, (INK, OVERDUE), strict=True):
            c.setFillColor(colour)
            c.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, FONT, 7) + 10

    def draw_swatch(self, colour: Color, x: float, y: float) -> None:
        """The small square of a kind's colour (legend and list rows)."""
        c = self.c
        c.setFillColor(_tint(colour, 0.25))
        c.setStrokeColor(colour)
        c.setLineWidth(0.6)
        c.rect(x, y, 7, 7, stroke=1, fill=1)
        c.setFillColor(colour)
        c.rect(x, y, 2, 7, stroke=0, fill=1)

    def mark(self, activity) -> str:
        return f"{DONE_MARK} " if activity.state == "done" else f"{OVERDUE_MARK} " if activity.overdue else ""

    def who(self, activity) -> str:
        return activity.client_name or self.kind_label(activity.kind)


class _GridPage(_Sheet):
    """The week as a grid of day columns; `overflow` holds, in time order, what the columns have no room for."""

    def __init__(self, canvas: Canvas, week: WeekDocument):
        super().__init__(canvas, week)
        shown = [a for a in week.activities if a.state != "cancelled"]
        all_day = {day: [a for a in shown if a.all_day and a.start.date() == day] for day in self.days}
        timed = {day: [a for a in shown if not a.all_day and a.start.date() == day] for day in self.days}
        self.first_hour, self.last_hour = hour_range([a for day in self.days for a in timed[day]],
                                                     week.working_hours)
        self.column_width = (self.right - self.left - GUTTER) / 7
        lines = max((len(items) for items in all_day.values()), default=0)
        self.all_day_height = ALL_DAY_LINE * max(1, min(lines, ALL_DAY_LINES)) + 4
        self.grid_top = self.top - DAY_HEADER_HEIGHT - self.all_day_height
        self.hour_height = (self.grid_top - self.bottom) / (self.last_hour - self.first_hour)
        self.all_day: dict[dt.date, list] = {}
        self.timed: dict[dt.date, list[tuple]] = {}
        self.hidden: dict[dt.date, int] = {}
        self.overflow: list = []
        for day in self.days:
            self.all_day[day] = all_day[day] if len(all_day[day]) <= ALL_DAY_LINES else all_day[day][:ALL_DAY_LINES - 1]
            self.timed[day], left_out = self.place(timed[day])
            self.hidden[day] = len(left_out)
            self.overflow += all_day[day][len(self.all_day[day]):] + left_out

    def place(self, items: list) -> tuple[list[tuple], list]:
        """((activity, start, end, lane, lanes) of the blocks the column shows, the activities it has no room for).

        A cluster of overlapping blocks gets at most as many lanes as fit at `MIN_LANE_WIDTH`; the
        activities in further lanes are left out (the ones in lower lanes keep their places).
        """
        spans = [self.span(activity) for activity in items]
        max_lanes = max(1, int((self.column_width - 3) // MIN_LANE_WIDTH))
        kept, left_out = list(range(len(items))), []
        while True:
            layout = lanes([spans[i] for i in kept])
            extra = {i for i, (lane, _count) in zip(kept, layout, strict=True) if lane >= max_lanes}
            if not extra:
                placed = [(items[i], *spans[i], lane, count) for i, (lane, count) in zip(kept, layout, strict=True)]
                return placed, sorted((items[i] for i in left_out), key=lambda a: a.start)
            kept = [i for i in kept if i not in extra]
            left_out += sorted(extra)

    def span(self, activity) -> tuple[float, float]:
        """The minutes a block takes in the column: at least a readable height, inside the grid."""
        least = max(MIN_BLOCK_MINUTES, MIN_BLOCK_HEIGHT / self.hour_height * 60)
        start, end = _minutes_in_day(activity)
        end = max(end, start + least)
        if end > self.last_hour * 60:  # a short one late in the day: the block ends with the grid
            start, end = min(start, self.last_hour * 60 - least), self.last_hour * 60
        return start, end

    def column_x(self, index: int) -> float:
        return self.left + GUTTER + index * self.column_width

    def y_of(self, minute: float) -> float:
        return self.grid_top - (minute - self.first_hour * 60) / 60 * self.hour_height

    def draw_body(self) -> None:
        self.draw_grid()
        for index, day in enumerate(self.days):
            self.draw_all_day(index, day)
            self.draw_timed(index, self.timed[day])
            if self.hidden[day]:
                self.draw_hidden(index, self.hidden[day])

    # -- the grid

    def draw_grid(self) -> None:
        c, week = self.c, self.week
        grid_bottom = self.bottom
        for index, day in enumerate(self.days):
            x = self.column_x(index)
            if day == week.today:
                c.setFillColor(TODAY)
                c.rect(x, grid_bottom, self.column_width, self.top - grid_bottom, stroke=0, fill=1)
            elif day.weekday() >= 5:
                c.setFillColor(WEEKEND)
                c.rect(x, grid_bottom, self.column_width, self.top - grid_bottom, stroke=0, fill=1)
            c.setFillColor(TODAY_INK if day == week.today else INK)
            c.setFont(BOLD, 9)
            header = ellipsized(week.day_headers[index], BOLD, 9, self.column_width - 6)
            c.drawCentredString(x + self.column_width / 2, self.top - DAY_HEADER_HEIGHT + 6, header)
        # hour lines and labels
        c.setFont(FONT, 7)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.5)
            c.line(self.left + GUTTER - 4, y, self.right, y)
            if hour < self.last_hour:
                c.setFillColor(MUTED)
                c.drawRightString(self.left + GUTTER - 6, y - 8, f"{hour:02d}:00")
                half = self.y_of(hour * 60 + 30)
                c.setStrokeColor(GRID_LIGHT)
                c.setDash(1, 2)
                c.line(self.left + GUTTER, half, self.right, half)
                c.setDash()
        # the all-day row
        c.setFillColor(MUTED)
        c.setFont(FONT, 6.5)
        label_lines = self.labels.all_day.split(" ", 1) if pdfmetrics.stringWidth(
            self.labels.all_day, FONT, 6.5) > GUTTER - 6 else [self.labels.all_day]
        for n, text in enumerate(label_lines[:2]):
            c.drawRightString(self.left + GUTTER - 6, self.top - DAY_HEADER_HEIGHT - 9 - n * 7,
                              ellipsized(text, FONT, 6.5, GUTTER - 6))
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(self.left + GUTTER, self.top - DAY_HEADER_HEIGHT, self.right, self.top - DAY_HEADER_HEIGHT)
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.line(self.left + GUTTER - 4, self.grid_top, self.right, self.grid_top)
        # columns
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        for index in range(8):
            x = self.column_x(index)
            c.line(x, grid_bottom, x, self.top)
        c.rect(self.left + GUTTER, grid_bottom, self.right - self.left - GUTTER, self.top - grid_bottom)

    # -- activities

    def draw_all_day(self, index: int, day: dt.date) -> None:
        x = self.column_x(index) + 2
        width = self.column_width - 4
        y = self.top - DAY_HEADER_HEIGHT - 2 - ALL_DAY_LINE
        for activity in self.all_day[day]:
            self.draw_block(activity, x, y + 0.5, width, ALL_DAY_LINE - 1, with_time=False)
            y -= ALL_DAY_LINE
        hidden = sum(1 for a in self.overflow if a.all_day and a.start.date() == day)
        if hidden:
            self.c.setFillColor(MUTED)
            self.c.setFont(FONT, 6.5)
            self.c.drawString(x + 3, y + 3, self.labels.more.format(count=hidden))

    def draw_timed(self, index: int, placed: list[tuple]) -> None:
        column_x = self.column_x(index)
        for activity, start, end, lane, count in placed:
            lane_width = (self.column_width - 3) / count
            x = column_x + 1.5 + lane * lane_width
            top, bottom = self.y_of(start), self.y_of(end)
            self.draw_block(activity, x + 0.5, bottom + 0.5, lane_width - 1, top - bottom - 1, with_time=True)

    def draw_hidden(self, index: int, count: int) -> None:
        """"+3 more" under the column: they are on the list pages that follow."""
        c = self.c
        c.setFillColor(OVERDUE)
        c.setFont(BOLD, 7)
        c.drawCentredString(self.column_x(index) + self.column_width / 2, self.bottom - 10,
                            self.labels.more.format(count=count))

    def draw_block(self, activity, x: float, y: float, width: float, height: float, with_time: bool) -> None:
        c = self.c
        colour = self.colour(activity.kind)
        done = activity.state == "done"
        c.saveState()
        c.setFillColor(_tint(colour, 0.12 if done else 0.25))
        c.setStrokeColor(OVERDUE if activity.overdue else _tint(colour, 0.7))
        c.setLineWidth(0.9 if activity.overdue else 0.5)
        if activity.overdue:
            c.setDash(2, 1.5)
        c.roundRect(x, y, width, height, 1.5, stroke=1, fill=1)
        c.setDash()
        c.setFillColor(colour)
        c.rect(x, y, 2.2, height, stroke=0, fill=1)
        clip = c.beginPath()
        clip.rect(x + 2.2, y, width - 2.2, height)
        c.clipPath(clip, stroke=0, fill=0)
        self.draw_block_text(activity, x + 4, y, width - 5.5, height, with_time, done)
        c.restoreState()

    def draw_block_text(self, activity, x: float, y: float, width: float, height: float,
                        with_time: bool, done: bool) -> None:
        c = self.c
        mark, who = self.mark(activity), self.who(activity)
        time = _time_span(activity) if with_time else ""
        # one size for every block of a width, so the page reads evenly; narrow lanes get smaller type
        size = max(BLOCK_FONT_MIN, min(BLOCK_FONT, BLOCK_FONT - (WIDE_BLOCK - width) / 20))
        first = f"{mark}{who}"
        if with_time and pdfmetrics.stringWidth(time, FONT, size) > width:
            time = f"{activity.start:%H:%M}"  # a narrow block: the start is enough
        leading = size + 1.5
        capacity = max(1, int((height - 2) // leading))
        lines: list[tuple[str, str, Color]] = []
        if with_time and capacity >= 2:
            lines.append((time, FONT, MUTED))
            lines.append((first, BOLD, INK))
        elif with_time and width >= WIDE_BLOCK:  # one line: the time too, when there is room for it
            lines.append((f"{mark}{activity.start:%H:%M} {who}", BOLD, INK))
        else:  # the block's place in the grid tells the time
            lines.append((first, BOLD, INK))
        if activity.subject:
            lines.append((activity.subject, FONT, INK))
        if activity.location:
            lines.append((activity.location, FONT, MUTED))
        if len(lines) > capacity and capacity == 1 and activity.subject:  # one line: client — subject
            lines = [(f"{lines[0][0]} — {activity.subject}", BOLD, INK)]
        baseline = y + height - size - (1 if capacity == 1 else 1.5)
        for text, font, colour in lines[:capacity]:
            c.setFillColor(OVERDUE if activity.overdue and text.startswith(OVERDUE_MARK) else
                           (MUTED if done and colour is INK else colour))
            c.setFont(font, size)
            c.drawString(x, baseline, ellipsized(text, font, size, width))
            baseline -= leading



# ---------------------------------------------------------------- what the grid has no room for

def _list_pages(canvas: Canvas, week: WeekDocument, activities: list) -> list[_ListPage]:
    """List pages for `activities` (in day and time order); a day continued on a new page gets its heading again."""
    pages: list[_ListPage] = []
    day = None
    for activity in activities:
        if not pages or not pages[-1].fits(activity):
            pages.append(_ListPage(canvas, week))
            day = None
        if activity.start.date() != day:
            day = activity.start.date()
            pages[-1].add_day(day)
        pages[-1].add_row(activity)
    return pages


class _ListPage(_Sheet):
    """Activities one per row (time, kind, client — subject · place), wrapped, never cut, grouped by day."""

    def __init__(self, canvas: Canvas, week: WeekDocument):
        super().__init__(canvas, week)
        self.entries: list[tuple] = []  # ("day", date) or ("row", activity, lines)
        self.text_x = self.left + LIST_TIME_WIDTH + LIST_KIND_WIDTH
        self.cursor = self.top - 8  # the baseline of the last thing placed

    def lines_of(self, activity) -> list[str]:
        text = f"{self.mark(activity)}{self.who(activity)}"
        if activity.subject:
            text += f" — {activity.subject}"
        if activity.location:
            text += f" · {activity.location}"
        return simpleSplit(text, FONT, LIST_FONT, self.right - self.text_x) or [""]

    def fits(self, activity) -> bool:
        """Room for the activity, with a day heading above it?"""
        return self.cursor - LIST_DAY_HEIGHT - len(self.lines_of(activity)) * LIST_LEADING >= self.bottom

    def add_day(self, day: dt.date) -> None:
        self.entries.append(("day", day))
        self.cursor -= LIST_DAY_HEIGHT

    def add_row(self, activity) -> None:
        lines = self.lines_of(activity)
        self.entries.append(("row", activity, lines))
        self.cursor -= len(lines) * LIST_LEADING

    def draw_body(self) -> None:
        c = self.c
        y = self.top - 8
        c.setFillColor(INK)
        c.setFont(BOLD, 10)
        c.drawString(self.left, y, ellipsized(self.labels.continued, BOLD, 10, self.right - self.left))
        for entry in self.entries:
            if entry[0] == "day":
                y -= LIST_DAY_HEIGHT
                self.draw_day(entry[1], y)
            else:
                self.draw_row(entry[1], entry[2], y)
                y -= len(entry[2]) * LIST_LEADING

    def draw_day(self, day: dt.date, y: float) -> None:
        c = self.c
        c.setFillColor(TODAY_INK if day == self.week.today else INK)
        c.setFont(BOLD, 9)
        c.drawString(self.left, y, self.week.day_headers[(day - self.week.monday).days])
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(self.left, y - 3, self.right, y - 3)

    def draw_row(self, activity, lines: list[str], y: float) -> None:
        c = self.c
        baseline = y - LIST_LEADING
        c.setFont(FONT, LIST_FONT)
        c.setFillColor(MUTED)
        c.drawString(self.left, baseline, self.labels.all_day if activity.all_day else _time_span(activity))
        x = self.left + LIST_TIME_WIDTH
        self.draw_swatch(self.colour(activity.kind), x, baseline - 0.5)
        c.setFillColor(INK)
        c.setFont(FONT, LIST_FONT)
        c.drawString(x + 10, baseline, ellipsized(self.kind_label(activity.kind), FONT, LIST_FONT,
                                                  LIST_KIND_WIDTH - 14))
        c.setFillColor(OVERDUE if activity.overdue else MUTED if activity.state == "done" else INK)
        for line in lines:
            c.drawString(self.text_x, baseline, line)
            baseline -= LIST_LEADING
