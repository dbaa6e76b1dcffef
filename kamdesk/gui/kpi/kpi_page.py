"""The Plans & KPIs page, a first simple one: a month, and one row per manager with plan, actual, fulfilment and
forecast of sales, active clients and new clients (read through `services.kpi`; no query here)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kamdesk.core.services import kpi
from kamdesk.gui.formatting import format_amount

KPIS = ("sales", "active_clients", "new_clients")


class KpiPage(QWidget):
    """The KPIs of the chosen month, per manager."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.month = QDateEdit(QDate.currentDate(), self)
        self.month.setObjectName("kpi_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda *_: self.refresh())
        self.table = QTableWidget(0, 13, self)
        self.table.setObjectName("kpi_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(self._headers())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:"), self))
        bar.addWidget(self.month)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _headers(self) -> list[str]:
        names = (self.tr("Sales"), self.tr("Active clients"), self.tr("New clients"))
        parts = (self.tr("plan"), self.tr("actual"), "%", self.tr("forecast"))
        return [self.tr("Manager")] + [f"{name}: {part}" for name in names for part in parts]

    def refresh(self) -> None:
        """Read the KPIs of the month shown again."""
        chosen = self.month.date().toPython()
        start = dt.date(chosen.year, chosen.month, 1)
        end = kpi.month_start(start, -1) - dt.timedelta(days=1)
        rows = kpi.kpis(start, end)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [row.manager]
            for name in KPIS:
                figure = getattr(row, name)
                cells += [_text(figure.plan), _text(figure.actual), _text(figure.percent), _text(figure.forecast)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()


def _text(value) -> str:
    if value is None:
        return "—"
    return str(value) if isinstance(value, int) else format_amount(value)
