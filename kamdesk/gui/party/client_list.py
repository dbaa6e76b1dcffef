"""The client list: search as you type, filters, the match count, and list actions.

Opening and creating clients is signalled to the main window, which owns the
client card windows; archive, restore and delete are done here through the
party service, each after a confirmation. Later areas add their own actions
(the letters area's Letter… and Mail merge…) through their `Area.client_actions`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.gui.changes import ACTIVITIES, CLIENTS, COMPANY, ORDERS, Change, changes
from kamdesk.gui.errors import show_error
from kamdesk.gui.lists import EmptyState, clear_filters, fill_choices, keep_fitted, key_text
from kamdesk.gui.party.client_model import COLUMNS, ClientTableModel
from kamdesk.gui.party.labels import status_labels
from kamdesk.gui.widgets.list_page import list_table


class ClientListView(QWidget):
    """Search field, filter bar, the lazy client table and the match count."""

    open_client = Signal(int)
    new_client = Signal()
    import_requested = Signal()  # the empty list's "Import clients…"
    demo_requested = Signal()  # the empty list's "Demo data"
    current_client_changed = Signal(object)  # the client chosen (an id or None), told after every change

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ClientTableModel(parent=self)
        self._build_filters()
        self._build_table()
        self._build_actions()
        self._layout()
        self.model.result_changed.connect(self._show_count)
        self.model.result_changed.connect(self._show_empty)
        self.model.counting.connect(self._show_counting)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        changes().changed.connect(self._saved_elsewhere)
        self.apply_filters()

    def _saved_elsewhere(self, change: Change) -> None:
        """Managers and segments (the filters), a client, its orders or activities saved: show them."""
        if change.touches(COMPANY):
            self.reload_choices()
        if change.touches(CLIENTS, ORDERS, ACTIVITIES):
            saved = change.client_ids if change.touches(CLIENTS) and len(change.client_ids) == 1 else ()
            self.refresh(keep_client=next(iter(saved), None))

    # ---------------------------------------------------------------- building
    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(self.tr("Search name, tax number, city, contact… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filters)
        self.search.installEventFilter(self)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All statuses"), None)
        for code, label in status_labels().items():
            self.status.addItem(label, code)
        self.segment = QComboBox(self)
        self.manager = QComboBox(self)
        self.key_account = QComboBox(self)
        self.key_account.addItem(self.tr("All clients"), None)
        self.key_account.addItem(self.tr("Key accounts"), True)
        self.key_account.addItem(self.tr("Other clients"), False)
        self.archived = QCheckBox(self.tr("Archived"), self)
        self.archived.setToolTip(self.tr("Show archived clients instead of the working list"))
        self.reload_choices()
        for combo in (self.status, self.segment, self.manager, self.key_account):
            combo.currentIndexChanged.connect(self.apply_filters)
            # long translated or user-defined names must not squeeze the search field
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        self.search.setMinimumWidth(180)
        self.archived.toggled.connect(self.apply_filters)
        self.new_button = QPushButton(self.tr("&New client"), self)
        self.new_button.setToolTip(self.tr("Create a client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client.emit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("client_count")

    def reload_choices(self) -> None:
        """Refill the segment and manager filters (they are user-defined lists)."""
        for combo, all_text, items in (
            (self.segment, self.tr("All segments"), [(s.name, s.id) for s in company_service.list_segments()]),
            (self.manager, self.tr("All managers"), [(m.name, m.id) for m in company_service.list_managers()]),
        ):
            fill_choices(combo, all_text, items)

    def _build_table(self) -> None:
        self.table = list_table(self, "client_table", self.model)
        # the indicator first, so that enabling sorting does not query a descending list
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        keep_fitted(self.table, stretch=COLUMNS.index("name"),
                    text=[COLUMNS.index(c) for c in ("city", "segment", "manager")], once_filled=True)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.empty_state = EmptyState(self.table)

    def list_action(self, text: str, shortcut, slot, name: str) -> QAction:
        """An action of the list named `name`: its shortcut works while the list has the focus."""
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(shortcut)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        action = self.list_action
        self.archive_action = action(self.tr("&Archive client"), QKeySequence.StandardKey.Delete,
                                     self.archive_current, "archive_client")
        self.restore_action = action(self.tr("&Restore client"), QKeySequence("Ctrl+R"),
                                     self.restore_current, "restore_client")
        self.delete_action = action(self.tr("&Delete client for good…"), QKeySequence("Shift+Del"),
                                    self.delete_current, "delete_client")
        self.vcard_action = action(self.tr("Export contacts as &vCard…"), None, self.export_vcard, "export_vcard")
        self.area_actions = self._area_actions()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # for the vCard export
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.archive_action, self.restore_action, self.delete_action, separator,
                               *self.area_actions, self.vcard_action])
        self._update_actions()

    def _area_actions(self) -> list[QAction]:
        """The actions later areas add (`Area.client_actions`, each built as `build(view)`), in the registry's order."""
        from kamdesk.area import load
        from kamdesk.areas import AREAS

        return [load(path)(self) for area in AREAS for path in area.client_actions]

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.status, self.segment, self.manager, self.key_account):
            filters.addWidget(widget, 1)
        filters.addWidget(self.archived)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # ---------------------------------------------------------------- behaviour
    def current_filter(self) -> ClientFilter:
        return replace(self.model.filter, text=self.search.text(), status=self.status.currentData(),
                       segment_id=self.segment.currentData(), manager_id=self.manager.currentData(),
                       key_account=self.key_account.currentData(), archived=self.archived.isChecked())

    def apply_filters(self, *_args) -> None:
        self.model.set_filter(self.current_filter())
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_actions()

    def refresh(self, keep_client: int | None = None) -> None:
        keep = keep_client or self.current_client_id()
        self.reload_choices()
        self.model.reload()
        self.select_client(keep)
        self._update_actions()

    def select_client(self, client_id: int | None) -> None:
        row = self.model.row_of(client_id) if client_id else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def selected_client_ids(self) -> list[int]:
        """The clients whose rows are selected, in list order; the current one when none is."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        chosen = [self.model.client_id(row) for row in rows]
        current = self.current_client_id()
        return [client_id for client_id in chosen if client_id is not None] or ([current] if current else [])

    def export_vcard(self, _checked: bool = False, path: str | None = None):
        """The selected clients' contacts to a .vcf file (Export contacts as vCard…)."""
        from kamdesk.gui.party.contacts_vcard import export_vcard

        ids = self.selected_client_ids()
        if not ids:
            return None
        window = self.window()
        return export_vcard(self, ids, self._current_name() if len(ids) == 1 else "contacts", lambda count: (
            window.statusBar().showMessage(self.tr("Exported %n contact(s)", "", count), 5000)
            if hasattr(window, "statusBar") else None), path)

    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self, count: int) -> None:
        number = QLocale().toString(count)
        if self.archived.isChecked():
            text = self.tr("1 archived client") if count == 1 else self.tr("%1 archived clients")
        else:
            text = self.tr("1 client") if count == 1 else self.tr("%1 clients")
        self.count_label.setText(text.replace("%1", number))

    def _show_counting(self) -> None:
        """A page and more match: their number follows from a worker thread."""
        self.empty_state.hide_hint()
        self.count_label.setText(self.tr("Counting the clients…"))

    def clear_filters(self) -> None:
        clear_filters(self.apply_filters, self.search, self.status, self.segment, self.manager, self.key_account,
                      self.archived)

    def _show_empty(self, count: int) -> None:
        """An empty list says why and what to do: no clients yet, none archived, or nothing matches."""
        flt = self.current_filter()
        text = flt.text.strip()
        if count:
            self.empty_state.hide_hint()
        elif text or any(value is not None for value in (flt.status, flt.segment_id, flt.manager_id,
                                                          flt.key_account)):
            self.empty_state.show_no_match(self.tr("No client matches “%1”.").replace("%1", text) if text
                                           else self.tr("No client matches these filters."), self.clear_filters)
        elif flt.archived:
            self.empty_state.show_hint(self.tr("No archived clients: archiving keeps a client out of the "
                                               "working list without deleting it."))
        else:
            self._show_first_steps()

    def _show_first_steps(self) -> None:
        from kamdesk.core.services.demo import can_create_demo  # not needed to show the list

        hint = self.tr("No clients yet. Press %1 to add one or %2 to import a list from a spreadsheet.")
        actions = [(self.tr("New client"), self.new_client.emit), (self.tr("Import clients…"),
                                                                   self.import_requested.emit)]
        if can_create_demo():
            hint = self.tr("No clients yet. Press %1 to add one, %2 to import a list from a spreadsheet, "
                           "or look around with demo data.")
            actions.append((self.tr("Fill with demo data"), self.demo_requested.emit))
        self.empty_state.show_hint(hint.replace("%1", key_text(QKeySequence.StandardKey.New))
                                   .replace("%2", key_text("Ctrl+I")), actions)

    def _update_actions(self) -> None:
        has = self.current_client_id() is not None
        archived = self.archived.isChecked()
        self.archive_action.setEnabled(has and not archived)
        self.restore_action.setEnabled(has and archived)
        self.delete_action.setEnabled(has)
        self.vcard_action.setEnabled(has)
        self.current_client_changed.emit(self.current_client_id())

    def _open_row(self, row: int) -> None:
        client_id = self.model.client_id(row)
        if client_id is not None:
            self.open_client.emit(client_id)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and obj in (self.search, self.table):
                self._open_row(self.table.currentIndex().row())
                return True
            if obj is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() == 0:
                self.focus_search()
                return True
        return super().eventFilter(obj, event)

    # ---------------------------------------------------------------- actions
    def _current_name(self) -> str:
        index = self.table.currentIndex()
        return self.model.index(index.row(), 0).data() if index.isValid() else ""

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, operation: str, client_id: int) -> None:
        """Call the party service's `operation` on the client; refresh or tell what went wrong."""
        from kamdesk.core.services import party as party_service  # not needed to show the list

        try:
            getattr(party_service, operation)(client_id)
        except KamdeskError as error:
            show_error(self, error)
            return
        self.refresh()

    def archive_current(self) -> None:
        client_id = self.current_client_id()
        if client_id is None or self.archived.isChecked():
            return
        if self._confirm(self.tr("Archive client"),
                         self.tr("Archive “%1”? It leaves the working list; tick “Archived” to see it "
                                 "and restore it.").replace("%1", self._current_name())):
            self._run("archive_client", client_id)

    def restore_current(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None and self.archived.isChecked():
            self._run("restore_client", client_id)

    def delete_current(self) -> None:
        client_id = self.current_client_id()
        if client_id is None:
            return
        if self._confirm(self.tr("Delete client for good"),
                         self.tr("Delete “%1” and its contacts for good? This cannot be undone.")
                         .replace("%1", self._current_name())):
            self._run("delete_client", client_id)
