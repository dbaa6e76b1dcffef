"""The item-data roles the lists and tables keep their records' keys under (beyond what they display)."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the id of the record a row or item shows
SECOND_ROLE = Qt.ItemDataRole.UserRole + 2  # a second key of that record (its kind, its request's id)
