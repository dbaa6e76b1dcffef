"""Someone else saved what this editor shows: "Changed by Nagy Péter at 10:42", both values, Reload or Overwrite.

An editor keeps the row versions it loaded in a `LoadedVersions` (`remember(record, …)` on load,
`get(table, id)` into the values it saves). When the save raises `ChangedMeanwhile`,
`LoadedVersions.settle(parent, error, save_again)` shows `ChangedMeanwhileDialog`: each field
the save would change, with their value and yours. Reload drops the editor's changes and shows
the stored record (the editor's `reload`); Overwrite saves the editor's values over theirs
(`save_again`, with the stored version); Cancel keeps the editor as it is.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import ChangedMeanwhile
from kamdesk.gui.formatting import format_date, format_timestamp
from kamdesk.gui.messages import translated

T = TypeVar("T")
RELOAD, OVERWRITE = "reload", "overwrite"


class ChangedMeanwhileDialog(QDialog):
    """Who changed the record and when, each differing field with their value and yours; Reload or Overwrite."""

    def __init__(self, error: ChangedMeanwhile, parent: QWidget | None = None,
                 labels: Mapping[str, str] | None = None, may_overwrite: bool = True):
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Changed meanwhile"))
        layout = QVBoxLayout(self)
        heading = QLabel(translated(error.message), self)
        heading.setObjectName("changed_by")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Reload shows their version and drops your changes; Overwrite saves "
                                        "yours over theirs."), self))
        self.fields = self._table(error, labels or {})
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(self.tr("&Reload (discard mine)"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.setObjectName("reload")
        self.overwrite_button = buttons.addButton(self.tr("&Overwrite (save mine)"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.overwrite_button.setObjectName("overwrite")
        self.overwrite_button.setVisible(may_overwrite)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(OVERWRITE))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload_button.setDefault(True)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _table(self, error: ChangedMeanwhile, labels: Mapping[str, str]) -> QTableWidget:
        table = QTableWidget(len(error.fields), 3, self)
        table.setObjectName("changed_fields")
        theirs = error.who or self.tr("Theirs")
        table.setHorizontalHeaderLabels([self.tr("Field"), theirs, self.tr("Yours")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (name, values) in enumerate(error.fields.items()):
            texts = [labels.get(name) or name.replace("_", " ").capitalize(), *map(self._shown, values)]
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _shown(self, value: object) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, datetime.datetime):
            return format_timestamp(value)
        if isinstance(value, datetime.date):
            return format_date(value)
        if isinstance(value, bytes):
            return self.tr("(image)")
        if isinstance(value, Decimal):
            return format(value.normalize(), "f")
        return str(value)


def ask_changed_meanwhile(parent: QWidget | None, error: ChangedMeanwhile, labels: Mapping[str, str] | None = None,
                          may_overwrite: bool = True) -> str:
    """RELOAD, OVERWRITE, or "" (cancelled)."""
    dialog = ChangedMeanwhileDialog(error, parent, labels, may_overwrite)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()


def labels_of(form: QWidget) -> dict[str, str]:
    """Field name -> the text of its label, for the labels whose buddy is named after its field."""
    labels = {}
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy.objectName():
            labels[buddy.objectName()] = label.text().replace("&", "").rstrip(": ")
    return labels


class LoadedVersions:
    """The row versions an editor loaded, by (table, id), and what it does when one is stale."""

    def __init__(self, reload: Callable[[], object], labels: Mapping[str, str] | None = None):
        self.reload = reload
        self.labels = dict(labels or {})
        self._versions: dict[tuple[str, int], int] = {}

    def remember(self, *records) -> None:
        """Keep the versions of `records` (VersionedModel instances) as loaded now."""
        for record in records:
            if record is not None and record.id is not None:
                self._versions[record.version_key] = record.row_version

    def get(self, table: str, record_id: int | None) -> int | None:
        return self._versions.get((table, record_id)) if record_id is not None else None

    def settle(self, parent: QWidget | None, error: ChangedMeanwhile, save_again: Callable[[], T]) -> T | None:
        """Ask; Overwrite gives what `save_again` returns (saved over the stored version), else None."""
        labels = {**(labels_of(parent) if parent is not None else {}), **self.labels}
        choice = ask_changed_meanwhile(parent, error, labels)
        if choice == OVERWRITE:
            self._versions[(error.table, error.record_id)] = error.row_version
            return save_again()
        if choice == RELOAD:
            self.reload()
        return None
