"""What a business area brings to the application: one `Area` description per area.

An area (party, activity, sale, product, company, contract ...) lives in its own
folders and says here, once, what it adds: its page in the main window (navigation
entry, View menu shortcut, the "New …" action of Ctrl+N), the tabs and buttons it adds
to the client card, the actions it adds to the client list, the views `kamdesk
screenshot` can render, its command-line commands and its step of the demo data.
`kamdesk.areas` lists the areas; the main window, the client list and card, the
screenshot command, the CLI and the demo loop over that list.

This module never imports Qt (the CLI must start without it): the page, the card tabs
and buttons, the list's actions, the commands and the demo step are named by dotted
paths ("package.module:name") and imported only when used. Texts are English source
strings marked for the translation tool; the GUI translates them in the "MainWindow" context.
"""

from __future__ import annotations

import importlib
from collections import namedtuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name the translation tool looks for)
    """Mark `text` for translation in `context`; the GUI translates it when it shows it."""
    return text


TRANSLATION_CONTEXT = "MainWindow"


class ScreenshotView(namedtuple("ScreenshotView", "name build argument optional", defaults=("", "", False))):
    """A view `kamdesk screenshot NAME[:ARGUMENT]` renders: `build(argument)` returns the widget to grab;
    without `build`, the main window showing the area.

    `argument` is how the help names the argument ("number", "id", "2026-W49"), empty when the view
    takes none; `optional` when the view may be asked for with or without it.
    """

    __slots__ = ()


class CardButton(namedtuple("CardButton", "tab build")):
    """A button an area adds to a tab of the client card, below the card's own buttons there: `tab` is
    "activities" or "sales"; `build(card)` returns the QPushButton (its text, object name, what a click does
    with `card.client_id`). The card enables it while it shows a saved client.
    """

    __slots__ = ()


_AREA_FIELDS = ("key title menu_text shortcut page new_text new_slot attach card_tabs screenshots commands demo shown "
                "card_buttons client_actions")


class Area(namedtuple("Area", _AREA_FIELDS, defaults=("", "", "", (), (), "", "", "", (), ()))):
    """One business area as the application shows it.

    key: stable name (saved as the last area shown, used by `show_area("orders")`).
    title: the navigation entry (shown for an area with a page only); menu_text: the View menu entry
    with its accelerator; shortcut: the View menu's key ("Ctrl+3").
    page: dotted path of the page class (built on first use, with the main window as parent).
    new_text / new_slot: the text of File ▸ New (Ctrl+N) while the page is shown, and the
    page's method it calls; an area without them keeps "New client…".
    attach: dotted path of `attach(window, page)`, the area's own wiring once its page is built
    (a page that asks the window to open something of another area, a shortcut the window owns).
    card_tabs: dotted paths of the client-card tab classes the area contributes
    (each built as `Tab(card)`; see `kamdesk.gui.party.client_card`).
    card_buttons: the `CardButton`s the area adds to the client card's tabs.
    client_actions: dotted paths of `build(view) -> QAction`, the actions the area adds to the client list
    (`kamdesk.gui.party.client_list`: `view.list_action` makes one, `view.current_client_changed` says the
    client chosen); the list's context menu and the main window's Edit menu show them.
    screenshots, commands (dotted path of `add_commands(verbs)`: `verbs["list"]` … are the sub-commands of
    `kamdesk list` …, `verbs["kamdesk"]` those of `kamdesk` itself; see `kamdesk.cli`),
    demo (dotted path of `step(demo)`, see `kamdesk.core.services.demo`).
    shown: dotted path of `shown() -> bool`, whether the manager at the desk gets the area at all
    (the Admin area: admins only); an area without it is shown to everyone.
    The application has no area icons (the navigation is a list of words), so an Area has none.
    A named tuple rather than a dataclass: `kamdesk --help` reads every Area, and importing
    dataclasses (with inspect) would add milliseconds to each start of the command line.
    """

    __slots__ = ()


def is_shown(area: Area) -> bool:
    """Whether the manager at the desk gets `area` (its `shown()`; every area without one)."""
    return not area.shown or bool(load(area.shown)())


def load(path: str):
    """The object a dotted path "package.module:name" names, imported now."""
    module, _, name = path.partition(":")
    found = importlib.import_module(module)
    for part in name.split(".") if name else ():
        found = getattr(found, part)
    return found
