"""Pieces the list pages share: a list over the details of its current row, the dialog a page keeps while it
is open (or the error that kept it from opening), and the Delete key on a list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.gui.errors import show_error


def list_over_detail(page: QWidget, listing: QWidget, detail: QWidget, detail_stretch: int = 1) -> QSplitter:
    """Lay `page` out as `listing` over `detail` (three parts to `detail_stretch`), the user moving the border."""
    splitter = QSplitter(Qt.Orientation.Vertical, page)
    splitter.addWidget(listing)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, detail_stretch)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 4)
    layout.addWidget(splitter)
    return splitter


def keep_dialog(page: QWidget, dialog: QDialog) -> QDialog:
    """Open `dialog` (deleted when closed) and keep it as `page.dialog` until it is gone; returns it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: setattr(page, "dialog", None) if page.dialog is dialog else None)
    page.dialog = dialog
    dialog.open()
    return dialog


def open_kept(page: QWidget, make: Callable[[], QDialog]) -> QDialog | None:
    """The dialog `make()` builds, opened by `keep_dialog`; an error it raises is shown instead (None)."""
    try:
        dialog = make()
    except KamdeskError as error:
        show_error(page, error)
        return None
    return keep_dialog(page, dialog)


class DeleteKey(QObject):
    """The Delete key on `table` runs `delete` when `allowed()`; the key goes no further either way."""

    def __init__(self, table: QWidget, delete: Callable[[], object], allowed: Callable[[], bool] = lambda: True):
        super().__init__(table)
        self._delete, self._allowed = delete, allowed
        table.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            if self._allowed():
                self._delete()
            return True
        return False
