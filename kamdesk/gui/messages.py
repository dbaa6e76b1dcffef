"""Showing the core's Messages in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.core import redaction
from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.messages import Message

CONTEXT = "Messages"


def translated(text: str) -> str:
    """`text` in the user's language when it is a Message with a translation; else as it is."""
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template, getattr(text, "disambiguation", None))
    if not text.params:
        return template
    params = {name: translated(value) if isinstance(value, str) else value for name, value in text.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: English is better than nothing
        return str(text)


def error_text(error: KamdeskError) -> str:
    """The whole of an error, translated: every field's message for a ValidationError."""
    if isinstance(error, ValidationError):
        return redaction.scrub("\n".join(translated(message) for message in error.messages()))
    return redaction.scrub(translated(error.message))
