"""What the letters area adds to the party's windows, through its `Area`: the client card's L&etter… (Activities
tab) and the client list's &Letter… (Ctrl+Shift+L) and Mail &merge… (Ctrl+Shift+M), which the main window's
Edit menu shows too. The party area knows nothing of letters. Texts keep the translation contexts of the card
and the list, where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from kamdesk.gui.letters import open_letter, open_merge

translate = QCoreApplication.translate


def letter_button(card) -> QPushButton:
    """L&etter…: a letter from a template to the card's client."""
    button = QPushButton(translate("ClientCard", "L&etter…"))
    button.setObjectName("letter")
    button.setToolTip(translate("ClientCard", "Write a letter to the client from a template"))
    button.clicked.connect(lambda: open_letter(card, card.client_id) if card.client_id is not None else None)
    return button


def letter_action(view) -> QAction:
    """&Letter…: a letter from a template to the client chosen in the list; there only while one is."""
    action = view.list_action(translate("ClientListView", "&Letter…"), QKeySequence("Ctrl+Shift+L"),
                              lambda: letter_to_current(view), "letter")
    view.current_client_changed.connect(lambda client_id: action.setEnabled(client_id is not None))
    return action


def letter_to_current(view):
    """The letter dialog for the client chosen in the list `view`; None when no client is."""
    client_id = view.current_client_id()
    return open_letter(view, client_id) if client_id is not None else None


def merge_action(view) -> QAction:
    """Mail &merge…: a letter to every client the list's filters find."""
    return view.list_action(translate("ClientListView", "Mail &merge…"), QKeySequence("Ctrl+Shift+M"),
                            lambda: open_merge(view, view.current_filter()), "mail_merge")
