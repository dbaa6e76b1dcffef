"""The Competitors page: the register (with New competitor…, Record price… and Record action…), the latest observed prices beside our price
columns with the difference from our default column, and the competitors' actions, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models.competitor import Competitor
from kamdesk.core.services import catalogue
from kamdesk.core.services import competitors as competitor_service
from kamdesk.core.text_limits import limit
from kamdesk.gui.changes import changes, notify
from kamdesk.gui.competitor.labels import COMPETITORS, action_kind_labels
from kamdesk.gui.formatting import format_date
from kamdesk.gui.messages import error_text
from kamdesk.gui.sale.labels import format_money, format_percent
from kamdesk.gui.widgets.tables import read_only_rows

CHEAPER_COLOUR = "#c62828"  # a competitor below our price: a threat


def fill(table: QTableWidget, rows: list[list[str]], right: set[int] = frozenset()) -> None:
    """`rows` of texts into `table`; the columns in `right` (numbers) aligned right."""
    table.setRowCount(len(rows))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def new_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    read_only_rows(table, word_wrap=False, tab_keys=False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CompetitorsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("competitors_page")
        self.tabs = QTabWidget(self)
        self.register = new_table(self, "competitor_table", [
            self.tr("Competitor"), self.tr("Clients"), self.tr("Prices"), self.tr("Actions"), self.tr("Note")])
        self.prices = new_table(self, "competitor_price_table", [])
        self.actions = new_table(self, "competitor_action_table", [
            self.tr("Observed"), self.tr("Competitor"), self.tr("Client"), self.tr("Kind"), self.tr("What")])
        self.tabs.addTab(self.register, self.tr("Re&gister"))
        self.tabs.addTab(self.prices, self.tr("Prices vs &ours"))
        self.tabs.addTab(self.actions, self.tr("Ac&tions"))
        self.new_button = QPushButton(self.tr("&New competitor…"), self)
        self.new_button.setObjectName("new_competitor")
        self.new_button.clicked.connect(lambda: self.new_competitor())
        self.action_button = QPushButton(self.tr("Record &action…"), self)
        self.action_button.setObjectName("record_competitor_action")
        self.action_button.clicked.connect(lambda: self.record_action())
        self.price_button = QPushButton(self.tr("Record &price…"), self)
        self.price_button.setObjectName("record_competitor_price")
        self.price_button.clicked.connect(lambda: self.record_price())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.price_button)
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        changes().changed.connect(self._saved_elsewhere)  # a bound method: Qt disconnects it with the page
        self.refresh()

    def _saved_elsewhere(self, change) -> None:
        if COMPETITORS in change.kinds:
            self.refresh()

    def refresh(self) -> None:
        fill(self.register, [[r.name, str(r.clients), str(r.prices), str(r.actions), r.notes.split("\n")[0]]
                             for r in competitor_service.competitor_rows()], right={1, 2, 3})
        self._fill_prices()
        kinds = action_kind_labels()
        fill(self.actions, [[format_date(a.observed_on), a.competitor, a.client, kinds.get(a.kind, a.kind),
                             a.description.split("\n")[0]] for a in competitor_service.action_rows()])

    def _fill_prices(self) -> None:
        columns = catalogue.list_columns()
        headers = [self.tr("Competitor"), self.tr("Product or category"), self.tr("Their price"),
                   self.tr("Observed"), self.tr("Source")]
        self.prices.setColumnCount(len(headers) + len(columns) + 1)
        self.prices.setHorizontalHeaderLabels(headers + [c.name for c in columns] + [self.tr("Difference")])
        rows = competitor_service.price_comparison()
        ours = catalogue.currency()
        fill(self.prices, [[p.competitor, p.item, format_money(p.price, p.currency), format_date(p.observed_on),
                            p.source] + [format_money(p.ours[c.id], ours) if c.id in p.ours else "" for c in columns]
                           + [format_percent(p.difference)] for p in rows],
             right=set(range(5, 6 + len(columns))) | {2})
        last = len(headers) + len(columns)
        for r, p in enumerate(rows):
            if p.difference is not None and p.difference < 0:
                self.prices.item(r, last).setForeground(QColor(CHEAPER_COLOUR))

    def new_competitor(self) -> int | None:
        """Ask for a competitor's name and note and record it; its id, or None when cancelled."""
        dialog = CompetitorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        notify(COMPETITORS, source=self)
        return dialog.saved_id

    def record_price(self) -> bool:
        """Record a competitor's price of one of our products; whether one was recorded."""
        from kamdesk.gui.competitor.record_dialogs import PriceDialog

        return self._recorded(PriceDialog(self))

    def record_action(self) -> bool:
        """Record a competitor's action seen in the market; whether one was recorded."""
        from kamdesk.gui.competitor.record_dialogs import ActionDialog

        return self._recorded(ActionDialog(None, self))

    def _recorded(self, dialog: QDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        notify(COMPETITORS, source=self)
        return True


class CompetitorDialog(QDialog):
    """A new competitor: its name and a note; a refusal is shown under the form and the dialog stays."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("competitor_dialog")
        self.setWindowTitle(self.tr("New competitor"))
        self.saved_id: int | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(limit(Competitor, "name"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.error = QLabel(self)
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("N&ote:"), self.notes)
        form.addRow(self.error)
        form.addRow(buttons)

    def accept(self) -> None:
        try:
            saved = competitor_service.save_competitor({"name": self.name.text(), "notes": self.notes.toPlainText()})
        except KamdeskError as refused:
            self.error.setText(error_text(refused))
            self.error.show()
            return
        self.saved_id = saved.id
        super().accept()
