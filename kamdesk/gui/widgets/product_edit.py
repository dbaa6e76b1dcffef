"""Finding a product by typing: a line edit that lists matching products under itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget

PRODUCT_MATCHES = 50


class ProductEdit(QLineEdit):
    """A line edit that lists matching products under itself as the user types (SKU or name).

    Up/Down (PageUp/PageDown) move in the list, Enter or Tab takes the chosen
    product (the first one unless another is chosen), Escape closes the list;
    a click takes a product too. `product_chosen(hit)` tells which; `hit` has
    id, sku, name, unit and vat_rate (kamdesk.core.services.product_search).
    The list is a child of the window, so it needs no focus of its own and
    the keys stay here, inside a table's cell editor as well as in a dialog.
    """

    product_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, search=None):
        super().__init__(parent)
        self._search = search
        self.hits: list = []
        self.list = QTreeWidget()
        self.list.setObjectName("product_matches")
        self.list.setColumnCount(3)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformRowHeights(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setIndentation(0)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet("QTreeWidget { border: 1px solid palette(mid); }")
        self.list.itemClicked.connect(lambda item, _column: self._choose(self.list.indexOfTopLevelItem(item)))
        self.list.hide()
        self.destroyed.connect(self.list.deleteLater)
        self.textEdited.connect(self._typed)

    def search(self):
        if self._search is None:
            from kamdesk.core.services.product_search import ProductSearch

            self._search = ProductSearch()
        return self._search

    def popup_visible(self) -> bool:
        return self.list.isVisible()

    def _typed(self, text: str) -> None:
        self.hits = self.search().find(text, limit=PRODUCT_MATCHES) if text.strip() else []
        self.list.clear()
        for hit in self.hits:
            item = QTreeWidgetItem([hit.sku, hit.name, hit.unit])
            item.setToolTip(1, hit.name)
            self.list.addTopLevelItem(item)
        if self.hits:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self._place_list()
        else:
            self.list.hide()

    def current_row(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    def _place_list(self) -> None:
        window = self.window()
        if self.list.parentWidget() is not window:
            self.list.setParent(window)
            self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows = min(len(self.hits), 10)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        height = row_height * rows + 2 * self.list.frameWidth() + 4
        width = max(self.width(), 520)
        self.list.setColumnWidth(0, max(110, self.fontMetrics().horizontalAdvance(
            max((hit.sku for hit in self.hits), key=len)) + 16))
        self.list.setColumnWidth(1, width - self.list.columnWidth(0) - 64)
        below = self.mapTo(window, QPoint(0, self.height()))
        if below.y() + height > window.height():  # no room below: above the field
            below = self.mapTo(window, QPoint(0, -height))
        x = max(0, min(below.x(), window.width() - width))
        self.list.setGeometry(x, max(0, below.y()), width, height)
        self.list.show()
        self.list.raise_()

    def hide_list(self) -> None:
        self.list.hide()

    def handle_key(self, event) -> bool:
        """The list's keys while it is open: True when the key was used here."""
        if not self.list.isVisible():
            return False
        key = event.key()
        row = self.current_row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 9, Qt.Key.Key_PageUp: -9}.get(key)
        if step is not None:
            row = max(0, min(self.list.topLevelItemCount() - 1, row + step))
            self.list.setCurrentItem(self.list.topLevelItem(row))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self._choose(max(row, 0))
            return True
        if key == Qt.Key.Key_Escape:
            self.list.hide()
            return True
        return False

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]
        self.list.hide()
        self.setText(hit.sku)
        self.product_chosen.emit(hit)

    def keyPressEvent(self, event) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        # Tab reaches keyPressEvent only through event(): the focus chain would take it first
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab and self.handle_key(event):
            return True
        return super().event(event)

    def focusOutEvent(self, event) -> None:
        self.list.hide()
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:
        self.list.hide()
        super().hideEvent(event)
