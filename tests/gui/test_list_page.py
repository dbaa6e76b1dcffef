"""The shared list kit: the lazy model pages rows in by id, the ListPage filters, counts, hints and keys.

No database: the "service" is a list of fake rows, with a log of the ids read.
"""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kamdesk.gui.lists import fill_choices
from kamdesk.gui.widgets.lazy_model import LazyTableModel, Loaded, Pages
from kamdesk.gui.widgets.list_page import ListPage


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    colour: str


ROWS = [Row(id=1000 + n, name=f"Item {n:03}", colour=("red", "blue")[n % 2]) for n in range(250)]


class ItemsModel(LazyTableModel):
    """Rows of ROWS by a filter {"text", "colour"}, read per page through `read` (which logs the ids)."""

    COLUMNS = ("name", "colour")
    RIGHT_ALIGNED = ("colour",)

    def __init__(self, rows=ROWS, parent=None):
        super().__init__(parent)
        self.all_rows, self.reads = list(rows), []
        self.filter = {"text": "", "colour": None}
        self.headers = ("Name", "Colour")

    def query(self) -> Pages:
        found = [r for r in self.all_rows if self.filter["text"] in r.name
                 and self.filter["colour"] in (None, r.colour)]
        return Pages([r.id for r in found], self.read)

    def read(self, ids: list[int]) -> list[Row]:
        self.reads.append(list(ids))
        by_id = {r.id: r for r in self.all_rows}
        return [by_id[i] for i in ids if i in by_id]

    def cell(self, row, column, role):
        return getattr(row, column) if role == Qt.ItemDataRole.DisplayRole else None


# ---------------------------------------------------------------- the model

def test_the_model_holds_one_page_and_reads_the_next_when_asked(qapp):
    model = ItemsModel()
    model.reload()
    assert model.rowCount() == 100 and model.match_count == 250
    assert model.reads == [[r.id for r in ROWS[:100]]]
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in ROWS]
    assert not model.canFetchMore(model.index(0, 0)) and model.rowCount(model.index(0, 0)) == 0
    assert model.index(249, 1).data() == ROWS[249].colour and model.index(250, 0).data() is None


def test_result_changed_tells_every_match_and_headers_align(qapp):
    model, counts = ItemsModel(), []
    model.result_changed.connect(counts.append)
    model.set_filter({"text": "Item 1", "colour": "red"})
    assert counts == [50]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_row_of_fetches_the_pages_up_to_a_row_far_down(qapp):
    model = ItemsModel()
    model.reload()
    assert model.row_of(ROWS[230].id) == 230
    assert model.rowCount() == 250 and len(model.reads) == 3
    assert model.row_of(99999) is None and model.row_of(None) is None


def test_loaded_rows_are_handed_out_page_by_page(qapp):
    class AllAtOnce(ItemsModel):
        def query(self):
            return Loaded(self.all_rows)

    model = AllAtOnce()
    model.reload()
    assert model.rowCount() == 100 and model.match_count == 250 and model.source.all == ROWS
    assert model.row_of(ROWS[180].id) == 180 and model.rowCount() == 200


def test_replace_row_shows_the_row_read_again(qapp):
    model, changed = ItemsModel(), []
    model.reload()
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.column())))
    model.replace_row(3, Row(id=ROWS[3].id, name="Renamed", colour="red"))
    assert model.index(3, 0).data() == "Renamed" and changed == [(3, 1)]


# ---------------------------------------------------------------- the page

@pytest.fixture
def page(qtbot):
    """A ListPage over ItemsModel with a colour filter, an Open action and an empty hint with a button."""
    model, opened, made = ItemsModel(), [], []
    listing = None

    def filter_of():
        return {"text": listing.search.text(), "colour": listing.filters[0].currentData()}

    listing = ListPage(model, None, search_name="item_search", placeholder="Search…", table_name="items_table",
                       count_name="item_count", filter_of=filter_of,
                       count_text=lambda n: ListPage.number(n, "1 item", "%1 items"),
                       no_match=lambda text: f"No item matches “{text}”." if text else "No item in this colour.",
                       empty_hint=lambda: ("No items yet.", [("New item", lambda: made.append(True))]),
                       activate=lambda: opened.append(listing.current_id()), up_to_search=True)
    listing.add_filter("colour_filter", "All colours", [("Red", "red"), ("Blue", "blue")])
    listing.add_action("&Open", lambda: opened.append(listing.current_id()), "open_item")
    listing.fit(stretch=0)
    model.setParent(listing)
    qtbot.addWidget(listing)
    listing.opened, listing.made = opened, made
    listing.resize(600, 400)
    listing.show()
    listing.apply_filters()
    return listing


def test_scrolling_down_fetches_more_rows(page, qtbot):
    assert page.model.rowCount() == 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)  # the view asks for more when it reaches the end


def test_the_first_row_is_current_and_the_count_says_how_many_match(page):
    assert page.current_id() == ROWS[0].id
    assert page.count_label.objectName() == "item_count" and page.count_label.text() == "250 items"
    page.filters[0].setCurrentIndex(1)  # red
    assert page.count_label.text() == "125 items" and page.current_id() == ROWS[0].id
    page.search.setText("Item 002")
    page.apply_filters()
    assert page.count_label.text() == "1 item"


def test_refresh_keeps_the_selected_id_even_far_down(page):
    page.select(ROWS[170].id)
    page.model.all_rows.insert(0, Row(id=1, name="Item new", colour="red"))  # saved elsewhere: rows move down
    page.refresh()
    assert page.current_id() == ROWS[170].id
    assert page.model.row(page.table.currentIndex().row()) == ROWS[170]


def test_refresh_of_a_row_gone_makes_the_first_current(page):
    page.select(ROWS[5].id)
    del page.model.all_rows[5]
    page.refresh()
    assert page.current_id() == ROWS[0].id


def test_an_empty_list_says_how_to_fill_it(qtbot):
    made = []
    listing = ListPage(ItemsModel(rows=[]), None, search_name="s", placeholder="", table_name="t",
                       count_name="c", filter_of=lambda: {"text": "", "colour": None},
                       count_text=lambda n: ListPage.number(n, "1 item", "%1 items"), no_match=lambda text: "",
                       empty_hint=lambda: ("No items yet.", [("New item", lambda: made.append(True))]))
    qtbot.addWidget(listing)
    listing.show()
    listing.apply_filters()
    assert listing.empty_state.text() == "No items yet." and listing.count_label.text() == "0 items"
    [button] = listing.empty_state.buttons()
    button.click()
    assert made == [True]


def test_nothing_matching_says_so_and_its_button_clears_the_filters(page):
    page.filters[0].setCurrentIndex(2)  # blue
    page.search.setText("Item 004")  # red
    page.apply_filters()
    assert page.empty_state.text() == "No item matches “Item 004”."
    [clear] = page.empty_state.buttons()
    clear.click()
    assert page.search.text() == "" and page.filters[0].currentIndex() == 0
    assert page.model.rowCount() == 100 and page.empty_state.text() == ""


def test_a_filter_without_typed_text_has_its_own_no_match_text(page):
    page.model.all_rows = [r for r in ROWS if r.colour == "red"]
    page.filters[0].setCurrentIndex(2)  # blue: none left
    assert page.empty_state.text() == "No item in this colour."


def test_typing_applies_the_search_after_a_pause(page, qtbot):
    QTest.keyClicks(page.search, "Item 00")
    qtbot.waitUntil(lambda: page.count_label.text() == "10 items")


def test_keys_down_to_the_list_enter_opens_up_goes_back(page, qtbot):
    page.search.setFocus()
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() or page.focusWidget() is page.table
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert page.opened == [ROWS[1].id]
    QTest.keyClick(page.table, Qt.Key.Key_Up)
    QTest.keyClick(page.table, Qt.Key.Key_Up)
    assert page.focusWidget() is page.search
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.opened == [ROWS[1].id, ROWS[0].id]
    QTest.keyClick(page.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(page.opened) == 2  # Ctrl+Enter belongs to the page's own action


def test_a_double_click_opens_the_row(page, qtbot):
    qtbot.waitExposed(page)
    rect = page.table.visualRect(page.model.index(2, 0))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.opened == [ROWS[2].id]


def test_fill_choices_keeps_the_chosen_value_and_does_not_apply(page):
    combo, counts = page.filters[0], []
    combo.setCurrentIndex(2)  # blue
    page.model.result_changed.connect(counts.append)
    fill_choices(combo, "All colours", [("Green", "green"), ("Blue", "blue")])
    assert combo.currentData() == "blue" and combo.count() == 3 and counts == []
    fill_choices(combo, "All colours", [("Green", "green")])
    assert combo.currentData() is None


def test_the_filter_bar_comes_before_the_table_in_the_tab_order(page):
    chain, widget = [page.search.objectName()], page.search.nextInFocusChain()
    while widget is not page.search:
        chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert chain.index("item_search") < chain.index("colour_filter") < chain.index("items_table") \
        < chain.index("open_item")


def test_a_list_on_a_tab_not_shown_is_measured_when_its_tab_is_shown(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget

    from kamdesk.gui.lists import keep_fitted

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tables = []
    for name in ("shown", "hidden"):
        model = QStandardItemModel(0, 2, tabs)
        table = QTableView(tabs)
        table.setModel(model)
        tabs.addTab(table, name)
        tables.append(table)
    tabs.show()
    qtbot.waitExposed(tabs)
    for table in tables:
        keep_fitted(table, stretch=1)
        table.model().appendRow([QStandardItem("a much longer text than a column's first width"), QStandardItem("")])
    shown, hidden = (table.horizontalHeader() for table in tables)
    wide = tables[0].fontMetrics().horizontalAdvance("a much longer text than a column's first width")
    assert shown.sectionSize(0) >= wide and shown.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert hidden.sectionSize(0) < wide and hidden.sectionResizeMode(1) != QHeaderView.ResizeMode.Stretch
    tabs.setCurrentIndex(1)
    assert hidden.sectionSize(0) >= wide and hidden.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
