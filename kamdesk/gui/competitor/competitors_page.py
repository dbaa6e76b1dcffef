"""The Competitors page: the register, per product our price columns beside each competitor's latest price with
its difference from our default column, every observed price, and the competitors' actions, newest first;
narrowed to a competitor or a category. New competitor…, Record price…, Record action… and Import prices…
above; each list but the comparison edits (also by a double-click) and deletes (after asking) its selected row."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models.company import ROLE_ADMIN
from kamdesk.core.models.competitor import Competitor
from kamdesk.core.services import catalogue
from kamdesk.core.services import company as company_service
from kamdesk.core.services import competitors as competitor_service
from kamdesk.core.text_limits import limit
from kamdesk.gui.changes import changes, notify
from kamdesk.gui.competitor.labels import COMPETITORS, action_kind_labels
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_date
from kamdesk.gui.messages import error_text
from kamdesk.gui.sale.labels import format_money, format_percent
from kamdesk.gui.widgets.roles import ID_ROLE
from kamdesk.gui.widgets.tables import read_only_rows, with_buttons

CHEAPER_COLOUR = "#c62828"  # a competitor below our price: a threat


def fill(table: QTableWidget, rows: list[list[str]], right: set[int] = frozenset(),
         ids: list[int] | None = None) -> None:
    """`rows` of texts into `table`; the columns in `right` (numbers) aligned right; each row's id from `ids`
    kept in its first cell."""
    table.setRowCount(len(rows))
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and ids is not None:
                item.setData(ID_ROLE, ids[r])
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


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question, No the default (a function of its own so tests can answer it)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def selected_id(table: QTableWidget) -> int | None:
    """The id of the record in the table's current row (kept in its first cell), or None."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return item.data(ID_ROLE) if item is not None else None


class CompetitorsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("competitors_page")
        self._observed: dict[int, object] = {}
        self._actions: dict[int, object] = {}
        self.tabs = QTabWidget(self)
        self.register = new_table(self, "competitor_table", [
            self.tr("Competitor"), self.tr("Clients"), self.tr("Prices"), self.tr("Actions"), self.tr("Note")])
        self.prices = new_table(self, "competitor_price_table", [])
        self.observed = new_table(self, "observed_price_table", [
            self.tr("Observed"), self.tr("Competitor"), self.tr("Product or category"), self.tr("Their price"),
            self.tr("Source")])
        self.actions = new_table(self, "competitor_action_table", [
            self.tr("Observed"), self.tr("Competitor"), self.tr("Client"), self.tr("Kind"), self.tr("What")])
        self.tabs.addTab(self._with_edit(self.register, self.edit_competitor, self.delete_competitor, "competitor"),
                         self.tr("Re&gister"))
        self.tabs.addTab(self.prices, self.tr("Prices vs &ours"))
        self.tabs.addTab(self._with_edit(self.observed, self.edit_price, self.delete_price, "price"),
                         self.tr("O&bserved prices"))
        self.tabs.addTab(self._with_edit(self.actions, self.edit_action, self.delete_action, "action"),
                         self.tr("Ac&tions"))
        self.delete_competitor_button.setEnabled(company_service.has_role(ROLE_ADMIN))
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addLayout(self._filters())
        layout.addWidget(self.tabs, 1)
        changes().changed.connect(self._saved_elsewhere)  # a bound method: Qt disconnects it with the page
        self.refresh()

    def _with_edit(self, table: QTableWidget, edit, delete, name: str) -> QWidget:
        """`table` with Edit… and Delete… beside it; a double-click edits too."""
        holder = QWidget(self)
        edit_button = QPushButton(self.tr("&Edit…"), holder)
        edit_button.setObjectName(f"edit_{name}")
        edit_button.clicked.connect(lambda: edit())
        delete_button = QPushButton(self.tr("&Delete…"), holder)
        delete_button.setObjectName(f"delete_{name}")
        delete_button.clicked.connect(lambda: delete())
        setattr(self, f"delete_{name}_button", delete_button)
        table.doubleClicked.connect(lambda _index: edit())
        with_buttons(table, [edit_button, delete_button], holder)
        return holder

    def _buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for name, text, slot in (("new_competitor", self.tr("&New competitor…"), self.new_competitor),
                                 ("record_competitor_price", self.tr("Record &price…"), self.record_price),
                                 ("record_competitor_action", self.tr("Record &action…"), self.record_action),
                                 ("import_competitor_prices", self.tr("&Import prices…"), self.import_prices)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _filters(self) -> QHBoxLayout:
        self.competitor_filter = QComboBox(self)
        self.competitor_filter.setObjectName("competitor_filter")
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("category_filter")
        line = QHBoxLayout()
        for text, box in ((self.tr("&Competitor:"), self.competitor_filter),
                          (self.tr("Categor&y:"), self.category_filter)):
            label = QLabel(text, self)
            label.setBuddy(box)
            line.addWidget(label)
            line.addWidget(box)
            box.activated.connect(self.refresh)
        line.addStretch(1)
        return line

    def _saved_elsewhere(self, change) -> None:
        if COMPETITORS in change.kinds:
            self.refresh()

    def refresh(self) -> None:
        rows = competitor_service.competitor_rows()
        self._fill_filters(rows)
        fill(self.register, [[r.name, str(r.clients), str(r.prices), str(r.actions), r.notes.split("\n")[0]]
                             for r in rows], right={1, 2, 3}, ids=[r.id for r in rows])
        competitor, category = self.competitor_filter.currentData(), self.category_filter.currentData()
        self._fill_comparison(competitor_service.comparison(competitor, category))
        self._fill_observed(competitor_service.observed_prices(competitor, category))
        actions = competitor_service.action_rows(competitor_id=competitor)
        self._actions = {a.id: a for a in actions}
        kinds = action_kind_labels()
        fill(self.actions, [[format_date(a.observed_on), a.competitor, a.client, kinds.get(a.kind, a.kind),
                             a.description.split("\n")[0]] for a in actions], ids=[a.id for a in actions])

    def _fill_filters(self, rows) -> None:
        """The filters' choices, from the register and the catalogue as they are now; the choice kept."""
        paths = sorted(competitor_service.catalogue_paths().items(), key=lambda item: item[1])
        for box, everything, choices in ((self.competitor_filter, self.tr("All competitors"),
                                          [(r.id, r.name) for r in rows]),
                                         (self.category_filter, self.tr("All categories"), paths)):
            chosen = box.currentData()
            with QSignalBlocker(box):
                box.clear()
                box.addItem(everything, None)
                for key, text in choices:
                    box.addItem(text, key)
                box.setCurrentIndex(max(0, box.findData(chosen)))

    def _fill_comparison(self, table) -> None:
        """Per product (then category): our columns, then each competitor's latest price and its difference."""
        headers = [self.tr("Product or category")] + [name for _, name in table.columns]
        for _, name in table.competitors:
            headers += [name, self.tr("Difference")]
        self.prices.setColumnCount(len(headers))
        self.prices.setHorizontalHeaderLabels(headers)
        ours, first = catalogue.currency(), 1 + len(table.columns)
        texts = []
        for row in table.rows:
            cells = [row.item] + [format_money(row.ours[cid], ours) if cid in row.ours else ""
                                  for cid, _ in table.columns]
            for cid, _ in table.competitors:
                theirs = row.theirs.get(cid)
                cells += [format_money(theirs.price, theirs.currency), format_percent(theirs.difference)] \
                    if theirs else ["", ""]
            texts.append(cells)
        fill(self.prices, texts, right=set(range(1, len(headers))))
        for n, (_cid, name) in enumerate(table.competitors):
            self.prices.horizontalHeaderItem(first + 2 * n + 1).setToolTip(
                self.tr("How far %1's price is from our default column's, in percent").replace("%1", name))
        for r, row in enumerate(table.rows):
            for n, (cid, name) in enumerate(table.competitors):
                theirs = row.theirs.get(cid)
                if theirs is None:
                    continue
                self.prices.item(r, first + 2 * n).setToolTip(
                    self.tr("%1 on %2: %3").replace("%1", name).replace("%2", format_date(theirs.observed_on))
                    .replace("%3", theirs.source or "—"))
                if theirs.difference is not None and theirs.difference < 0:
                    self.prices.item(r, first + 2 * n + 1).setForeground(QColor(CHEAPER_COLOUR))

    def _fill_observed(self, prices) -> None:
        self._observed = {p.id: p for p in prices}
        fill(self.observed, [[format_date(p.observed_on), p.competitor, p.item, format_money(p.price, p.currency),
                              p.source] for p in prices], right={3}, ids=[p.id for p in prices])

    # ---------------------------------------------------------------- new records
    def new_competitor(self) -> int | None:
        """Ask for a competitor's name and note and record it; its id, or None when cancelled."""
        dialog = CompetitorDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        notify(COMPETITORS, source=self)
        return dialog.saved_id

    def record_price(self) -> bool:
        """Record a competitor's price of one of our products or a category; whether one was recorded."""
        from kamdesk.gui.competitor.record_dialogs import PriceDialog

        return self._recorded(PriceDialog(self))

    def record_action(self) -> bool:
        """Record a competitor's action seen in the market; whether one was recorded."""
        from kamdesk.gui.competitor.record_dialogs import ActionDialog

        return self._recorded(ActionDialog(None, self))

    def import_prices(self):
        """Choose a spreadsheet of observed prices and import it (the dialog announces the change)."""
        from kamdesk.gui.competitor.price_import import import_prices_interactively

        return import_prices_interactively(self)

    def _recorded(self, dialog: QDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        notify(COMPETITORS, source=self)
        return True

    # ---------------------------------------------------------------- the selected record
    def edit_competitor(self) -> bool:
        """Change the selected competitor's name and note; whether saved."""
        competitor_id = selected_id(self.register)
        return competitor_id is not None and self._recorded(CompetitorDialog(self, competitor_id))

    def edit_price(self) -> bool:
        """Change the selected observed price; whether saved."""
        from kamdesk.gui.competitor.record_dialogs import PriceDialog

        price = self._observed.get(selected_id(self.observed))
        return price is not None and self._recorded(PriceDialog(self, price))

    def edit_action(self) -> bool:
        """Change the selected competitor action; whether saved."""
        from kamdesk.gui.competitor.record_dialogs import ActionDialog

        action = self._actions.get(selected_id(self.actions))
        return action is not None and self._recorded(ActionDialog(None, self, action))

    def delete_competitor(self) -> bool:
        """Delete the selected competitor after asking; one with records is refused in words. Whether deleted."""
        competitor_id = selected_id(self.register)
        if competitor_id is None:
            return False
        name = self.register.item(self.register.currentRow(), 0).text()
        question = self.tr("Delete the competitor “%1”?").replace("%1", name)
        return self._deleted(self.tr("Delete competitor"), question,
                             lambda: competitor_service.delete_competitor(competitor_id))

    def delete_price(self) -> bool:
        """Delete the selected observed price after asking; whether deleted."""
        price = self._observed.get(selected_id(self.observed))
        if price is None:
            return False
        text = (self.tr("Delete the price %1 of %2 that %3 asked on %4?")
                .replace("%1", format_money(price.price, price.currency)).replace("%2", price.item)
                .replace("%3", price.competitor).replace("%4", format_date(price.observed_on)))
        return self._deleted(self.tr("Delete observed price"), text,
                             lambda: competitor_service.delete_price(price.id))

    def delete_action(self) -> bool:
        """Delete the selected competitor action after asking; whether deleted."""
        action = self._actions.get(selected_id(self.actions))
        if action is None:
            return False
        text = (self.tr("Delete what %1 did on %2: “%3”?").replace("%1", action.competitor)
                .replace("%2", format_date(action.observed_on)).replace("%3", action.description.split("\n")[0]))
        return self._deleted(self.tr("Delete competitor action"), text,
                             lambda: competitor_service.delete_action(action.id))

    def _deleted(self, title: str, question: str, delete) -> bool:
        if not confirm(self, title, question):
            return False
        try:
            delete()
        except KamdeskError as refused:
            show_error(self, refused)
            return False
        notify(COMPETITORS, source=self)
        return True


class CompetitorDialog(QDialog):
    """A new competitor, or `competitor_id`'s: its name and a note; a refusal is shown under the form and the
    dialog stays."""

    def __init__(self, parent: QWidget | None = None, competitor_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("competitor_dialog")
        self.setWindowTitle(self.tr("Edit competitor") if competitor_id else self.tr("New competitor"))
        self.saved_id: int | None = None
        self.competitor_id, self.row_version = competitor_id, None
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
        if competitor_id:
            loaded = competitor_service.get_competitor(competitor_id)
            self.name.setText(loaded.name)
            self.notes.setPlainText(loaded.notes)
            self.row_version = loaded.row_version

    def accept(self) -> None:
        try:
            saved = competitor_service.save_competitor({"name": self.name.text(), "notes": self.notes.toPlainText(),
                                                        "row_version": self.row_version}, self.competitor_id)
        except KamdeskError as refused:
            self.error.setText(error_text(refused))
            self.error.show()
            return
        self.saved_id = saved.id
        super().accept()
