"""The sync conflicts: what the sync could not simply take, and the user's choice for each.

A row names the record and field, this laptop's value and the office's, why, and when.
"Keep as it is" leaves the record as it stands; "Use the other value" writes the value
that lost. A proposal is the laptop's value of a field the office decides (prices,
discounts, credit limits, approvals): the office's value was kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import sync as sync_service
from kamdesk.gui import changes
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_timestamp
from kamdesk.gui.messages import translated
from kamdesk.gui.sync.controller import EVERY_KIND

KEPT, OTHER = "kept", "other"
# the kinds whose "other value" can be written (the core refuses the rest: a refusal, a re-checked workflow …)
WITH_OTHER_VALUE = frozenset({"conflict", "proposal", "delete_edited"})
TABLE_KINDS = {"client": changes.CLIENTS, "contact": changes.CLIENTS, "activity": changes.ACTIVITIES,
               "order": changes.ORDERS, "order_line": changes.ORDERS, "offer": changes.OFFERS,
               "offer_line": changes.OFFERS, "contract": changes.CONTRACTS, "product": changes.CATALOGUE}


class ConflictsDialog(QDialog):
    """The list of conflicts and proposals, with Keep as it is / Use the other value for the chosen rows."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sync_conflicts")
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.conflicts: list[sync_service.Conflict] = []
        self.show_resolved = QCheckBox(self.tr("Show &resolved"), self)
        self.show_resolved.setObjectName("show_resolved")
        self.show_resolved.toggled.connect(self.reload)
        self.table = self._build_table()
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep as it is"), self)
        self.keep_button.setObjectName("keep")
        self.keep_button.clicked.connect(lambda: self.resolve(KEPT))
        self.other_button = QPushButton(self.tr("&Use the other value"), self)
        self.other_button.setObjectName("use_other")
        self.other_button.clicked.connect(lambda: self.resolve(OTHER))
        self._lay_out()
        changes.changes().changed.connect(self._saw_change)
        self.reload()

    def _build_table(self) -> QTreeWidget:
        table = QTreeWidget(self)
        table.setObjectName("conflicts")
        table.setRootIsDecorated(False)
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setHeaderLabels([self.tr("What"), self.tr("Record"), self.tr("Field"), self.tr("This laptop"),
                               self.tr("The office"), self.tr("Why"), self.tr("When")])
        table.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.header().setStretchLastSection(False)
        table.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    def _lay_out(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.resize(1100, 480)

    # ------------------------------------------------------------ the rows
    def reload(self) -> None:
        chosen = {conflict.id for conflict in self.selected()}
        try:
            self.conflicts = sync_service.list_conflicts(self.show_resolved.isChecked())
        except KamdeskError as error:
            show_error(self, error)
            self.conflicts = []
        self.table.clear()
        for conflict in self.conflicts:
            item = QTreeWidgetItem([self.kind_text(conflict.kind), *(translated(text) for text in (
                conflict.record, conflict.field_title or conflict.field, conflict.mine, conflict.theirs,
                conflict.reason)),
                format_timestamp(conflict.at)])
            item.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
            item.setToolTip(0, self.explanation(conflict))
            item.setToolTip(5, translated(conflict.reason))
            item.setDisabled(conflict.resolved)
            self.table.addTopLevelItem(item)
            item.setSelected(conflict.id in chosen)
        for column in (0, 1, 2, 3, 4, 6):
            self.table.resizeColumnToContents(column)
        self.empty.setText(self.tr("No conflicts: everything this laptop and the office changed went together.")
                           if not self.show_resolved.isChecked() else self.tr("No conflicts so far."))
        self.pages.setCurrentWidget(self.table if self.conflicts else self.empty)
        if self.conflicts and not self.table.selectedItems():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._update_buttons()

    def selected(self) -> list[sync_service.Conflict]:
        ids = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.table.selectedItems()}
        return [conflict for conflict in self.conflicts if conflict.id in ids]

    def _update_buttons(self) -> None:
        open_ones = [conflict for conflict in self.selected() if not conflict.resolved]
        self.keep_button.setEnabled(bool(open_ones))
        self.other_button.setEnabled(any(conflict.kind in WITH_OTHER_VALUE for conflict in open_ones))
        chosen = self.selected()
        self.note.setText(self.explanation(chosen[0]) if len(chosen) == 1 else "")

    def kind_text(self, kind: str) -> str:
        words = {"conflict": self.tr("Changed on both sides"), "proposal": self.tr("Proposal"),
                 "refused": self.tr("Refused by the office"),
                 "edit_deleted": self.tr("Changed on the laptop, deleted in the office"),
                 "delete_edited": self.tr("Deleted on the laptop, changed in the office"),
                 "workflow": self.tr("Back to draft for approval")}
        return words.get(kind, kind)

    def explanation(self, conflict: sync_service.Conflict) -> str:
        """What the two choices do for this row."""
        if conflict.resolved:
            return self.tr("Resolved.")
        if conflict.kind == "proposal":
            return self.tr("The office's value was kept; yours is a proposal.")
        if conflict.kind == "conflict":
            return self.tr("Your later change was written. Use the other value to write the office's instead.")
        if conflict.kind == "delete_edited":
            return self.tr("The record was kept. Use the other value to delete it after all.")
        return self.tr("There is no other value to use: Keep as it is marks it as seen.")

    # ------------------------------------------------------------ resolving
    def resolve(self, use: str) -> None:
        """Resolve every open chosen row with `use` ("kept" or "other"), then show the list again."""
        done = []
        chosen = [c for c in self.selected() if not c.resolved and (use == KEPT or c.kind in WITH_OTHER_VALUE)]
        try:
            for conflict in chosen:
                sync_service.resolve_conflict(conflict.id, use)
                done.append(conflict)
        except KamdeskError as error:
            show_error(self, error)
        if done:  # no kinds when only kept: the indicator's count still follows
            kinds = {TABLE_KINDS.get(conflict.table) for conflict in done} if use == OTHER else set()
            changes.notify(*(EVERY_KIND if None in kinds else kinds), source=self)
        self.reload()

    def _saw_change(self, change) -> None:
        if change.source is not self:
            self.reload()  # a sync brought new conflicts, or resolved ones


def show_conflicts(window: QWidget) -> ConflictsDialog:
    """The conflicts dialog of `window`, opened once (a second call raises it and reads the list again)."""
    dialog = window.findChild(ConflictsDialog)
    if dialog is None:
        dialog = ConflictsDialog(window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    else:
        dialog.reload()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
