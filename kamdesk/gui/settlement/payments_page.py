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

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.core.services.settlement_lists import PaymentFilter, PaymentRow
from kamdesk.gui.formatting import format_date
from kamdesk.gui.settlement.labels import (
    UNALLOCATED,
    period_choices,
    period_dates,
    rule_labels,
    source_labels,
)
from kamdesk.gui.settlement.entry_page import EntryListPage
from kamdesk.gui.settlement.rows import RowsModel, ShownAllocation, fill_table
from kamdesk.gui.widgets.list_detail import keep_dialog
from kamdesk.gui.widgets.list_page import Hint, ListPage

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


class PaymentsPage(EntryListPage):
    """The payment list with its filters, what the selected payment settles, the entry and allocation dialogs.

    Public: `refresh()`, `new_payment(client_id=None)`, `open_payment(payment_id)` (each returns the open
    `PaymentDialog`), `delete_current()`, `allocate()` (returns the `AllocationDialog`), `remove_allocation()`,
    `import_payments()`; `dialog` is the dialog open.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__("payments_page", PaymentsModel(), parent)

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
        self._add_entry_actions((self.tr("&New payment…"), self.new_payment, "new_payment"),
                                (self.tr("&Correct…"), self.open_current, "open_payment"),
                                (self.tr("&Delete"), self.delete_current, "delete_payment"),
                                (self.tr("&Import payments…"), self.import_payments, "import_payments"))

    def _build_allocations(self) -> None:
        self.detail = QWidget(self)
        self._allocations_pane("payment_allocations", (
            self.tr("Settled on"), self.tr("Invoice"), self.tr("Amount"), self.tr("How")))

    def _allocation_buttons(self) -> tuple[QPushButton, ...]:
        self.allocate_button = QPushButton(self.tr("&Allocate…"), self.detail)
        self.allocate_button.setObjectName("allocate")
        self.allocate_button.setToolTip(self.tr("Settle an open invoice of the client with this payment, by hand"))
        self.allocate_button.clicked.connect(self.allocate)
        return (self.allocate_button,)

    # ------------------------------------------------------------ public API
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
        dialog.accepted.connect(self.refresh)
        return keep_dialog(self, dialog)

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

    def _update_allocation_actions(self) -> None:
        row = self.listing.current_row()
        self.allocate_button.setEnabled(row is not None and row.amount > 0 and entry.can_record())
        super()._update_allocation_actions()
