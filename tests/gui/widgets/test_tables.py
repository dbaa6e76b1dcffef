"""`read_only_rows`: whole rows, one at a time, not editable, no row numbers; wrapping and Tab as asked."""

from PySide6.QtWidgets import QAbstractItemView, QTableWidget

from kamdesk.gui.widgets.tables import read_only_rows


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
