"""The template editor's text field: line numbers in a gutter, problem lines in red, template syntax in colour.

`CodeEditor` is Qt's classic "code editor" example (a QPlainTextEdit with a
line-number area in its left viewport margin); `set_problem_lines` underlines
those lines with a red wave, tints them and prints their numbers red in the
gutter. `TemplateHighlighter` colours a contract template: front-matter keys,
`{{ placeholders }}`, `{% tags %}`, `{# comments #}` and `# ` section headings.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

PROBLEM_RED = QColor("#c62828")
PROBLEM_TINT = QColor("#fdecec")
CURRENT_LINE = QColor("#f4f7fb")
GUTTER_BACKGROUND = QColor("#f0f0f0")
GUTTER_TEXT = QColor("#8a8a8a")


def monospace_font(point_size: int = 10) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(point_size)
    return font


class LineNumberArea(QWidget):
    def __init__(self, editor: CodeEditor):
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event) -> None:
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """A plain-text editor with line numbers, a current-line tint and problem lines marked red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problem_lines: set[int] = set()
        self.gutter = LineNumberArea(self)
        self.setFont(monospace_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.blockCountChanged.connect(self._update_width)
        self.updateRequest.connect(self._update_gutter)
        self.cursorPositionChanged.connect(self._update_selections)
        self._update_width()
        self._update_selections()

    # ---------------------------------------------------------------- gutter
    def line_number_width(self) -> int:
        digits = max(3, len(str(max(1, self.blockCount()))))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_width(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.line_number_width(), area.height()))

    def paint_line_numbers(self, event) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), GUTTER_BACKGROUND)
        block = self.firstVisibleBlock()
        number = block.blockNumber() + 1
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        current = self.textCursor().blockNumber() + 1
        font = painter.font()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                problem = number in self.problem_lines
                if problem:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(PROBLEM_RED)
                    painter.drawEllipse(3, top + height // 2 - 3, 6, 6)
                font.setBold(problem or number == current)
                painter.setFont(font)
                painter.setPen(PROBLEM_RED if problem else (Qt.GlobalColor.black if number == current
                                                             else GUTTER_TEXT))
                painter.drawText(0, top, self.gutter.width() - 5, height,
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(number))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1

    # ---------------------------------------------------------------- marks
    def set_problem_lines(self, lines: set[int]) -> None:
        if lines != self.problem_lines:
            self.problem_lines = set(lines)
            self._update_selections()
            self.gutter.update()

    def _update_selections(self) -> None:
        selections = []
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(CURRENT_LINE)
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        selections.append(current)
        document = self.document()
        for line in sorted(self.problem_lines):
            block = document.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            tint = QTextEdit.ExtraSelection()
            tint.format.setBackground(PROBLEM_TINT)
            tint.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            tint.cursor = self.textCursor()
            tint.cursor.setPosition(block.position())
            selections.append(tint)
            if block.length() > 1:
                wave = QTextEdit.ExtraSelection()
                wave.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                wave.format.setUnderlineColor(PROBLEM_RED)
                wave.cursor = self.textCursor()
                wave.cursor.setPosition(block.position())
                wave.cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
                selections.append(wave)
        self.setExtraSelections(selections)
        self.gutter.update()

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of `line` (1-based), centred, and focus the editor."""
        block = self.document().findBlockByNumber(max(0, min(line, self.blockCount()) - 1))
        cursor = self.textCursor()
        cursor.setPosition(block.position())
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()


def _format(color: str, bold: bool = False, italic: bool = False, background: str | None = None) -> QTextCharFormat:
    result = QTextCharFormat()
    result.setForeground(QColor(color))
    if bold:
        result.setFontWeight(QFont.Weight.Bold)
    result.setFontItalic(italic)
    if background:
        result.setBackground(QColor(background))
    return result


FRONT_KEY = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:")
FRONT_LINE = re.compile(r"^\s*[A-Za-z_][A-Za-z0-9_]*\s*:.*$")
PLACEHOLDER = re.compile(r"\{\{.*?(\}\}|$)")
TAG = re.compile(r"\{%.*?(%\}|$)")
COMMENT = re.compile(r"\{#.*?(#\}|$)")

FRONT_MATTER, BODY = 0, 1


class TemplateHighlighter(QSyntaxHighlighter):
    """Colours for a contract template's front matter, placeholders, tags, comments and headings."""

    def __init__(self, document):
        super().__init__(document)
        self.key_format = _format("#8b4513", bold=True)
        self.separator_format = _format("#9e9e9e", bold=True)
        self.heading_format = _format("#1b5e20", bold=True)
        self.placeholder_format = _format("#0d47a1", background="#e8f0fe")
        self.tag_format = _format("#6a1b9a", bold=True)
        self.comment_format = _format("#9e9e9e", italic=True)

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        if previous in (-1, FRONT_MATTER):
            if text.strip() == "---":
                self.setFormat(0, len(text), self.separator_format)
                self.setCurrentBlockState(BODY)
                return
            if not text.strip() or FRONT_LINE.match(text):
                match = FRONT_KEY.match(text)
                if match:
                    self.setFormat(match.start(1), match.end(1) - match.start(1), self.key_format)
                self.setCurrentBlockState(FRONT_MATTER)
                return
        self.setCurrentBlockState(BODY)
        if text.startswith("# ") or text == "#":
            self.setFormat(0, len(text), self.heading_format)
        for pattern, text_format in ((TAG, self.tag_format), (PLACEHOLDER, self.placeholder_format),
                                     (COMMENT, self.comment_format)):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), text_format)
