"""The Payments page: the payments imported from bank statements or typed in, and what each settles.

The list (date, client, payer as the bank wrote it, currency, amount, unallocated, remark, bank reference,
where it came from) is filtered by typed text (client name or tax number, payer, remark, reference),
period and "unallocated only", and read page by page. Under it, the invoices the selected payment settles
and by which rule; Allocate… settles an open invoice of the client by hand, Remove allocation takes a hand
allocation back. Actions: New payment…, Correct… (Enter), Delete (Del, after asking), Import payments….
No database query here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.core.services.settlement_lists import PaymentFilter, PaymentRow
from kamdesk.gui.changes import CLIENTS, Change, changes
from kamdesk.gui.formatting import format_date
from kamdesk.gui.settlement.labels import (
    MANUAL_RULE,
    SETTLEMENT,
    UNALLOCATED,
    period_choices,
    period_dates,
    recorders_only,
    rule_labels,
    source_labels,
)
from kamdesk.gui.settlement.rows import RowsModel, ShownAllocation, current_row_id, detail_table, fill_table
from kamdesk.gui.settlement.settlement_page import RefreshedWhenSeen
from kamdesk.gui.widgets.list_page import Hint, ListPage
from kamdesk.gui.widgets.tables import with_buttons

COLUMNS = ("paid_on", "client", "partner_name", "currency", "amount", "unallocated", "remark", "reference", "source")
ALLOCATION_COLUMNS = ("settled_on", "settled_by", "amount", "rule")


class PaymentsModel(RowsModel):
    COLUMNS = COLUMNS
    MONEY = ("amount", "unallocated")
    BLANK_ZERO = ("unallocated",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = PaymentFilter()
        self.labels = {"source": source_labels()}
        self.headers = (self.tr("Paid on"), self.tr("Client"), self.tr("Paid by"), self.tr("Currency"),
                        self.tr("Amount"), self.tr("Unallocated"), self.tr("Remark"), self.tr("Reference"),
                        self.tr("Source"))

    def query(self) -> lists.Paged:
        return lists.payment_pages(self.filter)

    def colour(self, row: PaymentRow, column: str) -> QColor | None:
        return UNALLOCATED if column == "unallocated" and row.unallocated else None

    def bold(self, row: PaymentRow, column: str) -> bool:
        return column == "unallocated" and row.unallocated != 0


class PaymentsPage(RefreshedWhenSeen, QWidget):
    """The payment list with its filters, what the selected payment settles, the entry and allocation dialogs.

    Public: `refresh()`, `new_payment(client_id=None)`, `open_payment(payment_id)` (each returns the open
    `PaymentDialog`), `delete_current()`, `allocate()` (returns the `AllocationDialog`), `remove_allocation()`,
    `import_payments()`; `dialog` is the dialog open.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("payments_page")
        self.dialog = None
        self._allocation_rows: list = []
        self.model = PaymentsModel(self)
        self._build_list()
        self._build_allocations()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.listing)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addWidget(splitter)
        self.listing.current_changed.connect(self._show_current)
        changes().changed.connect(self._saved_elsewhere)
        self.refresh()

    def _build_list(self) -> None:
        self.listing = ListPage(
            self.model, self, search_name="payment_search", placeholder=self.tr("Search client, payer or remark…"),
            table_name="payments_table", count_name="payment_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 payment"), self.tr("%1 payments")),
            no_match=lambda text: self.tr("No payment matches “%1”.").replace("%1", text) if text
            else self.tr("No payment matches these filters."),
            empty_hint=self._empty_hint, activate=self.open_current, up_to_search=True)
        self.table = self.listing.table
        self.period = self.listing.add_filter("payment_period", self.tr("Any time"), period_choices())
        self.unallocated_only = self.listing.add_check(self.tr("&Unallocated only"))
        self.unallocated_only.setObjectName("unallocated_only")
        self.listing.fit(stretch=COLUMNS.index("remark"), text=[COLUMNS.index("client"),
                                                                COLUMNS.index("partner_name")])
        allowed = entry.can_record()
        tip = "" if allowed else recorders_only()
        self.new_button = self.listing.add_action(self.tr("&New payment…"), self.new_payment, "new_payment", tip)
        self.open_button = self.listing.add_action(self.tr("&Correct…"), self.open_current, "open_payment")
        self.delete_button = self.listing.add_action(self.tr("&Delete"), self.delete_current, "delete_payment", tip)
        self.import_button = self.listing.add_action(self.tr("&Import payments…"), self.import_payments,
                                                     "import_payments", tip)
        for button in (self.new_button, self.import_button):
            button.setEnabled(allowed)
        self.table.installEventFilter(self)

    def _build_allocations(self) -> None:
        self.detail = QWidget(self)
        self.allocations_title = QLabel(self.detail)
        self.allocations_title.setObjectName("payment_allocations_title")
        self.allocations_title.setTextFormat(Qt.TextFormat.PlainText)
        self.allocations = detail_table(self.detail, "payment_allocations", (
            self.tr("Settled on"), self.tr("Invoice"), self.tr("Amount"), self.tr("How")))
        self.allocate_button = QPushButton(self.tr("&Allocate…"), self.detail)
        self.allocate_button.setObjectName("allocate")
        self.allocate_button.setToolTip(self.tr("Settle an open invoice of the client with this payment, by hand"))
        self.allocate_button.clicked.connect(self.allocate)
        self.remove_button = QPushButton(self.tr("&Remove allocation"), self.detail)
        self.remove_button.setObjectName("remove_allocation")
        self.remove_button.setToolTip(self.tr("Take back an allocation made by hand; the rules allocate anew"))
        self.remove_button.clicked.connect(self.remove_allocation)
        self.allocations.currentCellChanged.connect(lambda *_: self._update_allocation_actions())
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.allocations_title)
        layout.addLayout(with_buttons(self.allocations, (self.allocate_button, self.remove_button)), 1)

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        self.listing.refresh()

    def new_payment(self, client_id: int | None = None):
        from kamdesk.gui.settlement.payment_dialog import PaymentDialog

        return self._show_dialog(PaymentDialog(None, self, client_id=client_id))

    def open_payment(self, payment_id: int):
        from kamdesk.gui.settlement.payment_dialog import PaymentDialog

        return self._show_dialog(PaymentDialog(payment_id, self))

    def open_current(self):
        row = self.listing.current_row()
        return self.open_payment(row.id) if row is not None else None

    def delete_current(self) -> bool:
        from kamdesk.gui.settlement.payment_dialog import delete_payment_interactively

        row = self.listing.current_row()
        if row is None:
            return False
        what = f"{format_date(row.paid_on)} · {row.client}"
        if not delete_payment_interactively(self, row.id, what, row.client_id):
            return False
        self.refresh()
        return True

    def allocate(self):
        """Allocate the selected payment to an open invoice by hand (the dialog is returned, open)."""
        from kamdesk.gui.settlement.payment_dialog import AllocationDialog

        row = self.listing.current_row()
        if row is None:
            return None
        dialog = AllocationDialog(row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()
        return dialog

    def remove_allocation(self) -> bool:
        from kamdesk.gui.settlement.payment_dialog import remove_allocation_interactively

        allocation = self._current_allocation()
        row = self.listing.current_row()
        if allocation is None or row is None or allocation.rule != MANUAL_RULE:
            return False
        if not remove_allocation_interactively(self, allocation.id, row.client_id):
            return False
        self.refresh()
        return True

    def import_payments(self):
        from kamdesk.gui.settlement.payment_import import import_payments_interactively

        return import_payments_interactively(self)

    # ------------------------------------------------------------ behaviour
    def _filter(self) -> PaymentFilter:
        paid_from, paid_to = period_dates(self.period.currentData(), dt.date.today())
        return PaymentFilter(text=self.listing.search.text(), paid_from=paid_from, paid_to=paid_to,
                             unallocated_only=self.unallocated_only.isChecked())

    def _empty_hint(self) -> Hint:
        return (self.tr("No payments yet. Import the bank statements (or a payment list), or type in a cash "
                        "payment."),
                [(self.tr("Import payments…"), self.import_payments), (self.tr("New payment…"), self.new_payment)])

    def _show_current(self) -> None:
        row = self.listing.current_row()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and entry.can_record())
        self._allocation_rows = lists.payment_allocations(row.id) if row is not None else []
        shown = [ShownAllocation(a.id, a.settled_on, a.invoice, a.amount, row.currency, a.rule)
                 for a in self._allocation_rows]
        fill_table(self.allocations, shown, ALLOCATION_COLUMNS, money=("amount",), labels={"rule": rule_labels()})
        if row is None:
            self.allocations_title.setText("")
        elif not shown:
            self.allocations_title.setText(self.tr("The payment settles no invoice yet."))
        else:
            self.allocations_title.setText(self.tr("What the payment of %1 settles:")
                                           .replace("%1", format_date(row.paid_on)))
        self._update_allocation_actions()

    def _current_allocation(self):
        allocation_id = current_row_id(self.allocations)
        return next((a for a in self._allocation_rows if a.id == allocation_id), None)

    def _update_allocation_actions(self) -> None:
        allowed = entry.can_record()
        row = self.listing.current_row()
        self.allocate_button.setEnabled(row is not None and row.amount > 0 and allowed)
        allocation = self._current_allocation()
        self.remove_button.setEnabled(allocation is not None and allocation.rule == MANUAL_RULE and allowed)

    def _show_dialog(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _client_id: self.refresh())
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(SETTLEMENT, CLIENTS) and change.source is not self and change.source is not self.dialog:
            self.changed_elsewhere()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if self.delete_button.isEnabled():
                self.delete_current()
            return True
        return super().eventFilter(obj, event)
