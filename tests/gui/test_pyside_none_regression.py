"""PySide6 must survive a Python data() that returns None, many thousands of times.

PySide6 6.12.0 on Python 3.11 drops one reference to None each time a Python
override returns None to C++; after a few thousand calls None's reference count
reaches zero and the interpreter aborts with "Fatal Python error: none_dealloc".
Every item model of kamdesk returns None for the roles it does not serve, so
pyproject.toml pins PySide6-Essentials below 6.12 on Python < 3.12. This test
fails (or crashes) on a PySide6 with that bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

CALLS = 20_000
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole)


class NoneModel(QAbstractTableModel):
    """Answers None for every cell and every role, and counts how often it was asked."""

    def __init__(self, rows: int = 50, columns: int = 8):
        super().__init__()
        self._rows, self._columns = rows, columns
        self.calls = 0

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls += 1
        return None


def test_none_from_data_many_times_keeps_the_interpreter_alive(qtbot):
    model = NoneModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)

    refs_before = sys.getrefcount(None)

    # C++ asks Python through the proxy, as a delegate does ...
    rows, columns = proxy.rowCount(), proxy.columnCount()
    asked = 0
    while asked < CALLS:
        for row in range(rows):
            for column in range(columns):
                index = proxy.index(row, column)
                for role in ROLES:
                    assert proxy.data(index, role) is None
                    asked += 1
    assert model.calls == asked >= CALLS
    # ... and the view paints every visible cell (all roles a delegate reads)
    for _ in range(5):
        view.viewport().grab()
    assert model.calls > asked  # painting asked Python too
    # every None went back to C++ and was released exactly once: no reference lost
    assert sys.getrefcount(None) >= refs_before - 1000
    assert sys.getrefcount(None) > 0
    view.close()
