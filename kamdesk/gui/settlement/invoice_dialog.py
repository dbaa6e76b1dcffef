"""Type in an invoice or credit note the accounting file lacks, or correct one: `InvoiceDialog`.

The form holds number, kind, client (found by typing), issue and due dates (the due date follows the
client's payment terms until it is set by hand), net, VAT and gross (the gross, left empty, is net plus
VAT: its placeholder shows the sum), currency, the invoice a credit note refers to, the order invoiced
and a note. A credit note's amounts are typed as the document prints them or positive; they are stored
negative (`settlement_entry.save_invoice`). Saving runs in one call that also settles the client's
receivables anew; the messages stand beside their fields, a save over someone else's change asks
Reload or Overwrite, and Esc asks before typed changes are lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from kamdesk.core.services import party
from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.gui.formatting import format_date
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.settlement.entry_form import (
    delete_after_asking,
    lay_out_form,
    note_edit,
    save_entry,
    show_recording_allowed,
)
from kamdesk.gui.settlement.fields import amount_edit, currency_choice, date_edit, qdate, show_amount, typed_amount
from kamdesk.gui.settlement.labels import kind_labels
from kamdesk.gui.settlement.rows import amount_text
from kamdesk.gui.unsaved import UnsavedFields
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.client_picker import ClientPicker
from kamdesk.gui.widgets.max_length import limit_line_edits

FIELDS = ("number", "kind", "client", "issue_date", "due_date", "net_amount", "vat_amount", "gross_amount",
          "currency", "refers_to", "order", "note")


class InvoiceDialog(UnsavedFields, QDialog):
    """A new invoice (`invoice_id` None; for `client_id` when given) or the correction of a stored one.

    After a save `invoice_id` is the saved invoice's id; `saved(client_id)` is emitted and every page hears
    of the change (kind "settlement").
    """

    saved = Signal(int)

    def __init__(self, invoice_id: int | None = None, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("invoice_dialog")
        self.invoice_id = invoice_id
        self._versions = LoadedVersions(self._reload)
        self._due_touched = False
        self._build()
        if invoice_id is not None:
            self._show(lists.get_invoice(invoice_id))
        else:
            self.setWindowTitle(self.tr("New invoice"))
            if client_id is not None:
                self.picker.set_client(client_id, party.get_client(client_id).name)
            self._follow_terms()
        self._update_enabled()
        (self.number if invoice_id is None else self.gross_amount).setFocus()
        fit_to_screen(self, max(self.sizeHint().width(), 560), self.sizeHint().height())

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.number = QLineEdit(self)
        self.kind = QComboBox(self)
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.client = QLineEdit(self)
        self.client.setPlaceholderText(self.tr("Type the client's name or tax number…"))
        self.picker = ClientPicker(self.client, self._client_picked)
        self.issue_date = date_edit(self, "issue_date")
        self.due_date = date_edit(self, "due_date")
        self.net_amount = amount_edit(self, "net_amount")
        self.vat_amount = amount_edit(self, "vat_amount")
        self.gross_amount = amount_edit(self, "gross_amount")
        self.currency = currency_choice(self, "currency", entry.default_currency())
        self.refers_to = QComboBox(self)
        self.order = QComboBox(self)
        self.note = note_edit(self)
        for name in FIELDS:
            getattr(self, name).setObjectName(name)
        limit_line_edits(self, "invoice")
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        self.errors = lay_out_form(self, (("number", self.tr("&Number:")), ("kind", self.tr("&Kind:")), ("client", self.tr("C&lient:")),
                ("issue_date", self.tr("&Issued on:")), ("due_date", self.tr("&Due on:")),
                ("net_amount", self.tr("N&et amount:")), ("vat_amount", self.tr("&VAT:")),
                ("gross_amount", self.tr("&Gross amount:")), ("currency", self.tr("C&urrency:")),
                ("refers_to", self.tr("&Refers to invoice:")), ("order", self.tr("&Order invoiced:")),
                ("note", self.tr("No&te:"))))

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda *_: self._update_enabled())
        self.issue_date.dateChanged.connect(lambda *_: self._follow_terms())
        self.due_date.dateChanged.connect(self._due_set)
        self.currency.currentTextChanged.connect(lambda *_: self._fill_references())
        for edit in (self.net_amount, self.vat_amount):
            edit.textChanged.connect(lambda *_: self._show_gross_sum())

    # ------------------------------------------------------------ showing
    def _show(self, invoice) -> None:
        self.invoice_id = invoice.id
        self._versions.remember(invoice)
        self.setWindowTitle(self.tr("Invoice %1").replace("%1", invoice.number) if invoice.kind == entry.INVOICE
                            else self.tr("Credit note %1").replace("%1", invoice.number))
        self.number.setText(invoice.number)
        self.kind.setCurrentIndex(max(0, self.kind.findData(invoice.kind)))
        self.picker.set_client(invoice.client_id, invoice.client.name)
        self.issue_date.setDate(qdate(invoice.issue_date))
        self.due_date.setDate(qdate(invoice.due_date))
        self._due_touched = True
        sign = -1 if invoice.kind == entry.CREDIT_NOTE else 1  # typed positive, stored negative
        for name in ("net_amount", "vat_amount", "gross_amount"):
            show_amount(getattr(self, name), sign * getattr(invoice, name), invoice.currency)
        self.currency.setCurrentText(invoice.currency)
        self._fill_choices(refers_to=invoice.refers_to_id, order=invoice.order_id)
        self.note.setPlainText(invoice.note)
        self._shown_state = None  # what is shown now is what was loaded: compare later changes with it

    def _reload(self) -> None:
        """Show the stored invoice again (after Reload in the changed-meanwhile question)."""
        self._show(lists.get_invoice(self.invoice_id))
        self.discard_changes()

    def _client_picked(self, client_id: int | None) -> None:
        self._fill_choices()
        self._follow_terms()

    def _fill_choices(self, refers_to: int | None = None, order: int | None = None) -> None:
        """The client's invoices (a credit note refers to one) and orders (what an invoice is for)."""
        self._fill_references(refers_to)
        current = order if order is not None else self.order.currentData()
        self.order.clear()
        self.order.addItem(self.tr("(none)"), None)
        if self.picker.client_id is not None:
            for order_id, number, day in lists.client_orders(self.picker.client_id):
                self.order.addItem(f"{number} · {format_date(day)}", order_id)
        self.order.setCurrentIndex(max(0, self.order.findData(current)))

    def _fill_references(self, refers_to: int | None = None) -> None:
        current = refers_to if refers_to is not None else self.refers_to.currentData()
        self.refers_to.clear()
        self.refers_to.addItem(self.tr("(none)"), None)
        if self.picker.client_id is not None:
            for row in lists.referable_invoices(self.picker.client_id, self.currency.currentText().strip().upper(),
                                                self.invoice_id):
                self.refers_to.addItem(f"{row.number} · {format_date(row.issue_date)}", row.id)
        self.refers_to.setCurrentIndex(max(0, self.refers_to.findData(current)))

    def _follow_terms(self) -> None:
        """Until the due date is set by hand it is the issue date plus the client's payment terms."""
        if self._due_touched:
            return
        terms = party.get_client(self.picker.client_id).payment_terms_days if self.picker.client_id else 0
        due = entry.due_by_terms(self.issue_date.date().toPython(), terms)
        self.due_date.blockSignals(True)
        self.due_date.setDate(qdate(due))
        self.due_date.blockSignals(False)

    def _due_set(self, *_args) -> None:
        self._due_touched = True

    def _show_gross_sum(self) -> None:
        """An empty gross is net plus VAT: its placeholder says how much that is."""
        net, vat = typed_amount(self.net_amount), typed_amount(self.vat_amount)
        total = None if net is None else net + (vat or 0)
        self.gross_amount.setPlaceholderText("" if total is None else
                                             self.tr("%1 (net + VAT)").replace(
                                                 "%1", amount_text(total, self.currency.currentText())))

    def _update_enabled(self) -> None:
        credit_note = self.kind.currentData() == entry.CREDIT_NOTE
        self.refers_to.setEnabled(credit_note)
        if not credit_note:
            self.refers_to.setCurrentIndex(0)
        show_recording_allowed(self)

    # ------------------------------------------------------------ saving
    def values(self) -> dict:
        """What the form holds, as `settlement_entry.save_invoice` takes it."""
        return {"number": self.number.text().strip(), "kind": self.kind.currentData(),
                "client": self.picker.client_id, "issue_date": self.issue_date.date().toPython(),
                "due_date": self.due_date.date().toPython(), "net_amount": self.net_amount.text().strip(),
                "vat_amount": self.vat_amount.text().strip(), "gross_amount": self.gross_amount.text().strip(),
                "currency": self.currency.currentText().strip(), "refers_to": self.refers_to.currentData(),
                "order": self.order.currentData(), "note": self.note.toPlainText().strip(),
                "row_version": self._versions.get("invoice", self.invoice_id)}

    def accept(self) -> None:
        if save_entry(self, lambda: entry.save_invoice(self.values(), self.invoice_id),
                      self.tr("Choose the client from the list that opens as you type."), self._kept):
            super().accept()

    def _kept(self, invoice) -> None:
        self.invoice_id = invoice.id
        self._versions.remember(invoice)


def delete_invoice_interactively(parent: QWidget, invoice_id: int, number: str, client_id: int) -> bool:
    """Ask, then delete the invoice (what it settled is settled anew); True when it was deleted."""
    return delete_after_asking(
        parent, QCoreApplication.translate("InvoiceDialog", "Delete invoice"),
        QCoreApplication.translate("InvoiceDialog", "Delete %1? What it settled, or what settled it, is allocated "
                                   "anew; the accounting system keeps its own copy.").replace("%1", number),
        lambda: entry.delete_invoice(invoice_id), client_id)
