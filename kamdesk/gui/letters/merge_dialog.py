"""Mail merge: one letter template to every client a filter finds, as one PDF per client and/or e-mails.

Top, the template and its fields; then the clients (status, segment, manager, key account: the client list's
filters, which the dialog starts from) with their count; then where the letters go: a folder for the PDFs and/or
e-mails saved as drafts into a folder or sent with the desk's account. The preview shows the letters of the first
three clients; "Check all clients" makes every letter without writing anything and lists the clients skipped
with the reason (a field the template prints is empty for them) and those who would get no e-mail (no address:
their PDF is still written). "Write letters" runs the
merge with a progress bar that may be cancelled: what was written or sent by then stays, and the result says so.

    MergeDialog(parent, client_filter).open()
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, MailError
from kamdesk.core.services import company as company_service
from kamdesk.core.services import letters, mail
from kamdesk.core.services.client_search import ClientFilter
from kamdesk.gui.letters.fields_form import FieldsForm, TemplatePreview, fill_templates, letter_html
from kamdesk.gui.changes import ACTIVITIES
from kamdesk.gui.lists import fill_choices
from kamdesk.gui.mail import passwords
from kamdesk.gui.mail.send_dialog import MAIL
from kamdesk.gui.messages import error_text, translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.party.labels import status_labels
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.widgets.tables import read_only_rows

PDF_FOLDER_KEY = "letters/merge_pdf_folder"
EML_FOLDER_KEY = "letters/merge_eml_folder"
PREVIEW_DELAY_MS = 400
NO_MAIL, DRAFTS, SEND = 0, 1, 2


class MergeDialog(TemplatePreview, QDialog):
    """A mail merge over a filtered client list."""

    def __init__(self, parent=None, client_filter: ClientFilter | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.result: letters.MergeResult | None = None
        self._prepare_preview(PREVIEW_DELAY_MS)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self._build_template())
        left_layout.addWidget(self._build_filters(client_filter or ClientFilter()))
        left_layout.addWidget(self._build_output())
        left_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._build_preview())
        splitter.setSizes([520, 700])
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check all clients"), self)
        self.check_button.setToolTip(self.tr("Make every letter without writing anything, and list the clients "
                                             "who would be skipped"))
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.run_button = QPushButton(self.tr("&Write letters"), self)
        self.run_button.clicked.connect(lambda: self.run())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (self.check_button, self.run_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.run_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1300, 800)
        fill_templates(self.template)
        self._template_chosen()

    # ---------------------------------------------------------------- building
    def _build_template(self) -> QWidget:
        box = QGroupBox(self.tr("Letter"), self)
        self.template = QComboBox(box)
        self.template.setObjectName("template")
        self.template.currentIndexChanged.connect(self._template_chosen)
        edit = QPushButton(self.tr("Edit &templates…"), box)
        edit.setAutoDefault(False)
        edit.clicked.connect(self.edit_templates)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(edit)
        self.fields = FieldsForm(box)
        self.fields.edited.connect(self.timer.start)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.fields)
        return box

    def _build_filters(self, client_filter: ClientFilter) -> QWidget:
        box = QGroupBox(self.tr("Clients"), self)
        self.status_filter = QComboBox(box)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code, label in status_labels().items():
            self.status_filter.addItem(label, code)
        self.segment = QComboBox(box)
        fill_choices(self.segment, self.tr("All segments"), [(s.name, s.id) for s in company_service.list_segments()])
        self.manager = QComboBox(box)
        fill_choices(self.manager, self.tr("All managers"),
                     [(m.name, m.id) for m in company_service.list_managers()])
        self.key_account = QComboBox(box)
        self.key_account.addItem(self.tr("All clients"), None)
        self.key_account.addItem(self.tr("Key accounts"), True)
        self.key_account.addItem(self.tr("Other clients"), False)
        self._text = client_filter.text  # the client list's search narrows the merge too
        for combo, value in ((self.status_filter, client_filter.status), (self.segment, client_filter.segment_id),
                             (self.manager, client_filter.manager_id), (self.key_account, client_filter.key_account)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(self.refresh)
        self.count = QLabel(box)
        self.count.setObjectName("client_count")
        grid = QGridLayout(box)
        for row, (text, combo) in enumerate(((self.tr("Status:"), self.status_filter),
                                             (self.tr("Segment:"), self.segment),
                                             (self.tr("Manager:"), self.manager),
                                             (self.tr("Key account:"), self.key_account))):
            grid.addWidget(QLabel(text, box), row // 2, (row % 2) * 2)
            grid.addWidget(combo, row // 2, (row % 2) * 2 + 1)
        grid.addWidget(self.count, 2, 0, 1, 4)
        return box

    def _build_output(self) -> QWidget:
        box = QGroupBox(self.tr("Where the letters go"), self)
        settings = QSettings()
        self.pdf = QCheckBox(self.tr("A &PDF per client into:"), box)
        self.pdf.setChecked(True)
        self.pdf_folder = QLineEdit(str(settings.value(PDF_FOLDER_KEY, str(Path.home()))), box)
        self.pdf_folder.setObjectName("pdf_folder")
        self.mail = QButtonGroup(box)
        no_mail = QRadioButton(self.tr("No e-mails"), box)
        drafts = QRadioButton(self.tr("E-mail &drafts (.eml) into:"), box)
        self.send = QRadioButton(self.tr("&Send the e-mails now"), box)
        self.no_account = QLabel(self.tr("This desk has no e-mail account yet: <a href=\"settings\">set it up…</a>"),
                                 box)
        self.no_account.setObjectName("no_account")
        self.no_account.linkActivated.connect(lambda _link: self.edit_account())
        for code, button in ((NO_MAIL, no_mail), (DRAFTS, drafts), (SEND, self.send)):
            self.mail.addButton(button, code)
        no_mail.setChecked(True)
        self.eml_folder = QLineEdit(str(settings.value(EML_FOLDER_KEY, str(Path.home()))), box)
        self.eml_folder.setObjectName("eml_folder")
        grid = QGridLayout(box)
        grid.addWidget(self.pdf, 0, 0)
        grid.addLayout(self._folder_row(self.pdf_folder), 0, 1)
        grid.addWidget(no_mail, 1, 0)
        grid.addWidget(drafts, 2, 0)
        grid.addLayout(self._folder_row(self.eml_folder), 2, 1)
        grid.addWidget(self.send, 3, 0)
        grid.addWidget(self.no_account, 3, 1)
        self._show_account()
        self.mail.idToggled.connect(lambda *_: self.refresh())
        grid.setColumnStretch(1, 1)
        return box

    def _folder_row(self, edit: QLineEdit) -> QHBoxLayout:
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(lambda: self._browse(edit))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return row

    def _build_preview(self) -> QWidget:
        pane = QWidget(self)
        self.previews = QTabWidget(pane)
        self.previews.setObjectName("previews")
        self.skipped = QTableWidget(pane)
        self.skipped.setObjectName("skipped")
        self.skipped.setColumnCount(2)
        self.skipped.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Why it gets no letter or e-mail")])
        read_only_rows(self.skipped, word_wrap=True, tab_keys=False)
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.skipped_heading = QLabel(self.tr("Skipped clients: press “Check all clients” to find them."), pane)
        self.skipped_heading.setObjectName("skipped_heading")
        split = QSplitter(Qt.Orientation.Vertical, pane)
        split.addWidget(self.previews)
        lower = QWidget(pane)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.skipped_heading)
        lower_layout.addWidget(self.skipped, 1)
        split.addWidget(lower)
        split.setSizes([520, 200])
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("The first three letters:"), pane))
        layout.addWidget(split, 1)
        return pane

    # ---------------------------------------------------------------- state
    def client_filter(self) -> ClientFilter:
        return replace(ClientFilter(), text=self._text, status=self.status_filter.currentData(),
                       segment_id=self.segment.currentData(), manager_id=self.manager.currentData(),
                       key_account=self.key_account.currentData())

    def outputs(self) -> dict:
        """The merge's keyword arguments for where the letters go."""
        mail = self.mail.checkedId()
        return {"pdf_dir": Path(self.pdf_folder.text().strip()) if self.pdf.isChecked() else None,
                "eml_dir": Path(self.eml_folder.text().strip()) if mail == DRAFTS else None,
                "send": mail == SEND}

    def _template_chosen(self, *_args) -> None:
        try:
            names = letters.template_fields(self.template_id) if self.template_id is not None else ()
        except KamdeskError as error:
            self.status.setText(error_text(error))
            names = ()
        self.fields.set_fields(names)
        self.refresh()

    def _show_account(self) -> None:
        """Sending needs this desk's e-mail account: without one the choice is off, with a link to set it up."""
        self.account = mail.account()
        self.send.setEnabled(self.account is not None)
        self.no_account.setVisible(self.account is None)
        if self.account is None and self.send.isChecked():
            self.mail.button(NO_MAIL).setChecked(True)

    def edit_account(self) -> None:
        from kamdesk.gui.mail.account_dialog import edit_account

        edit_account(self)
        self._show_account()

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    # ---------------------------------------------------------------- the preview
    def _start_preview(self) -> None:
        edit, template_id, values, flt = self._edits, self.template_id, self.fields.values(), self.client_filter()
        mailing = self.mail.checkedId() != NO_MAIL

        def work(_task):
            count = len(letters.merge_clients(flt))
            return count, letters.merge(template_id, flt, values, send=mailing, dry_run=True,
                                        limit=letters.PREVIEW_COUNT)

        self._preview = Operation(self, work).success(lambda result: self._previewed(edit, *result)) \
            .failure(lambda error: self._preview_failed(edit, error)).run()

    def _previewed(self, edit: int, count: int, result: letters.MergeResult) -> None:
        if not self._preview_ended(edit):
            return
        self.count.setText(self.tr("%n client(s) found", "", count))
        self.run_button.setEnabled(count > 0)
        self.previews.clear()
        for entry in result.entries:
            browser = QTextBrowser(self.previews)
            if entry.skipped:
                browser.setPlainText(self.tr("Skipped: %1").replace("%1", translated(entry.skipped)))
            else:
                browser.setHtml(letter_html(entry.letter.rendered))
            self.previews.addTab(browser, entry.client_name)

    def _preview_failed(self, edit: int, error: BaseException) -> None:
        if not self._preview_ended(edit):
            return
        if isinstance(error, KamdeskError):
            self.status.setText(error_text(error))
        else:
            raise error

    def preview_texts(self) -> list[str]:
        return [self.previews.widget(index).toPlainText() for index in range(self.previews.count())]

    # ---------------------------------------------------------------- running
    def run(self, dry_run: bool = False) -> Operation | None:
        """Make every letter (`dry_run`: only find who is skipped) with a progress bar that may be cancelled."""
        if self.template_id is None:
            return None
        template_id, values, flt, outputs = self.template_id, self.fields.values(), self.client_filter(), self.outputs()
        if dry_run:
            outputs = {"send": outputs["send"] or outputs["eml_dir"] is not None}
        elif outputs["send"]:
            password = None  # a server on this computer may take mail without a login
            if self.account.smtp_user:
                password = passwords.known(self.account) or passwords.ask(self, self.account)
                if password is None:
                    return None
            outputs.update(account=self.account, password=password)

        def work(task):
            def progress(done: int, total: int) -> None:
                if not task.cancelled:  # a cancel stops the merge after this client, keeping its result
                    task.progress(done, total)

            return letters.merge(template_id, flt, values, dry_run=dry_run, progress=progress,
                                 stop=lambda: task.cancelled, **outputs)

        text = self.tr("Checking the letters…") if dry_run else self.tr("Writing the letters…")
        self._remember_folders()
        return Operation(self, work).with_progress(text, cancellable=True).notifies(MAIL, ACTIVITIES) \
            .success(lambda result: self._done(result, dry_run)).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        """The merge did not start (no folder, the server refused the password …): nothing was written."""
        if isinstance(error, MailError) and self.account is not None:
            passwords.forget(self.account)
        if not isinstance(error, KamdeskError):
            raise error
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(self.tr("Nothing was written: %1").replace("%1", error_text(error)))

    def _remember_folders(self) -> None:
        settings = QSettings()
        settings.setValue(PDF_FOLDER_KEY, self.pdf_folder.text().strip())
        settings.setValue(EML_FOLDER_KEY, self.eml_folder.text().strip())

    def _done(self, result: letters.MergeResult, dry_run: bool) -> None:
        self.result = result
        self.show_skipped([entry for entry in result.entries
                           if entry.skipped or entry.failed or entry.not_mailed or entry.warning])
        if dry_run:
            text = self.tr("%1 of %n client(s) get a letter.", "", result.total).replace("%1", str(len(result.made)))
        else:
            text = self._summary(result)
        if result.stopped:
            text += " " + self.tr("Stopped after %1 of %n client(s): what was done until then stays.", "",
                                  result.total).replace("%1", str(len(result.entries)))
        if result.error:
            text += " " + self.tr("It stopped because: %1").replace("%1", translated(result.error))
        self.status.setStyleSheet("color: #c62828;" if result.error or result.failed else "")
        self.status.setText(text)

    def _summary(self, result: letters.MergeResult) -> str:
        """What a merge did: letters made, e-mails gone, clients skipped, letters that could not be written."""
        parts = [self.tr("%n letter(s) made", "", len(result.made)),
                 self.tr("%n e-mail(s) sent or saved", "", len(result.mailed)),
                 self.tr("%n client(s) skipped", "", len(result.skipped))]
        if result.failed:
            parts.append(self.tr("%n letter(s) could not be written", "", len(result.failed)))
        return "; ".join(parts) + "."

    def show_skipped(self, skipped: list[letters.MergeEntry]) -> None:
        """The clients without a letter, and those whose letter was not mailed, each with the reason."""
        self.skipped.setRowCount(len(skipped))
        for row, entry in enumerate(skipped):
            reason = entry.skipped or self._reason(entry)
            for column, text in enumerate((entry.client_name, translated(reason))):
                self.skipped.setItem(row, column, QTableWidgetItem(text))
        self.skipped.resizeRowsToContents()
        if any(entry.warning for entry in skipped):
            self.skipped_heading.setText(self.tr("%n client(s) to look at:", "", len(skipped)))
        else:
            self.skipped_heading.setText(self.tr("%n client(s) without a letter or an e-mail:", "", len(skipped))
                                         if skipped else self.tr("No client is skipped."))

    def _reason(self, entry: letters.MergeEntry) -> str:
        if entry.failed:
            return self.tr("Not written, not mailed: %1").replace("%1", translated(entry.failed))
        if entry.warning:
            return self.tr("Sent, but: %1").replace("%1", translated(entry.warning))
        return self.tr("Not mailed: %1").replace("%1", translated(entry.not_mailed))
