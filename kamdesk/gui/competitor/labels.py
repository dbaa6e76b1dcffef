"""Translated labels of the competitor area's stored codes (the kinds of a competitor's action).

Each label is marked with a literal `QT_TRANSLATE_NOOP("CompetitorLabels", ...)` so that pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kamdesk.gui.widgets.code_labels import translated_labels

CONTEXT = "CompetitorLabels"
COMPETITORS = "competitors"  # the kind of change (`gui.changes.notify`) a saved competitor record announces

ACTION_KINDS = {
    "promotion": QT_TRANSLATE_NOOP("CompetitorLabels", "Promotion"),
    "new_product": QT_TRANSLATE_NOOP("CompetitorLabels", "New product"),
    "other": QT_TRANSLATE_NOOP("CompetitorLabels", "Other"),
}


def action_kind_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, ACTION_KINDS)
