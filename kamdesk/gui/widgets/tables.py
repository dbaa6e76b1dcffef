"""How the read-only tables of the windows behave: whole rows, one at a time, nothing edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only_rows(table: QTableView, *, word_wrap: bool = True, tab_keys: bool = True) -> None:
    """Select whole rows, one at a time; no editing in place, no row numbers. `word_wrap` and `tab_keys`
    (Tab moves between cells rather than on to the next widget) as Qt's defaults unless turned off."""
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(word_wrap)
    table.setTabKeyNavigation(tab_keys)
