"""The settlement area's page: a tab for each line of `settlement.area.PAGES`, each built when first shown.

A page that asks for a client card has an `open_client(client_id)` signal: this page passes it on to the
window (`area.attach`). `refresh()` refreshes the pages built so far; a page that hears of a change while
it is hidden reads its lists when it is next shown (`RefreshedWhenSeen`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.area import load
from kamdesk.gui.settlement.area import PAGES


class RefreshedWhenSeen:
    """A page (mixed in before its Qt class) that reads its lists again after a change only once it is seen:
    a change heard while another tab or area is shown marks it stale, and showing it refreshes it."""

    _stale = False

    def changed_elsewhere(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()


class SettlementArea(QWidget):
    """The tabs of the settlement area (Receivables, Invoices, Payments …)."""

    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settlement_page")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settlement_tabs")
        self.pages: dict[str, QWidget] = {}
        self._keys = [entry.key for entry in PAGES]
        for entry in PAGES:
            placeholder = QWidget(self.tabs)
            self.tabs.addTab(placeholder, QCoreApplication.translate("SettlementArea", entry.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._shown)
        self._shown(self.tabs.currentIndex())

    def page(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet."""
        page = self.pages.get(key)
        if page is None:
            index = self._keys.index(key)
            page = load(PAGES[index].page)(self)
            if hasattr(page, "open_client"):
                page.open_client.connect(self.open_client)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, QCoreApplication.translate("SettlementArea", PAGES[index].title))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            self.pages[key] = page
        return page

    def show_page(self, key: str) -> QWidget:
        """Show the page `key` (returns it)."""
        page = self.page(key)
        self.tabs.setCurrentWidget(page)
        return page

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()

    def _shown(self, index: int) -> None:
        if index >= 0:
            self.page(self._keys[index])
