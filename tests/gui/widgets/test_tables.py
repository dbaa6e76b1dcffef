"""`read_only_rows`: whole rows, one at a time, not editable, no row numbers; wrapping and Tab as asked.
`with_buttons`: the table takes the room, its buttons stand in a column on its right, pushed to the top."""

from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableWidget, QWidget

from kamdesk.gui.widgets.tables import read_only_rows, with_buttons


def test_read_only_rows_selects_whole_rows_and_edits_nothing(qtbot):
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    read_only_rows(table)
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.verticalHeader().isHidden()
    assert table.wordWrap() and table.tabKeyNavigation()  # Qt's defaults kept


def test_read_only_rows_can_turn_off_wrapping_and_tab_between_cells(qtbot):
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    read_only_rows(table, word_wrap=False, tab_keys=False)
    assert not table.wordWrap()
    assert not table.tabKeyNavigation()


def test_with_buttons_puts_the_buttons_in_a_column_right_of_the_table(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    table = QTableWidget(page)
    add, edit = QPushButton("Add", page), QPushButton("Edit", page)
    row = with_buttons(table, (add, edit), page)
    assert page.layout() is row
    assert row.itemAt(0).widget() is table and row.stretch(0) == 1
    column = row.itemAt(1).layout()
    assert [column.itemAt(i).widget() for i in range(2)] == [add, edit]
    assert column.itemAt(2).spacerItem() is not None  # the buttons stay at the top
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    assert table.geometry().right() < add.geometry().left() and add.geometry().top() < edit.geometry().top()


def test_with_buttons_without_a_parent_gives_a_layout_to_add(qtbot):
    table, button = QTableWidget(), QPushButton("Add")
    row = with_buttons(table, (button,))
    page = QWidget()
    qtbot.addWidget(page)
    page.setLayout(row)
    assert table.parentWidget() is page and button.parentWidget() is page
