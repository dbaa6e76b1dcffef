"""Translated titles of stored codes, built one way: from a table of marked texts, or from declared states.

A table maps codes to texts marked with `QT_TRANSLATE_NOOP(context, text)` (so that pyside6-lupdate finds
them under that context); `translated_labels` translates them when asked, in the language of the moment.
The states' titles and colours come from the workflows the core declares.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from kamdesk.gui.messages import translated

DEFAULT_COLOUR = "#000000"


def translated_labels(context: str, table: Mapping[str, str]) -> dict[str, str]:
    """`table`'s texts translated in `context`, in the table's order."""
    return {code: QCoreApplication.translate(context, text) for code, text in table.items()}


def state_titles(states: Iterable) -> dict[str, str]:
    """Declared states (with `name` and a Message `title`) by name, their titles translated, in their order."""
    return {state.name: translated(state.title) for state in states}


def state_colour_name(state) -> str:
    """A declared state's colour ("#rrggbb"); black when it declares none."""
    return state.colour or DEFAULT_COLOUR
