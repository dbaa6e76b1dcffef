"""The "E-mail…" action of the documents (offer, order, contract, statement, dunning letter): its button and
key (Ctrl+Shift+E), and `compose`, which drafts the document's e-mail on a worker (its PDF and workbook
rendered, the template filled in) and opens the Send dialog with the client's contacts offered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from kamdesk.gui.operations import Operation

KEYS = "Ctrl+Shift+E"


def email_button(parent: QWidget, slot: Callable[[], object], name: str, tip: str) -> QPushButton:
    """The "E-mail…" button of a document's window, and Ctrl+Shift+E anywhere inside `parent`, both calling
    `slot()`; `tip` says what is sent (the key is added to it)."""
    button = QPushButton(QCoreApplication.translate("MailCompose", "E-mail…"), parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    native = QKeySequence(KEYS).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{tip} ({native})")
    button.clicked.connect(lambda *_: slot())
    key = QShortcut(QKeySequence(KEYS), parent)
    key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    key.activated.connect(lambda: slot() if button.isVisible() and button.isEnabled() else None)
    return button


def compose(parent: QWidget, make_draft: Callable[[], object],
            on_sent: Callable[[object], object] | None = None) -> Operation:
    """Draft the e-mail with `make_draft()` off the GUI thread, then open the Send dialog over `parent`;
    `on_sent(record)` once it was sent or handed to the mail program. A document that cannot be mailed
    (no such record any more, data its template needs missing) is said in a message box."""
    return Operation(parent, lambda _task: _drafted(make_draft)) \
        .with_progress(QCoreApplication.translate("MailCompose", "Preparing the e-mail…")) \
        .success(lambda drafted: open_send_dialog(parent, *drafted, on_sent=on_sent)).run()


def _drafted(make_draft: Callable[[], object]) -> tuple[object, list[tuple[str, str]]]:
    """The draft and the (name, address) pairs of its client's contacts (on the worker)."""
    from kamdesk.core.services.mail import documents

    draft = make_draft()
    return draft, documents.contacts_for(draft.client_id) if draft.client_id is not None else []


def open_send_dialog(parent: QWidget | None, draft, contacts=(), on_sent: Callable[[object], object] | None = None):
    """The Send dialog for `draft`, window-modal over `parent`; it deletes itself when closed."""
    from kamdesk.gui.mail.send_dialog import SendDialog

    dialog = SendDialog(draft, list(contacts), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_sent is not None:
        dialog.sent.connect(on_sent)
    dialog.open()
    return dialog
