"""Editors that can hold unsaved changes, and the one question asked before such changes would be lost.

An editor (a dialog, a page, an entry view) mixes in `UnsavedChanges` before its Qt
class and answers `has_unsaved_changes()`, `save_changes()` and `discard_changes()`.
Whoever is about to leave it (Esc or Close on a dialog, another page, Ctrl+Q) calls
`settle(editor)`: it asks Save / Discard / Cancel only when something is unsaved.
A form without a change flag of its own compares `form_state()` with the state it
was loaded with, and `watch()` tells it when to look again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)


class UnsavedChanges:
    """What every editor with unsaved changes answers (mixed in before the Qt class)."""

    def has_unsaved_changes(self) -> bool:
        """True while the editor holds changes that are not saved."""
        raise NotImplementedError

    def save_changes(self) -> bool:
        """Save them; False (with the reason shown) when they could not be saved."""
        raise NotImplementedError

    def discard_changes(self) -> None:
        """Forget them: afterwards `has_unsaved_changes()` is False and nothing unsaved is shown as if kept."""
        raise NotImplementedError

    def unsaved_question(self) -> str:
        """The question asked before the changes would be lost."""
        return QCoreApplication.translate("UnsavedChanges", "Save the changes?")


class DirtyFlag(UnsavedChanges):
    """An editor that keeps a `_dirty` flag, clears it with `_set_dirty(False)` and saves with `save() -> bool`."""

    _dirty = False

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self._set_dirty(False)


class UnsavedFields(UnsavedChanges):
    """A dialog whose fields differ from those it was first shown with (mixed in before QDialog).

    For dialogs without a change flag of their own: Esc, Cancel and the close button
    ask, and Save is the dialog's accept().
    """

    _shown_state: list | None = None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_state is None:
            self._shown_state = form_state(self)

    def reject(self) -> None:
        if settle(self) and self.result() != QDialog.DialogCode.Accepted:  # Save closed it already
            super().reject()

    def has_unsaved_changes(self) -> bool:
        return self._shown_state is not None and form_state(self) != self._shown_state

    def save_changes(self) -> bool:
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    def discard_changes(self) -> None:
        self._shown_state = form_state(self)


def settle(editor: UnsavedChanges, parent: QWidget | None = None) -> bool:
    """True when nothing unsaved is left (there was none, it was saved or discarded); False: stay.

    The question is shown over `parent`, by default over the editor itself.
    """
    if not editor.has_unsaved_changes():
        return True
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(parent or editor, QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
                                  editor.unsaved_question(), buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return editor.save_changes()
    if answer == QMessageBox.StandardButton.Discard:
        editor.discard_changes()
        return True
    return False


def settle_all(editors: Iterable[UnsavedChanges]) -> bool:
    """Settle each editor in turn; False as soon as the user chooses to stay in one."""
    return all(settle(editor) for editor in editors)


def editors_in(root: QWidget) -> list[UnsavedChanges]:
    """`root` and the editors shown inside it (not in windows of their own) that hold unsaved changes."""
    found = [root] if isinstance(root, UnsavedChanges) else []
    found += [widget for widget in root.findChildren(QWidget)
              if isinstance(widget, UnsavedChanges) and not widget.isWindow() and widget.isVisibleTo(root)]
    return [editor for editor in found if editor.has_unsaved_changes()]


def form_state(root: QWidget) -> list:
    """What is typed or chosen in the input widgets inside `root`, to compare with an earlier state."""
    state = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
            state.append(widget.text())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            items = (widget.item(row) for row in range(widget.count()))
            state.append([(item.text(), item.checkState()) for item in items])
    return state


def watch(root: QWidget, slot) -> None:
    """Call `slot()` whenever something is typed or chosen inside `root` (spin boxes type into a line edit)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(lambda *_: slot())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: slot())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.toggled.connect(lambda *_: slot())
