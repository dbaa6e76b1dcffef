"""Translated labels for the activity area's stored codes (kinds, states, results) and kind colours.

Each label is a literal `QCoreApplication.translate("ActivityLabels", ...)`
call so that pyside6-lupdate finds it; the states' titles come from the
activity workflow (`services.activity.ACTIVITY`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

translate = QCoreApplication.translate

from kamdesk.core.documents.week_layout import KIND_COLOURS  # one palette for the screen and paper
from kamdesk.core.services.activity import ACTIVITY
from kamdesk.gui.messages import translated

FALLBACK_COLOUR = "#7f8c8d"


def kind_labels() -> dict[str, str]:
    return {
        "call": translate("ActivityLabels", "Call"),
        "visit": translate("ActivityLabels", "Visit"),
        "meeting": translate("ActivityLabels", "Meeting"),
        "email": translate("ActivityLabels", "E-mail"),
        "presentation": translate("ActivityLabels", "Presentation / training"),
        "negotiation": translate("ActivityLabels", "Negotiation"),
        "task": translate("ActivityLabels", "Task"),
    }


def state_labels() -> dict[str, str]:
    """The states in their declared order, translated."""
    return {state.name: translated(state.title) for state in ACTIVITY.states}


def result_labels() -> dict[str, str]:
    return {
        "reached": translate("ActivityLabels", "Reached"),
        "not_reached": translate("ActivityLabels", "Not reached"),
        "moved": translate("ActivityLabels", "Moved"),
    }


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, FALLBACK_COLOUR))


def kind_icon(kind: str, size: int = 12) -> QIcon:
    """A round swatch of the kind's colour, for combo boxes, menus and the agenda."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(kind_colour(kind).darker(120))
    painter.setBrush(kind_colour(kind))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
