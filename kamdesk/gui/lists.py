"""What every list page shares: columns sized to what they show, and the hint of an empty list.

`fit_columns(view, stretch)` makes each column as wide as the widest of its
header and its rows, measured with the view's fonts on the texts the current
locale writes (a Hungarian "2026. 12. 04." or a Russian header is wider than
the English one); the `stretch` column (the name) takes what is left. Columns
of free text given as `text` are kept to a readable width instead of the
longest entry. `keep_fitted` does the same again whenever the model is reset
or grows, for item models that load page by page (a list on a tab not shown when
that happens is measured when its tab is shown).

`EmptyState` lays a short hint with buttons over an empty list's viewport:
what the list is for and how to fill it, or that the filter matches nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

TEXT_COLUMN_CHARS = 22  # a free-text column (city, manager, segment) shows this many average characters


def header_of(view: QAbstractItemView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def fit_columns(view: QAbstractItemView, stretch: int | tuple[int, ...] | None = None,
                text: Iterable[int] = (), least: Mapping[int, int] | None = None) -> None:
    """Size every shown column but `stretch` (one or more) to its header and rows; `stretch` takes the rest.

    `least` gives columns a width they keep even when what they show is narrower (an editor's empty lines).
    """
    model = view.model()
    if model is None:
        return
    header = header_of(view)
    header.setResizeContentsPrecision(rows_on_screen(view))
    stretched = {stretch} if isinstance(stretch, int) else set(stretch or ())
    capped = set(text)
    most = view.fontMetrics().averageCharWidth() * TEXT_COLUMN_CHARS
    for column in range(model.columnCount()):
        if column in stretched or header.isSectionHidden(column):
            continue
        title = header.sectionSizeHint(column)
        width = max(title, view.sizeHintForColumn(column))
        if column in capped:
            width = max(title, min(width, most))
        width = max(width, (least or {}).get(column, 0))
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setStretchLastSection(False)
    for column in stretched:
        if column < model.columnCount():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def rows_on_screen(view: QAbstractItemView) -> int:
    """How many rows the view shows (before it is shown: as many as fit the screen's height).

    Columns are fitted to these rows, the shown ones first: Qt's default of 1000 rows measured every
    loaded row (8,000 data() calls and 26 ms for the client list at each start).
    """
    height = view.viewport().height() if view.isVisible() else view.screen().availableGeometry().height()
    row = view.verticalHeader().defaultSectionSize() if isinstance(view, QTableView) else view.fontMetrics().height()
    return max(10, height // max(row, 1) + 1)


def keep_fitted(view: QAbstractItemView, stretch: int | tuple[int, ...] | None = None,
                text: Iterable[int] = (), once_filled: bool = False) -> None:
    """`fit_columns` now and again each time the model is reset, grows or gains columns.

    `once_filled` fits the rows only until the list has first shown some, then only when columns
    change: for a list reset on every keystroke, where measuring the rows again costs more than
    the keystroke itself and the widths (dates, capped text, headers) do not change.
    """
    capped = tuple(text)
    model = view.model()
    fitted_rows = False
    shown = _WhenShown(view)

    def fit(*_args) -> None:
        nonlocal fitted_rows
        if once_filled and fitted_rows:
            return
        if not view.isVisibleTo(view.window()):  # on a tab not shown: measured when it is shown, if ever
            shown.call(fit)
            return
        fit_columns(view, stretch, capped)
        fitted_rows = model.rowCount() > 0

    def refit(*_args) -> None:
        nonlocal fitted_rows
        fitted_rows = False
        fit()

    for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
        signal.connect(fit)
    model.columnsInserted.connect(refit)
    fit()


class _WhenShown(QObject):
    """Runs a call once, the next time `widget` is shown (the latest call asked for)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._call: Callable[[], object] | None = None
        widget.installEventFilter(self)

    def call(self, call: Callable[[], object]) -> None:
        self._call = call

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and self._call is not None:
            call, self._call = self._call, None
            call()
        return False


def clear_filters(apply: Callable[[], object], search: QLineEdit, *choices: QComboBox | QCheckBox) -> None:
    """Empty the search, set each combo box to its first entry ("All …") and untick the boxes; `apply` once."""
    widgets = (search, *choices)
    for widget in widgets:
        widget.blockSignals(True)
    search.clear()
    for widget in choices:
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(0)
        else:
            widget.setChecked(False)
    for widget in widgets:
        widget.blockSignals(False)
    apply()


def fill_choices(combo: QComboBox, all_text: str, choices: Iterable[tuple[str, object]]) -> None:
    """Fill a filter's combo box afresh: `all_text` (no filter), then each (label, value) of `choices`.

    The chosen value stays when it is still there; the filter is not applied (no signal).
    """
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for label, value in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def key_text(shortcut: str | QKeySequence.StandardKey) -> str:
    """A shortcut as the user's platform and language write it ("Ctrl+N")."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class EmptyState(QWidget):
    """A hint over the viewport of an empty list, with buttons for what to do; hidden otherwise."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view.viewport())
        self.setObjectName("empty_state")
        self._viewport = view.viewport()
        self.label = QLabel(self)
        self.label.setObjectName("empty_hint")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #555;")
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(self._row)
        layout.addStretch(2)
        self._buttons: list[QPushButton] = []
        self._viewport.installEventFilter(self)
        self.hide()

    def show_hint(self, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        """Show `text` with a button for each (label, slot) of `actions`."""
        self.label.setText(text)
        captions = [caption for caption, _slot in actions]
        if captions == [button.text() for button in self._buttons]:  # each keystroke that finds nothing
            for button, (_caption, slot) in zip(self._buttons, actions, strict=True):
                button.clicked.disconnect()
                button.clicked.connect(lambda _checked=False, act=slot: act())
            self._place()
            return
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for caption, slot in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            self._row.insertWidget(self._row.count() - 1, button)
            self._buttons.append(button)
        self._place()

    def _place(self) -> None:
        self.setGeometry(self._viewport.rect())
        self.show()
        self.raise_()

    def show_no_match(self, text: str, clear: Callable[[], object]) -> None:
        """A filtered list that came out empty: `text` says so, a button clears the search and filters."""
        self.show_hint(text, [(self.tr("&Clear search and filters"), clear)])

    def hide_hint(self) -> None:
        self.hide()

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self._viewport) else ""

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return False
