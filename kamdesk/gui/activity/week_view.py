"""The week view: seven day columns of calls and visits, painted by hand.

One widget paints the whole week (no widget per block): the day headers with
the ISO week number, an all-day row, and the hours of the day, of which the
working hours fill the view and the rest is reached by scrolling. Blocks are
coloured by kind; overlapping ones stand side by side (`week_layout.lanes`,
the same rule as the printed week). Where everything goes is worked out in
`WeekLayout` when the activities, the week or the size change; painting only
draws what the layout says, so a repaint stays cheap at hundreds of blocks.

The view changes nothing itself: it tells its owner (the calendar page) what
the user asked for through signals: create here, open, move or resize,
cancel, complete, another week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QFontMetricsF, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QApplication, QMenu, QScrollBar, QToolTip, QWidget

from kamdesk.core.documents.week_layout import lanes
from kamdesk.core.services.activity import is_cancelled, is_done, is_open
from kamdesk.gui.activity.labels import kind_colour, kind_labels, state_labels

SNAP_MINUTES = 15
DAY_MINUTES = 24 * 60
MIN_BLOCK_MINUTES = 20  # a 5-minute call still gets room for a line
RESIZE_GRIP = 5  # px at a block's lower edge that resize instead of move
ALL_DAY_ROWS = 3  # all-day blocks shown per day before "+N more"
DONE_MARK, OVERDUE_MARK = "✓", "⚠"

INK = QColor("#222222")
MUTED = QColor("#6b6b6b")
GRID = QColor("#c8c8c8")
GRID_LIGHT = QColor("#e6e6e6")
OFF_HOURS = QColor("#f6f6f6")
WEEKEND = QColor("#f4f4f4")
TODAY = QColor("#e8f1fb")
TODAY_INK = QColor("#1f5fa8")
OVERDUE = QColor("#c0392b")
NOW_LINE = QColor("#e53935")
HEADER_BACKGROUND = QColor("#fafafa")


ELIDE_RIGHT = Qt.TextElideMode.ElideRight
PLAIN_TEXT = Qt.TextFormat.PlainText
_tints: dict[tuple[int, float], QColor] = {}


def tint(colour: QColor, share: float) -> QColor:
    """`colour` mixed into white: `share` of the colour (as the printed week does)."""
    key = (colour.rgb(), share)
    mixed = _tints.get(key)
    if mixed is None:
        mixed = _tints[key] = QColor.fromRgbF(
            *(1 - share + share * part for part in (colour.redF(), colour.greenF(), colour.blueF())))
    return mixed


def minutes_in_day(view) -> tuple[int, int]:
    """Start and end minute of a timed activity on its start day (an end past midnight is cut at 24:00)."""
    start = view.start.hour * 60 + view.start.minute
    if view.end.date() > view.start.date():
        return start, DAY_MINUTES
    return start, max(start, view.end.hour * 60 + view.end.minute)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    return int(round(minutes / step)) * step


def format_time(hour: int, minute: int = 0) -> str:
    locale = QLocale()
    return locale.toString(QTime(hour % 24, minute), locale.timeFormat(QLocale.FormatType.ShortFormat))


def date_patterns() -> dict[str, str]:
    """Qt date patterns by use; translators give each language its own order ("MMMM d., dddd" in Hungarian)."""
    translate = QApplication.translate
    return {
        "weekday": translate("DateFormats", "ddd"),
        "day_short": translate("DateFormats", "ddd d MMM"),
        "day_long": translate("DateFormats", "dddd d MMMM"),
        "day_full": translate("DateFormats", "dddd d MMMM yyyy"),
        "date_short": translate("DateFormats", "d MMM"),
        "date_short_year": translate("DateFormats", "d MMM yyyy"),
        "date_long": translate("DateFormats", "d MMMM"),
        "date_long_year": translate("DateFormats", "d MMMM yyyy"),
    }


def format_day(day: dt.date, use: str = "day_short") -> str:
    """`day` written for `use` (a key of date_patterns) in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_patterns()[use])


# ---------------------------------------------------------------- layout

@dataclass
class Block:
    """One activity's place: `rect` is in content coordinates (timed: y from the first hour shown)."""

    view: object  # ActivityView
    day: int
    rect: QRectF
    all_day: bool
    lines: list[tuple[str, bool, QColor]] = field(default_factory=list)  # (text, bold, colour), elided
    fill: QColor = field(default_factory=QColor)
    colour: QColor = field(default_factory=QColor)
    pen: QPen = field(default_factory=QPen)
    bar: QColor = field(default_factory=QColor)
    texts: list[tuple[QStaticText, bool, QColor, QPointF]] = field(default_factory=list)  # laid out once


@dataclass
class Fonts:
    """Pixel-sized fonts, so the same layout paints alike on the screen and on a scaled printer page."""

    normal: QFont
    bold: QFont
    small: QFont
    header: QFont

    @classmethod
    def from_font(cls, base: QFont, pixels: int) -> Fonts:
        def sized(size: int, bold: bool = False) -> QFont:
            font = QFont(base)
            font.setPixelSize(max(8, size))
            font.setBold(bold)
            return font

        return cls(normal=sized(pixels - 1), bold=sized(pixels - 1, True), small=sized(pixels - 2),
                   header=sized(pixels, True))


class WeekLayout:
    """Where the parts of one week go in a `width` × `height` area (the view's or a printed page's).

    `first_hour`..`last_hour` are the hours in the content; `visible_hours`
    are the ones the visible height is sized to (the working hours on
    screen: they fill the view, the rest is scrolled to).
    """

    def __init__(self, monday: dt.date, activities: Sequence, width: float, height: float, fonts: Fonts, *,
                 first_hour: int = 0, last_hour: int = 24, visible_hours: tuple[int, int] = (8, 18),
                 min_hour_height: float = 40.0, right_margin: float = 0.0, today: dt.date | None = None,
                 working_hours: tuple[int, int] | None = None, reuse: WeekLayout | None = None):
        self.monday, self.fonts, self.today = monday, fonts, today
        self.working_hours = working_hours
        self._kinds = kind_labels()
        locale = QLocale()
        self._time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        self._locale = locale
        self._times: dict[int, str] = {}
        self.width, self.height = width, height
        self.first_hour, self.last_hour = first_hour, last_hour
        self.days = [monday + dt.timedelta(days=n) for n in range(7)]
        normal = QFontMetricsF(fonts.normal)
        self.line_height = normal.height()
        self._metrics = (normal, QFontMetricsF(fonts.bold))
        small = QFontMetricsF(fonts.small)
        widest = max(small.horizontalAdvance(self.time_text(h * 60)) for h in range(24))
        self.gutter = max(48.0, widest + 14)
        self.header_height = QFontMetricsF(fonts.header).height() + 14
        self.column_width = max(20.0, (width - self.gutter - right_margin) / 7)
        self.right = self.gutter + 7 * self.column_width
        shown = [a for a in activities if not is_cancelled(a)]
        self.by_day: list[list] = [[] for _ in range(7)]
        for activity in shown:
            index = (activity.start.date() - monday).days
            if 0 <= index < 7:
                self.by_day[index].append(activity)
        rows = max((sum(1 for a in items if a.all_day) for items in self.by_day), default=0)
        self.all_day_row = self.line_height + 6
        self.all_day_rows = max(1, min(rows, ALL_DAY_ROWS))
        self.all_day_top = self.header_height
        self.all_day_height = self.all_day_row * self.all_day_rows + 4
        self.hours_top = self.all_day_top + self.all_day_height
        self.viewport_height = max(1.0, height - self.hours_top)
        first_visible, last_visible = visible_hours
        self.hour_height = max(min_hour_height, self.viewport_height / max(1, last_visible - first_visible))
        self.content_height = (last_hour - first_hour) * self.hour_height
        self.more: dict[int, int] = {}  # day -> all-day blocks not shown
        self.geometry_key = (monday, width, height, self.column_width, self.gutter, self.hour_height, first_hour,
                             last_hour, self.all_day_rows, self.line_height, self._time_format,
                             fonts.normal.key(), fonts.bold.key())
        self.day_blocks: list[list[Block]] = []
        for index in range(7):
            same = (reuse is not None and reuse.geometry_key == self.geometry_key
                    and reuse.by_day[index] == self.by_day[index])
            if same:  # after a drop only the days it touched are laid out again
                self.day_blocks.append(reuse.day_blocks[index])
                if index in reuse.more:
                    self.more[index] = reuse.more[index]
            else:
                self.day_blocks.append(self._place_day(index))
        self.blocks: list[Block] = [block for blocks in self.day_blocks for block in blocks]

    def time_text(self, minute: int) -> str:
        text = self._times.get(minute)
        if text is None:
            if minute >= DAY_MINUTES:
                text = "24:00" if "H" in self._time_format else self._locale.toString(QTime(0, 0), self._time_format)
            else:
                text = self._locale.toString(QTime(minute // 60, minute % 60), self._time_format)
            self._times[minute] = text
        return text

    # -- coordinates
    def column_x(self, index: int) -> float:
        return self.gutter + index * self.column_width

    def content_y(self, minute: float) -> float:
        """y of a minute of the day in content coordinates (0 at the first hour shown)."""
        return (minute - self.first_hour * 60) * self.hour_height / 60

    def minute_at(self, content_y: float) -> float:
        return self.first_hour * 60 + content_y * 60 / self.hour_height

    def day_at(self, x: float) -> int | None:
        if x < self.gutter or x >= self.right:
            return None
        return min(6, int((x - self.gutter) // self.column_width))

    # -- blocks
    def _place_day(self, index: int) -> list[Block]:
        items = self.by_day[index]
        blocks = []
        all_day = [a for a in items if a.all_day]
        timed = [a for a in items if not a.all_day]
        shown = all_day if len(all_day) <= ALL_DAY_ROWS else all_day[:ALL_DAY_ROWS - 1]
        if len(shown) < len(all_day):
            self.more[index] = len(all_day) - len(shown)
        x = self.column_x(index) + 2
        for row, activity in enumerate(shown):
            rect = QRectF(x, self.all_day_top + 2 + row * self.all_day_row, self.column_width - 4,
                          self.all_day_row - 2)
            blocks.append(self._block(activity, index, rect, True))
        spans = []
        for activity in timed:
            start, end = minutes_in_day(activity)
            spans.append((start, max(end, start + MIN_BLOCK_MINUTES)))
        for activity, (start, end), (lane, count) in zip(timed, spans, lanes(spans), strict=True):
            lane_width = (self.column_width - 4) / count
            left = self.column_x(index) + 2 + lane * lane_width
            top = self.content_y(max(start, self.first_hour * 60))
            bottom = self.content_y(min(end, self.last_hour * 60))
            if bottom <= top:
                continue  # outside the hours shown (printing only)
            rect = QRectF(left + 0.5, top + 1, lane_width - 1, bottom - top - 2)
            blocks.append(self._block(activity, index, rect, False))
        return blocks

    def _block(self, activity, day: int, rect: QRectF, all_day: bool) -> Block:
        colour = kind_colour(activity.kind)
        done = is_done(activity)
        block = Block(activity, day, rect, all_day, colour=colour, fill=tint(colour, 0.14 if done else 0.28),
                      bar=tint(colour, 0.5) if done else colour)
        block.pen = (QPen(OVERDUE, 2, Qt.PenStyle.DashLine) if activity.overdue else QPen(tint(colour, 0.7), 1))
        block.lines = self.block_lines(activity, rect, all_day)
        y = rect.top() + 1 + (self.line_height - self._metrics[0].height()) / 2
        for text, bold, ink in block.lines:
            static = QStaticText(text)
            static.setTextFormat(PLAIN_TEXT)
            block.texts.append((static, bold, ink, QPointF(rect.left() + 7, y)))
            y += self.line_height
        return block

    def block_lines(self, activity, rect: QRectF, all_day: bool) -> list[tuple[str, bool, QColor]]:
        """The block's text lines, elided to its width and as many as its height holds."""
        done = is_done(activity)
        mark = f"{DONE_MARK} " if done else f"{OVERDUE_MARK} " if activity.overdue else ""
        who = activity.client_name or self._kinds.get(activity.kind, activity.kind)
        ink = MUTED if done else INK
        width = rect.width() - 9
        capacity = max(1, int((rect.height() - 2) // self.line_height))
        lines: list[tuple[str, bool, QColor]] = []
        if all_day:
            text = f"{mark}{who}" + (f" · {activity.subject}" if activity.subject else "")
            lines = [(text, True, ink)]
        else:
            start, end = minutes_in_day(activity)
            time = f"{self.time_text(start)}–{self.time_text(end)}"
            if capacity >= 2:
                normal = self._metrics[0]
                for candidate in (f"{mark}{time}", f"{mark}{self.time_text(start)}", self.time_text(start)):
                    if normal.horizontalAdvance(candidate) <= width:
                        time = candidate
                        break
                else:
                    time = self.time_text(start)
                lines.append((time, False, OVERDUE if activity.overdue else MUTED))
                lines.append((who, True, ink))
                if activity.subject:
                    lines.append((activity.subject, False, ink))
                if activity.location:
                    lines.append((activity.location, False, MUTED))
            else:
                text = f"{mark}{self.time_text(start)} {who}"
                lines.append((text + (f" · {activity.subject}" if activity.subject else ""), True, ink))
        fonts = self._metrics
        return [(fonts[bold].elidedText(text, ELIDE_RIGHT, max(0.0, width)), bold, colour)
                for text, bold, colour in lines[:capacity]]


# ---------------------------------------------------------------- painting (screen and paper)

@dataclass
class PaintState:
    scroll: float = 0.0
    selected: int | None = None
    focused: bool = False
    now: dt.datetime | None = None  # the current-time line, when in the week
    ghost: tuple[int, QRectF, str] | None = None  # (activity id, content rect, label) while dragging
    clip: QRectF | None = None  # only what intersects this needs painting


def paint_week(painter: QPainter, layout: WeekLayout, state: PaintState, *, printing: bool = False) -> None:
    """Draw the week: grid, blocks, the now line, the drag ghost, then the fixed header and all-day row."""
    fonts = layout.fonts
    height = layout.height
    painter.save()
    painter.fillRect(QRectF(0, 0, layout.width, height), QColor("white"))
    # -- the hours (scrolled)
    hours_rect = QRectF(0, layout.hours_top, layout.width, height - layout.hours_top)
    painter.save()
    painter.setClipRect(hours_rect)
    painter.translate(0, layout.hours_top - state.scroll)
    visible = QRectF(0, state.scroll, layout.width, layout.viewport_height)
    if state.clip is not None:
        visible = visible.intersected(state.clip.translated(0, state.scroll - layout.hours_top))
    _paint_hour_grid(painter, layout, visible)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for block in layout.blocks:
        if not block.all_day and block.rect.intersects(visible):
            _paint_block(painter, layout, block, block.view.id == state.selected, state.focused,
                         dimmed=state.ghost is not None and state.ghost[0] == block.view.id)
    if state.ghost is not None and not _ghost_all_day(layout, state.ghost[0]):
        _paint_ghost(painter, layout, state.ghost)
    if state.now is not None:
        _paint_now_line(painter, layout, state.now)
    painter.restore()
    # -- hour labels (scrolled with the grid, but in the gutter)
    painter.save()
    painter.setClipRect(QRectF(0, layout.hours_top, layout.gutter, height - layout.hours_top))
    painter.translate(0, layout.hours_top - state.scroll)
    painter.setFont(fonts.small)
    painter.setPen(MUTED)
    small = QFontMetricsF(fonts.small)
    for hour in range(layout.first_hour, layout.last_hour):
        y = layout.content_y(hour * 60)
        if y + small.height() < visible.top() - 2 or y > visible.bottom() + 2:
            continue
        painter.drawText(QRectF(0, y + 1, layout.gutter - 8, small.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, format_time(hour))
    painter.restore()
    # -- header and all-day row (fixed)
    _paint_header(painter, layout, state, printing)
    painter.restore()


def _ghost_all_day(layout: WeekLayout, activity_id: int) -> bool:
    return any(b.all_day for b in layout.blocks if b.view.id == activity_id)


def _paint_hour_grid(painter: QPainter, layout: WeekLayout, visible: QRectF) -> None:
    top, bottom = visible.top(), visible.bottom()
    for index, day in enumerate(layout.days):
        x = layout.column_x(index)
        if day == layout.today:
            painter.fillRect(QRectF(x, top, layout.column_width, bottom - top), TODAY)
        elif day.weekday() >= 5:
            painter.fillRect(QRectF(x, top, layout.column_width, bottom - top), WEEKEND)
    working = layout.working_hours
    if working:
        for start, end in ((layout.first_hour, working[0]), (working[1], layout.last_hour)):
            if end > start:
                shade = QRectF(layout.gutter, layout.content_y(start * 60), layout.right - layout.gutter,
                               layout.content_y(end * 60) - layout.content_y(start * 60))
                painter.fillRect(shade.intersected(visible), QColor(0, 0, 0, 10))
    hour_pen = QPen(GRID, 0)
    half_pen = QPen(GRID_LIGHT, 0, Qt.PenStyle.DotLine)
    for hour in range(layout.first_hour, layout.last_hour + 1):
        y = layout.content_y(hour * 60)
        if top - 1 <= y <= bottom + 1:
            painter.setPen(hour_pen)
            painter.drawLine(QPointF(layout.gutter - 4, y), QPointF(layout.right, y))
        half = layout.content_y(hour * 60 + 30)
        if hour < layout.last_hour and top - 1 <= half <= bottom + 1:
            painter.setPen(half_pen)
            painter.drawLine(QPointF(layout.gutter, half), QPointF(layout.right, half))
    painter.setPen(hour_pen)
    for index in range(8):
        x = layout.column_x(index)
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def _paint_block(painter: QPainter, layout: WeekLayout, block: Block, selected: bool, focused: bool,
                 dimmed: bool = False) -> None:
    view, rect = block.view, block.rect
    fill = tint(block.colour, 0.5) if selected else block.fill
    if dimmed:
        fill = tint(block.colour, 0.08)
    painter.setBrush(fill)
    if selected:
        pen = (QPen(OVERDUE, 2.5, Qt.PenStyle.DashLine) if view.overdue else QPen(block.colour.darker(160), 2))
    else:
        pen = block.pen
    painter.setPen(pen)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.fillRect(QRectF(rect.left() + 1, rect.top() + 1, 4, rect.height() - 2), block.bar)
    if selected and focused:
        painter.setPen(QPen(INK, 1, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(2.5, 2.5, -2.5, -2.5), 2, 2)
    fonts = (layout.fonts.normal, layout.fonts.bold)
    for static, bold, colour, at in block.texts:  # elided to the block's width when laid out
        painter.setFont(fonts[bold])
        painter.setPen(colour)
        painter.drawStaticText(at, static)


def _paint_ghost(painter: QPainter, layout: WeekLayout, ghost: tuple[int, QRectF, str]) -> None:
    _, rect, label = ghost
    block = next((b for b in layout.blocks if b.view.id == ghost[0]), None)
    colour = block.colour if block else INK
    painter.setBrush(tint(colour, 0.45))
    painter.setPen(QPen(colour.darker(150), 2, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setFont(layout.fonts.bold)
    painter.setPen(INK)
    painter.drawText(rect.adjusted(6, 1, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)


def _paint_now_line(painter: QPainter, layout: WeekLayout, now: dt.datetime) -> None:
    index = (now.date() - layout.monday).days
    if not 0 <= index < 7:
        return
    y = layout.content_y(now.hour * 60 + now.minute)
    painter.setPen(QPen(NOW_LINE, 1.5))
    painter.drawLine(QPointF(layout.gutter, y), QPointF(layout.right, y))
    painter.setPen(QPen(NOW_LINE, 2.5))
    x = layout.column_x(index)
    painter.drawLine(QPointF(x, y), QPointF(x + layout.column_width, y))
    painter.setBrush(NOW_LINE)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(x, y), 4.5, 4.5)


def _paint_header(painter: QPainter, layout: WeekLayout, state: PaintState, printing: bool) -> None:
    fonts = layout.fonts
    header = QRectF(0, 0, layout.width, layout.hours_top)
    painter.fillRect(header, HEADER_BACKGROUND)
    for index, day in enumerate(layout.days):
        x = layout.column_x(index)
        column = QRectF(x, 0, layout.column_width, layout.hours_top)
        if day == layout.today:
            painter.fillRect(column, TODAY)
        elif day.weekday() >= 5:
            painter.fillRect(column, WEEKEND)
        text_rect = QRectF(x + 2, 0, layout.column_width - 4, layout.header_height)
        painter.setFont(fonts.header)
        painter.setPen(TODAY_INK if day == layout.today else INK)
        text = QFontMetricsF(fonts.header).elidedText(format_day(day), Qt.TextElideMode.ElideRight,
                                                       text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, text)
        if day == layout.today:
            painter.fillRect(QRectF(x + 1, layout.header_height - 3, layout.column_width - 2, 3), TODAY_INK)
    # the week number in the corner, "All day" beside the all-day row
    painter.setFont(fonts.bold)
    painter.setPen(TODAY_INK)
    week_number = layout.monday.isocalendar()[1]
    painter.drawText(QRectF(0, 0, layout.gutter, layout.header_height), Qt.AlignmentFlag.AlignCenter,
                     QApplication.translate("WeekView", "W%1").replace("%1", str(week_number)))
    painter.setFont(fonts.small)
    painter.setPen(MUTED)
    painter.drawText(QRectF(2, layout.all_day_top, layout.gutter - 8, layout.all_day_height),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                     QApplication.translate("WeekView", "All day"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for block in layout.blocks:
        if block.all_day:
            _paint_block(painter, layout, block, block.view.id == state.selected, state.focused,
                         dimmed=state.ghost is not None and state.ghost[0] == block.view.id)
    if state.ghost is not None and _ghost_all_day(layout, state.ghost[0]):
        _paint_ghost(painter, layout, state.ghost)
    painter.setFont(fonts.small)
    painter.setPen(MUTED)
    for index, count in layout.more.items():
        x = layout.column_x(index)
        rect = QRectF(x + 8, layout.all_day_top + 2 + (ALL_DAY_ROWS - 1) * layout.all_day_row,
                      layout.column_width - 12, layout.all_day_row - 2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QApplication.translate("WeekView", "+%1 more").replace("%1", str(count)))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(GRID, 0))
    for index in range(8):
        x = layout.column_x(index)
        painter.drawLine(QPointF(x, 0), QPointF(x, layout.hours_top))
    painter.drawLine(QPointF(layout.gutter, layout.all_day_top), QPointF(layout.right, layout.all_day_top))
    painter.setPen(QPen(MUTED, 1))
    painter.drawLine(QPointF(0, layout.hours_top - 0.5), QPointF(layout.right, layout.hours_top - 0.5))


# ---------------------------------------------------------------- the widget

@dataclass
class _Drag:
    block: Block
    mode: str  # "move" or "resize"
    press: QPoint
    grab_minutes: float  # where in the block the mouse took it
    active: bool = False
    day: int = 0
    start: int = 0  # minute of the day (all-day: 0)
    duration: int = 0


class WeekView(QWidget):
    """The week, painted; selection, drag and drop and the keyboard, reported through signals."""

    create_requested = Signal(object, bool)  # aware local start (snapped to 15 min), all-day
    open_requested = Signal(int)
    move_requested = Signal(int, object, int)  # id, aware local new start, duration in minutes
    cancel_requested = Signal(int)
    complete_requested = Signal(int)
    week_change_requested = Signal(int)  # -1 previous, +1 next
    today_requested = Signal()
    selection_changed = Signal(int)  # 0: nothing selected

    def __init__(self, parent: QWidget | None = None, zone: ZoneInfo | None = None):
        super().__init__(parent)
        self.setObjectName("week_view")
        self.setAccessibleName(self.tr("Week calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(520, 320)
        self._zone = zone or ZoneInfo("Europe/Budapest")
        self._now: Callable[[], dt.datetime] = lambda: dt.datetime.now(self._zone)
        self._monday = self._today() - dt.timedelta(days=self._today().weekday())
        self._activities: list = []
        self._working_hours = (8, 18)
        self._selected: int | None = None
        self._drag: _Drag | None = None
        self._pending_top: float | None = self._working_hours[0] * 60  # minute to show at the top
        self._reuse_days = False  # lay out again only the days whose activities changed
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.setObjectName("week_scroll")
        self.scroll_bar.valueChanged.connect(lambda _value: self.update())
        self.week_layout: WeekLayout | None = None
        self._relayout()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(40)
        self._autoscroll.timeout.connect(self._autoscroll_step)

    # ------------------------------------------------------------ public API
    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone
        self._relayout()

    def set_now_function(self, now: Callable[[], dt.datetime]) -> None:
        """Where "now" comes from (tests and screenshots fix it); aware datetimes."""
        self._now = now
        self._relayout()

    def set_working_hours(self, start: int, end: int) -> None:
        self._working_hours = (start, end)
        self._pending_top = start * 60
        self._relayout()

    def working_hours(self) -> tuple[int, int]:
        return self._working_hours

    def monday(self) -> dt.date:
        return self._monday

    def set_week(self, monday: dt.date) -> None:
        monday = monday - dt.timedelta(days=monday.weekday())
        if monday != self._monday:
            self._monday = monday
            self._activities = []
            self._relayout()

    def set_activities(self, activities: Sequence) -> None:
        """Show these activities (ActivityViews of the week; cancelled ones are left out)."""
        self._activities = [a for a in activities if not is_cancelled(a)]
        if self._selected is not None and all(a.id != self._selected for a in self._activities):
            self._selected = None
            self.selection_changed.emit(0)
        self._drag = None
        self._autoscroll.stop()
        self._relayout()

    def activities(self) -> list:
        return list(self._activities)

    def forget_layout(self) -> None:
        """Lay every day out afresh next time (benchmarks measure the full layout with it)."""
        self._reuse_days = False

    def selected_id(self) -> int | None:
        return self._selected

    def selected_activity(self):
        return next((a for a in self._activities if a.id == self._selected), None)

    def select(self, activity_id: int | None) -> None:
        """Select an activity of the week (None: nothing) and scroll it into view."""
        if activity_id is not None and all(a.id != activity_id for a in self._activities):
            activity_id = None
        changed = activity_id != self._selected
        self._selected = activity_id
        if activity_id is not None:
            self.ensure_visible(activity_id)
        self._update_accessible_description()
        self.update()
        if changed:
            self.selection_changed.emit(activity_id or 0)

    def ensure_visible(self, activity_id: int) -> None:
        block = self._block_of(activity_id)
        if block is None or block.all_day or self.week_layout is None:
            return
        top, bottom = block.rect.top(), block.rect.bottom()
        value = self.scroll_bar.value()
        page = self.week_layout.viewport_height
        if top < value:
            self.scroll_bar.setValue(int(top) - 4)
        elif bottom > value + page:
            self.scroll_bar.setValue(int(min(top - 4, bottom - page + 4)))

    def scroll_to_hour(self, hour: float) -> None:
        if self.week_layout is not None:
            self.scroll_bar.setValue(int(round(self.week_layout.content_y(hour * 60))))

    def top_hour(self) -> float:
        """The time at the top of the visible hours (in hours)."""
        return self.week_layout.minute_at(self.scroll_bar.value()) / 60 if self.week_layout else 0.0

    def block_rect(self, activity_id: int) -> QRectF | None:
        """Where the activity's block is in widget coordinates now (None when not shown)."""
        block = self._block_of(activity_id)
        if block is None:
            return None
        return block.rect if block.all_day else block.rect.translated(0, self._content_offset())

    def point_at(self, day: dt.date | int, hour: int, minute: int = 0) -> QPoint:
        """The widget point of a day's time (scrolled as shown), for tests and tools."""
        index = day if isinstance(day, int) else (day - self._monday).days
        layout = self.week_layout
        x = layout.column_x(index) + layout.column_width / 2
        y = layout.content_y(hour * 60 + minute) + self._content_offset()
        return QPoint(int(x), int(round(y)))

    def all_day_point(self, day: dt.date | int) -> QPoint:
        index = day if isinstance(day, int) else (day - self._monday).days
        layout = self.week_layout
        return QPoint(int(layout.column_x(index) + layout.column_width / 2),
                      int(layout.all_day_top + layout.all_day_height - 3))

    def render_week(self, painter: QPainter, target: QRectF, title: str = "") -> None:
        """Draw the week as the screen shows it into `target` (a printed page): the whole working day
        (stretched to take in every activity) without scrolling, under a title line."""
        logical_width = 1400.0
        scale = target.width() / logical_width
        logical_height = target.height() / scale
        fonts = self._fonts()
        title_height = 0.0
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        if title:
            title_font = QFont(fonts.header)
            title_font.setPixelSize(int(fonts.header.pixelSize() * 1.4))
            title_height = QFontMetricsF(title_font).height() + 12
            painter.setFont(title_font)
            painter.setPen(INK)
            painter.drawText(QRectF(0, 0, logical_width, title_height - 8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            painter.setPen(QPen(INK, 1))
            painter.drawLine(QPointF(0, title_height - 5), QPointF(logical_width, title_height - 5))
        first, last = self._print_hours()
        painter.translate(0, title_height)
        layout = WeekLayout(self._monday, self._activities, logical_width, logical_height - title_height, fonts,
                            first_hour=first, last_hour=last, visible_hours=(first, last), min_hour_height=0,
                            working_hours=self._working_hours, today=self._today())
        paint_week(painter, layout, PaintState(scroll=0.0), printing=True)
        painter.setPen(QPen(GRID, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, 0, layout.right, layout.hours_top + layout.content_height))
        painter.restore()

    # ------------------------------------------------------------ layout
    def _today(self) -> dt.date:
        return self._now().astimezone(self._zone).date()

    def _fonts(self) -> Fonts:
        from PySide6.QtGui import QFontInfo

        return Fonts.from_font(self.font(), QFontInfo(self.font()).pixelSize() or 13)

    def _print_hours(self) -> tuple[int, int]:
        first, last = self._working_hours
        for activity in self._activities:
            if activity.all_day or not 0 <= (activity.start.date() - self._monday).days < 7:
                continue
            start, end = minutes_in_day(activity)
            first = min(first, start // 60)
            last = max(last, -(-end // 60))
        return first, min(max(last, first + 1), 24)

    def _relayout(self) -> None:
        """Work out where everything goes (on data, week, size and font changes; never while painting)."""
        old = self.week_layout
        top_minute = self._pending_top
        if top_minute is None and old is not None:
            top_minute = old.minute_at(self.scroll_bar.value())
        self._pending_top = None
        width = self.width() - self.scroll_bar.sizeHint().width()
        fonts = self._fonts()
        layout = WeekLayout(self._monday, self._activities, width, self.height(), fonts,
                            visible_hours=self._working_hours, min_hour_height=max(36.0, fonts_line(fonts) * 2.6),
                            working_hours=self._working_hours, today=self._today(),
                            reuse=old if self._reuse_days else None)
        self._reuse_days = True
        self.week_layout = layout
        bar = self.scroll_bar
        bar.setGeometry(self.width() - bar.sizeHint().width(), int(layout.hours_top), bar.sizeHint().width(),
                        max(0, self.height() - int(layout.hours_top)))
        bar.blockSignals(True)
        bar.setRange(0, max(0, int(layout.content_height - layout.viewport_height)))
        bar.setPageStep(int(layout.viewport_height))
        bar.setSingleStep(max(1, int(layout.hour_height / 4)))
        bar.setValue(int(round(layout.content_y(top_minute if top_minute is not None else 0))))
        bar.blockSignals(False)
        self._update_accessible_description()
        self.update()

    def _content_offset(self) -> float:
        """Add to a content y to get a widget y."""
        return self.week_layout.hours_top - self.scroll_bar.value()

    def _block_of(self, activity_id: int | None) -> Block | None:
        if activity_id is None or self.week_layout is None:
            return None
        return next((b for b in self.week_layout.blocks if b.view.id == activity_id), None)

    def _block_at(self, pos: QPointF) -> Block | None:
        layout = self.week_layout
        if pos.y() < layout.hours_top:
            candidates = [b for b in layout.blocks if b.all_day]
            point = pos
        else:
            candidates = [b for b in layout.blocks if not b.all_day]
            point = QPointF(pos.x(), pos.y() - self._content_offset())
        for block in reversed(candidates):
            if block.rect.contains(point):
                return block
        return None

    def _on_resize_grip(self, block: Block, pos: QPointF) -> bool:
        if block.all_day or not is_open(block.view):
            return False
        bottom = block.rect.bottom() + self._content_offset()
        return bottom - RESIZE_GRIP <= pos.y() <= bottom + 1

    def _moment(self, day: int, minute: int) -> dt.datetime:
        date = self._monday + dt.timedelta(days=day)
        minute = max(0, min(DAY_MINUTES - SNAP_MINUTES, minute))
        return dt.datetime.combine(date, dt.time(minute // 60, minute % 60), self._zone)

    def _update_accessible_description(self) -> None:
        activity = self.selected_activity()
        if activity is None:
            self.setAccessibleDescription(self.tr("Week %1, %2 activities").replace(
                "%1", str(self._monday.isocalendar()[1])).replace("%2", str(len(self._activities))))
        else:
            self.setAccessibleDescription(describe(activity))

    # ------------------------------------------------------------ events
    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange, QEvent.Type.LanguageChange):
            self._relayout()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:
        layout = self.week_layout
        now = self._now().astimezone(self._zone)
        ghost = None
        if self._drag is not None and self._drag.active:
            ghost = self._ghost(self._drag)
        state = PaintState(scroll=self.scroll_bar.value(), selected=self._selected, focused=self.hasFocus(),
                           now=now if layout.monday <= now.date() < layout.monday + dt.timedelta(days=7) else None,
                           ghost=ghost, clip=QRectF(event.rect()))
        painter = QPainter(self)
        if layout.width < self.width():  # above the scroll bar
            painter.fillRect(QRectF(layout.width, 0, self.width() - layout.width, layout.hours_top), HEADER_BACKGROUND)
        paint_week(painter, layout, state)
        painter.end()

    def _tick(self) -> None:
        if self.week_layout is not None and self.week_layout.today != self._today():
            self._relayout()  # midnight: today's column moves
        else:
            self.update()

    def wheelEvent(self, event) -> None:
        delta = event.pixelDelta().y() or event.angleDelta().y() / 120 * self.week_layout.hour_height
        self.scroll_bar.setValue(int(self.scroll_bar.value() - delta))
        event.accept()

    # -- mouse
    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        block = self._block_at(pos)
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            self.select(block.view.id)
            mode = "resize" if self._on_resize_grip(block, pos) else "move"
            grab = 0.0 if block.all_day else (self.week_layout.minute_at(pos.y() - self._content_offset())
                                               - minutes_in_day(block.view)[0])
            start, _end = (0, 0) if block.all_day else minutes_in_day(block.view)
            self._drag = _Drag(block, mode, event.position().toPoint(), grab, day=block.day, start=start,
                               duration=block.view.duration_minutes)
        elif block is None and event.button() == Qt.MouseButton.LeftButton:
            self.select(None)
        elif block is not None:
            self.select(block.view.id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._update_cursor(pos)
            return
        if not drag.active:
            if (event.position().toPoint() - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            if not is_open(drag.block.view):
                self.setCursor(Qt.CursorShape.ForbiddenCursor)
                return
            drag.active = True
            self.setCursor(Qt.CursorShape.SizeVerCursor if drag.mode == "resize" else Qt.CursorShape.ClosedHandCursor)
        self._drag_to(pos)
        layout = self.week_layout
        if pos.y() < layout.hours_top + 12 or pos.y() > self.height() - 12:
            if not self._autoscroll.isActive() and not drag.block.all_day:
                self._autoscroll.start()
        else:
            self._autoscroll.stop()

    def _drag_to(self, pos: QPointF) -> None:
        drag, layout = self._drag, self.week_layout
        day = layout.day_at(min(max(pos.x(), layout.gutter), layout.right - 1))
        if drag.mode == "resize":
            start = minutes_in_day(drag.block.view)[0]
            end = snap(layout.minute_at(pos.y() - self._content_offset()))
            drag.duration = max(SNAP_MINUTES, min(DAY_MINUTES - start, end - start))
        else:
            drag.day = day if day is not None else drag.day
            if not drag.block.all_day:
                minute = snap(layout.minute_at(pos.y() - self._content_offset()) - drag.grab_minutes)
                drag.start = max(0, min(DAY_MINUTES - SNAP_MINUTES, minute))
        self.update()

    def _autoscroll_step(self) -> None:
        if self._drag is None or not self._drag.active:
            self._autoscroll.stop()
            return
        pos = QPointF(self.mapFromGlobal(QCursor.pos()))
        step = max(4, int(self.week_layout.hour_height / 6))
        if pos.y() < self.week_layout.hours_top + 12:
            self.scroll_bar.setValue(self.scroll_bar.value() - step)
        elif pos.y() > self.height() - 12:
            self.scroll_bar.setValue(self.scroll_bar.value() + step)
        else:
            self._autoscroll.stop()
            return
        self._drag_to(pos)

    def mouseReleaseEvent(self, event) -> None:
        drag, self._drag = self._drag, None
        self._autoscroll.stop()
        self._update_cursor(event.position())
        if drag is None or not drag.active or event.button() != Qt.MouseButton.LeftButton:
            self.update()
            return
        self.update()
        view = drag.block.view
        if drag.block.all_day:
            if drag.day != drag.block.day:
                start = dt.datetime.combine(self._monday + dt.timedelta(days=drag.day), dt.time(), self._zone)
                self.move_requested.emit(view.id, start, view.duration_minutes)
            return
        original_start = minutes_in_day(view)[0]
        if drag.mode == "resize":
            if drag.duration != view.duration_minutes:
                self.move_requested.emit(view.id, view.start, drag.duration)
        elif drag.day != drag.block.day or drag.start != original_start:
            self.move_requested.emit(view.id, self._moment(drag.day, drag.start), view.duration_minutes)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        self._drag = None
        block = self._block_at(pos)
        if block is not None:
            self.select(block.view.id)
            self.open_requested.emit(block.view.id)
            return
        layout = self.week_layout
        day = layout.day_at(pos.x())
        if day is None or pos.y() < layout.all_day_top:
            return
        if pos.y() < layout.hours_top:
            start = dt.datetime.combine(self._monday + dt.timedelta(days=day), dt.time(), self._zone)
            self.create_requested.emit(start, True)
        else:
            minute = int(layout.minute_at(pos.y() - self._content_offset())) // SNAP_MINUTES * SNAP_MINUTES
            self.create_requested.emit(self._moment(day, minute), False)

    def _update_cursor(self, pos: QPointF) -> None:
        block = self._block_at(pos) if self.week_layout is not None else None
        if block is not None and self._on_resize_grip(block, pos):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif block is not None and is_open(block.view):
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    def _ghost(self, drag: _Drag) -> tuple[int, QRectF, str]:
        layout = self.week_layout
        view = drag.block.view
        if drag.block.all_day:
            rect = QRectF(drag.block.rect)
            rect.moveLeft(layout.column_x(drag.day) + 2)
            return view.id, rect, format_day(layout.days[drag.day])
        start = drag.start if drag.mode == "move" else minutes_in_day(view)[0]
        day = drag.day if drag.mode == "move" else drag.block.day
        end = min(DAY_MINUTES, start + max(drag.duration, MIN_BLOCK_MINUTES))
        top, bottom = layout.content_y(start), layout.content_y(end)
        rect = QRectF(layout.column_x(day) + 2, top + 1, layout.column_width - 4, max(8.0, bottom - top - 2))
        finish = start + drag.duration
        label = f"{format_time(start // 60, start % 60)}–{format_time((finish // 60) % 24, finish % 60)}"
        if drag.mode == "move" and day != drag.block.day:
            label = f"{format_day(layout.days[day], 'weekday')} {label}"
        return view.id, rect, label

    def contextMenuEvent(self, event) -> None:
        block = self._block_at(QPointF(event.pos()))
        menu = QMenu(self)
        if block is not None:
            self.select(block.view.id)
            activity_id = block.view.id
            menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(activity_id))
            planned = is_open(block.view)
            complete = menu.addAction(self.tr("Complete…"), lambda: self.complete_requested.emit(activity_id))
            complete.setEnabled(planned)
            cancel = menu.addAction(self.tr("Cancel activity…"), lambda: self.cancel_requested.emit(activity_id))
            cancel.setEnabled(planned)
        else:
            layout = self.week_layout
            day = layout.day_at(event.pos().x())
            if day is None or event.pos().y() < layout.all_day_top:
                return
            if event.pos().y() < layout.hours_top:
                start, all_day = dt.datetime.combine(layout.days[day], dt.time(), self._zone), True
            else:
                minute = int(layout.minute_at(event.pos().y() - self._content_offset())) // 30 * 30
                start, all_day = self._moment(day, minute), False
            action = QAction(self.tr("New activity here…"), menu)
            action.triggered.connect(lambda: self.create_requested.emit(start, all_day))
            menu.addAction(action)
        menu.exec(event.globalPos())

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self._block_at(QPointF(event.pos()))
            if block is not None:
                QToolTip.showText(event.globalPos(), describe(block.view, rich=True), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- keyboard
    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                 | Qt.KeyboardModifier.MetaModifier)
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self._autoscroll.stop()
            self.update()
        elif key == Qt.Key.Key_PageUp and plain:
            self.week_change_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown and plain:
            self.week_change_requested.emit(1)
        elif key == Qt.Key.Key_T and plain:
            self.today_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            self._arrow(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self._selected is not None:
                self.open_requested.emit(self._selected)
        elif key == Qt.Key.Key_Delete and plain:
            if self._selected is not None:
                self.cancel_requested.emit(self._selected)
        elif key == Qt.Key.Key_Home and plain:
            self.scroll_to_hour(self._working_hours[0])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _day_order(self, index: int) -> list:
        """The day's activities in time order (all-day first), as the arrows walk them."""
        return sorted((a for a in self._activities if (a.start.date() - self._monday).days == index),
                      key=lambda a: (not a.all_day, a.start, a.id))

    def _arrow(self, key) -> None:
        days = [self._day_order(index) for index in range(7)]
        current = self.selected_activity()
        if current is None:
            today = (self._today() - self._monday).days
            order = list(range(today, 7)) + list(range(0, today)) if 0 <= today < 7 else list(range(7))
            first = next((days[i][0] for i in order if days[i]), None)
            if first is not None:
                self.select(first.id)
            return
        index = (current.start.date() - self._monday).days
        items = days[index]
        position = next(n for n, a in enumerate(items) if a.id == current.id)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            position += -1 if key == Qt.Key.Key_Up else 1
            if 0 <= position < len(items):
                self.select(items[position].id)
            return
        step = -1 if key == Qt.Key.Key_Left else 1
        other = index + step
        while 0 <= other < 7 and not days[other]:
            other += step
        if not 0 <= other < 7:
            return
        moment = -1 if current.all_day else current.start.hour * 60 + current.start.minute
        nearest = min(days[other], key=lambda a: abs((-1 if a.all_day else a.start.hour * 60 + a.start.minute)
                                                         - moment))
        self.select(nearest.id)


def fonts_line(fonts: Fonts) -> float:
    return QFontMetricsF(fonts.normal).height()


def describe_when(activity, day_format: str = "day_long") -> str:
    """ "Wednesday 2 December, 10:00–10:30" (or "…, all day"); the day in `format_day`'s `day_format`."""
    day = format_day(activity.start.date(), day_format)
    if activity.all_day:
        return f"{day}, " + QApplication.translate("WeekView", "all day")
    start, end = minutes_in_day(activity)
    end_text = "24:00" if end >= DAY_MINUTES else format_time(end // 60, end % 60)
    return f"{day}, {format_time(start // 60, start % 60)}–{end_text}"


def describe(activity, rich: bool = False) -> str:
    """One activity in words (tooltip, accessible description)."""
    kinds, states = kind_labels(), state_labels()
    when = describe_when(activity)
    state = states.get(activity.state, activity.state)
    if activity.overdue:
        state = QApplication.translate("WeekView", "Overdue")
    parts = [kinds.get(activity.kind, activity.kind), activity.client_name, activity.subject, when,
             activity.contact_name, activity.location, activity.owner_name, state]
    if not rich:
        return " · ".join(p for p in parts if p)
    from html import escape

    title = " — ".join(escape(p) for p in (kinds.get(activity.kind, activity.kind), activity.client_name) if p)
    rows = [f"<b>{title}</b>"]
    rows += [escape(p) for p in (activity.subject, when, activity.contact_name, activity.location,
                                 activity.owner_name) if p]
    colour = OVERDUE.name() if activity.overdue else MUTED.name()
    rows.append(f"<span style='color:{colour}'>{escape(state)}</span>")
    if activity.outcome:
        rows.append(f"<i>{escape(activity.outcome)}</i>")
    return "<br>".join(rows)
