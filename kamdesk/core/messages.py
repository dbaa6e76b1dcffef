"""Texts for the user that the core writes, kept translatable without Qt.

A `Message` is a `str` (the English text, for the CLI, logs and tests) that
also remembers its template and parameters, so the GUI can look the template
up in the translations and fill in the parameters itself:

    Message("Tax number {problem}.", problem=Message("has a wrong check digit"))

Parameters that are Messages are translated too; a `Count` (a large whole
number: a limit, a length) is written with the user's digit grouping
("5,000,000", "5 000 000"); any other value (a name the user typed, a row
number, a year) is inserted as it is. `pyside6-lupdate` cannot read the
core, so `kamdesk.gui.message_catalogue` lists every template for it; a test
keeps that list complete.
"""

from __future__ import annotations


class Count(int):
    """A whole number shown grouped by thousands: "5,000,000" in English, the GUI groups it the user's way."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")

    def __str__(self) -> str:
        return format(self)


class Message(str):
    template: str
    params: dict[str, object]
    disambiguation: str | None

    def __new__(cls, template: str, *, disambiguation: str | None = None, **params: object) -> Message:
        """`disambiguation` tells translators apart the same English word for other things ("Expired": an
        offer, neuter in Russian, or a contract, masculine)."""
        message = super().__new__(cls, template.format(**params) if params else template)
        message.template = template
        message.params = params
        message.disambiguation = disambiguation
        return message

    def __reduce__(self):  # pickling keeps the template, not just the text
        return (_rebuild, (self.template, self.params, self.disambiguation))


def _rebuild(template: str, params: dict[str, object], disambiguation: str | None = None) -> Message:
    return Message(template, disambiguation=disambiguation, **params)


def joined(messages: list[str], separator: str = " ") -> Message:
    """Several messages as one, each still translatable."""
    names = [f"m{i}" for i in range(len(messages))]
    template = separator.join("{" + name + "}" for name in names)
    return Message(template, **dict(zip(names, messages, strict=True)))


def state_word(state: str) -> Message:
    """A workflow state as a word inside a sentence ("Order … is {state}"), translatable.

    The states are written out here so that the message catalogue finds them.
    """
    words = {
        "draft": Message("draft"), "sent": Message("sent"), "confirmed": Message("confirmed"),
        "shipped": Message("shipped"), "delivered": Message("delivered"), "cancelled": Message("cancelled"),
        "accepted": Message("accepted"), "rejected": Message("rejected"), "expired": Message("expired"),
        "pending": Message("pending"), "approved": Message("approved"), "planned": Message("planned"),
        "done": Message("done"), "active": Message("active"), "terminated": Message("terminated"),
        "expiring": Message("expiring"),
    }
    return words.get(state, Message(state))
