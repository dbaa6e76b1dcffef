"""One list page: a filter bar over a table of a lazy model, a count with the actions below, an empty hint.

`ListPage` builds what the orders, offers, contracts and catalogue lists
share: the search field (applied after a short pause in typing), the
filter combo boxes and check boxes a page adds (`add_filter`, `add_check`;
a state filter is one of these, its choices given by the page), the table
with its columns kept fitted (`keep_fitted`), the count label and the
action buttons (`add_action`), and the `EmptyState` hint: "nothing matches"
with a button that clears the filters, or the page's own hint of how to
fill an empty list. The keyboard works alike everywhere: Down in the search
goes to the list, Enter opens the current row, Up on the first row goes
back to the search (where the page asks for it).

A page gives only what is its own: its model, object names, texts (its
`tr()` strings, so translations keep their context), filters and actions.
Its model is a `LazyTableModel`; the filter the model is given comes from
the page's `filter_of()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QLocale, QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.gui.lists import EmptyState, clear_filters, fill_choices, keep_fitted
from kamdesk.gui.widgets.lazy_model import LazyTableModel
from kamdesk.gui.widgets.tables import read_only_rows

Hint = tuple[str, Sequence[tuple[str, Callable[[], object]]]]  # the text and its (button label, slot)s


def list_table(parent: QWidget, name: str, model: LazyTableModel) -> QTableView:
    """A read-only table of whole rows, one selected at a time, rows as high as the text and a margin."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    read_only_rows(table)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 8)
    return table


def current_id(table: QTableView) -> int | None:
    """The id of the table's current row, or None."""
    return table.model().id_of(table.currentIndex().row())


def select_id(table: QTableView, row_id: int | None) -> None:
    """Make the row of `row_id` current (fetching up to it); the first row when it is not listed."""
    model = table.model()
    row = model.row_of(row_id)
    if row is None and model.rowCount():
        row = 0
    if row is not None:
        table.setCurrentIndex(model.index(row, 0))


class ListPage(QWidget):
    """A filter bar, a table, a count label with actions, and the hint of an empty list.

    `filter_of()` is what the model is filtered by, `count_text(n)` the count label's text,
    `no_match(typed)` the hint when the filters find nothing, `empty_hint()` the hint and buttons
    of an empty list, `activate()` opens the current row (Enter, double click). `apply`, when
    given, replaces `apply_filters` as what typing and the filters run (a page with more lists).
    Keys: `search_enter_opens` (Enter in the search opens the current row too), `ctrl_enter_too`
    (Ctrl+Enter counts as Enter: no Ctrl+Enter action of the page's own), `up_to_search` (Up on
    the first row goes to the search).
    """

    current_changed = Signal()  # another row is current, or the rows were read again

    def __init__(self, model: LazyTableModel, parent: QWidget | None, *, search_name: str, placeholder: str,
                 table_name: str, count_name: str, filter_of: Callable[[], object],
                 count_text: Callable[[int], str], no_match: Callable[[str], str], empty_hint: Callable[[], Hint],
                 activate: Callable[[], object] | None = None, apply: Callable[[], object] | None = None,
                 search_delay: int = 150, combo_chars: int = 12,
                 search_enter_opens: bool = True, ctrl_enter_too: bool = False, up_to_search: bool = False):
        super().__init__(parent)
        self.model = model
        self.filter_of, self.count_text = filter_of, count_text
        self.no_match, self.empty_hint = no_match, empty_hint
        self.activate = activate or (lambda: None)
        self._apply = apply or self.apply_filters
        self.combo_chars = combo_chars
        self.keys = {"search_enter_opens": search_enter_opens, "ctrl_enter_too": ctrl_enter_too,
                     "up_to_search": up_to_search}
        self.filters: list[QComboBox] = []
        self.checks: list[QCheckBox] = []
        self.current_view: Callable[[], QTableView] = lambda: self.table
        self._build_search(search_name, placeholder, search_delay)
        self._build_body(table_name, count_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.body, 1)
        model.result_changed.connect(self._show_count)

    def _build_search(self, name: str, placeholder: str, delay: int) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName(name)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(delay)
        self.search_timer.timeout.connect(lambda: self._apply())
        self.search.textChanged.connect(lambda *_: self.search_timer.start())
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 3)
        self._bar_last: QWidget = self.search

    def add_to_bar(self, widget: QWidget, stretch: int = 0) -> None:
        """Add `widget` to the filter bar, and after the bar's last widget (before the table) in the Tab order."""
        self.bar.addWidget(widget, stretch)
        QWidget.setTabOrder(self._bar_last, widget)
        self._bar_last = widget

    def _build_body(self, table_name: str, count_name: str) -> None:
        """The table with its empty hint, over the row of the count label and the actions."""
        self.table = list_table(self, table_name, self.model)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit())
        self.table.installEventFilter(self)
        self.empty_state = EmptyState(self.table)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(count_name)
        self.actions = QHBoxLayout()
        self.actions.addWidget(self.count_label, 1)
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.table, 1)
        body_layout.addLayout(self.actions)

    # ------------------------------------------------------------ building
    def add_filter(self, name: str, all_text: str, choices: Iterable[tuple[str, object]] = ()) -> QComboBox:
        """A combo box of the filter bar: `all_text` (no filter) first, then each (label, value) of `choices`."""
        combo = QComboBox(self)
        combo.setObjectName(name)
        fill_choices(combo, all_text, choices)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(self.combo_chars)
        combo.currentIndexChanged.connect(lambda *_: self._apply())
        self.add_to_bar(combo, 1)
        self.filters.append(combo)
        return combo

    def add_check(self, text: str) -> QCheckBox:
        """A check box of the filter bar (it widens or narrows the list; it never counts as "filtered")."""
        box = QCheckBox(text, self)
        box.toggled.connect(lambda *_: self._apply())
        self.add_to_bar(box)
        self.checks.append(box)
        return box

    def button(self, text: str, slot: Callable[[], object], name: str = "", tip: str = "",
               bar: QHBoxLayout | None = None) -> QPushButton:
        """A push button added to `bar` (the filter bar by default) running `slot`."""
        widget = QPushButton(text, self)
        if name:
            widget.setObjectName(name)
        if tip:
            widget.setToolTip(tip)
        widget.clicked.connect(lambda _checked=False: slot())
        if bar is None:
            self.add_to_bar(widget)
        else:
            bar.addWidget(widget)
        return widget

    def add_action(self, text: str, slot: Callable[[], object], name: str = "", tip: str = "") -> QPushButton:
        """A button of the action row under the table."""
        return self.button(text, slot, name, tip, self.actions)

    def put_in_tabs(self, tabs: QTabWidget, title: str) -> None:
        """Show the table and its action row as the first tab of `tabs`, which takes their place under the bar."""
        self.layout().replaceWidget(self.body, tabs)
        tabs.insertTab(0, self.body, title)
        QWidget.setTabOrder(self._bar_last, tabs)

    def fit(self, stretch: int, text: Iterable[int] = ()) -> None:
        """Keep the columns fitted to what they show; `stretch` takes the room left."""
        keep_fitted(self.table, stretch=stretch, text=text)

    # ------------------------------------------------------------ filtering and selecting
    def apply_filters(self, keep: bool = False) -> None:
        """Filter the model by `filter_of()` now; the current row stays when `keep`, else the first is current."""
        kept = current_id(self.table) if keep else None
        self.search_timer.stop()
        self.model.set_filter(self.filter_of())
        select_id(self.table, kept)
        self.current_changed.emit()

    def refresh(self, keep_id: int | None = None) -> None:
        """Read the rows again with the same filter; `keep_id` (else the current row) stays current."""
        keep = keep_id or self.current_id()
        self.model.reload()
        self.select(keep)
        self.current_changed.emit()

    def current_id(self) -> int | None:
        return current_id(self.table)

    def current_row(self):
        return self.model.row(self.table.currentIndex().row())

    def select(self, row_id: int | None) -> None:
        select_id(self.table, row_id)

    def filtered(self) -> bool:
        """Typed text or a chosen filter narrows the list."""
        return bool(self.search.text().strip()) or any(combo.currentData() is not None for combo in self.filters)

    def clear_filters(self) -> None:
        clear_filters(self._apply, self.search, *self.filters, *self.checks)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.count_text(count))
        self.show_empty(count)

    def show_empty(self, count: int) -> None:
        """Hide the hint over a list with rows; else say that nothing matches, or how to fill the list."""
        if count:
            self.empty_state.hide_hint()
        elif self.filtered():
            self.empty_state.show_no_match(self.no_match(self.search.text().strip()), self.clear_filters)
        else:
            self.empty_state.show_hint(*self.empty_hint())

    @staticmethod
    def number(count: int, one: str, many: str) -> str:
        """`one` for 1, else `many` with %1 the count as the locale writes it ("1 order", "1 234 orders")."""
        return one if count == 1 else many.replace("%1", QLocale().toString(count))

    # ------------------------------------------------------------ keyboard and mouse
    def _double_clicked(self, index) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:  # an editable cell is edited by the view
            self.activate()

    def watch(self, table: QTableView) -> None:
        """Give another table of the page (shown by `current_view`) the list's keys."""
        table.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._key(obj, event):
            return True
        return super().eventFilter(obj, event)

    def _key(self, obj, event) -> bool:
        key, table = event.key(), self.current_view()
        if obj is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and table.model().rowCount():
            self._apply()
            table.setFocus()
            if not table.currentIndex().isValid():
                table.setCurrentIndex(table.model().index(0, 0))
            return True
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.keys["ctrl_enter_too"] or not event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if enter and obj is self.search:
            self._apply()
            if self.keys["search_enter_opens"]:
                self.activate()
            return True
        if enter and obj is table and table.state() != QAbstractItemView.State.EditingState:
            self.activate()
            return True
        if obj is table and key == Qt.Key.Key_Up and self.keys["up_to_search"] and table.currentIndex().row() == 0:
            self.focus_search()
            return True
        return False
