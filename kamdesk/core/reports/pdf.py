"""Any report (`ReportDocument`) as a PDF: title, what it covers, when it was made, then each table with its
header repeated on every page it runs over, its totals row and its note; "Page X of Y" at the foot.

The pages are A4, turned to landscape when a table's columns would not fit upright. Text is the bundled
DejaVu Sans, embedded as a subset (`pdf_common`), so accented and Cyrillic names print anywhere.

A report table may have tens of thousands of rows, and reportlab's `Table` re-measures the rest of the
table at every page break. So, as the statement does (both use `pdf_rows`), a table is one
flowable of its own: every cell is measured once (character widths cached), a page break is a bisection
of the rows' running heights, and a slice is drawn as plain strings with one text object.
Text columns take the room the figures leave and wrap there; figures never wrap (right-aligned), and when
even they do not fit the type is set smaller.
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

from kamdesk.core.documents import pdf_common
from kamdesk.core.documents.files import write_atomically
from kamdesk.core.documents.pdf_common import BOLD, FONT, INK, MUTED
from kamdesk.core.documents.pdf_rows import SIZE, MeasuredRows, rows_flowable
from kamdesk.core.reports.cells import cell_text, generated_line, has_totals, texts, totals_row
from kamdesk.core.reports.model import ReportDocument, Table

LEADING, PAD = 10.0, 3.0  # points: line, cell padding on each side (the type: SIZE, 8)
HEAD_PAD = 3.5  # points above and below the header's text
MOST_LINES = 6  # of one cell
SIDE_MM, BOTTOM_MM = 14, 16
TEXT_MIN, TEXT_COMFORT = 60.0, 130.0  # points: the narrowest a text column gets; what it needs to read well
SMALLEST = 0.6  # the type is never set smaller than this share of SIZE
WRAPPED = ("text",)  # the kinds that wrap; the others are figures and dates, right- or left-aligned whole
RIGHT = ("money", "count", "percent", "number")


def write_report_pdf(path: str | Path, document: ReportDocument) -> None:
    """Write the report as a PDF; the file appears complete or not at all."""
    write_atomically(Path(path), report_pdf_bytes(document))


def report_pdf_bytes(document: ReportDocument) -> bytes:
    """The report's PDF in memory."""
    from reportlab.lib.pagesizes import A4

    pdf_common.register_fonts()
    t = texts(document.language)
    grids = [_grid(table, document) for table in document.tables]
    landscape = any(_Layout.wanted(heads, rows, kinds) > _frame_width(A4[0]) for heads, rows, kinds in grids)
    width = _frame_width(A4[1] if landscape else A4[0])
    story = _heading(document)
    for table, (heads, rows, kinds) in zip(document.tables, grids, strict=True):
        story += _table(table, _Layout(heads, rows, kinds, width), t)
    footer = " · ".join(text for text in (document.company, document.title) if text)[:100]
    return pdf_common.a4_pdf(story, footer=footer, page=t["page"], title=f"{document.title} — {document.subtitle}",
                             author=document.company, side_mm=SIDE_MM, bottom_mm=BOTTOM_MM, landscape=landscape)


def _frame_width(page_width: float) -> float:
    from reportlab.lib.units import mm

    return page_width - 2 * SIDE_MM * mm - 12  # the frame's own padding is 6 points a side


def _grid(table: Table, document: ReportDocument):
    """(heads, rows as (bold, texts), kinds) of a table; the totals row last and bold."""
    rows = [(False, [cell_text(column, value, document) for column, value in zip(table.columns, row, strict=True)])
            for row in table.rows]
    if has_totals(table) and table.rows:
        totals = totals_row(table, document.language)
        rows.append((True, [cell_text(column, value, document) if column.kind != "text" else (value or "")
                            for column, value in zip(table.columns, totals, strict=True)]))
    return [column.title for column in table.columns], rows, [column.kind for column in table.columns]


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    normal = ParagraphStyle("report", fontName=FONT, fontSize=9, leading=11.5, textColor=colors.HexColor(INK))
    return {"normal": normal,
            "small": ParagraphStyle("report-small", parent=normal, fontSize=8, leading=10,
                                    textColor=colors.HexColor(MUTED)),
            "table": ParagraphStyle("report-table", parent=normal, fontName=BOLD, fontSize=11, leading=14),
            "title": ParagraphStyle("report-title", parent=normal, fontName=BOLD, fontSize=16, leading=20)}


def _p(text: str, style: str):
    from reportlab.platypus import Paragraph

    return Paragraph(pdf_common.escape(text), _styles()[style])


def _heading(document: ReportDocument) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    story = [_p(document.title, "title"), Spacer(1, 2)]
    if document.subtitle:
        story.append(_p(document.subtitle, "normal"))
    return story + [_p(generated_line(document), "small"), Spacer(1, 5 * mm)]


def _table(table: Table, layout: _Layout, t: dict[str, str]) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    story = [CondPageBreak(30 * mm)]  # a table's title never stands alone at the foot of a page
    if table.title:
        story += [_p(table.title, "table"), Spacer(1, 3)]
    story.append(rows_flowable(layout))
    if not table.rows:
        story += [Spacer(1, 2), _p(t["empty"], "small")]
    if table.note:
        story += [Spacer(1, 2), _p(table.note, "small")]
    return story + [Spacer(1, 6 * mm)]


class _Layout(MeasuredRows):
    """Columns, measured cells and running heights of a table's rows, and how to draw a slice of them."""

    most_lines = MOST_LINES

    def __init__(self, heads: list[str], rows: list[tuple[bool, list[str]]], kinds: list[str], width: float):
        super().__init__()
        self.kinds, self.right = kinds, [kind in RIGHT for kind in kinds]
        self.widths, self.scale = self._columns(heads, rows, width)
        self.width = sum(self.widths)
        self.size, self.leading = SIZE * self.scale, LEADING * self.scale
        self.lefts = list(accumulate([0.0] + self.widths[:-1]))
        self.heads = [self._lines(head, True, n, True) for n, head in enumerate(heads)]
        self.head_height = max((len(lines) for lines in self.heads), default=1) * self.leading + 2 * HEAD_PAD
        wrapped = [kind in WRAPPED for kind in kinds]
        self.cells = [(bold, [self._lines(value, bold, n, wrapped[n]) for n, value in enumerate(values)])
                      for bold, values in rows]
        heights = [max((len(lines) for lines in cells), default=1) * self.leading + 2 * PAD for _, cells in self.cells]
        self.tops = list(accumulate([0.0] + heights))

    @classmethod
    def wanted(cls, heads: list[str], rows, kinds: list[str]) -> float:
        """The width the table reads well in: its figures whole, its text columns at a comfortable width."""
        layout = cls.__new__(cls)
        MeasuredRows.__init__(layout)
        need, natural = layout._needs(heads, rows, kinds)
        return sum(need) + sum(min(value, TEXT_COMFORT) for value in natural.values())

    def _needs(self, heads, rows, kinds) -> tuple[list[float], dict[int, float]]:
        """Each column's width for its longest figure or header word; a text column's longest text apart."""
        need = [max((self._measure(word, True) for word in head.split()), default=0) + 2 * PAD + 1 for head in heads]
        natural = {n: TEXT_MIN for n, kind in enumerate(kinds) if kind in WRAPPED}
        for bold, values in rows:
            for n, value in enumerate(values):
                if value:
                    used = self._measure(value, bold) + 2 * PAD + 1
                    if n in natural:
                        natural[n] = max(natural[n], used)
                    else:
                        need[n] = max(need[n], used)
        return need, natural

    def _columns(self, heads, rows, width: float) -> tuple[list[float], float]:
        """The columns' widths and the type's scale. Text columns share what the figures leave, the shorter
        texts whole first, never narrower than TEXT_MIN; when the figures leave them less than a
        comfortable width, the type is set smaller (down to SMALLEST), and smaller still if even the
        narrowest text columns would not fit."""
        need, natural = self._needs(heads, rows, self.kinds)
        minimum = {n: max(need[n], TEXT_MIN) for n in natural}
        comfort = sum(need[n] for n in range(len(need)) if n not in natural) + \
            sum(max(minimum[n], min(value, TEXT_COMFORT)) for n, value in natural.items())
        scale = max(SMALLEST, min(1.0, width / comfort)) if comfort else 1.0
        def scaled(value: float) -> float:  # the text shrinks, the padding stays
            return (value - 2 * PAD - 1) * scale + 2 * PAD + 1

        need = [scaled(value) for value in need]
        natural = {n: scaled(value) for n, value in natural.items()}
        minimum = {n: max(need[n], TEXT_MIN * scale) for n in natural}
        left = width - sum(need[n] for n in range(len(need)) if n not in natural)
        if left < sum(minimum.values()):
            widths = [minimum.get(n, value) for n, value in enumerate(need)]
            shrink = min(1.0, width / sum(widths))
            return [value * shrink for value in widths], scale * shrink
        pending = sorted(natural, key=natural.get)  # the shortest texts first: they get all they need
        for done, n in enumerate(pending):
            need[n] = max(minimum[n], min(natural[n], left / (len(pending) - done)))
            left -= need[n]
        if pending and left > 0:  # room to spare goes to the longest text
            need[pending[-1]] += left
        return need, scale

    def _lines(self, text: str, bold: bool, n: int, wrap: bool) -> tuple[str, ...]:
        """The cell's text in lines, wrapped to its column when `wrap` (a header, a text; never a figure)."""
        room = (self.widths[n] - 2 * PAD) / self.scale
        if not text or not wrap or self._measure(text, bold) <= room:
            return (text,)
        return tuple(self._wrapped(text, bold, room))

    def _x(self, n: int, line: str, bold: bool) -> float:
        if self.right[n]:
            return self.lefts[n] + self.widths[n] - PAD - self._measure(line, bold) * self.scale
        return self.lefts[n] + PAD

    def draw(self, canvas, first: int, last: int, height: float) -> None:
        """The header, then rows `first`..`last`: one text object and one path of rules for the whole slice."""
        text = self._begin_draw(canvas, height)
        text.setFont(BOLD, self.size, self.leading)
        self._put(text, self.heads, True, height - HEAD_PAD - self.size)
        top = height - self.head_height + self.tops[first]
        rules, font = [], True
        for index in range(first, last):
            bold, cells = self.cells[index]
            if bold != font:
                text.setFont(BOLD if bold else FONT, self.size, self.leading)
                font = bold
            if bold:  # the totals row, ruled above as a sum is
                canvas.setLineWidth(0.8)
                canvas.line(0, top - self.tops[index], self.width, top - self.tops[index])
            self._put(text, cells, bold, top - self.tops[index] - PAD - self.size)
            bottom = top - self.tops[index + 1]
            rules.append((0, bottom, self.width, bottom))
        self._end_draw(canvas, text, rules)

    def _put(self, text, cells, bold: bool, baseline: float) -> None:
        for n, lines in enumerate(cells):
            for k, line in enumerate(lines):
                if line:
                    text.setTextOrigin(self._x(n, line, bold), baseline - k * self.leading)
                    text.textLine(line)  # textLine does not measure (textOut would)
