"""The e-mail account of the manager at this desk (kept in the user's own file on this computer, never in the
database): the sender, the SMTP server that sends, the password (kept in this computer's keyring when asked,
taken out of it when not) and the IMAP server that keeps a copy in the Sent folder; the password typed here
serves both servers named here. "Test the connection" logs in to both on a worker; Save checks the fields and
shows each problem beside its field. `edit_account(parent)` runs the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.services import mail
from kamdesk.core.services.mail.account import IMAP_PORTS, SMTP_PORTS, clean_account
from kamdesk.gui.mail import passwords
from kamdesk.gui.messages import error_text
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors, error_label

TEXT_FIELDS = ("from_name", "from_address", "smtp_host", "smtp_user", "imap_host", "imap_user", "sent_folder")
OK_STYLE = "color: #2e7d32;"


def desk_account():
    """(the desk's account or None, "" or why the account set by KAMDESK_SMTP_URL cannot be used)."""
    try:
        return mail.account(), ""
    except KamdeskError as error:
        return None, error_text(error)


def edit_account(parent: QWidget | None = None):
    """Run the account dialog; the saved account, None when cancelled."""
    dialog = AccountDialog(parent)
    try:
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class AccountDialog(QDialog):
    """The account's fields, Test the connection, Save and Cancel. Public: `values()`, `save()`, `test()`,
    `saved` (the account once saved), the widgets."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mail_account_dialog")
        self.setWindowTitle(self.tr("E-mail account"))
        self.saved = None
        self.operation: Operation | None = None
        self.edits = {name: self._line_edit(name) for name in TEXT_FIELDS}
        self.edits["from_address"].setPlaceholderText(self.tr("name@example.com"))
        self.edits["smtp_host"].setPlaceholderText(self.tr("smtp.example.com"))
        self.edits["imap_host"].setPlaceholderText(self.tr("imap.example.com, or empty"))
        self.edits["imap_user"].setPlaceholderText(self.tr("the SMTP user name"))
        self.smtp_port, self.imap_port = self._port("smtp_port"), self._port("imap_port")
        self.smtp_security, self.imap_security = self._security("smtp_security"), self._security("imap_security")
        self.smtp_security.currentIndexChanged.connect(
            lambda: self.smtp_port.setValue(SMTP_PORTS[self.smtp_security.currentData()]))
        self.imap_security.currentIndexChanged.connect(
            lambda: self.imap_port.setValue(IMAP_PORTS[self.imap_security.currentData()]))
        self.password = self._line_edit("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked for when you send, unless remembered"))
        self.remember = QCheckBox(self.tr("&Remember in this computer's keyring"), self)
        self.remember.setObjectName("remember_password")
        self.remember.setChecked(True)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("test_result")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.environment_note = QLabel(self.tr("KAMDESK_SMTP_URL is set on this computer: mail is sent with the "
                                               "account it names, not with these settings."), self)
        self.environment_note.setObjectName("environment_note")
        self.environment_note.setWordWrap(True)
        self.environment_note.setStyleSheet("color: #8a6d00;")
        self._lay_out()
        self._load()
        self.setMinimumWidth(560)  # the messages beside the fields fit on one line

    # ------------------------------------------------------------ building
    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(254)
        return edit

    def _port(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(1, 65535)
        spin.setGroupSeparatorShown(False)
        return spin

    def _security(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in (("starttls", self.tr("STARTTLS")), ("ssl", self.tr("SSL/TLS")),
                           ("none", self.tr("None (this computer only)"))):
            combo.addItem(text, code)
        return combo

    def _lay_out(self) -> None:
        self.error_labels = {key: error_label(self) for key in (
            "from_name", "from_address", "smtp_host", "smtp_port", "smtp_security", "smtp_user", "imap_host",
            "imap_port", "imap_security", "imap_user", "sent_folder", "form")}
        sender = QGroupBox(self.tr("Sender"), self)
        form = QFormLayout(sender)
        self._row(form, self.tr("&Name:"), self.edits["from_name"], "from_name")
        self._row(form, self.tr("&Address:"), self.edits["from_address"], "from_address")
        outgoing = QGroupBox(self.tr("Sending (SMTP)"), self)
        form = QFormLayout(outgoing)
        self._row(form, self.tr("Ser&ver:"), self._server_row(self.edits["smtp_host"], self.smtp_port),
                  "smtp_host", "smtp_port")
        self._row(form, self.tr("Encr&yption:"), self.smtp_security, "smtp_security")
        self._row(form, self.tr("&User name:"), self.edits["smtp_user"], "smtp_user")
        self._row(form, self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        sent = QGroupBox(self.tr("Copy in the Sent folder (IMAP, optional)"), self)
        form = QFormLayout(sent)
        self._row(form, self.tr("Serv&er:"), self._server_row(self.edits["imap_host"], self.imap_port),
                  "imap_host", "imap_port")
        self._row(form, self.tr("Encrypt&ion:"), self.imap_security, "imap_security")
        self._row(form, self.tr("User na&me:"), self.edits["imap_user"], "imap_user")
        self._row(form, self.tr("Sent &folder:"), self.edits["sent_folder"], "sent_folder")
        widgets = {**self.edits, "smtp_port": self.smtp_port,
                   "imap_port": self.imap_port, "smtp_security": self.smtp_security,
                   "imap_security": self.imap_security}
        order = ("from_name", "from_address", "smtp_host", "smtp_port", "smtp_security", "smtp_user", "imap_host",
                 "imap_port", "imap_security", "imap_user", "sent_folder")
        self.field_errors = FieldErrors({key: label for key, label in self.error_labels.items() if key != "form"},
                                        {key: widgets[key] for key in order}, other=self.error_labels["form"])
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _text, widget=edit: self.field_errors.edited(widget))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.test_button = self.buttons.addButton(self.tr("&Test the connection"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(lambda: self.test())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.environment_note)
        layout.addWidget(sender)
        layout.addWidget(outgoing)
        layout.addWidget(sent)
        layout.addWidget(self.error_labels["form"])
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def _server_row(self, host: QLineEdit, port: QSpinBox) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(host, 1)
        layout.addWidget(QLabel(self.tr("port"), row))
        layout.addWidget(port)
        return row

    def _row(self, form: QFormLayout, caption: str, field: QWidget, *keys: str) -> None:
        """A field with its caption (the buddy of its first key's widget) and its keys' error labels below."""
        label = QLabel(caption, self)
        label.setBuddy((self.edits.get(keys[0]) if keys else None) or field)
        form.addRow(label, field)
        for key in keys:
            form.addRow("", self.error_labels[key])

    # ------------------------------------------------------------ values
    def _load(self) -> None:
        account, problem = desk_account()
        if problem:
            self.environment_note.setText(problem)
        self.environment_note.setVisible(bool(problem) or (account is not None and account.from_environment))
        self._loaded = account if account is not None and not account.from_environment else None
        if account is None or account.from_environment:
            self.smtp_port.setValue(SMTP_PORTS["starttls"])
            self.imap_port.setValue(IMAP_PORTS["ssl"])
            self.imap_security.setCurrentIndex(self.imap_security.findData("ssl"))
            self.edits["sent_folder"].setText("Sent")
            return
        if passwords.known(account):
            self.password.setPlaceholderText(self.tr("kept; type a new one to change it"))
        for name, edit in self.edits.items():
            edit.setText(getattr(account, name))
        for combo, value in ((self.smtp_security, account.smtp_security), (self.imap_security, account.imap_security)):
            combo.setCurrentIndex(combo.findData(value))
        self.smtp_port.setValue(account.smtp_port)  # after the security, which proposes its usual port
        self.imap_port.setValue(account.imap_port)

    def values(self) -> dict:
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values.update(smtp_port=self.smtp_port.value(), imap_port=self.imap_port.value(),
                      smtp_security=self.smtp_security.currentData(), imap_security=self.imap_security.currentData())
        return values

    # ------------------------------------------------------------ actions
    def save(self) -> bool:
        """Check and keep the settings (the password in the keyring when asked); the dialog closes."""
        self.result_label.clear()
        ok, account = self.field_errors.attempt(self, lambda: mail.save_account(self.values()))
        if not ok:
            return False
        self._keep_password(account)
        self.saved = account
        self.accept()
        return True

    def _keep_password(self, account) -> None:
        """The password typed here serves both servers named here: kept in the keyring when "Remember" is ticked;
        unticked, taken out of it (the old account's too) and kept for this session only."""
        typed = self.password.text()
        if self.remember.isChecked():
            if typed:
                passwords.remember(self, account, typed, imap=True)
            return
        password = typed or passwords.known(self._loaded or account)
        for kept in {self._loaded, account} - {None}:
            mail.forget_password(kept)
        if password:
            passwords.keep(account, password, imap=True)

    def test(self) -> Operation | None:
        """Log in to the SMTP server (and the IMAP server when set) with what is typed, on a worker."""
        self.field_errors.clear()
        self.result_label.clear()
        try:
            account = clean_account(self.values())
        except ValidationError as error:
            self.field_errors.show(error.errors)
            return None
        typed = self.password.text()
        password = typed or passwords.known(account)
        imap_password = (typed or passwords.known_imap(account) or "") if account.imap_host else None
        self.operation = Operation(self, lambda _task: mail.test_account(account, password, imap_password)) \
            .with_progress(self.tr("Connecting to %1…").replace("%1", account.smtp_host)) \
            .success(lambda _none: self._tested(account)).failure(self._test_failed).run()
        return self.operation

    def _tested(self, account) -> None:
        servers = account.smtp_host if not account.imap_host else f"{account.smtp_host}, {account.imap_host}"
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_label.setText(self.tr("Connected and logged in: %1.").replace("%1", servers))

    def _test_failed(self, error: BaseException) -> None:
        if not isinstance(error, KamdeskError):
            report_failure(self, error)
            return
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(error_text(error))
