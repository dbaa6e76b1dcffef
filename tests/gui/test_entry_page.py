"""EntryInPlace: a list page whose entry view takes the list's place while a document is open."""

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QTableView, QWidget

from kamdesk.gui.sale.entry_page import EntryInPlace


class FakeEntry(QWidget):
    """The protocol of a LineEntry that EntryInPlace uses, recording what it is asked."""

    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client_edit = QLineEdit(self)
        self.shown: int | None = None
        self.may_leave = True
        self.calls: list = []

    def new_document(self, client_id):
        self.shown = None
        self.calls.append(("new", client_id))

    def open_document(self, document_id):
        self.shown = document_id
        self.calls.append(("open", document_id))

    def document_id(self):
        return self.shown

    def close_entry(self):
        self.calls.append(("close",))
        return self.may_leave

    def focus_lines(self):
        self.calls.append(("focus_lines",))


class FakeListing:
    def __init__(self):
        self.current = None
        self.calls: list = []

    def current_id(self):
        return self.current

    def focus_search(self):
        self.calls.append("focus_search")

    def apply_filters(self):
        self.calls.append("apply_filters")

    def clear_filters(self):
        self.calls.append("clear_filters")


class Page(EntryInPlace, QWidget):
    def __init__(self):
        super().__init__()
        self.stack = QStackedWidget(self)
        self.list_page = QWidget(self)
        self.table = QTableView(self.list_page)
        self.listing = FakeListing()
        self._make_entry, self._entry = (lambda: FakeEntry(self)), None  # as _place_entry leaves them
        self.refreshed: list = []
        self._stack_up()

    def refresh(self, keep=None):
        self.refreshed.append(keep)


@pytest.fixture
def page(qtbot):
    qtbot.addWidget(widget := Page())
    return widget


def test_the_list_shows_first_and_the_stack_fills_the_page(page):
    assert not page.entry_is_open()
    assert page.stack.currentWidget() is page.list_page
    assert page.layout().contentsMargins().left() == 0


def test_the_entry_is_built_when_first_needed(page):
    assert not page.entry_built() and page.stack.count() == 1  # switching to the page pays for its list only
    page.focus_search()
    page._open_current()  # no row: nothing to open
    assert not page.entry_built()
    page._enter_new(None)
    assert page.entry_built() and page.stack.currentWidget() is page.entry and page.stack.count() == 2


def test_a_new_document_takes_the_list_place(page):
    assert page._enter_new(7) is True
    assert page.entry_is_open()
    assert page.entry.calls == [("new", 7), ("focus_lines",)]


def test_an_open_document_the_user_keeps_stays(page):
    page._enter_opened(3)
    page.entry.may_leave = False
    assert page._enter_new(None) is False
    page._enter_opened(4)
    assert page.entry.document_id() == 3
    page._enter_opened(3)  # the one already open: nothing to ask
    assert page.entry.calls.count(("close",)) == 2


def test_back_to_the_list_keeps_the_document_selected(page):
    page._enter_opened(5)
    page.show_list()
    assert not page.entry_is_open()
    assert page.refreshed == [5]


def test_the_search_is_focused_only_on_the_list(page):
    page.focus_search()
    page._enter_opened(1)
    page.focus_search()
    assert page.listing.calls == ["focus_search"]


def test_opening_the_current_row(page):
    page._open_current()
    assert page.entry.calls == []
    page.listing.current = 9
    page._open_current()
    assert page.entry.calls == [("open", 9)]
    assert page.entry_is_open()
