"""Finding a client by typing: a line edit with a completer of clients (accents ignored)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from kamdesk.core.services.client_search import ClientFilter, ClientSearch

CLIENT_MATCHES = 20
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ClientPicker:
    """A line edit where typing finds clients (accents ignored) and a completer popup offers them.

    The first match is highlighted as the user types, so Enter or Tab (or a
    click) picks it; Up/Down choose another. `client_id` is set when the user picks
    one (from the popup, or by leaving the field when the text names exactly
    one client); editing the text afterwards clears it until a client is
    picked again.

    The completer is given the edit as its widget (`setWidget`), not set on
    it (`setCompleter`): a line edit would run the completer's own matching
    after every keystroke (a case-insensitive prefix of the name, which
    chooses no row for "szucs" or a tax number and so leaves Enter with
    nothing to take) and write each highlighted name over the typed text.
    Here the folded search fills the list and the picker chooses the row.
    """

    def __init__(self, edit: QLineEdit, on_change):
        self.edit = edit
        self.client_id: int | None = None
        self._on_change = on_change
        self._search = ClientSearch()
        self.model = QStandardItemModel(edit)
        self.completer = QCompleter(self.model, edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWrapAround(False)  # Down on the last match stays there; no "nothing chosen" row
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self._finished)

    def set_client(self, client_id: int | None, name: str = "") -> None:
        self.client_id = client_id
        self.edit.setText(name)
        self._on_change(client_id)

    def matches(self, text: str) -> list:
        return self._search.find(ClientFilter(text=text)).rows(0, CLIENT_MATCHES)

    def _typed(self, text: str) -> None:
        if self.client_id is not None:
            self.client_id = None
            self._on_change(None)
        self.model.clear()
        if not text.strip():
            self.completer.popup().hide()
            return
        for row in self.matches(text):
            details = " · ".join(p for p in (row.city, row.tax_number) if p)
            item = QStandardItem(f"{row.name} — {details}" if details else row.name)
            item.setData(row.id, ID_ROLE)
            item.setData(row.name, NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.complete()
            self._highlight_first()
        else:
            self.completer.popup().hide()

    def _highlight_first(self) -> None:
        """Select the first match: the completer takes the selected row on Enter."""
        self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _activated(self, index) -> None:
        client_id = index.data(ID_ROLE)
        name = index.data(NAME_ROLE)
        if client_id is not None:
            self.set_client(int(client_id), name)

    def _finished(self) -> None:
        """Leaving the field picks the highlighted client, or one the text names exactly (or alone)."""
        text = self.edit.text().strip()
        if self.client_id is not None or not text:
            return
        popup = self.completer.popup()
        if popup.isVisible():
            if not self.edit.hasFocus():  # Tab with the list open; on Enter the completer takes the row
                popup.hide()
                self._activated(popup.currentIndex())
            return
        rows = self.matches(text)
        exact = [row for row in rows if row.name.casefold() == text.casefold()]
        chosen = exact[0] if len(exact) == 1 else rows[0] if len(rows) == 1 else None
        if chosen is not None:
            self.set_client(chosen.id, chosen.name)
