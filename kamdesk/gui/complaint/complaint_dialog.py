"""One complaint: what it is about, its deadline and who handles it, and the steps of its workflow.

The form holds the client (chosen while the complaint is new), the order line and product it is
about, its kind, description, dates, the responsible person, the resolution (or the reason for a
rejection) and the compensation. Save (Ctrl+S) records it; the workflow's buttons, offered as the
core allows (`complaint.actions`), save the form and take the step in one go. A closed complaint
is shown read-only. No database query here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import company as company_service
from kamdesk.core.services import complaint as complaint_service
from kamdesk.core.services import party as party_service
from kamdesk.gui.changes import ACTIVITIES, notify
from kamdesk.gui.complaint.labels import (
    COMPLAINTS,
    deadline_colour,
    kind_labels,
    state_colour,
    state_labels,
    verb_title,
)
from kamdesk.gui.contract.contract_dialog import date_edit, qdate
from kamdesk.gui.formatting import format_amount, format_date, format_timestamp
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import UnsavedFields
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.client_picker import ClientPicker
from kamdesk.gui.widgets.field_errors import FieldErrors, prepare_error_labels
from kamdesk.gui.widgets.max_length import limit_line_edits
from kamdesk.gui.widgets.product_edit import ProductEdit

VERBS = ("investigate", "resolve", "reject")  # the workflow's steps, in the order of their buttons


class ComplaintDialog(UnsavedFields, QDialog):
    """Record or follow one complaint.

    Public: `complaint_id`, `values()`, `save()` (True when saved), `take(verb)` (save and move),
    `verb_buttons` (verb → button). Signal `saved(complaint_id)` after every save or step, announced to
    every page as a complaints and activities change (the deadline's task moves with it).
    """

    saved = Signal(int)

    def __init__(self, complaint_id: int | None = None, parent: QWidget | None = None, *,
                 client_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("complaint_dialog")
        self._complaint = None
        self._versions = LoadedVersions(lambda: self._load(self._complaint.id))
        self._product_id: int | None = None
        self._build()
        if complaint_id is not None:
            self._load(complaint_id)
        else:
            self._fill_new(client_id)
        fit_to_screen(self, 980, 640)

    @property
    def complaint_id(self) -> int | None:
        return self._complaint.id if self._complaint is not None else None

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("complaint_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state_chip = QLabel(self)
        self.state_chip.setObjectName("complaint_state")
        self.deadline_note = QLabel(self)
        self.deadline_note.setObjectName("complaint_deadline_note")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.state_chip)
        top.addWidget(self.deadline_note, 1)
        grid = QGridLayout()
        grid.addLayout(self._build_facts(), 0, 0)
        grid.addLayout(self._build_texts(), 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.form_error = QLabel(self)
        self.form_error.setObjectName("form_error")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.form_error)
        layout.addLayout(self._build_buttons())
        prepare_error_labels(self)
        limit_line_edits(self, "complaint")
        self.errors = FieldErrors.of_form(self, {
            "client": self.client, "order_line": self.order_line, "product": self.product, "kind": self.kind,
            "received_on": self.received_on, "deadline": self.deadline, "responsible": self.responsible,
            "description": self.description, "resolution": self.resolution, "compensation": self.compensation})

    def _field(self, form: QFormLayout, label: str, widget: QWidget, name: str, beside: QWidget | None = None) -> None:
        widget.setObjectName(name)
        error = QLabel(self)
        error.setObjectName(f"{name}_error")
        error.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(1)
        if beside is None:
            box.addWidget(widget)
        else:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(beside)
            box.addLayout(line)
        box.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        form.addRow(caption, box)

    def _build_facts(self) -> QFormLayout:
        form = QFormLayout()
        self.client = QLineEdit(self)
        self.client.setPlaceholderText(self.tr("Type the client's name or tax number…"))
        self.picker = ClientPicker(self.client, self._client_picked)
        self._field(form, self.tr("C&lient:"), self.client, "client")
        self.order_line = QComboBox(self)
        self.order_line.currentIndexChanged.connect(lambda *_: self._line_changed())
        self._field(form, self.tr("&Order line:"), self.order_line, "order_line")
        self.product = ProductEdit(self)
        self.product.setPlaceholderText(self.tr("Type a product's SKU or name…"))
        self.product.product_chosen.connect(self._product_chosen)
        self.product.textEdited.connect(lambda *_: setattr(self, "_product_id", None))
        self._field(form, self.tr("&Product:"), self.product, "product")
        self.kind = QComboBox(self)
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self._field(form, self.tr("&Type:"), self.kind, "kind")
        self.received_on = date_edit(self)
        self._field(form, self.tr("&Received on:"), self.received_on, "received_on")
        self.deadline = date_edit(self)
        self._field(form, self.tr("&Deadline:"), self.deadline, "deadline")
        self.responsible = QComboBox(self)
        for manager in company_service.list_managers():
            self.responsible.addItem(manager.name, manager.id)
        self._field(form, self.tr("Respo&nsible:"), self.responsible, "responsible")
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the client complains about, in their words"))
        self._field(form, self.tr("D&escription:"), self.description, "description")
        return form

    def _build_texts(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.resolution = QPlainTextEdit(self)
        self.resolution.setTabChangesFocus(True)
        self.resolution.setPlaceholderText(self.tr("What was done, or why the complaint is rejected"))
        self._field(form, self.tr("Resol&ution or reason for rejection:"), self.resolution, "resolution")
        self.compensation = QLineEdit(self)
        self.compensation.setPlaceholderText(self.tr("none"))
        self.currency = QLabel(self)
        self._field(form, self.tr("Co&mpensation:"), self.compensation, "compensation", self.currency)
        self.history = QLabel(self)
        self.history.setObjectName("complaint_history")
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #6b6b6b;")
        form.addRow(self.history)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.verb_buttons: dict[str, QPushButton] = {}
        for verb in VERBS:
            button = QPushButton(verb_title(verb), self)
            button.setObjectName(f"complaint_{verb}")
            button.clicked.connect(lambda _checked=False, v=verb: self.take(v))
            row.addWidget(button)
            self.verb_buttons[verb] = button
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        return row

    # ------------------------------------------------------------ showing
    def _fill_new(self, client_id: int | None) -> None:
        self.heading.setText(self.tr("New complaint"))
        self.setWindowTitle(self.tr("New complaint"))
        today = dt.date.today()
        self.received_on.setDate(qdate(today))
        self.deadline.setDate(qdate(today + dt.timedelta(days=complaint_service.DEFAULT_DEADLINE_DAYS)))
        me = company_service.current_manager()
        if me is not None:
            self.responsible.setCurrentIndex(max(0, self.responsible.findData(me.id)))
        self.kind.setCurrentIndex(self.kind.findData("defect"))
        if client_id is not None:
            self.picker.set_client(client_id, party_service.get_client(client_id).name)
        else:
            self._client_picked(None)
        self._show_actions(None)

    def _load(self, complaint_id: int) -> None:
        complaint = complaint_service.get_complaint(complaint_id)
        self._complaint = complaint
        self._versions.remember(complaint)
        self.setWindowTitle(self.tr("Complaint %1").replace("%1", complaint.number))
        self.heading.setText(complaint.number)
        self.picker.set_client(complaint.client_id, complaint_service.client_name(complaint))
        self._fill_lines(complaint.client_id, complaint.order_line_id)
        if complaint.order_line_id and self.order_line.findData(complaint.order_line_id) < 0:
            # the line of another manager's client, out of the responsible person's view: kept as it is
            product = complaint.product
            self.order_line.addItem(f"{product.sku} {product.name}" if product is not None else "…",
                                    complaint.order_line_id)
            self.order_line.setItemData(self.order_line.count() - 1, complaint.product_id, Qt.ItemDataRole.UserRole + 1)
            self.order_line.setCurrentIndex(self.order_line.count() - 1)
        self._set_product(complaint.product)
        self.kind.setCurrentIndex(max(0, self.kind.findData(complaint.kind)))
        self.received_on.setDate(qdate(complaint.received_on))
        self.deadline.setDate(qdate(complaint.deadline))
        index = self.responsible.findData(complaint.responsible_id)
        if index < 0:  # a manager no longer active still handles it
            self.responsible.addItem(complaint.responsible.name, complaint.responsible_id)
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(index)
        self.description.setPlainText(complaint.description)
        self.resolution.setPlainText(complaint.resolution)
        self.compensation.setText(format_amount(complaint.compensation))
        self.currency.setText(complaint.currency)
        self.errors.clear()
        self._show_actions(complaint)
        self._show_history(complaint)
        if self._shown_state is not None:  # loaded again while shown: what is shown now is what is stored
            self.discard_changes()

    def _show_actions(self, complaint) -> None:
        actions = complaint_service.actions(complaint)
        editable = "edit" in actions
        for widget in (self.order_line, self.product, self.kind, self.received_on, self.deadline, self.responsible,
                       self.compensation):
            widget.setEnabled(editable)
        for widget in (self.description, self.resolution):
            widget.setReadOnly(not editable)
        self.client.setReadOnly(complaint is not None)
        self.product.setEnabled(editable and self.order_line.currentData() is None)
        for verb, button in self.verb_buttons.items():
            button.setVisible(verb in actions)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        state = complaint.state if complaint is not None else complaint_service.COMPLAINT.initial
        colour = state_colour(state).name()
        self.state_chip.setText(state_labels().get(state, state))
        self.state_chip.setStyleSheet(f"color: white; background: {colour}; border-radius: 8px; padding: 2px 10px; "
                                      "font-weight: bold;")
        self._show_deadline(complaint)

    def _show_deadline(self, complaint) -> None:
        colour = deadline_colour(complaint) if complaint is not None else None
        if colour is None:
            self.deadline_note.setText("")
            return
        days = (complaint.deadline - dt.date.today()).days
        if days < 0:
            text = self.tr("Deadline passed %1 days ago").replace("%1", str(-days))
        elif days == 0:
            text = self.tr("Due today")
        else:
            text = self.tr("Due in %1 days").replace("%1", str(days))
        self.deadline_note.setText(text)
        self.deadline_note.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")

    def _show_history(self, complaint) -> None:
        """Who moved the complaint when: "2026. 11. 14. Kiss Anna: Received → Investigating", one a line."""
        titles = state_labels()
        lines = [self.tr("%1 %2: %3 → %4").replace("%1", format_timestamp(move.at))
                 .replace("%2", move.manager.name if move.manager_id else "").replace("%3", titles.get(
                     move.from_state, move.from_state)).replace("%4", titles.get(move.to_state, move.to_state))
                 for move in complaint_service.moves(complaint.id)]
        recorded = self.tr("Recorded %1").replace("%1", format_timestamp(complaint.created_at))
        self.history.setText("\n".join([recorded, *lines]))

    def _client_picked(self, client_id: int | None) -> None:
        self._fill_lines(client_id, None)
        company = company_service.get_company()
        self.currency.setText(company.currency if company else "")

    def _fill_lines(self, client_id: int | None, keep: int | None) -> None:
        self.order_line.blockSignals(True)
        self.order_line.clear()
        self.order_line.addItem(self.tr("No order line"), None)
        for line in complaint_service.order_line_choices(client_id, keep) if client_id else ():
            text = f"{line.order_number} · {format_date(line.order_date)} · {line.sku} {line.name}"
            self.order_line.addItem(text, line.id)
            self.order_line.setItemData(self.order_line.count() - 1, line.product_id, Qt.ItemDataRole.UserRole + 1)
        self.order_line.setCurrentIndex(max(0, self.order_line.findData(keep)) if keep else 0)
        self.order_line.setEnabled(client_id is not None)
        self.order_line.blockSignals(False)

    def _line_changed(self) -> None:
        """A line names its product: the product field shows it and waits."""
        has_line = self.order_line.currentData() is not None
        self.product.setEnabled(not has_line)
        if has_line:
            text = self.order_line.currentText().split(" · ")[-1]
            self._product_id = self.order_line.currentData(Qt.ItemDataRole.UserRole + 1)
            self.product.setText(text)

    def _product_chosen(self, hit) -> None:
        self._product_id = hit.id
        self.product.setText(f"{hit.sku} {hit.name}")

    def _set_product(self, product) -> None:
        self._product_id = product.id if product is not None else None
        self.product.setText(f"{product.sku} {product.name}" if product is not None else "")

    # ------------------------------------------------------------ saving
    def values(self) -> dict:
        complaint_id = self.complaint_id
        return {
            "client_id": self.picker.client_id, "order_line_id": self.order_line.currentData(),
            "product_id": self._product_id, "kind": self.kind.currentData(),
            "description": self.description.toPlainText(), "received_on": self.received_on.date().toPython(),
            "deadline": self.deadline.date().toPython(), "responsible_id": self.responsible.currentData(),
            "resolution": self.resolution.toPlainText(), "compensation": self.compensation.text(),
            "row_version": self._versions.get("complaint", complaint_id)}

    def save(self) -> bool:
        """Record the form (a closed complaint has nothing to save)."""
        if self._complaint is not None and "edit" not in complaint_service.actions(self._complaint):
            return True
        return self._done(*self.errors.attempt(
            self, lambda: complaint_service.save_complaint(self.values(), self.complaint_id), self._versions))

    def take(self, verb: str) -> bool:
        """Save the form and take the workflow's step `verb`, or neither."""
        return self._done(*self.errors.attempt(
            self, lambda: complaint_service.save_and_move(self.values(), self.complaint_id, verb), self._versions))

    def _done(self, ok: bool, complaint) -> bool:
        if not ok:
            return False
        self._load(complaint.id)
        self.discard_changes()
        self.saved.emit(complaint.id)
        notify(COMPLAINTS, ACTIVITIES, client_id=complaint.client_id, source=self)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def unsaved_question(self) -> str:
        return self.tr("Save the changes to this complaint?")

