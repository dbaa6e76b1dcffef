"""How the read-only tables of the windows behave (whole rows, one at a time, nothing edited in place) and
how a table sits with the buttons that act on it (a column on its right)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QVBoxLayout, QWidget


def read_only_rows(table: QTableView, *, word_wrap: bool = True, tab_keys: bool = True) -> None:
    """Select whole rows, one at a time; no editing in place, no row numbers. `word_wrap` and `tab_keys`
    (Tab moves between cells rather than on to the next widget) as Qt's defaults unless turned off."""
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(tab_keys)


def with_buttons(view: QWidget, buttons: Iterable[QWidget], parent: QWidget | None = None) -> QHBoxLayout:
    """A row of `view` taking the room and `buttons` stacked at the top of a column on its right; the
    layout of `parent` when given, else one to add to another layout."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    row = QHBoxLayout() if parent is None else QHBoxLayout(parent)
    row.addWidget(view, 1)
    row.addLayout(column)
    return row
