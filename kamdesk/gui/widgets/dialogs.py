"""Asking through a dialog: run it modally and read its answer, or pick one of a message box's buttons.

`ask(dialog, read)` runs a dialog, schedules its deletion whatever happens,
and gives `read(dialog)` when it was accepted (None when not). `choose(box,
answers, default)` adds Cancel (also the Escape button) to a question box,
runs it and gives the answer of the button clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox

T = TypeVar("T")


def ask(dialog: QDialog, read: Callable[[QDialog], T] = lambda dialog: True) -> T | None:
    """`read(dialog)` (True when not given) if the dialog was accepted, else None; the dialog is deleted later."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return read(dialog)
    finally:
        dialog.deleteLater()


def choose(box: QMessageBox, answers: dict[QAbstractButton, T], default: QAbstractButton | None = None,
           cancelled: T | None = None) -> T | None:
    """Add Cancel to `box` (the Escape button, and the default unless `default` is given), run it and give
    the answer of the button clicked, `cancelled` for Cancel or a closed box."""
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(default or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return answers.get(box.clickedButton(), cancelled)
