"""The complaints list: every complaint and claim, filtered, with its deadline in colour.

A ListPage over the complaint service: number, client, type, state (in its colour), received,
deadline (red past it, orange near it, while the complaint is open), responsible person, product,
order and compensation; filtered by the typed client or number, state, type and responsible
person, and narrowed to the open or the overdue ones. Enter or a double click opens a complaint in
`ComplaintDialog`; Ctrl+N records a new one; "Start investigation" takes the selected one up. No
database query here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.core.services import complaint as complaint_service
from kamdesk.core.text_fold import fold
from kamdesk.gui.changes import ACTIVITIES, Change, changes, notify
from kamdesk.gui.complaint.labels import (
    COMPLAINTS,
    deadline_colour,
    kind_labels,
    state_colour,
    state_labels,
    verb_title,
)
from kamdesk.gui.contract.contracts_page import RowsModel
from kamdesk.gui.errors import show_error
from kamdesk.gui.lists import fill_choices, key_text
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.widgets.lazy_model import Loaded
from kamdesk.gui.widgets.list_detail import keep_dialog, open_kept
from kamdesk.gui.widgets.list_page import Hint, ListPage

MUTED = QColor("#8a8a8a")


class ComplaintsModel(RowsModel):
    COLUMNS = ("number", "client", "kind", "state", "received_on", "deadline", "responsible", "product",
               "order_number", "compensation")
    RIGHT_ALIGNED = ("compensation",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels = {"kind": kind_labels(), "state": state_labels()}
        self.headers = (self.tr("Number"), self.tr("Client"), self.tr("Type"), self.tr("State"), self.tr("Received"),
                        self.tr("Deadline"), self.tr("Responsible"), self.tr("Product"), self.tr("Order"),
                        self.tr("Compensation"))

    def query(self) -> Loaded:
        return Loaded(complaint_rows(**self.filter))

    def display(self, row, column: str) -> str:
        if column == "compensation":
            return format_money(row.compensation, row.currency)
        return super().display(row, column)

    def colour(self, row, column: str) -> QColor | None:
        if column == "state":
            return state_colour(row.state)
        if column == "deadline" and deadline_colour(row) is not None:
            return deadline_colour(row)
        return MUTED if complaint_service.COMPLAINT.state(row.state).final else None

    def bold(self, row, column: str) -> bool:
        return column == "state" or (column == "deadline" and deadline_colour(row) is not None)


def complaint_rows(text: str = "", **narrowing) -> list[complaint_service.ComplaintView]:
    """The complaints the service lists for `narrowing`, those whose client or number hold the typed `text`."""
    needle = fold(text.strip())
    return [view for view in complaint_service.list_complaints(**narrowing)
            if not needle or needle in fold(view.client) or needle in fold(view.number)]


class ComplaintsPage(QWidget):
    """Every complaint, filtered.

    Public: `refresh()`, `open_complaint(id)` and `new_complaint(client_id=None)` (each returns the open
    ComplaintDialog), `investigate_current()`, `focus_search()`, `new_shortcut` (the page's own Ctrl+N:
    the main window's takes its place). A complaint saved elsewhere refreshes the list.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaints_page")
        self.dialog = None
        self.model = ComplaintsModel(self)
        self.listing = ListPage(
            self.model, self, search_name="complaint_search",
            placeholder=self.tr("Search client or complaint number…"),
            table_name="complaints_table", count_name="complaint_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 complaint"), self.tr("%1 complaints")),
            no_match=self._no_match, empty_hint=self._empty_hint, activate=self.open_current)
        self._build_filters()
        self.table = self.listing.table
        self.table.setWordWrap(False)
        columns = ComplaintsModel.COLUMNS
        self.listing.fit(stretch=columns.index("client"), text=[columns.index("product")])
        self.investigate_button = self.listing.add_action(verb_title("investigate"), self.investigate_current,
                                                          "investigate_complaint")
        self.open_button = self.listing.add_action(self.tr("&Open"), self.open_current, "open_complaint")
        self.listing.current_changed.connect(self._update_actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.listing)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.new_complaint())
        changes().changed.connect(self._saved_elsewhere)
        self.refresh()

    def _build_filters(self) -> None:
        listing = self.listing
        self.state = listing.add_filter("complaint_state_filter", self.tr("All states"),
                                        ((label, code) for code, label in state_labels().items()))
        self.kind = listing.add_filter("complaint_kind_filter", self.tr("All types"),
                                       ((label, code) for code, label in kind_labels().items()))
        self.responsible = listing.add_filter("complaint_responsible_filter", self.tr("Everyone's"))
        self.open_only = listing.add_check(self.tr("O&pen only"))
        self.open_only.setObjectName("complaint_open_only")
        self.overdue_only = listing.add_check(self.tr("Past &deadline"))
        self.overdue_only.setObjectName("complaint_overdue_only")
        self.new_button = listing.button(self.tr("&New complaint…"), self.new_complaint, "new_complaint",
                                         self.tr("Record a client's complaint or claim (Ctrl+N)"))

    def _fill_responsible(self) -> None:
        fill_choices(self.responsible, self.tr("Everyone's"),
                     ((manager.name, manager.id) for manager in company_service.list_managers()))

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        self._fill_responsible()
        self.listing.apply_filters(keep=True)

    def focus_search(self) -> None:
        self.listing.focus_search()

    def open_complaint(self, complaint_id: int):
        from kamdesk.gui.complaint.complaint_dialog import ComplaintDialog

        return open_kept(self, lambda: ComplaintDialog(complaint_id, self))

    def new_complaint(self, client_id: int | None = None):
        """A new complaint (Ctrl+N), for `client_id` or for the client typed into the dialog."""
        from kamdesk.gui.complaint.complaint_dialog import ComplaintDialog

        return keep_dialog(self, ComplaintDialog(None, self, client_id=client_id))

    def open_current(self) -> None:
        complaint_id = self.listing.current_id()
        if complaint_id is not None:
            self.open_complaint(complaint_id)

    def investigate_current(self) -> bool:
        """Take the selected complaint up (received → investigating)."""
        row = self.listing.current_row()
        if row is None:
            return False
        try:
            complaint_service.start_investigation(row.id)
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        notify(COMPLAINTS, ACTIVITIES, client_id=row.client_id, source=self)
        return True

    # ------------------------------------------------------------ behaviour
    def _filter(self) -> dict:
        return {"state": self.state.currentData(), "kind": self.kind.currentData(),
                "responsible_id": self.responsible.currentData(), "open_only": self.open_only.isChecked(),
                "overdue_only": self.overdue_only.isChecked(), "text": self.listing.search.text(),
                "today": dt.date.today()}

    def _no_match(self, text: str) -> str:
        return self.tr("No complaint matches “%1”.").replace("%1", text) if text else \
            self.tr("No complaint matches these filters.")

    def _empty_hint(self) -> Hint:
        if self.open_only.isChecked() or self.overdue_only.isChecked():
            return self.tr("No open complaint is waiting here."), []
        return (self.tr("No complaints recorded. Press %1 to record one, or open a client and choose "
                        "New complaint… on its Complaints tab.")
                .replace("%1", key_text(QKeySequence.StandardKey.New)),
                [(self.tr("New complaint…"), self.new_complaint)])

    def _update_actions(self) -> None:
        row = self.listing.current_row()
        self.open_button.setEnabled(row is not None)
        self.investigate_button.setEnabled(row is not None and "investigate" in complaint_service.actions(row))

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(COMPLAINTS) and change.source is not self:
            self.refresh()
