"""The Receivables page: what every client owes as of a day, by age, with its open items and payment behaviour.

The list is `receivables.aging(as_of, manager_id=…, overdue_only=…)`: one row per client and currency with
the open amount, the overdue part, the five age buckets, the unallocated money and the age of the oldest
overdue item; typed words narrow it as the client list's search does (name, tax number, city, contacts);
a click on a header sorts by that column (overdue, largest first, at the start). The lines are read on a
worker thread once for a day, manager and "overdue only" (and after a change): typing, sorting and the
totals use them in memory (100,000 lines: the aging and the lines take a second or more to read; 0.2 s
to sort, 0.1 s to add up). A totals line per currency stays under the list, its
columns under the list's. Under it, the selected client's open items and how the client pays
(average days late, its trend, the rating it suggests; never written). Actions: Open client, Statement…
(the statement dialog), Import invoices… and Import payments…. No database query here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, fields
from typing import NamedTuple
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from kamdesk.core.services import company as company_service
from kamdesk.core.services import receivables
from kamdesk.core.text_fold import fold
from kamdesk.gui.changes import CLIENTS, Change, changes
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import fill_choices
from kamdesk.gui.operations import Operation
from kamdesk.gui.settlement.fields import date_edit
from kamdesk.gui.settlement.labels import (
    OVERDUE,
    SETTLEMENT,
    UNALLOCATED,
    behaviour_text,
    kind_labels,
    overdue_colour,
)
from kamdesk.gui.settlement.rows import RowsModel, detail_table, fill_table
from kamdesk.gui.settlement.settlement_page import RefreshedWhenSeen
from kamdesk.gui.widgets.lazy_model import Loaded
from kamdesk.gui.widgets.list_detail import list_over_detail
from kamdesk.gui.widgets.list_page import Hint, ListPage, list_table

translate = QCoreApplication.translate

COLUMNS = ("client", "manager", "currency", "open", "overdue", "not_due", "days_1_30", "days_31_60",
           "days_61_90", "days_over_90", "unallocated", "oldest_overdue_days")
MONEY = ("open", "overdue", "not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90", "unallocated")
TEXT_COLUMNS = ("client", "manager", "currency")
ITEM_COLUMNS = ("number", "kind", "issue_date", "due_date", "currency", "gross", "open", "days_overdue")


class AgingRow:
    """One line of the list: a client's receivables in one currency (a `receivables.Balance`'s fields, read
    through) and its manager's name; `id` tells the lines apart. Light: the list may hold 100,000 of them."""

    __slots__ = ("id", "balance", "manager")

    def __init__(self, balance: receivables.Balance, manager: str = "", line: int | None = None):
        self.id = line_id(balance.client_id, balance.currency) if line is None else line
        self.balance, self.manager = balance, manager

    def __getattr__(self, name: str):
        return getattr(self.balance, name)


@dataclass(frozen=True)
class ItemRow:
    id: int
    number: str
    kind: str
    issue_date: dt.date
    due_date: dt.date
    currency: str
    gross: Decimal
    open: Decimal
    days_overdue: int


class Reading(NamedTuple):
    """What the aging lines are read for: the day, the manager (None: all) and overdue only."""

    as_of: dt.date
    manager_id: int | None = None
    overdue_only: bool = False


def aging_rows(as_of: dt.date, manager_id: int | None = None, overdue_only: bool = False) -> list[AgingRow]:
    """The aging list as the page shows it, its managers named."""
    managers = {manager.id: manager.name for manager in company_service.list_managers(active_only=False)}
    return [aging_row(found, managers)
            for found in receivables.aging(as_of, manager_id=manager_id, overdue_only=overdue_only)]


def read_lines(reading: Reading) -> tuple[list[AgingRow], dict[int, str]]:
    """The lines of `reading` and their clients' search texts (on a worker thread: 100,000 clients take a
    second or more)."""
    from kamdesk.core.services.settlement_lists import client_search_texts  # loaded by the worker, not the GUI

    lines = aging_rows(*reading)
    return lines, client_search_texts(line.client_id for line in lines)


def aging_row(found: receivables.Balance, managers: dict[int, str]) -> AgingRow:
    """A `receivables.Balance` as a line of the list (its manager named from `managers`)."""
    return AgingRow(found, managers.get(found.manager_id, ""))


def line_id(client_id: int, currency: str) -> int:
    """A line's id: the client's id and its currency in one whole number, the same at each reading."""
    return client_id * (1 << 24) + _currency_code(currency)


@functools.cache
def _currency_code(currency: str) -> int:
    return int.from_bytes(currency.encode("ascii", "replace")[:3].ljust(3, b" "), "big")


def totals(rows: list[AgingRow]) -> list[AgingRow]:
    """One line per currency adding up `rows` (the oldest overdue item's age: the largest)."""
    by_currency: dict[str, list[receivables.Balance]] = defaultdict(list)
    for row in rows:
        by_currency[row.balance.currency].append(row.balance)
    total = translate("ReceivablesPage", "Total")
    return [AgingRow(receivables.Balance(
        0, total, "", None, currency, *(sum(getattr(balance, name) for balance in balances) for name in MINOR),
        max(balance.oldest_overdue_days for balance in balances)),
        line=index) for index, (currency, balances) in enumerate(sorted(by_currency.items()))]


MINOR = ("not_due_minor", "days_1_30_minor", "days_31_60_minor", "days_61_90_minor", "days_over_90_minor",
         "unallocated_minor")  # what a Balance adds up from (hundredths)


def item_row(item: receivables.OpenItem) -> ItemRow:
    """An open item as the tables show it (days overdue: 0 while not due)."""
    values = {f.name: getattr(item, f.name) for f in fields(item) if f.name != "invoice_id"}
    return ItemRow(id=item.invoice_id, **{**values, "days_overdue": max(0, item.days_overdue)})


def fill_items(table, items: list[ItemRow]) -> None:
    """Open items into a detail table, due dates past in orange (up to 30 days) or red."""
    fill_table(table, items, ITEM_COLUMNS, money=("gross", "open"), counts=("days_overdue",),
               labels={"kind": kind_labels()}, blank_zero=("days_overdue",),
               colour=lambda item, column: overdue_colour(item.days_overdue)
               if column in ("due_date", "days_overdue") else None)


class AgingModel(RowsModel):
    """The aging lines, sorted by one column."""

    COLUMNS = COLUMNS
    MONEY = MONEY
    COUNTS = ("oldest_overdue_days",)
    BLANK_ZERO = ("overdue", "not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90", "unallocated",
                  "oldest_overdue_days")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = {"text": ""}
        self.sort_column, self.descending = "overdue", True
        self.headers = (self.tr("Client"), self.tr("Manager"), self.tr("Currency"),
                        self.tr("Open"), self.tr("Overdue"), self.tr("Not due"), self.tr("1–30 days"),
                        self.tr("31–60 days"), self.tr("61–90 days"), self.tr("Over 90 days"),
                        self.tr("Unallocated"), self.tr("Oldest, days"))
        self.held_for: Reading | None = None  # what the lines in memory were read for (None: nothing held)
        self._lines: list[AgingRow] = []
        self._texts: dict[int, str] = {}  # client id → what the client search looks into, folded

    def hold(self, reading: Reading, lines: list[AgingRow], texts: dict[int, str]) -> None:
        """Keep the lines read for `reading` (and their clients' search texts); `set_filter` shows them."""
        self.held_for, self._lines, self._texts = reading, lines, texts

    def query(self) -> Loaded:
        """The lines in memory matching the typed words, in the chosen order."""
        terms = fold(self.filter.get("text", "")).split()
        lines = self._lines
        if terms:  # each typed word somewhere in what the client search looks into, as in the client list
            lines = [line for line in lines if all(term in self._texts.get(line.client_id, "") for term in terms)]
        return Loaded(self.in_order(lines))

    def in_order(self, lines: list[AgingRow]) -> list[AgingRow]:
        column = self.sort_column
        if column == "client":
            return sorted(lines, key=lambda line: self._texts.get(line.client_id, "").partition("\n")[0],
                          reverse=self.descending)
        if column in TEXT_COLUMNS:  # equal ones stay in the order read (client id): the sort is stable
            return sorted(lines, key=lambda line: fold(getattr(line, column)), reverse=self.descending)
        return sorted(lines, key=lambda line: getattr(line.balance, column), reverse=self.descending)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.sort_column, self.descending) == (COLUMNS[column], descending):
            return
        self.sort_column, self.descending = COLUMNS[column], descending
        if self.held_for is not None:  # before the first reading (the view's sort indicator set up) nothing to do
            self.set_filter(self.filter)  # the lines in memory, in the new order

    def colour(self, row: AgingRow, column: str) -> QColor | None:
        if column in ("overdue", "oldest_overdue_days", "days_61_90", "days_over_90") and row.overdue:
            return OVERDUE
        if column == "unallocated" and row.unallocated:
            return UNALLOCATED
        return None

    def bold(self, row: AgingRow, column: str) -> bool:
        return column == "open"


class TotalsModel(AgingModel):
    """The totals line(s) under the list: one per currency, in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[AgingRow] = []

    def query(self) -> Loaded:
        return Loaded(self.lines)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        return None

    def bold(self, row: AgingRow, column: str) -> bool:
        return True


class ReceivablesPage(RefreshedWhenSeen, QWidget):
    """The aging list with its totals, the selected client's open items and payment behaviour.

    Public: `refresh()`, `current_client_id()`, `open_current_client()`, `statement()`, `import_invoices()`,
    `import_payments()`, `set_as_of(date)`; signal `open_client(client_id)` (the window opens the card).
    """

    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("receivables_page")
        self.model = AgingModel(self)
        self.totals_model = TotalsModel(self)
        self._shown_for: tuple | None = None  # the line and day whose details are shown
        self._wanted: Reading | None = None  # what the latest reading asked for
        self._build_list()
        self._build_detail()
        list_over_detail(self, self.listing, self.detail, detail_stretch=2)
        self.listing.current_changed.connect(self._show_current)
        self.model.result_changed.connect(lambda *_: self._show_totals())
        changes().changed.connect(self._saved_elsewhere)
        self.refresh()

    # ------------------------------------------------------------ building
    def _build_list(self) -> None:
        self.listing = ListPage(
            self.model, self, search_name="receivables_search", placeholder=self.tr("Search client or tax number…"),
            table_name="aging_table", count_name="aging_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 line"), self.tr("%1 lines")),
            no_match=lambda text: self.tr("No client with receivables matches “%1”.").replace("%1", text) if text
            else self.tr("No client with receivables matches these filters."),
            empty_hint=self._empty_hint, activate=self.open_current_client, apply=self._read, up_to_search=True)
        self.table = self.listing.table
        self.as_of_label = QLabel(self.tr("&As of:"), self)
        self.as_of = date_edit(self, "as_of")
        self.as_of_label.setBuddy(self.as_of)
        self.listing.add_to_bar(self.as_of_label)
        self.listing.add_to_bar(self.as_of)
        self.as_of.dateChanged.connect(lambda *_: self.listing.search_timer.start())  # each typed digit a day
        self.manager = self.listing.add_filter("receivables_manager", self.tr("All managers"))
        self.overdue_only = self.listing.add_check(self.tr("Over&due only"))
        self.overdue_only.setObjectName("overdue_only")
        self.listing.fit(stretch=COLUMNS.index("client"), text=[COLUMNS.index("manager")])
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index("overdue"), Qt.SortOrder.DescendingOrder)
        self._build_totals()
        self.open_button = self.listing.add_action(self.tr("&Open client"), self.open_current_client, "open_client")
        self.statement_button = self.listing.add_action(self.tr("&Statement…"), self.statement, "statement")
        self.listing.add_action(self.tr("Import &invoices…"), self.import_invoices, "import_invoices")
        self.listing.add_action(self.tr("Import &payments…"), self.import_payments, "import_payments")

    def _build_totals(self) -> None:
        """The totals under the list, in the list's columns (widths and scrolling follow the list's)."""
        self.totals = list_table(self.listing.body, "aging_totals", self.totals_model)
        self.totals.horizontalHeader().hide()
        self.totals.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setStyleSheet("QTableView { background: #f2f2f2; }")
        header = self.table.horizontalHeader()
        header.sectionResized.connect(lambda column, _old, width: self.totals.setColumnWidth(column, width))
        self.table.horizontalScrollBar().valueChanged.connect(self.totals.horizontalScrollBar().setValue)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.listing.body.layout().insertWidget(1, self.totals)

    def _build_detail(self) -> None:
        self.detail = QWidget(self)
        self.detail.setObjectName("receivables_detail")
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("open_items_title")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.behaviour = QLabel(self.detail)
        self.behaviour.setObjectName("behaviour")
        self.behaviour.setWordWrap(True)
        self.behaviour.setTextFormat(Qt.TextFormat.PlainText)
        self.items = detail_table(self.detail, "open_items", (
            self.tr("Number"), self.tr("Kind"), self.tr("Issued"), self.tr("Due"), self.tr("Currency"),
            self.tr("Gross"), self.tr("Open"), self.tr("Days overdue")))
        self.items.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.behaviour)
        layout.addWidget(self.items, 1)

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        """Read the managers, the lines and the selected client's details again (the selection stays)."""
        fill_choices(self.manager, self.tr("All managers"),
                     ((manager.name, manager.id) for manager in company_service.list_managers()))
        self._read(again=True)

    def set_as_of(self, day: dt.date) -> None:
        """Show the receivables as of `day` (read at once, not after a pause in typing)."""
        self.as_of.setDate(day)
        self._read()

    def reading(self) -> Reading:
        """What the filters ask the lines to be read for."""
        return Reading(self.as_of.date().toPython(), self.manager.currentData(), self.overdue_only.isChecked())

    def _read(self, again: bool = False):
        """Show the lines the filters ask for: those in memory, narrowed by the typed words, or (another day,
        manager, overdue only, or `again` after a change) read anew on a worker thread. Returns the Operation
        reading them, None when none was needed."""
        self.listing.search_timer.stop()
        wanted = self.reading()
        if wanted == self.model.held_for and not again:
            self.listing.apply_filters(keep=True)
            return None
        self._wanted = wanted
        if self.model.held_for is None:
            self.listing.count_label.setText(self.tr("Reading the receivables…"))
        return Operation(self, lambda _task: read_lines(wanted)).success(
            lambda found: self._received(wanted, *found)).run()

    def _received(self, reading: Reading, lines: list[AgingRow], texts: dict[int, str]) -> None:
        if reading != self._wanted:  # the filters changed meanwhile: another reading is on its way
            return
        self.model.hold(reading, lines, texts)
        self._shown_for = None  # the figures may have changed: the selected client's details are read again
        self.listing.apply_filters(keep=True)

    def current_row(self) -> AgingRow | None:
        return self.listing.current_row()

    def current_client_id(self) -> int | None:
        row = self.current_row()
        return row.client_id if row is not None else None

    def open_current_client(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.open_client.emit(client_id)

    def statement(self):
        """The reconciliation statement of the selected client (H-statement's dialog)."""
        client_id = self.current_client_id()
        if client_id is None:
            return None
        from kamdesk.gui.settlement.statement_dialog import open_statement_dialog

        return open_statement_dialog(self, client_id)

    def import_invoices(self):
        from kamdesk.gui.settlement.invoice_import import import_invoices_interactively

        return import_invoices_interactively(self)

    def import_payments(self):
        from kamdesk.gui.settlement.payment_import import import_payments_interactively

        return import_payments_interactively(self)

    # ------------------------------------------------------------ behaviour
    def _filter(self) -> dict:
        return {"text": self.listing.search.text()}

    def _empty_hint(self) -> Hint:
        return (self.tr("Nothing is owed as of this day. Receivables come from the accounting system: import its "
                        "invoice list and the bank statements."),
                [(self.tr("Import invoices…"), self.import_invoices),
                 (self.tr("Import payments…"), self.import_payments)])

    def _show_totals(self) -> None:
        self.totals_model.lines = totals(self.model.source.all)
        self.totals_model.reload()
        for column in range(1, len(COLUMNS)):  # the sums may be wider than any line: the list's column widens
            wider = max(self.table.columnWidth(column), self.totals.sizeHintForColumn(column))
            self.table.setColumnWidth(column, wider)
            self.totals.setColumnWidth(column, wider)
        self.totals.setColumnWidth(0, self.table.columnWidth(0))
        rows = self.totals_model.rowCount()
        self.totals.setVisible(rows > 0)
        self.totals.setFixedHeight(rows * self.totals.verticalHeader().defaultSectionSize()
                                   + 2 * self.totals.frameWidth())

    def _show_current(self) -> None:
        """The selected client's open items and behaviour, read once per selection and reading of the lines."""
        row = self.current_row()
        as_of = self.model.held_for.as_of if self.model.held_for is not None else None
        if self._shown_for == (row.id if row is not None else None, as_of):
            return
        self._shown_for = (row.id if row is not None else None, as_of)
        for button in (self.open_button, self.statement_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("Choose a client to see its open items."))
            self.behaviour.clear()
            self.items.setRowCount(0)
            return
        items = [item_row(item) for item in receivables.open_items(row.client_id, as_of)
                 if item.currency == row.currency]
        who = f"{row.client} ({row.tax_number})" if row.tax_number else row.client
        self.detail_title.setText(self.tr("%1: open items as of %2").replace("%2", format_date(as_of))
                                  .replace("%1", who))  # the name last: it may hold a "%2"
        self.behaviour.setText(behaviour_text(receivables.payment_behaviour(row.client_id, as_of)))
        fill_items(self.items, items)

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(SETTLEMENT, CLIENTS) and change.source is not self:
            self.changed_elsewhere()
