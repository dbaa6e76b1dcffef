"""The Invoices page: the invoices and credit notes imported or typed in, and what settles each.

The list (number, kind, client, issue and due dates, currency, gross, open, the invoice a credit note
refers to, the order invoiced, where it came from) is filtered by typed text (client name or tax number,
invoice number), kind, period of issue and "open only", and read page by page. Under it, what settled the
selected invoice (payments and credit notes, the rule that allocated each); an allocation made by hand is
taken back there. Actions: New invoice…, Correct… (Enter), Delete (Del, after asking), Import invoices….
No database query here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.core.services.settlement_lists import InvoiceFilter, InvoiceRow
from kamdesk.gui.formatting import format_date
from kamdesk.gui.settlement.labels import (
    SETTLED,
    kind_labels,
    overdue_colour,
    period_choices,
    period_dates,
    rule_labels,
    source_labels,
)
from kamdesk.gui.settlement.entry_page import EntryListPage
from kamdesk.gui.settlement.rows import RowsModel, ShownAllocation, fill_table
from kamdesk.gui.widgets.list_page import Hint, ListPage

COLUMNS = ("number", "kind", "client", "issue_date", "due_date", "currency", "gross", "open", "refers_to", "order",
           "source")
ALLOCATION_COLUMNS = ("settled_on", "settled_by", "amount", "rule")


class InvoicesModel(RowsModel):
    COLUMNS = COLUMNS
    MONEY = ("gross", "open")
    BLANK_ZERO = ("open",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = InvoiceFilter()
        self.labels = {"kind": kind_labels(), "source": source_labels()}
        self.headers = (self.tr("Number"), self.tr("Kind"), self.tr("Client"), self.tr("Issued"), self.tr("Due"),
                        self.tr("Currency"), self.tr("Gross"), self.tr("Open"), self.tr("Refers to"),
                        self.tr("Order"), self.tr("Source"))

    def query(self) -> lists.Paged:
        return lists.invoice_pages(self.filter)

    def colour(self, row: InvoiceRow, column: str) -> QColor | None:
        if column in ("due_date", "open") and row.open > 0:
            return overdue_colour((dt.date.today() - row.due_date).days)
        if row.open == 0:
            return SETTLED
        return None


class InvoicesPage(EntryListPage):
    """The invoice list with its filters, the allocations of the selected invoice, and the entry dialogs.

    Public: `refresh()`, `new_invoice(client_id=None)`, `open_invoice(invoice_id)` (each returns the open
    `InvoiceDialog`), `delete_current()`, `remove_allocation()`, `import_invoices()`; `dialog` is the dialog open.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__("invoices_page", InvoicesModel(), parent)

    def _build_list(self) -> None:
        self.listing = ListPage(
            self.model, self, search_name="invoice_search", placeholder=self.tr("Search client or invoice number…"),
            table_name="invoices_table", count_name="invoice_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 invoice"), self.tr("%1 invoices")),
            no_match=lambda text: self.tr("No invoice matches “%1”.").replace("%1", text) if text
            else self.tr("No invoice matches these filters."),
            empty_hint=self._empty_hint, activate=self.open_current, up_to_search=True)
        self.table = self.listing.table
        self.kind = self.listing.add_filter("invoice_kind", self.tr("Invoices and credit notes"),
                                            [(label, code) for code, label in kind_labels().items()])
        self.period = self.listing.add_filter("invoice_period", self.tr("Any time"), period_choices())
        self.open_only = self.listing.add_check(self.tr("O&pen only"))
        self.open_only.setObjectName("open_only")
        self.listing.fit(stretch=COLUMNS.index("client"))
        self._add_entry_actions((self.tr("&New invoice…"), self.new_invoice, "new_invoice"),
                                (self.tr("&Correct…"), self.open_current, "open_invoice"),
                                (self.tr("&Delete"), self.delete_current, "delete_invoice"),
                                (self.tr("&Import invoices…"), self.import_invoices, "import_invoices"))

    def _build_allocations(self) -> None:
        self.detail = QWidget(self)
        self._allocations_pane("invoice_allocations", (
            self.tr("Settled on"), self.tr("By"), self.tr("Amount"), self.tr("How")))

    # ------------------------------------------------------------ public API
    def new_invoice(self, client_id: int | None = None):
        from kamdesk.gui.settlement.invoice_dialog import InvoiceDialog

        return self._show_dialog(InvoiceDialog(None, self, client_id=client_id))

    def open_invoice(self, invoice_id: int):
        from kamdesk.gui.settlement.invoice_dialog import InvoiceDialog

        return self._show_dialog(InvoiceDialog(invoice_id, self))

    def open_current(self):
        row = self.listing.current_row()
        return self.open_invoice(row.id) if row is not None else None

    def delete_current(self) -> bool:
        from kamdesk.gui.settlement.invoice_dialog import delete_invoice_interactively

        row = self.listing.current_row()
        if row is None or not delete_invoice_interactively(self, row.id, row.number, row.client_id):
            return False
        self.refresh()
        return True

    def import_invoices(self):
        from kamdesk.gui.settlement.invoice_import import import_invoices_interactively

        return import_invoices_interactively(self)

    # ------------------------------------------------------------ behaviour
    def _filter(self) -> InvoiceFilter:
        issued_from, issued_to = period_dates(self.period.currentData(), dt.date.today())
        return InvoiceFilter(text=self.listing.search.text(), kind=self.kind.currentData(), issued_from=issued_from,
                             issued_to=issued_to, open_only=self.open_only.isChecked())

    def _empty_hint(self) -> Hint:
        return (self.tr("No invoices yet. Import the invoice list of the accounting system, or type in what it "
                        "lacks."),
                [(self.tr("Import invoices…"), self.import_invoices), (self.tr("New invoice…"), self.new_invoice)])

    def _show_current(self) -> None:
        row = self.listing.current_row()
        allowed = entry.can_record()
        self.open_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and allowed)
        self._allocation_rows = lists.invoice_allocations(row.id) if row is not None else []
        shown = [self._shown_allocation(row, allocation) for allocation in self._allocation_rows]
        fill_table(self.allocations, shown, ALLOCATION_COLUMNS, money=("amount",),
                   labels={"rule": rule_labels()})
        if row is None:
            self.allocations_title.setText("")
        elif not shown:
            self.allocations_title.setText(self.tr("Nothing settles %1 yet.").replace("%1", row.number))
        else:
            self.allocations_title.setText(self.tr("What settles %1:").replace("%1", row.number))
        self._update_allocation_actions()

    def _shown_allocation(self, invoice: InvoiceRow, allocation):
        """The allocation as this list shows it: by which payment or credit note (of the invoice: what it settles)."""
        if invoice.kind == entry.CREDIT_NOTE and allocation.credit_note == invoice.number:
            by = self.tr("settles %1").replace("%1", allocation.invoice)
        elif allocation.settled_by == "payment":
            by = self.tr("payment of %1").replace("%1", format_date(allocation.paid_on))
        else:
            by = self.tr("credit note %1").replace("%1", allocation.credit_note)
        return ShownAllocation(allocation.id, allocation.settled_on, by, allocation.amount, invoice.currency,
                               allocation.rule)
