"""Translated labels of the complaint area's stored codes, and its states as the core declares them.

Each kind's label is marked with a literal `QT_TRANSLATE_NOOP("ComplaintLabels", ...)` so that
pyside6-lupdate finds it; the states' titles and colours, and the verbs' titles, come from the
complaint workflow (`services.complaint.COMPLAINT`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from kamdesk.core.services import complaint as complaint_service
from kamdesk.gui.messages import translated
from kamdesk.gui.widgets.code_labels import state_colour_name, state_titles, translated_labels

CONTEXT = "ComplaintLabels"
COMPLAINTS = "complaints"  # the kind of change (`gui.changes.notify`) a saved complaint announces
OVERDUE_COLOUR = "#c62828"
DUE_SOON_COLOUR = "#ef6c00"

KINDS = {
    "shortage": QT_TRANSLATE_NOOP("ComplaintLabels", "Shortage"),
    "defect": QT_TRANSLATE_NOOP("ComplaintLabels", "Defect"),
    "delay": QT_TRANSLATE_NOOP("ComplaintLabels", "Delay"),
    "price": QT_TRANSLATE_NOOP("ComplaintLabels", "Price"),
    "service": QT_TRANSLATE_NOOP("ComplaintLabels", "Service"),
}


def kind_labels() -> dict[str, str]:
    return translated_labels(CONTEXT, KINDS)


def state_labels() -> dict[str, str]:
    """The declared states, in their order, translated."""
    return state_titles(complaint_service.COMPLAINT.states)


def state_colour(state: str) -> QColor:
    return QColor(state_colour_name(complaint_service.COMPLAINT.state(state)))


def verb_title(verb: str) -> str:
    """A workflow verb as its button says it ("Start investigation")."""
    return translated(complaint_service.COMPLAINT.verb(verb).title)


def deadline_colour(complaint) -> QColor | None:
    """Red past the deadline, orange near it, for an open complaint; None otherwise."""
    status = complaint_service.deadline_status(complaint)
    if status == "overdue":
        return QColor(OVERDUE_COLOUR)
    if status == "due_soon":
        return QColor(DUE_SOON_COLOUR)
    return None
