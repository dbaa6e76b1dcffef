"""Line edits stop at the length their field holds (`kamdesk.core.text_limits`), the limit the services refuse past."""

from PySide6.QtWidgets import QLineEdit

from kamdesk.core.models import BY_TABLE
from kamdesk.core.text_limits import limits


def limit_line_edits(holder: object, table: str, prefix: str = "") -> None:
    """Each QLineEdit `holder.<prefix><field>` that edits a text field of `table` takes the field's limit."""
    for name, most in limits(BY_TABLE[table]).items():
        edit = getattr(holder, prefix + name, None)
        if isinstance(edit, QLineEdit):
            edit.setMaxLength(most)
            _keep_longer_stored_text(edit, most)


def _keep_longer_stored_text(edit: QLineEdit, most: int) -> None:
    """A stored value longer than the limit (kept from before the limits) is shown whole, never cut.

    QLineEdit.setText silently cuts a text to maxLength, and saving would then
    lose the rest without a word. Shown whole, it can only be shortened, and the
    save says how long it may be.
    """
    set_text = edit.setText

    def set_text_whole(text: str) -> None:
        edit.setMaxLength(max(most, len(text or "")))
        set_text(text)

    edit.setText = set_text_whole
