"""A list page whose entry view takes the list's place while a document is open (the orders, the offers).

`EntryInPlace` is mixed into the page (a QWidget) that has `stack` (a QStackedWidget), `list_page`,
`listing` (its ListPage), `table` and `entry` (a LineEntry: `new_document(client_id)`,
`open_document(document_id)`, `document_id()`, `close_entry()`), and a `refresh(keep)` that reloads
the list keeping the row of `keep` selected.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kamdesk.gui.changes import changes, notify


class EntryInPlace:
    """Switching between the list and the entry view, asking before an unsaved document is left."""

    def _finish_list(self, new_button: tuple) -> None:
        """The manager choices, the New button (`ListPage.button`'s arguments), the listing's widgets by name."""
        self.reload_choices()
        self.new_button = self.listing.button(*new_button)
        self.search, self.table = self.listing.search, self.listing.table
        self.count_label, self.empty_state = self.listing.count_label, self.listing.empty_state

    def _place_entry(self, make_entry, page_changed, kind: str) -> None:
        """The entry `make_entry()` builds in the list's place when open — built when first needed, so that
        switching to the page pays only for its list; the page's `page_changed(client_id)` tells the application
        (as a change of `kind`), and the changes made elsewhere reach `_saved_elsewhere`."""
        self._make_entry, self._entry = make_entry, None
        page_changed.connect(lambda client_id: notify(kind, client_id=client_id or None, source=self))
        changes().changed.connect(self._saved_elsewhere)
        self._stack_up()

    @property
    def entry(self):
        """The entry view (built now if it was not yet)."""
        if self._entry is None:
            self._entry = self._make_entry()
            self._entry.closed.connect(self.show_list)
            self.stack.addWidget(self._entry)
        return self._entry

    def entry_built(self) -> bool:
        return self._entry is not None

    def _stack_up(self) -> None:
        """The list on the stack (the entry joins it when built), the stack filling the page."""
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def entry_is_open(self) -> bool:
        return self._entry is not None and self.stack.currentWidget() is self._entry

    def _enter_new(self, client_id: int | None) -> bool:
        """The entry with an empty draft (for `client_id`, when given); False: the user kept the open one."""
        if self.entry_is_open() and not self.entry.close_entry():
            return False
        self.entry.new_document(client_id)
        self.stack.setCurrentWidget(self.entry)
        (self.entry.focus_lines if client_id else self.entry.client_edit.setFocus)()
        return True

    def _enter_opened(self, document_id: int) -> None:
        """The entry with the saved document (the one already open stays, unless the user leaves it)."""
        if self.entry_is_open() and self.entry.document_id() != document_id and not self.entry.close_entry():
            return
        self.entry.open_document(document_id)
        self.stack.setCurrentWidget(self.entry)

    def show_list(self) -> None:
        """Back from the entry: the list, refreshed, on the document that was open."""
        keep = self.entry.document_id()
        self.stack.setCurrentWidget(self.list_page)
        self.refresh(keep)
        self.table.setFocus()

    def focus_search(self) -> None:
        if self.entry_is_open():
            return
        self.listing.focus_search()

    def apply_filters(self, *_args) -> None:
        self.listing.apply_filters()

    def clear_filters(self) -> None:
        self.listing.clear_filters()

    def _open_current(self) -> None:
        document_id = self.listing.current_id()
        if document_id is not None:
            self._enter_opened(document_id)
