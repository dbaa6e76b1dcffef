"""Plan my week: the clients to contact in the shown week and why, and scheduling the chosen ones.

The suggestions come from `suggestions.suggestions_for_week`; whatever rules
the core has, the panel shows each client with its reason (a translated
Message). They are read on a worker thread (the rules read every client's
contacts, offers, contracts and debts: at 100,000 clients a few hundred
milliseconds the calendar would otherwise wait for), and the list fills when
they arrive; a reading for a week or manager no longer shown is dropped.
"Schedule selected" puts the ticked ones into free slots of the
week (`schedule_chosen`: one transaction, an overdue debt's dunning step
recorded with its call or visit) and tells the page to refresh, so the manager
can drag them where they belong.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import suggestions as suggestion_service
from kamdesk.gui.activity.labels import kind_icon
from kamdesk.gui.errors import show_error
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.widgets.roles import ID_ROLE
from kamdesk.gui.widgets.roles import SECOND_ROLE as KIND_ROLE


class SuggestionsPanel(QWidget):
    """The suggestions of one week for one manager (or the team), to tick and schedule."""

    scheduled = Signal(list)  # the client ids that got an activity

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self._monday = dt.date.today()
        self._owner_id: int | None = None
        self._schedule_owner_id: int | None = None
        self.suggestions: list = []
        self.loading: Operation | None = None  # the reading under way, None once shown
        self.title = QLabel(self.tr("Plan my week"), self)
        self.title.setObjectName("panel_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("suggestions")
        self.tree.setAccessibleName(self.tr("Suggested contacts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Client"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 160)
        self.tree.itemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(self._toggle)
        self.empty = QLabel(self.tr("Nobody to suggest this week."), self)
        self.empty.setStyleSheet("color: #6b6b6b;")
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the first reading says so
        self.select_all = QPushButton(self.tr("Tick &all"), self)
        self.select_all.clicked.connect(self._tick_all)
        self.schedule_button = QPushButton(self.tr("&Schedule selected"), self)
        self.schedule_button.setObjectName("schedule_selected")
        self.schedule_button.setToolTip(self.tr("Plan the ticked clients into free time of this week"))
        self.schedule_button.clicked.connect(self.schedule_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.select_all)
        buttons.addStretch(1)
        buttons.addWidget(self.schedule_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        layout.addLayout(buttons)
        self._update_buttons()

    # ------------------------------------------------------------ public API
    def set_week(self, monday: dt.date, owner_id: int | None, schedule_owner_id: int | None) -> None:
        """Show the suggestions of the week for `owner_id` (None: the team); schedule for `schedule_owner_id`."""
        self._monday, self._owner_id, self._schedule_owner_id = monday, owner_id, schedule_owner_id
        self.reload()

    def reload(self) -> None:
        """Read the week's suggestions again on a worker; the list shows them when they arrive."""
        monday, owner_id = self._monday, self._owner_id
        self.loading = Operation(self, lambda _task: suggestion_service.suggestions_for_week(monday, owner_id=owner_id))
        self.loading.success(lambda found, asked=self.loading: self._received(asked, found)) \
            .failure(lambda error, asked=self.loading: self._failed(asked, error)).run()

    def _received(self, asked: Operation, found: list) -> None:
        if asked is self.loading:  # an older reading (another week, manager or change) is dropped
            self.loading = None
            self._show(found)

    def _failed(self, asked: Operation, error: BaseException) -> None:
        if asked is self.loading:
            self.loading = None
            self._show([])
            report_failure(self, error)

    def _show(self, suggestions: list) -> None:
        self.suggestions = suggestions
        ticked = set(self.checked_client_ids())
        self.tree.blockSignals(True)
        self.tree.clear()
        for suggestion in self.suggestions:
            reason = translated(suggestion.reason)
            item = QTreeWidgetItem([suggestion.client_name, reason])
            item.setData(0, ID_ROLE, suggestion.client_id)
            item.setData(0, KIND_ROLE, suggestion.kind)
            item.setIcon(0, kind_icon(suggestion.kind))
            item.setToolTip(0, suggestion.client_name)
            item.setToolTip(1, reason)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if suggestion.client_id in ticked else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.title.setText(self.tr("Plan my week (%1)").replace("%1", str(len(self.suggestions)))
                           if self.suggestions else self.tr("Plan my week"))
        self.empty.setVisible(not self.suggestions)
        self.tree.setVisible(bool(self.suggestions))
        self._update_buttons()

    def checked_client_ids(self) -> list[int]:
        return [self.tree.topLevelItem(row).data(0, ID_ROLE) for row in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(row).checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, client_ids) -> None:
        wanted = set(client_ids)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            item.setCheckState(0, Qt.CheckState.Checked if item.data(0, ID_ROLE) in wanted else Qt.CheckState.Unchecked)

    def schedule_selected(self) -> list[int]:
        """Plan the ticked clients into free time of the week; the ids planned (none on error)."""
        chosen = self.checked_client_ids()
        if not chosen:
            return []
        if self._schedule_owner_id is None:
            return []
        by_id = {s.client_id: s for s in self.suggestions}
        picked = [by_id[client_id] for client_id in chosen if client_id in by_id]
        done: list[int] = []
        try:
            suggestion_service.schedule_chosen(self._monday, self._schedule_owner_id, picked)
            done = [suggestion.client_id for suggestion in picked]
        except KamdeskError as error:
            show_error(self, error)
        if done:
            self.scheduled.emit(done)
            self.reload()
        return done

    # ------------------------------------------------------------ behaviour
    def _toggle(self, item: QTreeWidgetItem, _column: int) -> None:
        checked = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _tick_all(self) -> None:
        every = len(self.checked_client_ids()) == self.tree.topLevelItemCount()
        for row in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(row).setCheckState(0, Qt.CheckState.Unchecked if every else Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        count = len(self.checked_client_ids())
        self.schedule_button.setEnabled(count > 0 and self._schedule_owner_id is not None)
        self.schedule_button.setText(self.tr("&Schedule %1").replace("%1", str(count)) if count
                                     else self.tr("&Schedule selected"))
        self.select_all.setEnabled(self.tree.topLevelItemCount() > 0)
        self.select_all.setText(self.tr("Untick &all") if count and count == self.tree.topLevelItemCount()
                                else self.tr("Tick &all"))
