"""Line edits stop at the length their field holds (`kamdesk.core.text_limits`), the limit the services refuse past."""

from PySide6.QtWidgets import QLineEdit

from kamdesk.core.text_limits import limits


def limit_line_edits(holder: object, table: str, prefix: str = "") -> None:
    """Each QLineEdit `holder.<prefix><field>` that edits a text field of `table` takes the field's limit."""
    for name, most in limits(table).items():
        edit = getattr(holder, prefix + name, None)
        if isinstance(edit, QLineEdit):
            edit.setMaxLength(most)
