"""The Admin area's page: a tab for each admin page the role at the desk gets (see `admin.area.PAGES`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.area import load
from kamdesk.gui.admin.area import pages_shown


class AdminArea(QWidget):
    """The tabs of the Admin area; `refresh()` refreshes each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("admin_page")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("admin_tabs")
        self.pages: dict[str, QWidget] = {}
        for entry in pages_shown():
            page = load(entry.page)(self)
            self.pages[entry.key] = page
            self.tabs.addTab(page, QCoreApplication.translate("AdminArea", entry.title))
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)  # one page needs no tab
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        for page in self.pages.values():
            page.refresh()
