"""Record (or correct) a return: which delivered line, how much came back, why, when, and its credit note.

Opened from the order entry (Return…, on a delivered line) and from the Returns list (to correct one).
The expected credit follows what is typed; the credit note is chosen among the client's, those of the
order's invoice first ("not issued yet" until the accounting system has one). The rules are the returns
service's: its refusals are shown beside the fields.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.models.returns import RETURN_REASONS
from kamdesk.core.services import returns
from kamdesk.gui.changes import notify
from kamdesk.gui.formatting import date_format, format_date
from kamdesk.gui.messages import translated
from kamdesk.gui.sale.labels import format_money, format_quantity, parse_decimal
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import UnsavedFields
from kamdesk.gui.widgets.dialogs import ask
from kamdesk.gui.widgets.field_errors import FieldErrors, prepare_error_labels
from kamdesk.gui.widgets.max_length import limit_line_edits

RETURNS = "returns"  # the kind of change a saved return announces (gui.changes)


class ReturnDialog(UnsavedFields, QDialog):
    """A new return of one of the order's delivered lines (`order_id`, `line_id` proposed), or `return_id`'s."""

    def __init__(self, order_id: int | None = None, line_id: int | None = None, return_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("return_dialog")
        self.return_id = return_id
        record = returns.get_return(return_id) if return_id else None
        self.row_version = record.row_version if record else None
        line_ids = [record.order_line_id] if record else sorted(returns.returnable_line_ids(order_id))
        self.items = [returns.returnable(i, return_id) for i in line_ids]
        self._build()
        self._fill(record, line_id)
        self._layout()

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        first = self.items[0] if self.items else None
        self.setWindowTitle(self.tr("Return from order %1").replace("%1", first.order_number if first else ""))
        self.line = QComboBox(self)
        self.line.setObjectName("line")
        for item in self.items:
            self.line.addItem(f"{item.sku} — {item.name}", item.line_id)
        self.line.setEnabled(self.return_id is None and len(self.items) > 1)
        self.left = QLabel(self)
        self.left.setObjectName("left")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code in RETURN_REASONS:
            self.reason.addItem(translated(returns.REASON_TITLES[code]), code)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was wrong (needed for Other)"))
        limit_line_edits(self, "product_return")
        self.returned_on = QDateEdit(self)
        self.returned_on.setObjectName("returned_on")
        self.returned_on.setCalendarPopup(True)
        self.returned_on.setDisplayFormat(date_format())
        self.returned_on.setMaximumDate(QDate.currentDate())
        self.credit = QLabel(self)
        self.credit.setObjectName("expected_credit")
        self.credit_note = QComboBox(self)
        self.credit_note.setObjectName("credit_note")
        self.line.currentIndexChanged.connect(self._line_changed)
        self.quantity.textChanged.connect(self._show_credit)

    def _fill(self, record, line_id: int | None) -> None:
        index = self.line.findData(line_id) if line_id else 0
        self.line.setCurrentIndex(max(0, index))
        self._line_changed()
        day = record.returned_on if record else dt.date.today()
        self.returned_on.setDate(QDate(day.year, day.month, day.day))
        if record is None:
            return
        self.quantity.setText(format_quantity(record.quantity))
        self.reason.setCurrentIndex(max(0, self.reason.findData(record.reason)))
        self.note.setText(record.note)
        self.credit_note.setCurrentIndex(max(0, self.credit_note.findData(record.credit_note_id)))

    def _layout(self) -> None:
        form = QFormLayout()
        self.error_labels = {}
        rows = ((self.tr("&Line:"), self.line, "order_line"), ("", self.left, ""),
                (self.tr("&Quantity back:"), self.quantity, "quantity"), (self.tr("&Reason:"), self.reason, "reason"),
                (self.tr("&Note:"), self.note, "note"), (self.tr("Returned &on:"), self.returned_on, "returned_on"),
                (self.tr("Expected credit:"), self.credit, ""),
                (self.tr("Credit &note:"), self.credit_note, "credit_note"))
        for caption, widget, key in rows:
            form.addRow(caption, widget)
            if key:
                error = QLabel(self)
                error.setObjectName(f"{key}_error")
                error.setWordWrap(True)
                form.addRow("", error)
                self.error_labels[key] = error
        self.form_error = QLabel(self)
        self.form_error.setObjectName("form_error")
        self.form_error.setWordWrap(True)
        prepare_error_labels(self)
        self.errors = FieldErrors(self.error_labels, {key: widget for _, widget, key in rows if key},
                                  other=self.form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save") if self.return_id else self.tr("&Record return"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 380)
        self.quantity.setFocus()

    # ------------------------------------------------------------ behaviour
    def current(self) -> returns.Returnable | None:
        index = self.line.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def _line_changed(self, *_args) -> None:
        item = self.current()
        if item is None:
            self.left.setText(self.tr("Nothing of this order has been delivered yet."))
            return
        self.left.setText(self.tr("Delivered %1 %2, returned before %3: up to %4 can come back.")
                          .replace("%1", format_quantity(item.delivered)).replace("%2", item.unit)
                          .replace("%3", format_quantity(item.returned)).replace("%4", format_quantity(item.left)))
        self.quantity.setPlaceholderText(format_quantity(item.left))
        self.credit_note.clear()
        self.credit_note.addItem(self.tr("Not issued yet"), None)
        for note in returns.credit_note_choices(line_id=item.line_id):
            self.credit_note.addItem(f"{note.number} · {format_date(note.issue_date)} · "
                                     f"{format_money(note.gross_amount, note.currency)}", note.id)
        self._show_credit()

    def _typed_quantity(self):
        text = self.quantity.text().strip()
        try:
            return parse_decimal(text)
        except ValueError:
            return text  # the service says what is wrong with it

    def _show_credit(self, *_args) -> None:
        item = self.current()
        amount = returns.credit_preview(item.line_id, self._typed_quantity()) if item else None
        self.credit.setText(format_money(amount, item.currency) if amount is not None else "–")

    def values(self) -> dict:
        item = self.current()
        return {"order_line_id": item.line_id if item else None, "quantity": self._typed_quantity(),
                "reason": self.reason.currentData() or "", "note": self.note.text(),
                "returned_on": self.returned_on.date().toPython(), "credit_note_id": self.credit_note.currentData(),
                "row_version": self.row_version}

    def accept(self) -> None:
        self.errors.clear()
        saved, record = self.errors.attempt(self, lambda: returns.save_return(self.values(), self.return_id))
        if saved:
            notify(RETURNS, client_id=record.client_id, source=self)
            self.return_id = record.id
            super().accept()


def record_return_interactively(parent: QWidget, order_id: int, line_id: int | None = None) -> bool:
    """The Return dialog for the order's delivered lines (`line_id` first); True once a return was recorded."""
    return bool(ask(ReturnDialog(order_id, line_id, parent=parent)))


def correct_return_interactively(parent: QWidget, return_id: int) -> bool:
    return bool(ask(ReturnDialog(return_id=return_id, parent=parent)))

