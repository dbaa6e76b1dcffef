"""The Send dialog: a document's e-mail as the core drafted it, edited, then sent or handed to the mail program.

To and Cc are typed (addresses separated by commas or semicolons) or picked from the client's contacts;
subject and body are the template's, editable; the attachments are listed with their sizes (open one to
look at it, remove one not to send it). "Open in mail program" writes the message as a draft (.eml with
X-Unsent) into a temporary folder and opens it with the system's handler, then asks whether an offer it
carries was sent; "Send" (Ctrl+Enter) sends it by SMTP with the desk's account, on a worker with progress,
and is disabled, with a link to the account settings, while the desk has no account. A refusal (a bad
address, the server saying no, a wrong password) is said in the dialog, and nothing is recorded.
"""

from __future__ import annotations

import dataclasses
import tempfile
from email.utils import parseaddr
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, MailLoginRefused, SentNotRecorded
from kamdesk.core.services import mail
from kamdesk.core.services.contract import safe_file_name
from kamdesk.core.services.mail.documents import address_line
from kamdesk.gui.changes import ACTIVITIES, OFFERS, notify
from kamdesk.gui.mail import passwords
from kamdesk.gui.mail.account_dialog import desk_account, edit_account
from kamdesk.gui.mail.offers import ask_marked_sent
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.widgets.dialogs import choose
from kamdesk.gui.widgets.field_errors import FieldErrors, error_label
from kamdesk.gui.widgets.tables import read_only_rows

MAIL = "mail"  # the change kind of a sent or drafted e-mail (the client card's sent mail list reloads)
SEPARATORS = ",;\n"


def addresses(text: str) -> list[str]:
    """The addresses typed in a To or Cc field, separated by commas, semicolons or new lines (not those inside
    a quoted name or the angle brackets: "Kovács, Ilona" <ilona@example.hu> is one)."""
    parts, current, quoted, bracketed = [], [], False, False
    for char in text:
        if char in SEPARATORS and not quoted and not bracketed:
            parts.append("".join(current))
            current = []
            continue
        quoted = not quoted if char == '"' else quoted
        bracketed = (char == "<" or bracketed) and char != ">" if not quoted else bracketed
        current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def size_text(size: int) -> str:
    """An attachment's size as the user's locale writes it ("12.3 KB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class SendDialog(QDialog):
    """Edit and send one draft. `contacts`: the client's (name, address) pairs offered for To and Cc.

    Public: `draft()` (the draft as edited), `send()` and `open_in_mail_program()` (each returns what it
    started, an Operation or the saved record), the widgets. Signal `sent(record)`: after a send or a draft
    handed to the mail program, with the history's record.
    """

    sent = Signal(object)

    def __init__(self, draft: mail.Draft, contacts: list[tuple[str, str]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self._draft = draft
        self._attachments = list(draft.attachments)
        self._contacts = list(contacts)
        self._account, self._account_problem = desk_account()
        self._folder: Path | None = None  # the temporary folder of opened attachments and drafts
        self.operation: Operation | None = None
        self._retype = False  # the server refused the password: ask for it
        title = translated(draft.documents[0].title) if draft.documents else draft.subject
        self.setWindowTitle(self.tr("E-mail: %1").replace("%1", title) if title else self.tr("E-mail"))
        self._build()
        self._fill()
        self._show_account()
        fit_to_screen(self, 760, 620)

    # ------------------------------------------------------------ building
    def _build(self) -> None:
        self.sender = QLabel(self)
        self.sender.setObjectName("mail_sender")
        self.sender.setTextFormat(Qt.TextFormat.PlainText)
        self.sender.setWordWrap(True)
        self.no_account = QLabel(self)
        self.no_account.setObjectName("no_account")
        self.no_account.setText(self.tr("This desk has no e-mail account yet: <a href=\"settings\">set it up…</a> "
                                        "or open the message in your mail program."))
        self.no_account.setTextFormat(Qt.TextFormat.RichText)
        self.no_account.setWordWrap(True)
        self.no_account.linkActivated.connect(lambda _link: self.edit_account())
        self.account_button = QToolButton(self)
        self.account_button.setObjectName("mail_account")
        self.account_button.setText(self.tr("Account…"))
        self.account_button.setToolTip(self.tr("The e-mail account of this desk: sender, servers, password"))
        self.account_button.clicked.connect(lambda: self.edit_account())
        self.to, self.to_contacts = self._address_field("mail_to")
        self.cc, self.cc_contacts = self._address_field("mail_cc")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("mail_subject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("mail_body")
        self.body.setTabChangesFocus(True)
        self.attachments = QTableWidget(0, 2, self)
        self.attachments.setObjectName("mail_attachments")
        self.attachments.setHorizontalHeaderLabels([self.tr("Attachment"), self.tr("Size")])
        read_only_rows(self.attachments, word_wrap=False, tab_keys=False)
        self.attachments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachments.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attachments.setMaximumHeight(120)
        self.attachments.doubleClicked.connect(lambda _index: self.open_attachment())
        self.open_button = self._button(self.tr("&Open"), "open_attachment", self.open_attachment)
        self.remove_button = self._button(self.tr("&Remove"), "remove_attachment", self.remove_attachment)
        self.attachments.itemSelectionChanged.connect(self._update_attachment_buttons)
        self.errors = {key: error_label(self) for key in ("to", "cc", "subject", "attachments", "form")}
        self.field_errors = FieldErrors({key: label for key, label in self.errors.items() if key != "form"},
                                        {"to": self.to, "cc": self.cc, "subject": self.subject,
                                         "attachments": self.attachments}, other=self.errors["form"])
        for edit in (self.to, self.cc, self.subject):
            edit.textEdited.connect(lambda _text, widget=edit: self.field_errors.edited(widget))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.mail_program_button = self.buttons.addButton(self.tr("Open in &mail program"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.mail_program_button.setObjectName("open_in_mail_program")
        self.mail_program_button.setToolTip(self.tr("A draft with the attachments, opened by your mail program"))
        self.mail_program_button.clicked.connect(lambda: self.open_in_mail_program())
        self.send_button = self.buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.setObjectName("send_mail")
        self.send_button.setToolTip(self.tr("Send it now with this desk's e-mail account (Ctrl+Enter)"))
        self.send_button.clicked.connect(lambda: self.send())
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.send() if self.send_button.isEnabled() else None)
        self._lay_out()

    def _address_field(self, name: str) -> tuple[QLineEdit, QToolButton]:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(self.tr("name@example.com, another@example.com"))
        pick = QToolButton(self)
        pick.setObjectName(f"{name}_contacts")
        pick.setText(self.tr("Contacts"))
        pick.setToolTip(self.tr("Add one of the client's contacts"))
        pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(pick)
        for contact_name, address in self._contacts:
            shown = f"{contact_name} <{address}>" if contact_name else address
            action = menu.addAction(shown.replace("&", "&&"))  # a "&" in a name is no shortcut key
            line = address_line(contact_name, address)
            action.triggered.connect(lambda _checked=False, a=line, e=edit: self.add_address(e, a))
        pick.setMenu(menu)
        pick.setEnabled(bool(self._contacts))
        return edit, pick

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    def _lay_out(self) -> None:
        grid = QGridLayout()
        rows = ((self.tr("From:"), self.sender, self.account_button, None),
                (self.tr("&To:"), self.to, self.to_contacts, "to"),
                (self.tr("&Cc:"), self.cc, self.cc_contacts, "cc"),
                (self.tr("S&ubject:"), self.subject, None, "subject"))
        row = 0
        for caption, field, extra, key in rows:
            label = QLabel(caption, self)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1, 1, 1 if extra else 2)
            if extra is not None:
                grid.addWidget(extra, row, 2)
            row += 1
            if key is not None:
                grid.addWidget(self.errors[key], row, 1, 1, 2)
                row += 1
        grid.setColumnStretch(1, 1)
        attachment_buttons = QVBoxLayout()
        attachment_buttons.addWidget(self.open_button)
        attachment_buttons.addWidget(self.remove_button)
        attachment_buttons.addStretch(1)
        attachments = QHBoxLayout()
        attachments.addWidget(self.attachments, 1)
        attachments.addLayout(attachment_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_account)
        layout.addLayout(grid)
        layout.addWidget(self.body, 1)
        layout.addLayout(attachments)
        layout.addWidget(self.errors["attachments"])
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ showing
    def _fill(self) -> None:
        self.to.setText(", ".join(self._draft.to))
        self.cc.setText(", ".join(self._draft.cc))
        self.subject.setText(self._draft.subject)
        self.body.setPlainText(self._draft.body)
        self._fill_attachments()
        (self.subject if self._draft.to else self.to).setFocus()

    def _fill_attachments(self) -> None:
        self.attachments.setRowCount(len(self._attachments))
        for row, attachment in enumerate(self._attachments):
            self.attachments.setItem(row, 0, QTableWidgetItem(attachment.name))
            size = QTableWidgetItem(size_text(len(attachment.data)))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.attachments.setItem(row, 1, size)
        if self._attachments:
            self.attachments.selectRow(0)
        self._update_attachment_buttons()

    def _update_attachment_buttons(self) -> None:
        chosen = self._current_row() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _show_account(self) -> None:
        """Who the mail is from; without an account, Send is off and the link to the settings shows."""
        account = self._account
        if account is not None:
            name, address = account.from_name, account.from_address
            self.sender.setText(f"{name} <{address}>" if name else address)
        else:
            self.sender.setText(self._account_problem or self.tr("(no e-mail account)"))
        self.no_account.setVisible(account is None)
        self.send_button.setEnabled(account is not None)
        self.send_button.setDefault(account is not None)

    def edit_account(self) -> None:
        """The account settings; once saved, Send is on."""
        if edit_account(self) is not None:
            self._account, self._account_problem = desk_account()
            self._show_account()

    # ------------------------------------------------------------ the draft as edited
    def draft(self) -> mail.Draft:
        return dataclasses.replace(self._draft.keeping(self._attachments), to=addresses(self.to.text()),
                                   cc=addresses(self.cc.text()), subject=self.subject.text().strip(),
                                   body=self.body.toPlainText())

    def add_address(self, edit: QLineEdit, address: str) -> None:
        """Add a contact's address to To or Cc (once)."""
        present = addresses(edit.text())
        if parseaddr(address)[1].casefold() not in {parseaddr(known)[1].casefold() for known in present}:
            edit.setText(", ".join([*present, address]))
        self.field_errors.edited(edit)

    def _current_row(self) -> int | None:
        rows = self.attachments.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def open_attachment(self) -> None:
        """Look at the chosen attachment with the system's program for its kind."""
        row = self._current_row()
        if row is None:
            return
        attachment = self._attachments[row]
        try:
            path = self._temporary_folder() / safe_file_name(attachment.name)
            path.write_bytes(attachment.data)
        except OSError as error:
            self._say(self.tr("Cannot open %1: %2").replace("%1", attachment.name).replace(
                "%2", error.strerror or str(error)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_attachment(self) -> None:
        """The chosen attachment is not sent."""
        row = self._current_row()
        if row is not None:
            del self._attachments[row]
            self._fill_attachments()

    def _temporary_folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="kamdesk-mail-"))
        return self._folder

    def _checked(self, draft: mail.Draft) -> bool:
        """True when the draft may go; else its faults shown beside their fields."""
        ok, _ = self.field_errors.attempt(self, lambda: mail.check_draft(draft))
        return ok

    def _say(self, text: str) -> None:
        self.errors["form"].setText(text)
        self.errors["form"].show()

    def edited(self) -> bool:
        """True when the message differs from what was drafted (recipients, subject, body, attachments)."""
        now, drafted = self.draft(), self._draft
        return (now.to, now.cc, now.subject, now.body, len(now.attachments)) != (
            drafted.to, drafted.cc, drafted.subject.strip(), drafted.body, len(drafted.attachments))

    def reject(self) -> None:
        """Esc, Cancel or the window's close: an edited message is lost only when the user says so."""
        if self.edited():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close without sending?"),
                              self.tr("What you changed in this e-mail is lost."), parent=self)
            discard = box.addButton(QMessageBox.StandardButton.Discard)
            if not choose(box, {discard: True}):
                return
        super().reject()

    # ------------------------------------------------------------ the two ways out
    def open_in_mail_program(self):
        """Save the message as a draft (.eml) and open it in the mail program; the saved record, None if refused.

        An offer it carries is still a draft: the user is asked whether it was sent."""
        draft = self.draft()
        self.field_errors.clear()
        if not self._checked(draft):
            return None
        stem = safe_file_name(draft.subject or self.tr("message")) or "message"
        try:
            path = self._temporary_folder() / f"{stem}.eml"
            record = mail.save_draft(draft, path, self._account.sender if self._account is not None else "")
        except KamdeskError as error:
            self.field_errors.show(getattr(error, "errors", None) or {"form": error.message})
            return None
        except OSError as error:
            self._say(self.tr("Cannot write the draft: %1").replace("%1", error.strerror or str(error)))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        notify(MAIL, client_id=draft.client_id, source=self)
        self._ask_offers_sent(draft)
        self.sent.emit(record)  # after the offers were marked: the view that opened the dialog shows them so
        self.accept()
        return record

    def _ask_offers_sent(self, draft: mail.Draft) -> None:
        """Each offer the draft carries that is still a draft: was it sent from the mail program?"""
        for document in draft.documents:
            if document.kind == "offer" and document.record_id is not None:
                ask_marked_sent(self, document.record_id)

    def send(self) -> Operation | None:
        """Send by SMTP on a worker (with progress); the dialog closes once sent and recorded."""
        draft = self.draft()
        self.field_errors.clear()
        if self._account is None or not self._checked(draft):
            return None
        account = self._account
        password = None  # a server on this computer may take mail without a login
        if account.smtp_user:
            known = None if self._retype else passwords.known(account)
            password = known or passwords.ask(self, account)
            if password is None:
                return None
        kinds = (MAIL, ACTIVITIES, OFFERS) if any(d.kind == "offer" for d in draft.documents) else (MAIL, ACTIVITIES)
        imap_password = passwords.known_imap(account)
        self.operation = Operation(self, lambda task: mail.send(draft, account, password, progress=task.progress,
                                                                imap_password=imap_password)) \
            .with_progress(self.tr("Sending the e-mail…")).success(self._sent) \
            .failure(lambda error: self._not_sent(account, password, error)) \
            .notifies(*kinds, client_id=draft.client_id).run()
        return self.operation

    def _sent(self, record) -> None:
        warning = getattr(record, "sent_copy", "")
        if warning and warning != "saved":
            QMessageBox.information(self, self.tr("Sent"), self.tr(
                "The e-mail is sent, but no copy was put in the Sent folder: %1").replace(
                "%1", translated(mail.stored.read(warning))))
        self.sent.emit(record)
        self.accept()

    def _not_sent(self, account, password: str | None, error: BaseException) -> None:
        if not isinstance(error, KamdeskError):
            report_failure(self, error)  # a bug: logged with its traceback, shown once
            return
        if isinstance(error, SentNotRecorded):  # the message has left: it must not be sent again
            QMessageBox.warning(self, self.tr("Sent, not recorded"), error_text(error))
            self.accept()
            return
        if isinstance(error, MailLoginRefused):
            passwords.refused(account, password)
            self._retype = True  # the next Send asks, whatever the keyring keeps
        errors = getattr(error, "errors", None)
        if errors:
            self.field_errors.show(errors)
        else:
            self._say(error_text(error))
