"""Texts the history keeps to show later in the desk's language (a document's title, why the Sent copy failed):
a core Message is kept as JSON of its template and parameters and read back as a Message, which the GUI
translates when it shows it; any other text is kept and read back as it is."""

from __future__ import annotations

import json

from kamdesk.core.messages import Count, Message

MARK = '{"t":'  # how a kept Message begins


def keep(text: str) -> str:
    """`text` as the history stores it: a Message as one line of JSON, any other text unchanged."""
    if isinstance(text, Message):
        return json.dumps(_plain(text), ensure_ascii=False)
    return str(text)


def read(text: str) -> str:
    """What `keep` stored: the Message again (translatable), or the text as it was (also when it cannot be read)."""
    if text.startswith(MARK):
        try:
            return _message(json.loads(text))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            pass
    return text


def _plain(message: Message) -> dict:
    kept: dict = {"t": message.template, "p": {name: _value(value) for name, value in message.params.items()}}
    if message.disambiguation:
        kept["d"] = message.disambiguation
    return kept


def _value(value: object) -> object:
    if isinstance(value, Message):
        return _plain(value)
    if isinstance(value, Count):
        return {"n": int(value)}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return str(value)


def _message(kept: dict) -> Message:
    params = {name: _param(value) for name, value in kept.get("p", {}).items()}
    return Message(kept["t"], disambiguation=kept.get("d"), **params)


def _param(value: object) -> object:
    if isinstance(value, dict):
        return Count(value["n"]) if "n" in value else _message(value)
    return value
