"""The audit view: a table of the trail's entries, newest first — when, who, what, and old → new.

Values are shown as the rest of the window shows them (amounts and dates in the user's locale,
linked records by name, a stored code by its title in the user's language). One view serves the client
card's History tab (one client's entries) and the Admin area's Audit page (every entry).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kamdesk.core.services import audit as audit_service
from kamdesk.gui.formatting import format_amount, format_date, format_timestamp
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.messages import translated
from kamdesk.gui.widgets.tables import read_only_rows

translate = QCoreApplication.translate
SHOWN = 500  # the newest entries shown; `kamdesk list audit` lists them all


class AuditView(QWidget):
    """The entries of one client (`show_client`) or of everyone (`show_all`)."""

    def __init__(self, parent: QWidget | None = None, load_when_shown: bool = False):
        super().__init__(parent)
        self.setObjectName("audit_view")
        self._client_id: int | None = None
        self._load_when_shown = load_when_shown
        self.table = QTableWidget(self)
        self.table.setObjectName("audit_table")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([
            translate("Audit", "When"), translate("Audit", "Who"), translate("Audit", "What"),
            translate("Audit", "Record"), translate("Audit", "Old → new")])
        read_only_rows(self.table, word_wrap=False, tab_keys=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = EmptyState(self.table)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("audit_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def show_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        self.refresh()

    def show_all(self) -> None:
        self.show_client(None)

    def refresh(self) -> None:
        found = audit_service.entries(client_id=self._client_id, limit=SHOWN)
        self.table.setRowCount(len(found))
        for row, entry in enumerate(found):
            texts = (format_timestamp(entry.at), entry.who, _what(entry), translated(entry.record), _changes(entry))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if found:
            self.empty.hide_hint()
        else:
            self.empty.show_hint(translate("Audit", "No recorded changes yet."))
        if len(found) == SHOWN:
            count = self.tr("The newest %n entries.", None, len(found))
        else:
            count = self.tr("%n entries.", None, len(found))
        self.count_label.setText(count)


    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._load_when_shown:
            self._load_when_shown = False
            self.refresh()

def _what(entry: audit_service.Entry) -> str:
    action = {"insert": translate("Audit", "added"), "update": translate("Audit", "changed"),
              "delete": translate("Audit", "deleted")}.get(entry.action, entry.action)
    return f"{translated(entry.title)} {action}"


def _changes(entry: audit_service.Entry) -> str:
    return "; ".join(f"{translated(change.label)}: {_value(change.old, change.percent)} → "
                     f"{_value(change.new, change.percent)}" for change in entry.changes)


def _value(value, percent: bool) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("Audit", "yes") if value else translate("Audit", "no")
    if isinstance(value, Decimal):
        return f"{format_amount(value)} %" if percent else format_amount(value)
    if isinstance(value, datetime.datetime):
        return format_timestamp(value)
    if isinstance(value, datetime.date):
        return format_date(value)
    return translated(value) if isinstance(value, str) else str(value)


def AuditPage(parent: QWidget | None = None) -> AuditView:  # noqa: N802 (the area's page, named as a class)
    """The Admin area's Audit trail page: every entry the user may read, loaded when first shown.

    An AuditView, not a subclass of it: Qt's `self.tr` takes the object's own class as the
    translation context, and a subclass would lose the view's translated texts.
    """
    return AuditView(parent, load_when_shown=True)
