"""Letters from templates in the window: a letter to one client (`letter_dialog`) and a mail merge over the
client list's filter (`merge_dialog`); `open_letter` and `open_merge` are what the client list's and card's
Letter… and Mail merge… call (`client_actions`, which the letters area's `area.py` adds to the party's windows).
`commands` is `kamdesk letters ...` (no Qt: the package imports none when loaded).
"""

from __future__ import annotations


def open_letter(parent, client_id: int):
    """The letter dialog for `client_id`, window-modal over `parent`; it deletes itself when closed."""
    from PySide6.QtCore import Qt

    from kamdesk.gui.letters.letter_dialog import LetterDialog

    dialog = LetterDialog(client_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_merge(parent, client_filter=None):
    """The mail-merge dialog starting from `client_filter` (the client list's), over `parent`."""
    from PySide6.QtCore import Qt

    from kamdesk.gui.letters.merge_dialog import MergeDialog

    dialog = MergeDialog(parent, client_filter)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
