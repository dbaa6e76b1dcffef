"""The client card's E-mail tab, contributed by the mail area: the mail sent to the client and the drafts saved
for the mail program, newest first (date, how, to, subject, attachments); a double click (or Enter, or
Details…) shows one message's details. It reloads when mail of the client is sent or drafted anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.services import mail
from kamdesk.gui.changes import Change, changes
from kamdesk.gui.formatting import format_timestamp
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.mail.send_dialog import MAIL
from kamdesk.gui.messages import translated
from kamdesk.gui.widgets.tables import read_only_rows, with_buttons

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def via_text(via: str) -> str:
    """How the message left: sent by kamdesk, or a draft handed to the mail program."""
    return translate("MailHistory", "Draft") if via == "draft" else translate("MailHistory", "Sent")


def copy_text(sent_copy: str) -> str:
    """What became of the copy for the Sent folder ("" when none was asked for)."""
    if not sent_copy:
        return ""
    if sent_copy == "saved":
        return translate("MailHistory", "Saved in the Sent folder")
    return translate("MailHistory", "Not saved in the Sent folder: %1").replace(
        "%1", translated(mail.stored.read(sent_copy)))


class SentMailTab(QWidget):
    """The E-mail tab of one client card (`card`)."""

    def __init__(self, card):
        super().__init__()
        self.setObjectName("sent_mail_tab")
        self.card = card
        self._client_id: int | None = None
        self._rows: list = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("sent_mail_table")
        self.table.setHorizontalHeaderLabels([
            translate("MailHistory", "Date"), translate("MailHistory", "How"), translate("MailHistory", "To"),
            translate("MailHistory", "Subject"), translate("MailHistory", "Attachments")])
        read_only_rows(self.table, word_wrap=False, tab_keys=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        self.table.activated.connect(lambda _index: self.show_details())
        self.empty = EmptyState(self.table)
        self.details_button = QPushButton(translate("MailHistory", "&Details…"), self)
        self.details_button.setObjectName("sent_mail_details")
        self.details_button.clicked.connect(lambda: self.show_details())
        with_buttons(self.table, [self.details_button], self)
        changes().changed.connect(self._saved_elsewhere)

    @staticmethod
    def title() -> str:
        return translate("MailHistory", "E-mail")  # every letter of it is another tab's or button's key

    def show_client(self, client_id: int | None) -> None:
        """The card shows `client_id` (None: a new client, not saved yet)."""
        self._client_id = client_id
        self.reload()

    def reload(self) -> None:
        self._rows = mail.history(self._client_id) if self._client_id is not None else []
        self.table.setRowCount(len(self._rows))
        for row, record in enumerate(self._rows):
            texts = (format_timestamp(record.sent_at), via_text(record.via), record.to, record.subject,
                     ", ".join(record.attachments.splitlines()))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record.id)
                self.table.setItem(row, column, item)
        if self._rows:
            self.empty.hide_hint()
        else:
            self.empty.show_hint(translate("MailHistory", "No e-mail sent to this client from kamdesk yet: use "
                                           "“E-mail…” (Ctrl+Shift+E) on an offer, a contract, an order or a "
                                           "statement."))
        self.details_button.setEnabled(bool(self._rows))
        if self._rows:
            self.table.selectRow(0)

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def show_details(self) -> QDialog | None:
        """One message's details (window-modal; deleted when closed)."""
        record = self.current()
        if record is None:
            return None
        dialog = MessageDetails(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved_elsewhere(self, change: Change) -> None:
        if self._client_id is not None and change.touches(MAIL) and change.touches_client(self._client_id):
            self.reload()


class MessageDetails(QDialog):
    """What one recorded message was: when, how, from whom, to whom, the subject, the files and documents."""

    def __init__(self, record, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sent_mail_details_dialog")
        self.setWindowTitle(translate("MailHistory", "E-mail: %1").replace("%1", record.subject))
        form = QFormLayout()
        sender = record.manager.name if record.manager_id is not None else ""
        documents = [translated(mail.DocumentRef.from_line(line).title) for line in record.documents.splitlines()
                     if line]
        rows = ((translate("MailHistory", "Date:"), format_timestamp(record.sent_at)),
                (translate("MailHistory", "How:"), via_text(record.via)),
                (translate("MailHistory", "By:"), sender),
                (translate("MailHistory", "To:"), record.to),
                (translate("MailHistory", "Cc:"), record.cc),
                (translate("MailHistory", "Subject:"), record.subject),
                (translate("MailHistory", "Documents:"), "\n".join(documents)),
                (translate("MailHistory", "Sent folder:"), copy_text(record.sent_copy)))
        for caption, text in rows:
            if text:
                form.addRow(caption, self._value(text))
        files = QPlainTextEdit(record.attachments, self)
        files.setObjectName("sent_mail_files")
        files.setReadOnly(True)
        files.setMaximumHeight(90)
        form.addRow(translate("MailHistory", "Attachments:"), files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
