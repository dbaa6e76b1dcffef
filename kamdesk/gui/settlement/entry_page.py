"""What the Invoices and Payments pages share: a list over what settles (or what is settled by) its current
row, the entry actions, the dialog open, and taking back an allocation made by hand.

A subclass builds `self.listing` (`_build_list`, ending with `_add_entry_actions`) and `self.detail`
(`_build_allocations`, through `_allocations_pane`), reads `self._allocation_rows` for the current row and
opens its dialogs through `_show_dialog`. No database query here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.core.services import settlement_entry as entry
from kamdesk.gui.changes import CLIENTS, Change, changes
from kamdesk.gui.settlement.labels import MANUAL_RULE, SETTLEMENT, recorders_only
from kamdesk.gui.settlement.rows import current_row_id, detail_table
from kamdesk.gui.settlement.settlement_page import RefreshedWhenSeen
from kamdesk.gui.widgets.list_detail import DeleteKey, keep_dialog, list_over_detail
from kamdesk.gui.widgets.tables import with_buttons

Action = tuple  # (text, slot, object name) of a button under the list


class EntryListPage(RefreshedWhenSeen, QWidget):
    """A page of invoices or payments: `refresh()`, `remove_allocation()`; `dialog` is the dialog open."""

    def __init__(self, name: str, model, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.dialog = None
        self._allocation_rows: list = []
        self.model = model
        model.setParent(self)
        self._build_list()
        self._build_allocations()
        list_over_detail(self, self.listing, self.detail)
        self.listing.current_changed.connect(self._show_current)
        changes().changed.connect(self._saved_elsewhere)
        self.refresh()

    def _add_entry_actions(self, new: Action, correct: Action, delete: Action, import_: Action) -> None:
        """The New…, Correct…, Delete (also the Delete key) and Import… buttons; all but Correct… only for
        those who may record invoices and payments."""
        allowed = entry.can_record()
        tip = "" if allowed else recorders_only()
        self.new_button = self.listing.add_action(*new, tip)
        self.open_button = self.listing.add_action(*correct)
        self.delete_button = self.listing.add_action(*delete, tip)
        self.import_button = self.listing.add_action(*import_, tip)
        for button in (self.new_button, self.import_button):
            button.setEnabled(allowed)
        DeleteKey(self.table, self.delete_current, self.delete_button.isEnabled)

    def _allocations_pane(self, name: str, headers: tuple[str, ...]) -> None:
        """`self.detail`: a title, the allocations table `name` and its buttons (`_allocation_buttons()`, then
        Remove allocation)."""
        self.allocations_title = QLabel(self.detail)
        self.allocations_title.setObjectName(f"{name}_title")
        self.allocations_title.setTextFormat(Qt.TextFormat.PlainText)
        self.allocations = detail_table(self.detail, name, headers)
        buttons = self._allocation_buttons()
        self.remove_button = QPushButton(QCoreApplication.translate("InvoicesPage", "&Remove allocation"), self.detail)
        self.remove_button.setObjectName("remove_allocation")
        self.remove_button.setToolTip(QCoreApplication.translate(
            "InvoicesPage", "Take back an allocation made by hand; the rules allocate anew"))
        self.remove_button.clicked.connect(self.remove_allocation)
        self.allocations.currentCellChanged.connect(lambda *_: self._update_allocation_actions())
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.allocations_title)
        layout.addLayout(with_buttons(self.allocations, (*buttons, self.remove_button)), 1)

    def _allocation_buttons(self) -> tuple[QPushButton, ...]:
        return ()

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        self.listing.refresh()

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

    # ------------------------------------------------------------ behaviour
    def _current_allocation(self):
        allocation_id = current_row_id(self.allocations)
        return next((a for a in self._allocation_rows if a.id == allocation_id), None)

    def _update_allocation_actions(self) -> None:
        allocation = self._current_allocation()
        self.remove_button.setEnabled(allocation is not None and allocation.rule == MANUAL_RULE
                                      and entry.can_record())

    def _show_dialog(self, dialog):
        dialog.saved.connect(lambda _client_id: self.refresh())
        return keep_dialog(self, dialog)

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(SETTLEMENT, CLIENTS) and change.source is not self and change.source is not self.dialog:
            self.changed_elsewhere()
