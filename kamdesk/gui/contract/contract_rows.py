"""A client's contracts as rows of a table: the card's Contracts tab and the contract dialog's history.

`contract_texts` gives each contract's state as shown and the texts of its
columns; `fill_contract_rows` fills a table with them in the table's own
column order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from kamdesk.core.services import contract as contract_service
from kamdesk.gui.contract.labels import kind_labels, relation_text, state_colour, state_labels
from kamdesk.gui.formatting import format_date


def contract_texts(contracts: list) -> list[tuple[object, str, dict[str, str]]]:
    """Each contract with its state as shown and the texts of its columns (number, kind, state, start_date,
    end_date, relation); the relation names the other contracts by their numbers in `contracts`."""
    numbers = {c.id: c.number for c in contracts}
    kinds, states = kind_labels(), state_labels()
    window = contract_service.renewal_days()
    rows = []
    for contract in contracts:
        shown = contract_service.display_state(contract, window=window)
        rows.append((contract, shown, {
            "number": contract.number, "kind": kinds.get(contract.kind, contract.kind),
            "state": states.get(shown, shown), "start_date": format_date(contract.start_date),
            "end_date": format_date(contract.end_date), "relation": relation_text(contract, numbers)}))
    return rows


def fill_contract_rows(table: QTableWidget, contracts: list, columns: tuple[str, ...], id_role: int,
                       bold: Callable[[object, str], bool]) -> None:
    """A row a contract in `columns` order, its id under `id_role` in every cell, the state in its colour and
    the cells where `bold(contract, column)` in bold."""
    table.setRowCount(len(contracts))
    for row, (contract, shown, texts) in enumerate(contract_texts(contracts)):
        for column, name in enumerate(columns):
            item = QTableWidgetItem(texts[name])
            item.setData(id_role, contract.id)
            if name == "state":
                item.setForeground(QBrush(state_colour(shown)))
            if bold(contract, name):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
