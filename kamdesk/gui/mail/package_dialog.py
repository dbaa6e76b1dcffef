"""Document package… of the client card: the client's offers and contracts, a statement for a period and a
price list extract, ticked and put in order (Alt+Up / Alt+Down), in a language; then saved as one bookmarked
PDF (opened when written) or sent as one e-mail in the Send dialog, each document attached or the one PDF.
Everything is made on a worker (`core/services/document_package`). `open_package_dialog(parent, client_id)`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.services import document_package
from kamdesk.core.services.contract import safe_file_name
from kamdesk.core.services.document_package import PackageDocument
from kamdesk.gui.contract.labels import state_labels as contract_states
from kamdesk.gui.formatting import format_date
from kamdesk.gui.mail.compose import email_button
from kamdesk.gui.messages import error_text
from kamdesk.gui.operations import Operation
from kamdesk.gui.sale.labels import offer_state_labels
from kamdesk.gui.settlement.statement_dialog import period_edit
from kamdesk.gui.widgets.field_errors import ERROR_STYLE

FOLDER_KEY = "package/documents_folder"  # QSettings: where the last package went
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def open_package_dialog(parent: QWidget, client_id: int) -> PackageDialog:
    """Show the package dialog for `client_id` (window-modal; it deletes itself when closed)."""
    dialog = PackageDialog(client_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class PackageDialog(QDialog):
    def __init__(self, client_id: int, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        from kamdesk.core.services import party

        self.setObjectName("package_dialog")
        self.client_id = client_id
        self.client_name = party.get_client(client_id).name
        self.available = document_package.available(client_id, today)
        self.setWindowTitle(self.tr("Document package — %1").replace("%1", self.client_name))
        self._build()
        self._lay_out()
        self._fill()
        self._update()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.documents = QListWidget(self)
        self.documents.setObjectName("package_documents")
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # or Alt+Up / Alt+Down
        self.documents.itemChanged.connect(lambda _item: self._update())
        self.documents.currentRowChanged.connect(lambda _row: self._update())
        self.up_button = self._button(self.tr("Move &up"), "package_up", lambda: self.move(-1))
        self.down_button = self._button(self.tr("Move do&wn"), "package_down", lambda: self.move(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.documents)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move(step))
        self.up_button.setToolTip(self.tr("Earlier in the package (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Later in the package (Alt+Down)"))
        start, end = self.available.statement_start, self.available.statement_end
        self.first, self.last = period_edit(self, "package_from", start), period_edit(self, "package_to", end)
        self.categories = QListWidget(self)
        self.categories.setObjectName("package_categories")
        self.categories.setMinimumHeight(self.fontMetrics().height() * 8)
        self.categories.setToolTip(self.tr("The price list shows the ticked categories with their subcategories; "
                                           "none ticked: every product with a price for the client"))
        for category_id, path in self.available.categories:
            item = QListWidgetItem(path, self.categories)
            item.setData(Qt.ItemDataRole.UserRole, category_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.language = QComboBox(self)
        self.language.setObjectName("package_language")
        for code, name in (("hu", self.tr("Hungarian")), ("ru", self.tr("Russian")), ("en", self.tr("English"))):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.available.language)))
        self.combined = QCheckBox(self.tr("Attach as &one PDF with bookmarks"), self)
        self.combined.setObjectName("package_combined")
        self.open_after = QCheckBox(self.tr("Open the PDF when sa&ved"), self)
        self.open_after.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("package_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda *_: slot())
        return button

    def _lay_out(self) -> None:
        order = QVBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.documents, 1)
        row.addLayout(order)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.last)
        period.addStretch(1)
        form = QFormLayout()
        period_label = QLabel(self.tr("Statement &period:"), self)
        period_label.setBuddy(self.first)
        form.addRow(period_label, period)
        form.addRow(self.tr("Price list cate&gories:"), self.categories)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.combined)
        form.addRow("", self.open_after)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = self.buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pdf_button.setObjectName("package_pdf")
        self.pdf_button.setDefault(True)
        self.email_button = email_button(self, self.email, "package_email",
                                         self.tr("Send the ticked documents in one e-mail"))
        self.buttons.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Documents, in the order of the package:"), self)
        label.setBuddy(self.documents)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row, 1)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def _fill(self) -> None:
        offers, contracts = offer_state_labels(), contract_states()
        for choice in self.available.offers:
            self._add(self.tr("Offer %1").replace("%1", choice.number), choice.document,
                      f"{format_date(choice.day)} · {offers.get(choice.state, choice.state)}", checked=False)
        for choice in self.available.contracts:
            self._add(self.tr("Contract %1").replace("%1", choice.number), choice.document,
                      f"{format_date(choice.day)} · {contracts.get(choice.state, choice.state)}", checked=False)
        self._add(self.tr("Statement of account"), PackageDocument("statement"), self.tr("for the period below"),
                  checked=False)
        self._add(self.tr("Price list extract"), PackageDocument("price_list"), self.tr("in the client's prices"),
                  checked=False)
        if self.documents.count():
            self.documents.setCurrentRow(0)

    def _add(self, title: str, document: PackageDocument, detail: str, checked: bool) -> None:
        item = QListWidgetItem(f"{title}   ({detail})", self.documents)
        item.setData(KIND_ROLE, document)
        item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsDropEnabled)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ---------------------------------------------------------------- behaviour
    def move(self, step: int) -> None:
        """The current document one place earlier (-1) or later (+1); it stays current and ticked as it was."""
        row = self.documents.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.documents.count():
            return
        item = self.documents.takeItem(row)
        self.documents.insertItem(target, item)
        self.documents.setCurrentRow(target)

    def chosen(self) -> list[PackageDocument]:
        """The ticked documents in the list's order, the statement with its period, the price list with the
        ticked categories."""
        first, last = self.first.date().toPython(), self.last.date().toPython()
        categories = tuple(self.categories.item(n).data(Qt.ItemDataRole.UserRole)
                           for n in range(self.categories.count())
                           if self.categories.item(n).checkState() == Qt.CheckState.Checked)
        documents = []
        for n in range(self.documents.count()):
            item = self.documents.item(n)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            document = item.data(KIND_ROLE)
            if document.kind == "statement":
                document = PackageDocument("statement", start=first, end=last)
            elif document.kind == "price_list":
                document = PackageDocument("price_list", category_ids=categories)
            documents.append(document)
        return documents

    def _update(self) -> None:
        row, count = self.documents.currentRow(), self.documents.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        anything = bool(self.chosen())
        self.pdf_button.setEnabled(anything)
        self.email_button.setEnabled(anything)
        self.problem.hide()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KamdeskError):
            raise error
        self.problem.setText(error_text(error))
        self.problem.show()

    def save_pdf(self, path: str | None = None) -> Operation | None:
        """Ask where to (unless `path`), write the package off the GUI thread, then open it when asked."""
        path = path or self._ask_path()
        if not path:
            return None
        target = Path(path)
        client_id, documents, language = self.client_id, self.chosen(), self.language.currentData()

        def work(task):
            try:
                document_package.write_package_pdf(target, client_id, documents, language, progress=task.progress)
            except OSError as error:
                raise KamdeskError(Message("Cannot write {file}: {reason}", file=str(target),
                                           reason=error.strerror or str(error))) from error
            return target

        return Operation(self, work).with_progress(self.tr("Putting the package together…")) \
            .success(self._saved).failure(self._failed).run()

    def email(self) -> Operation | None:
        """Ctrl+Shift+E: the ticked documents in one e-mail in the Send dialog; this dialog closes once sent."""
        from kamdesk.gui.mail.compose import compose

        documents = self.chosen()
        if not documents:
            return None
        client_id, language, combined = self.client_id, self.language.currentData(), self.combined.isChecked()
        return compose(self, lambda: document_package.package_draft(client_id, documents, language, combined),
                       on_sent=lambda _record: self.accept())

    def _ask_path(self) -> str | None:
        folder = Path(str(QSettings().value(FOLDER_KEY, "") or Path.home()))
        name = safe_file_name(self.tr("Documents %1").replace("%1", self.client_name)) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package as"),
                                              str((folder if folder.is_dir() else Path.home()) / name),
                                              self.tr("PDF (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def _saved(self, path: Path) -> None:
        QSettings().setValue(FOLDER_KEY, str(path.resolve().parent))
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()
