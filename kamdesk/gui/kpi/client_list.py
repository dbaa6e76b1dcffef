"""The clients behind one dashboard figure (sales, active, lapsed, new, about to lapse) of one manager or the
department in a period, read on a worker thread through `services.kpi_lists`; a double-click (or Enter) on a
client opens its card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kamdesk.core.services import kpi_lists
from kamdesk.gui.formatting import format_amount, format_date
from kamdesk.gui.lists import fit_columns
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.widgets.roles import ID_ROLE
from kamdesk.gui.widgets.tables import read_only_rows

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def list_title(kind: str) -> str:
    """The list's name as the dashboard writes it."""
    return {"sales": QCoreApplication.translate("KpiClientList", "Clients with sales"),
            "active": QCoreApplication.translate("KpiClientList", "Active clients"),
            "lapsed": QCoreApplication.translate("KpiClientList", "Lapsed clients"),
            "new": QCoreApplication.translate("KpiClientList", "New clients"),
            "lapsing": QCoreApplication.translate("KpiClientList", "Clients about to lapse")}[kind]


class KpiClientList(QDialog):
    """One list of clients; `open_client(id)` when the user opens one."""

    open_client = Signal(int)

    def __init__(self, kind: str, period: tuple[dt.date, dt.date, str], manager: tuple[int | None, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpi_client_list")
        self.kind, self.manager_id = kind, manager[0]
        self.start, self.end, period_text = period
        self.setWindowTitle(f"{list_title(kind)} — {manager[1]} — {period_text}")
        self.rows: list[kpi_lists.ListedClient] = []
        self.count = QLabel(self.tr("Reading…"), self)
        self.count.setObjectName("kpi_list_count")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("kpi_list_table")
        read_only_rows(self.table, word_wrap=False, tab_keys=False)
        self.table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Sales in the period"),
                                              self.tr("Last sale"), self.tr("Days without a sale")])
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.resize(720, 480)

    def read(self) -> Operation:
        """Read the list on a worker thread (returned); the rows show when it arrives."""
        kind, start, end, manager_id = self.kind, self.start, self.end, self.manager_id
        return Operation(self, lambda _task: kpi_lists.clients(kind, start, end, manager_id)).success(
            self.show_rows).failure(lambda error: report_failure(self, error)).run()

    def show_rows(self, rows: list[kpi_lists.ListedClient]) -> None:
        self.rows = rows
        self.count.setText(self.tr("%n client(s)", "", len(rows)) if rows else self.tr("No client in this list."))
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (row.name, format_amount(row.sales), format_date(row.last_sale),
                     str(row.days) if row.days is not None else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.client_id)
                if column in (1, 3):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(index, column, item)
        fit_columns(self.table, stretch=0)

    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_client.emit(item.data(ID_ROLE))
