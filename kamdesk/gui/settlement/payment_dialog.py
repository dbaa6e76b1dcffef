"""Record a payment by hand (cash, a transfer the statement lacks) or correct one, and allocate one by hand.

`PaymentDialog`: client (found by typing), date, amount (a refund negative), currency, the payer's name
and tax number as the bank wrote them, the remark (an invoice number in it settles that invoice first),
the bank's reference and a note; saved with `settlement_entry.save_payment`, which allocates the client's
money anew. `AllocationDialog`: which open invoice of the payment's client (in its currency) the payment
settles, and how much, kept through later allocations (`receivables.allocate_by_hand`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import party, receivables
from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.gui.changes import notify
from kamdesk.gui.formatting import format_date
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.settlement.entry_form import (
    delete_after_asking,
    lay_out_form,
    note_edit,
    save_entry,
    settle_anew,
    show_recording_allowed,
)
from kamdesk.gui.settlement.fields import (
    amount_edit,
    currency_choice,
    date_edit,
    error_label,
    qdate,
    show_amount,
    with_error,
)
from kamdesk.gui.settlement.labels import SETTLEMENT
from kamdesk.gui.settlement.rows import current_row_id, detail_table, fill_table
from kamdesk.gui.unsaved import UnsavedFields
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.client_picker import ClientPicker
from kamdesk.gui.widgets.field_errors import FieldErrors
from kamdesk.gui.widgets.max_length import limit_line_edits

FIELDS = ("client", "paid_on", "amount", "currency", "partner_name", "tax_number", "remark", "reference", "note")
translate = QCoreApplication.translate


class PaymentDialog(UnsavedFields, QDialog):
    """A new payment (`payment_id` None; for `client_id` when given) or the correction of a stored one.

    After a save `payment_id` is the saved payment's id and `saved(client_id)` is emitted.
    """

    saved = Signal(int)

    def __init__(self, payment_id: int | None = None, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self.payment_id = payment_id
        self._versions = LoadedVersions(self._reload)
        self._build()
        if payment_id is not None:
            self._show(lists.get_payment(payment_id))
        else:
            self.setWindowTitle(self.tr("New payment"))
            if client_id is not None:
                self.picker.set_client(client_id, party.get_client(client_id).name)
        show_recording_allowed(self)
        (self.amount if self.picker.client_id is not None else self.client).setFocus()
        fit_to_screen(self, max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _build(self) -> None:
        self.client = QLineEdit(self)
        self.client.setPlaceholderText(self.tr("Type the client's name or tax number…"))
        self.picker = ClientPicker(self.client, lambda _client_id: None)
        self.paid_on = date_edit(self, "paid_on")
        self.amount = amount_edit(self, "amount")
        self.amount.setToolTip(self.tr("A refund to the client is negative."))
        self.currency = currency_choice(self, "currency", entry.default_currency())
        self.partner_name, self.tax_number = QLineEdit(self), QLineEdit(self)
        self.remark, self.reference = QLineEdit(self), QLineEdit(self)
        self.remark.setPlaceholderText(self.tr("An invoice number here settles that invoice first"))
        self.note = note_edit(self)
        for name in FIELDS:
            getattr(self, name).setObjectName(name)
        limit_line_edits(self, "payment")
        self.remark.setMaxLength(500)
        lay_out_form(self, (("client", self.tr("C&lient:")), ("paid_on", self.tr("&Paid on:")),
                            ("amount", self.tr("&Amount:")), ("currency", self.tr("C&urrency:")),
                            ("partner_name", self.tr("Paid &by (as the bank wrote it):")),
                            ("tax_number", self.tr("Pa&yer's tax number:")), ("remark", self.tr("&Remark:")),
                            ("reference", self.tr("Bank r&eference:")), ("note", self.tr("No&te:"))))

    def _show(self, payment) -> None:
        self.payment_id = payment.id
        self._versions.remember(payment)
        self.setWindowTitle(self.tr("Payment of %1").replace("%1", format_date(payment.paid_on)))
        self.picker.set_client(payment.client_id, payment.client.name)
        self.paid_on.setDate(qdate(payment.paid_on))
        show_amount(self.amount, payment.amount, payment.currency)
        self.currency.setCurrentText(payment.currency)
        for name in ("partner_name", "tax_number", "remark", "reference"):
            getattr(self, name).setText(getattr(payment, name))
        self.note.setPlainText(payment.note)

    def _reload(self) -> None:
        self._show(lists.get_payment(self.payment_id))
        self.discard_changes()

    def values(self) -> dict:
        """What the form holds, as `settlement_entry.save_payment` takes it."""
        return {"client": self.picker.client_id, "paid_on": self.paid_on.date().toPython(),
                "amount": self.amount.text().strip(), "currency": self.currency.currentText().strip(),
                "partner_name": self.partner_name.text().strip(), "tax_number": self.tax_number.text().strip(),
                "remark": self.remark.text().strip(), "reference": self.reference.text().strip(),
                "note": self.note.toPlainText().strip(), "row_version": self._versions.get("payment", self.payment_id)}

    def accept(self) -> None:
        if save_entry(self, lambda: entry.save_payment(self.values(), self.payment_id),
                      self.tr("Choose the client from the list that opens as you type."),
                      lambda payment: setattr(self, "payment_id", payment.id)):
            super().accept()


def delete_payment_interactively(parent: QWidget, payment_id: int, what: str, client_id: int) -> bool:
    """Ask, then delete the payment (the invoices it settled are open again); True when it was deleted."""
    return delete_after_asking(
        parent, translate("PaymentDialog", "Delete payment"),
        translate("PaymentDialog", "Delete the payment %1? The invoices it settled are open again, or settled by "
                                   "other money.").replace("%1", what),
        lambda: entry.delete_payment(payment_id), client_id)


def remove_allocation_interactively(parent: QWidget, allocation_id: int, client_id: int) -> bool:
    """Take back an allocation made by hand (the payment follows the rules again); True when it was removed."""
    return settle_anew(parent, lambda: receivables.remove_allocation(allocation_id), client_id)


ALLOCATABLE_COLUMNS = ("number", "issue_date", "due_date", "gross", "open")


class AllocationDialog(QDialog):
    """Allocate part of a payment to an open invoice of its client by hand: the invoice, then the amount."""

    def __init__(self, payment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("allocation_dialog")
        self.setWindowTitle(self.tr("Allocate by hand"))
        self.payment = lists.get_payment(payment_id)
        self.invoices = lists.allocatable_invoices(payment_id)
        payment = self.payment
        summary = QLabel(self.tr("Payment of %1 by %2: %3, of which %4 unallocated.")
                         .replace("%1", format_date(payment.paid_on))
                         .replace("%3", format_money(payment.amount, payment.currency))
                         .replace("%4", format_money(payment.unallocated, payment.currency))
                         .replace("%2", payment.client.name), self)  # the name last: it may hold a "%3"
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = detail_table(self, "allocatable_invoices", (
            self.tr("Invoice"), self.tr("Issued"), self.tr("Due"), self.tr("Gross"), self.tr("Open")))
        fill_table(self.table, self.invoices, ALLOCATABLE_COLUMNS, money=("gross", "open"))
        self.table.currentCellChanged.connect(lambda *_: self._invoice_chosen())
        self.amount = amount_edit(self, "allocation_amount")
        self.invoice_error, self.amount_error = error_label(self, "invoice_error"), error_label(self, "amount_error")
        self.form_error = error_label(self, "form_error")
        self.field_errors = FieldErrors({"invoice": self.invoice_error, "amount": self.amount_error},
                                        {"invoice": self.table, "amount": self.amount}, other=self.form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Allocate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("&Open invoice of the client:"), self, buddy=self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.invoice_error)
        amount_row = QFormLayout()
        amount_row.addRow(QLabel(self.tr("A&mount (%1):").replace("%1", payment.currency), self, buddy=self.amount),
                          with_error(self, self.amount, self.amount_error))
        layout.addLayout(amount_row)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        if not self.invoices:
            self.field_errors.show({"invoice": self.tr("The client has no open invoice in %1 to allocate to.")
                                    .replace("%1", payment.currency)}, focus=False)
        else:
            self.table.setCurrentCell(0, 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.invoices))
        fit_to_screen(self, 640, 440)

    def chosen_invoice(self):
        invoice_id = current_row_id(self.table)
        return next((row for row in self.invoices if row.id == invoice_id), None)

    def _invoice_chosen(self) -> None:
        """The amount offered: what the invoice still owes, at most what is left of the payment."""
        invoice = self.chosen_invoice()
        if invoice is None:
            return
        left = self.payment.unallocated if self.payment.unallocated > 0 else self.payment.amount
        show_amount(self.amount, min(invoice.open, left), self.payment.currency)

    def accept(self) -> None:
        self.field_errors.clear()
        invoice = self.chosen_invoice()
        if invoice is None:
            self.field_errors.show({"invoice": self.tr("Choose the invoice the payment settles.")})
            return
        errors: dict = {}
        amount = entry.clean_amount(self.amount.text(), self.tr("Amount"), "amount", errors)
        if errors:
            self.field_errors.show(errors)
            return
        saved, _ = self.field_errors.attempt(
            self, lambda: receivables.allocate_by_hand(self.payment.id, invoice.id, amount or Decimal(0)))
        if saved:
            notify(SETTLEMENT, client_id=self.payment.client_id, source=self)
            super().accept()
