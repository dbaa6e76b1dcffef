"""Widgets the order and the offer entry build alike: the title, the state badge, buttons, captions, shortcuts.

Plain functions over a parent widget, so that the texts stay with the entry that shows them (and in its
translation context): each entry passes its own translated texts in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.gui.errors import show_error

SIDE_WIDTH = 320
TITLE_SCALE = 1.35


def attempt(parent: QWidget, action: Callable[[], object], title: str | None = None) -> bool:
    """Run `action`; a refusal (a KamdeskError) is shown to the user, under `title` when given, and gives False."""
    try:
        action()
    except KamdeskError as error:
        show_error(parent, error, title)
        return False
    return True


def title_label(parent: QWidget, name: str) -> QLabel:
    """The document's big bold title ("Order 2026-0012")."""
    label = QLabel(parent)
    label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    label.setFont(font)
    return label


def badge_style(colour: str) -> str:
    """The style of the state label: white text on the state's colour, rounded."""
    return (f"QLabel {{ color: white; background: {colour}; border-radius: 8px;"
            f" padding: 2px 9px; font-weight: bold; }}")


def push_button(parent: QWidget, text: str, tip: str, slot: Callable[[], object], name: str) -> QPushButton:
    """A button that calls `slot()` (without the `checked` argument)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(lambda *_: slot())
    return button


def shortcut(parent: QWidget, keys, slot: Callable[[], object]) -> QShortcut:
    """A key working anywhere inside `parent` (and only there: two entries may be open side by side)."""
    item = QShortcut(QKeySequence(keys), parent)
    item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    item.activated.connect(slot)
    return item


def caption(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    """A right-aligned field caption whose mnemonic focuses `buddy`."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def title_row(title: QLabel, badges: list[QLabel]) -> QHBoxLayout:
    """The title with the state badges after it, on the left."""
    row = QHBoxLayout()
    row.addWidget(title)
    row.addSpacing(10)
    for badge in badges:
        row.addWidget(badge)
    row.addStretch(1)
    return row


def header_grid() -> QGridLayout:
    """The grid of the header fields, captions and their messages."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(2)
    return grid


def stretch_header(grid: QGridLayout) -> None:
    """The client field widest, the contact next, the date column as narrow as it can be."""
    grid.setColumnStretch(1, 5)
    grid.setColumnStretch(3, 3)
    grid.setColumnStretch(5, 0)


def side_panel(parent: QWidget, widgets: list[QWidget]) -> QWidget:
    """The fixed-width column beside the lines (totals, credit, versions), its widgets at the top."""
    side = QVBoxLayout()
    side.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        side.addWidget(widget)
    side.addStretch(1)
    panel = QWidget(parent)
    panel.setLayout(side)
    panel.setFixedWidth(SIDE_WIDTH)
    return panel


def stack_page(parent: QWidget, layouts: list[QLayout], body: QLayout) -> None:
    """The entry's page: `layouts` from the top, `body` (the lines) taking what height is left."""
    page = QVBoxLayout(parent)
    page.setContentsMargins(10, 8, 10, 8)
    for layout in layouts:
        page.addLayout(layout, 1 if layout is body else 0)
