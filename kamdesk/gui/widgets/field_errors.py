"""One field-error display: a `ValidationError`'s messages beside the fields they name.

A form declares which label shows the messages of which field key (several
keys may share a label: their messages stand one per line), which widget
each key focuses, in the order the user meets them, and the label that takes
the messages naming no field. `FieldErrors.show` clears what was shown,
places each message, and focuses the first bad field (showing the tab it is
on); `clear` hides them all; `attempt` runs a save and shows why it failed. Forms built in Designer name their labels
`<field>_error` (and `form_error` for the rest): `FieldErrors.of_form` finds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from kamdesk.core.errors import ChangedMeanwhile, KamdeskError, ValidationError
from kamdesk.gui.errors import show_error
from kamdesk.gui.messages import translated

ERROR_STYLE = "color: #c62828;"
FORM_KEY = "form"  # the key of messages about the form as a whole

FieldWidgets = Mapping[str, QWidget | Sequence[QWidget]]


def error_label(parent: QWidget) -> QLabel:
    """A label for a field's messages, made in code: red, plain text, wrapping, hidden until a message comes."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def prepare_error_labels(widget: QWidget) -> list[QLabel]:
    """The `<field>_error` labels of a form: red, hidden until a message comes."""
    labels = [label for label in widget.findChildren(QLabel) if label.objectName().endswith("_error")]
    for label in labels:
        label.setStyleSheet(ERROR_STYLE)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
    return labels


class FieldErrors:
    """Shows, clears and focuses the field messages of one form.

    `labels`: field key → the label beside the field. `widgets`: field key →
    the widget to focus (or several: the first enabled one, as the check box
    of an optional date whose edit is off), in tab order. `other`: the label
    for messages of keys without a label; without it, `show` returns their
    texts for the caller to place. `field_of` turns an error key into a field
    key ("contacts.2.email" → "contacts"); by default the key is the field.
    """

    def __init__(self, labels: Mapping[str, QLabel], widgets: FieldWidgets | None = None, *,
                 other: QLabel | None = None, field_of: Callable[[str], str] | None = None):
        self.labels = dict(labels)
        self.widgets = dict(widgets or {})
        self.other = other
        self.field_of = field_of or (lambda key: key)
        self.errors: dict[str, object] = {}

    @classmethod
    def of_form(cls, form: QWidget, widgets: FieldWidgets | None = None, **options) -> FieldErrors:
        """The `<field>_error` labels of `form` (made red and hidden); `form_error` takes the rest."""
        labels = {label.objectName().removesuffix("_error"): label for label in prepare_error_labels(form)}
        other = labels.pop(FORM_KEY, None)
        return cls(labels, widgets, other=options.pop("other", other), **options)

    def clear(self) -> None:
        self.errors = {}
        for label in {*self.labels.values(), *([self.other] if self.other is not None else [])}:
            label.clear()
            label.hide()

    def show(self, errors: Mapping[str, object], focus: bool = True) -> list[str]:
        """Each message beside its field, the first bad field focused; the texts no label took."""
        self.clear()
        self.errors = dict(errors)
        placed: dict[QLabel, list[str]] = {}
        unplaced: list[str] = []
        for key, message in errors.items():
            label = self.labels.get(self.field_of(key))
            (unplaced if label is None else placed.setdefault(label, [])).append(translated(message))
        for label, texts in placed.items():
            label.setText("\n".join(texts))
            label.show()
        if unplaced and self.other is not None:
            self.other.setText("\n".join(unplaced))
            self.other.show()
            unplaced = []
        first = self.first(errors)
        if focus and first is not None:
            self.focus(first)
        return unplaced

    def attempt(self, parent: QWidget, action: Callable[[], object], versions=None) -> tuple[bool, object]:
        """Run `action` (a save): (True, what it returned), or (False, None) when it was refused.

        A ValidationError's messages are shown here; another domain error in a message box over `parent`.
        With `versions` (the editor's `changed_meanwhile.LoadedVersions`), a save over a record someone
        else saved meanwhile asks Reload or Overwrite, and Overwrite runs `action` again.
        """
        try:
            return True, action()
        except ValidationError as error:
            self.show(error.errors)
        except ChangedMeanwhile as error:
            if versions is None:
                show_error(parent, error)
                return False, None
            return versions.settle(parent, error, lambda: self.attempt(parent, action, versions)) or (False, None)
        except KamdeskError as error:
            show_error(parent, error)
        return False, None

    def first(self, errors: Mapping[str, object]) -> str | None:
        """The first field (in the order of `widgets`) that an error names."""
        fields = {self.field_of(key) for key in errors}
        return next((field for field in self.widgets if field in fields), None)

    def focus(self, field: str) -> None:
        """Show the tab holding `field`'s widget and give it the focus."""
        widget = self._widget(field)
        if widget is None:
            return
        _reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def edited(self, widget: QWidget) -> None:
        """`widget` changed: its messages go, and so do those about no field in particular."""
        keep = {key: message for key, message in self.errors.items()
                if self._widgets(self.field_of(key)) and widget not in self._widgets(self.field_of(key))}
        if keep != self.errors:
            self.show(keep, focus=False)

    def _widgets(self, field: str) -> list[QWidget]:
        widgets = self.widgets.get(field)
        if widgets is None:
            return []
        return [widgets] if isinstance(widgets, QWidget) else list(widgets)

    def _widget(self, field: str) -> QWidget | None:
        widgets = self._widgets(field)
        return next((widget for widget in widgets if widget.isEnabled()), widgets[-1] if widgets else None)


def _reveal(widget: QWidget) -> None:
    """Bring forward the tab that `widget` is on, in every tab widget around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()
