"""A long PDF table measured once: what the statement (`statement_pdf`) and the reports (`reports.pdf`) share.

reportlab's `Table` re-measures the rest of a table at every page break, which takes seconds for thousands
of rows. Instead a layout (a `MeasuredRows`) measures every cell once, with each character's width cached,
and keeps the rows' running heights (`tops`); `rows_flowable` makes it one flowable whose page break is a
bisection of those heights, and the layout draws a slice as plain strings with one text object.

reportlab is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

from bisect import bisect_right

from kamdesk.core.documents.pdf_common import BOLD, FONT, INK, RULE

SIZE = 8.0  # points: the type the characters are measured at
HEAD_FILL = "#eef2f6"


def rows_flowable(layout: MeasuredRows):
    """The layout's table as one flowable that splits between rows, its header drawn again on every page.
    The class is made here so that importing this module does not import reportlab."""
    from reportlab.platypus import Flowable

    class Rows(Flowable):
        def __init__(self, first: int, last: int):
            super().__init__()
            self.first, self.last = first, last

        def wrap(self, available_width, available_height):
            tops = layout.tops
            self.width, self.height = layout.width, layout.head_height + tops[self.last] - tops[self.first]
            return self.width, self.height

        def split(self, available_width, available_height):
            tops = layout.tops
            room = available_height - layout.head_height + tops[self.first]
            fit = layout.page_break(min(bisect_right(tops, room) - 1, self.last))
            if fit <= self.first or fit >= self.last:
                return []
            return [Rows(self.first, fit), Rows(fit, self.last)]

        def draw(self):
            layout.draw(self.canv, self.first, self.last, self.height)

    return Rows(0, len(layout.cells))


class MeasuredRows:
    """The measuring and drawing a table layout shares. A subclass sets `width`, `head_height`, `cells` (one
    entry a row) and `tops` (the rows' running heights, from 0), and draws a slice in `draw` between
    `_begin_draw` and `_end_draw`."""

    most_lines = 6  # of one cell

    width: float
    head_height: float
    cells: list
    tops: list[float]

    def __init__(self):
        self._widths: dict[bool, dict[str, float]] = {False: {}, True: {}}

    def page_break(self, row: int) -> int:
        """Where a page may break when row `row` is the first that does not fit: there, unless a subclass keeps
        rows together (a heading with the row below it)."""
        return row

    def _measure(self, text: str, bold: bool = False) -> float:
        """The printed width of `text` at SIZE: the sum of its characters' (reportlab sets TrueType fonts without
        kerning), each measured once; far quicker than measuring every amount whole."""
        widths = self._widths[bold]
        try:
            return sum(map(widths.__getitem__, text))
        except KeyError:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            widths.update({char: stringWidth(char, BOLD if bold else FONT, SIZE) for char in text})
            return sum(map(widths.__getitem__, text))

    def _wrapped(self, text: str, bold: bool, room: float) -> list[str]:
        """`text` in lines at most `room` points wide: at spaces, and inside a word longer than a line (a bank
        reference); at most `most_lines`, the last one ending in "…" when there was more, so a row fits a page."""
        lines, current = [], ""
        for word in text.split():
            joined = f"{current} {word}" if current else word
            if self._measure(joined, bold) <= room:
                current = joined
                continue
            if current:
                lines.append(current)
            current = word
            while self._measure(current, bold) > room and len(current) > 1:
                cut = next((k for k in range(len(current) - 1, 0, -1) if self._measure(current[:k], bold) <= room), 1)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
        most = self.most_lines
        if len(lines) > most:
            lines = [*lines[:most - 1], lines[most - 1] + " …"]
        return lines

    def _begin_draw(self, canvas, height: float):
        """The header's shaded band, ruled below, and the text object the slice is written into (in ink)."""
        from reportlab.lib.colors import HexColor

        canvas.saveState()
        canvas.setFillColor(HexColor(HEAD_FILL))
        canvas.rect(0, height - self.head_height, self.width, self.head_height, stroke=0, fill=1)
        canvas.setStrokeColor(HexColor(INK))
        canvas.setLineWidth(0.8)
        canvas.line(0, height - self.head_height, self.width, height - self.head_height)
        text = canvas.beginText()
        text.setFillColor(HexColor(INK))
        return text

    def _begin_draw_heads(self, canvas, height: float, *, right: tuple[int, ...], pad: float, head_pad: float,
                          leading: float):
        """`_begin_draw`, then the header's texts in bold, one line a column (`heads`, `widths` and `lefts` of
        the subclass): `pad` in from the column's left edge, or from its right one in the `right` columns."""
        text = self._begin_draw(canvas, height)
        text.setFont(BOLD, SIZE, leading)
        baseline = height - head_pad - SIZE
        for n, head in enumerate(self.heads):
            offset = self.widths[n] - pad - self._measure(head, True) if n in right else pad
            text.setTextOrigin(self.lefts[n] + offset, baseline)
            text.textLine(head)
        return text

    @staticmethod
    def _write_lines(text, x: float, y: float, lines) -> None:
        """A cell's lines, each (text, x offset), from `y` down; nothing for an empty cell."""
        if lines and lines[0][0]:
            text.setTextOrigin(x + lines[0][1], y)
            for line, _ in lines:  # textLine: the next line below, without measuring (textOut would)
                text.textLine(line)

    def _end_draw(self, canvas, text, rules: list) -> None:
        """Write the text object, then the rows' thin rules as one path."""
        from reportlab.lib.colors import HexColor

        canvas.drawText(text)
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(HexColor(RULE))
        canvas.lines(rules)
        canvas.restoreState()

    def draw(self, canvas, first: int, last: int, height: float) -> None:
        raise NotImplementedError
