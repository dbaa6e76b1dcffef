"""The client card's Complaints tab, contributed by the complaint area: the client's complaints, newest first,
with New complaint and Open complaint; the tab's title counts the open ones and turns red when one is past
its deadline. The party area knows nothing of complaints."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import complaint as complaint_service
from kamdesk.gui.changes import Change, changes
from kamdesk.gui.complaint.labels import (
    COMPLAINTS,
    OVERDUE_COLOUR,
    deadline_colour,
    kind_labels,
    state_colour,
    state_labels,
)
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.widgets.tables import read_only_rows

ComplaintIdRole = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("number", "kind", "state", "received_on", "deadline", "product", "responsible", "compensation")


class ComplaintsTab(QWidget):
    """The Complaints tab of one client card (`card`); reloads itself when a complaint of the client changes."""

    def __init__(self, card):
        super().__init__()
        self.setObjectName("complaints_tab")
        self.card = card
        self._client_id: int | None = None
        self.dialog = None
        self.table = QTableWidget(self)
        self.table.setObjectName("complaint_table")
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("Type"), self.tr("State"), self.tr("Received"), self.tr("Deadline"),
            self.tr("Product"), self.tr("Responsible"), self.tr("Compensation")])
        read_only_rows(self.table, word_wrap=False, tab_keys=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.empty = EmptyState(self.table)
        self.new_button = QPushButton(self.tr("Ne&w complaint…"), self)
        self.new_button.setObjectName("new_complaint")
        self.new_button.clicked.connect(lambda: self.new_complaint())
        self.open_button = QPushButton(self.tr("Open complaint"), self)
        self.open_button.setObjectName("open_complaint")
        self.open_button.clicked.connect(lambda: self._activated(self.table.currentIndex()))
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        changes().changed.connect(self._saved_elsewhere)

    def title(self) -> str:
        return self.tr("Co&mplaints")

    def show_client(self, client_id: int | None) -> None:
        """The card shows `client_id` (None: a new client, not saved yet)."""
        self._client_id = client_id
        self.reload()

    def reload(self) -> None:
        saved = self._client_id is not None
        self.new_button.setEnabled(saved)
        views = complaint_service.client_complaints(self._client_id) if saved else []
        self._fill(views)
        self.open_button.setEnabled(bool(views))
        if views or not saved:
            self.empty.hide_hint()
        else:
            self.empty.show_hint(self.tr("No complaints from this client: New complaint…, beside, records one."))
        self._retitle(views)

    def _fill(self, views: list) -> None:
        kinds, states = kind_labels(), state_labels()
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            texts = {"number": view.number, "kind": kinds.get(view.kind, view.kind),
                     "state": states.get(view.state, view.state), "received_on": format_date(view.received_on),
                     "deadline": format_date(view.deadline), "product": view.product, "responsible": view.responsible,
                     "compensation": format_money(view.compensation, view.currency)}
            for column, name in enumerate(COLUMNS):
                item = QTableWidgetItem(texts[name])
                item.setData(ComplaintIdRole, view.id)
                colour = state_colour(view.state) if name == "state" else (
                    deadline_colour(view) if name == "deadline" else None)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                if name == "compensation":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def _retitle(self, views: list) -> None:
        still_open = [view for view in views if complaint_service.is_open(view)]
        late = any(complaint_service.deadline_status(view) == "overdue" for view in still_open)
        title = self.title() if not still_open else self.tr("Co&mplaints (%1 open)").replace(
            "%1", QLocale().toString(len(still_open)))
        tabs = self.card.ui.tabs
        index = tabs.indexOf(self)
        if index >= 0:
            tabs.setTabText(index, title)
            tabs.tabBar().setTabTextColor(index, QColor(OVERDUE_COLOUR) if late else QColor())

    def new_complaint(self):
        """The complaint dialog for a new complaint of this client (returns it)."""
        if self._client_id is None:
            return None
        from kamdesk.gui.complaint.complaint_dialog import ComplaintDialog

        return self._show(ComplaintDialog(None, self.card, client_id=self._client_id))

    def open_complaint(self, complaint_id: int):
        from kamdesk.gui.complaint.complaint_dialog import ComplaintDialog

        return self._show(ComplaintDialog(complaint_id, self.card))

    def _show(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(COMPLAINTS) and self._client_id is not None and change.touches_client(self._client_id):
            self.reload()

    def _activated(self, index) -> None:
        complaint_id = index.data(ComplaintIdRole) if index.isValid() else None
        if complaint_id is not None:
            self.open_complaint(int(complaint_id))
