"""The offer view: a commercial offer typed as an order is, keyboard first, then sent, decided, ordered.

The lines, their live pricing and the totals are the order entry's
(`LineEntry`): the same SKU-or-name typing, Tab and Enter, Del and Space, the
same pricing engine (`offer.price_offer` is `sale.price_order`), the same
warning when a discount is above the manager's limit. There is no credit box:
an offer is not a sale.

The header holds the client (typed, then its language and payment terms are
proposed), the contact, the offer date and the validity (the company's
number of days from the offer date until changed), the document language,
payment and delivery terms and notes; the introduction and closing texts of
the document are on the second tab.

A draft is saved (Ctrl+S) and sent (Ctrl+Enter; a discount above the limit
needs a head's approval, which a head gives there with a reason). A sent offer
is accepted or rejected (with a reason from the list of cancelled orders), an
accepted one becomes an order (`open_order(order_id)` asks the main window to
show it). Any offer can be copied into a new version; the versions of the
family are listed beside the totals and open with a click. The offer is
saved as PDF (Ctrl+Shift+P) or Excel and printed through Qt's print preview
of its PDF pages (Ctrl+P). An offer that is no longer a draft is read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import DiscountApprovalNeeded, KamdeskError
from kamdesk.core.services import catalogue, sale
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services.offer_workflow import OFFER, is_accepted, is_editable, is_rejected
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import date_format, format_date
from kamdesk.gui.mail.compose import email_button
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.sale.approvals import ask_reason
from kamdesk.gui.sale.document_entry import attempt, badge_style, header_grid, push_button, shortcut, side_panel, \
    stack_page, stretch_header, title_label, title_row
from kamdesk.gui.sale.document_entry import caption as field_caption
from kamdesk.gui.sale.labels import (
    cancel_reason_labels,
    format_percent,
    offer_state_colour,
    offer_state_labels,
    possible,
)
from kamdesk.gui.sale.order_entry import COLUMNS, LineEntry, ReasonDialog, qdate
from kamdesk.gui.unsaved import settle
from kamdesk.gui.widgets.max_length import limit_line_edits

DOCUMENTS_FOLDER_KEY = "offer/documents_folder"  # QSettings: where the last PDF or workbook of an offer went
OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_ERRORS = ("client", "contact", "offer_date", "valid_until", "language", "payment_terms", "delivery_terms",
                 "notes", "introduction", "closing")


def language_names() -> dict[str, str]:
    """The document languages, each in its own language."""
    from PySide6.QtCore import QCoreApplication

    return {"en": QCoreApplication.translate("OfferEntry", "English"),
            "hu": QCoreApplication.translate("OfferEntry", "Magyar"),
            "ru": QCoreApplication.translate("OfferEntry", "Русский")}


# ---------------------------------------------------------------- the actions, also for the offers list

def send_interactively(parent: QWidget, offer_id: int) -> bool:
    """Send a saved draft; a discount above the limit is approved by a head (with a reason) in the same step."""
    try:
        offer_service.send_offer(offer_id)
    except DiscountApprovalNeeded:
        return _approve_and_send(parent, offer_id)
    except KamdeskError as error:
        show_error(parent, error, QCoreApplication.translate("OfferEntry", "Cannot send the offer"))
        return False
    return True


def _approve_and_send(parent: QWidget, offer_id: int) -> bool:
    """A head at the desk gives the reason and sends; anybody else is told that a head must approve."""
    number = offer_service.get_offer(offer_id).number
    head = company_service.current_head()
    if head is None:
        QMessageBox.information(
            parent, QCoreApplication.translate("OfferEntry", "Approval needed"),
            QCoreApplication.translate("OfferEntry", "A discount on offer %1 is above your limit: the head of "
                                       "department must approve it before the offer is sent.").replace("%1", number))
        return False
    reason = ask_reason(
        parent, QCoreApplication.translate("OfferEntry", "Approve the discount"),
        QCoreApplication.translate("OfferEntry", "Offer %1 has a discount above the limit. Why is it allowed?")
        .replace("%1", number))
    return reason is not None and attempt(parent, lambda: offer_service.approve_and_send(offer_id, reason, head.id),
                                          QCoreApplication.translate("OfferEntry", "Cannot send the offer"))


def accept_interactively(parent: QWidget, offer_id: int) -> bool:
    offer = offer_service.get_offer(offer_id)
    answer = QMessageBox.question(parent, QCoreApplication.translate("OfferEntry", "Offer accepted"),
                                  QCoreApplication.translate("OfferEntry", "Did the client accept offer %1?")
                                  .replace("%1", offer.number),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes and attempt(parent, lambda: offer_service.accept_offer(offer_id))


class RejectOfferDialog(ReasonDialog):
    """The client said no: the reason from the list of cancelled orders (and a note, which "Other" needs)."""

    def __init__(self, offer_id: int, parent: QWidget | None = None):
        self.offer_id = offer_id
        self._number = offer_service.get_offer(offer_id).number
        super().__init__(parent)
        self.setObjectName("reject_offer_dialog")

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Offer %1 rejected").replace("%1", self._number),
                self.tr("Why did the client reject offer %1? The reasons are analysed to win the next one.")
                .replace("%1", self._number),
                self.tr("Re&jected"), self.tr("&Back"))

    def _decide(self, reason: str, note: str) -> None:
        offer_service.reject_offer(self.offer_id, reason, note)


def reject_interactively(parent: QWidget, offer_id: int) -> bool:
    return RejectOfferDialog(offer_id, parent).exec() == QDialog.DialogCode.Accepted


# ---------------------------------------------------------------- the offer view

class OfferEntry(LineEntry):
    """Type a new offer or change a draft; any other offer read-only with the actions its state allows.

    Public: `new_offer(client_id=None)`, `open_offer(offer_id)`, `load_requests(requests)`,
    `save()`, `send()`, `accept()`, `reject()`, `make_order()`, `new_version()`,
    `save_pdf(path=None)`, `save_xlsx(path=None)`, `print_preview()`, `render_pdf()`,
    `close_entry()`, `catalogue_changed()`, `offer_id`, `state`, `client_id`, `is_dirty()`.
    The documents are written on a worker thread: those calls return the `Operation`.
    Signals: `saved(offer_id)`, `offer_changed(client_id)` after anything was saved,
    `closed()` when the user leaves, `open_order(order_id)` for "Make order".
    """

    saved = Signal(int)
    offer_changed = Signal(int)
    closed = Signal()
    open_order = Signal(int)

    def __init__(self, parent: QWidget | None = None, product_search=None):
        super().__init__(parent, product_search)
        self.setObjectName("offer_entry")
        self.offer_id: int | None = None
        self.state = OFFER.initial
        self.order_id: int | None = None  # the order an accepted offer became
        self._valid_until_set = False  # the user chose the validity: it no longer follows the offer date
        self.preview_dialog = None
        self._build_entry()
        self.new_offer()

    # ------------------------------------------------------------ building
    def _build_header(self) -> None:
        self.title = title_label(self, "offer_title")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("offer_state")
        self._build_client_fields("offer", self.tr("Type the client's name…"))
        self.offer_date = self._date_edit("offer_date")
        self.valid_until = self._date_edit("valid_until")
        self.language = QComboBox(self)
        self.language.setObjectName("offer_language")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.payment_terms = QLineEdit(self)
        self.payment_terms.setObjectName("offer_payment_terms")
        self.payment_terms.setPlaceholderText(self.tr("e.g. 30 days net"))
        self.delivery_terms = QLineEdit(self)
        self.delivery_terms.setObjectName("offer_delivery_terms")
        self.delivery_terms.setPlaceholderText(self.tr("e.g. free delivery within 5 working days"))
        self.notes = QLineEdit(self)
        self.notes.setObjectName("offer_notes")
        limit_line_edits(self, "offer")
        self.notes.setPlaceholderText(self.tr("Notes for yourself (not printed)"))
        self._placeholders = {edit: edit.placeholderText() for edit in (self.client_edit, self.payment_terms,
                                                                         self.delivery_terms, self.notes)}
        self.introduction = self._text_edit("offer_introduction")
        self.closing = self._text_edit("offer_closing")
        self._build_error_labels(HEADER_ERRORS)
        for signal in (self.contact.currentIndexChanged, self.language.currentIndexChanged,
                       self.payment_terms.textEdited, self.delivery_terms.textEdited, self.notes.textEdited,
                       self.introduction.textChanged, self.closing.textChanged):
            signal.connect(self._header_edited)
        self.offer_date.dateChanged.connect(self._offer_date_changed)
        self.valid_until.dateChanged.connect(self._valid_until_changed)
        self.language.currentIndexChanged.connect(self._language_changed)

    def _build_side(self) -> None:
        self.lines_view.setObjectName("offer_lines")
        self.lines_view.setColumnHidden(COLUMNS.index("shipped_quantity"), True)
        self._build_totals()
        self._build_versions()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        edit.setMinimumWidth(110)
        return edit

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        return edit

    def _build_versions(self) -> None:
        self.versions_box = QGroupBox(self.tr("Versions"), self)
        self.versions_box.setObjectName("versions_box")
        self.versions = QListWidget(self.versions_box)
        self.versions.setObjectName("offer_versions")
        self.versions.setToolTip(self.tr("Click a version to open it"))
        self.versions.itemClicked.connect(self._version_chosen)
        self.versions.itemActivated.connect(self._version_chosen)
        self.versions.setMaximumHeight(self.fontMetrics().height() * 9)
        layout = QVBoxLayout(self.versions_box)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.versions)
        self.decision_label = QLabel(self)
        self.decision_label.setObjectName("offer_decision")
        self.decision_label.setWordWrap(True)
        self.decision_label.setStyleSheet("color: #444;")
        self.decision_label.setTextFormat(Qt.TextFormat.PlainText)

    def _build_buttons(self) -> None:
        def button(text: str, tip: str, slot, name: str) -> QPushButton:
            widget = push_button(self, text, tip, slot, name)
            widget.setAutoDefault(False)
            return widget

        self.save_button = button(self.tr("&Save draft"), self.tr("Save the draft (Ctrl+S)"), self.save,
                                  "save_offer")
        self.send_button = button(self.tr("Se&nd"), self.tr("Save and mark as handed to the client (Ctrl+Enter)"),
                                  self.send, "send_offer")
        self.accept_button = button(self.tr("&Accepted"), self.tr("The client accepted the offer"), self.accept,
                                    "accept_offer")
        self.reject_button = button(self.tr("&Rejected…"), self.tr("The client rejected the offer: why?"),
                                    self.reject, "reject_offer")
        self.order_button = button(self.tr("&Make order"), self.tr("The accepted offer becomes a draft order"),
                                   self.make_order, "make_order")
        self.version_button = button(self.tr("New &version"), self.tr("A new draft copied from this offer"),
                                     self.new_version, "new_version")
        self.pdf_button = button(self.tr("Save PD&F…"), self.tr("Save the offer as PDF (Ctrl+Shift+P)"),
                                 self.save_pdf, "save_pdf")
        self.xlsx_button = button(self.tr("Save E&xcel…"), self.tr("Save the offer as a live Excel workbook"),
                                  self.save_xlsx, "save_xlsx")
        self.print_button = button(self.tr("&Print…"), self.tr("Print preview of the offer (Ctrl+P)"),
                                   self.print_preview, "print_offer")
        self.email_button = email_button(self, self.email, "email_offer",
                                         self.tr("Send the offer by e-mail with its PDF and workbook"))
        self.close_button = button(self.tr("Close"), self.tr("Back to the offers (Esc)"), self.close_entry,
                                   "close_offer")

    def _layout(self) -> None:
        title_line = title_row(self.title, [self.state_label])
        header = header_grid()

        def caption(text: str, buddy: QWidget) -> QLabel:
            return field_caption(self, text, buddy)

        self._header_top(header, (self.tr("Cl&ient:"), self.tr("C&ontact:"), self.tr("Offer &date:")),
                         self.offer_date)
        header.addWidget(self.errors["offer_date"], 1, 5)
        header.addWidget(caption(self.tr("Lan&guage:"), self.language), 2, 2)
        header.addWidget(self.language, 2, 3)
        header.addWidget(caption(self.tr("Valid &until:"), self.valid_until), 2, 4)
        header.addWidget(self.valid_until, 2, 5)
        header.addWidget(self.errors["language"], 3, 3)
        header.addWidget(self.errors["valid_until"], 3, 4, 1, 2)
        header.addWidget(caption(self.tr("Pa&yment:"), self.payment_terms), 4, 0)
        header.addWidget(self.payment_terms, 4, 1)
        header.addWidget(caption(self.tr("Delivery &terms:"), self.delivery_terms), 4, 2)
        header.addWidget(self.delivery_terms, 4, 3, 1, 3)
        header.addWidget(self.errors["payment_terms"], 5, 1)
        header.addWidget(self.errors["delivery_terms"], 5, 3, 1, 3)
        header.addWidget(caption(self.tr("Not&es:"), self.notes), 6, 0)
        header.addWidget(self.notes, 6, 1, 1, 5)
        header.addWidget(self.errors["notes"], 7, 1, 1, 5)
        stretch_header(header)

        lines_page = QWidget(self)
        lines = QVBoxLayout(lines_page)
        lines.setContentsMargins(0, 4, 0, 0)
        lines.addWidget(self.lines_view, 1)
        lines.addWidget(self.approval_warning)
        lines.addWidget(self.lines_message)
        texts_page = QWidget(self)
        texts = QGridLayout(texts_page)
        texts.setContentsMargins(6, 6, 6, 6)
        intro_caption = QLabel(self.tr("Introduction (printed above the lines):"), texts_page)
        intro_caption.setBuddy(self.introduction)
        closing_caption = QLabel(self.tr("Closing (printed below the totals):"), texts_page)
        closing_caption.setBuddy(self.closing)
        texts.addWidget(intro_caption, 0, 0)
        texts.addWidget(self.introduction, 1, 0)
        texts.addWidget(self.errors["introduction"], 2, 0)
        texts.addWidget(closing_caption, 3, 0)
        texts.addWidget(self.closing, 4, 0)
        texts.addWidget(self.errors["closing"], 5, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("offer_tabs")
        self.tabs.addTab(lines_page, self.tr("&Lines"))
        self.tabs.addTab(texts_page, self.tr("Introduction and &closing"))

        side_widget = side_panel(self, [self.totals_box, self.decision_label, self.versions_box])
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(side_widget)

        self.keys_hint = QLabel(self.tr("Enter: next line · Tab: next field · Del: remove line · Ctrl+S: save · "
                                        "Ctrl+Enter: send · Ctrl+P: print · Esc: close"), self)
        self.keys_hint.setStyleSheet("color: #777;")
        self.done_label = QLabel(self)
        self.done_label.setObjectName("offer_done")
        self.done_label.setStyleSheet("color: #2e7d32;")
        self._tell_timer = QTimer(self)  # owned by the view: it dies with it
        self._tell_timer.setSingleShot(True)
        self._tell_timer.setInterval(8000)
        self._tell_timer.timeout.connect(self.done_label.clear)
        hints = QHBoxLayout()
        hints.addWidget(self.keys_hint)
        hints.addStretch(1)
        hints.addWidget(self.done_label)
        buttons = QHBoxLayout()
        for widget in (self.pdf_button, self.xlsx_button, self.print_button, self.email_button, self.version_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.accept_button, self.reject_button, self.order_button, self.save_button,
                       self.send_button, self.close_button):
            buttons.addWidget(widget)
        stack_page(self, [title_line, header, body, hints, buttons], body)
        self.setTabOrder(self.client_edit, self.lines_view)
        self.setTabOrder(self.lines_view, self.contact)

    def _build_shortcuts(self) -> None:
        self.save_shortcut = shortcut(self, QKeySequence.StandardKey.Save, self.save)
        self.send_shortcuts = [shortcut(self, "Ctrl+Return", self.send), shortcut(self, "Ctrl+Enter", self.send)]
        self.print_shortcut = shortcut(self, QKeySequence.StandardKey.Print, self.print_preview)
        self.pdf_shortcut = shortcut(self, "Ctrl+Shift+P", self.save_pdf)
        self.close_shortcut = shortcut(self, QKeySequence.StandardKey.Cancel, self.close_entry)

    # ------------------------------------------------------------ pricing (LineEntry)
    def _pricing_day(self):
        return self.offer_date.date().toPython()

    def _price(self, client_id: int, requests: list[sale.LineRequest], day) -> sale.OrderPreview:
        return offer_service.price_offer(client_id, requests, day, self._manager_id)

    def _approval_text(self, preview: sale.OrderPreview) -> str:
        return self.tr("⚠ A discount is above your limit of %1: the head of department must approve the offer "
                       "before it is sent.").replace("%1", format_percent(preview.discount_limit))

    # ------------------------------------------------------------ public API
    def new_offer(self, client_id: int | None = None) -> None:
        """An empty draft (for `client_id`, when given) with the company's defaults."""
        self.offer_id, self.order_id = None, None
        self._start_new(OFFER)
        today = QDate.currentDate()
        self.offer_date.setDate(today)
        self.valid_until.setDate(today.addDays(offer_service.validity_days()))
        self._valid_until_set = False
        self._select_language("en")
        for edit in (self.payment_terms, self.delivery_terms, self.notes):
            edit.clear()
        self.introduction.setPlainText(offer_service.default_introduction())
        self.closing.setPlainText(offer_service.default_closing())
        self._show_new(client_id)

    def open_offer(self, offer_id: int) -> None:
        """A saved offer: a draft to change, any other read-only with its actions."""
        offer = offer_service.get_offer(offer_id)
        self.offer_id, self.order_id = offer.id, offer.order_id
        self._start_opening(offer, OFFER)
        self.offer_date.setDate(qdate(offer.offer_date))
        self.valid_until.setDate(qdate(offer.valid_until))
        self._valid_until_set = True
        self._select_language(offer.language)
        self.payment_terms.setText(offer.payment_terms)
        self.delivery_terms.setText(offer.delivery_terms)
        self.notes.setText(offer.notes)
        self.introduction.setPlainText(offer.introduction)
        self.closing.setPlainText(offer.closing)
        self._show_opened(offer, offer_service.offer_lines(offer.id), not is_editable(offer.state))

    def values(self) -> dict:
        """The header as `offer.save_offer` takes it."""
        return {"client_id": self.client.client_id, "contact_id": self.contact.currentData(),
                "offer_date": self.offer_date.date().toPython(), "valid_until": self.valid_until.date().toPython(),
                "language": self.language.currentData(), "payment_terms": self.payment_terms.text().strip(),
                "delivery_terms": self.delivery_terms.text().strip(), "notes": self.notes.text().strip(),
                "introduction": self.introduction.toPlainText().strip(),
                "closing": self.closing.toPlainText().strip()}

    def save(self) -> bool:
        """Ctrl+S: save the draft (a new one gets its number); False when something must be corrected first."""
        offer = self._save_document(
            lambda values, requests: offer_service.save_offer(values, requests, self.offer_id))
        if offer is None:
            return False
        self.saved.emit(offer.id)
        self.offer_changed.emit(offer.client_id)
        return True

    def _stored_as(self, offer) -> None:
        self.offer_id = offer.id

    def document_id(self) -> int | None:
        return self.offer_id

    new_document = new_offer
    open_document = open_offer

    def _shown_invalid(self, errors: dict) -> None:
        if any(key in errors for key in ("introduction", "closing")):
            self.tabs.setCurrentIndex(1)

    def _new_client(self, client) -> None:
        self._client_defaults(client)

    def _show_first_page(self) -> None:
        self.tabs.setCurrentIndex(0)

    def send(self) -> bool:
        """Ctrl+Enter: save the draft and send it (a discount above the limit needs a head's approval first)."""
        if self.model.read_only or "send" not in possible(OFFER, self.state):
            return False
        self.delegate.commit_open_editor()
        if (self._dirty or self.offer_id is None) and not self.save():
            return False
        if not send_interactively(self, self.offer_id):
            return False
        self._after_action()
        return True

    def accept(self) -> bool:
        """The client accepted the sent offer."""
        if self.offer_id is None or "accept" not in possible(OFFER, self.state) \
                or not accept_interactively(self, self.offer_id):
            return False
        self._after_action()
        return True

    def reject(self) -> bool:
        """The client rejected the sent offer: the reason and a note."""
        if self.offer_id is None or "reject" not in possible(OFFER, self.state) \
                or not reject_interactively(self, self.offer_id):
            return False
        self._after_action()
        return True

    def make_order(self) -> int | None:
        """An accepted offer becomes a draft order (or, made already, its order is shown); `open_order` follows."""
        if self.offer_id is None or not is_accepted(self.state):
            return None
        order_id = self.order_id
        if order_id is None:
            try:
                order_id = offer_service.offer_to_order(self.offer_id).id
            except KamdeskError as error:
                show_error(self, error)
                return None
            self._after_action()
        self.open_order.emit(order_id)
        return order_id

    def new_version(self) -> int | None:
        """A new draft copied from this offer (any state), opened in its place."""
        if self.offer_id is None:
            return None
        if not self.model.read_only and self._dirty and not self.save():
            return None
        try:
            copy = offer_service.copy_offer(self.offer_id)
        except KamdeskError as error:
            show_error(self, error)
            return None
        self.open_offer(copy.id)
        self.offer_changed.emit(copy.client_id)
        self._tell(self.tr("Version %1 made: %2").replace("%1", str(copy.version)).replace("%2", copy.number))
        return copy.id

    def render_pdf(self, path: str | Path, then: Callable[[], None] = lambda: None) -> Operation | None:
        """The offer as saved, written as PDF to `path` on a worker thread (a draft with changes is saved first).

        `then()` runs once the file is written; None when nothing was started.
        """
        from kamdesk.core.documents.offer_pdf import write_offer_pdf

        data = self._document_data()
        if data is None:
            return None
        return self._write_document(self.tr("Writing the PDF…"), lambda: write_offer_pdf(path, data), then)

    def save_pdf(self, path: str | None = None) -> Operation | None:
        """Ctrl+Shift+P: the offer as PDF, in a file the user chooses (or `path`)."""
        if self.offer_id is None and not self.client.client_id:
            return None
        path = path or self._ask_path(self.tr("Save the offer as PDF"), "pdf", self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        return self.render_pdf(path, lambda: self._saved_to(path))

    def save_xlsx(self, path: str | None = None) -> Operation | None:
        """The offer as a live Excel workbook, in a file the user chooses (or `path`)."""
        from kamdesk.core.documents.offer_xlsx import write_offer_xlsx

        if self.offer_id is None and not self.client.client_id:
            return None
        path = path or self._ask_path(self.tr("Save the offer as Excel"), "xlsx",
                                      self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None
        data = self._document_data()
        if data is None:
            return None
        return self._write_document(self.tr("Writing the workbook…"), lambda: write_offer_xlsx(path, data),
                                    lambda: self._saved_to(path))

    def email(self) -> Operation | None:
        """Ctrl+Shift+E: the offer's e-mail (a draft with changes is saved first) in the Send dialog; once sent,
        the offer shows as sent."""
        from kamdesk.core.services.mail import documents
        from kamdesk.gui.mail.compose import compose

        if self.offer_id is None and not self.client.client_id:
            return None
        offer_id = self._saved_offer_id()
        if offer_id is None:
            return None
        return compose(self, lambda: documents.offer_draft(offer_id), on_sent=lambda _record: self._after_action())

    def _document_data(self):
        """What the offer's documents show, read on the GUI thread (a draft with changes is saved first)."""
        offer_id = self._saved_offer_id()
        if offer_id is None:
            return None
        try:
            return offer_service.offer_document_data(offer_id)
        except KamdeskError as error:
            self._cannot_write(error)
            return None

    def _write_document(self, text: str, write: Callable[[], object], then: Callable[[], None]) -> Operation:
        return Operation(self, lambda _task: write()).with_progress(text).success(lambda _: then()) \
            .failure(self._cannot_write).run()

    def _cannot_write(self, error: BaseException) -> None:
        if isinstance(error, KamdeskError):
            show_error(self, error, self.tr("Cannot write the offer"))
        else:
            report_failure(self, error)

    def print_preview(self) -> Operation | None:
        """Ctrl+P: Qt's print preview of the offer's PDF pages (`preview_dialog`); printing goes to any printer.

        The PDF is made in memory: no copy of the offer is written to a temporary folder (on a laptop whose
        database is encrypted, it would lie there readable).
        """
        from kamdesk.core.documents.offer_pdf import offer_pdf_bytes

        if self.offer_id is None and not self.client.client_id:
            return None
        data = self._document_data()
        if data is None:
            return None
        return Operation(self, lambda _task: offer_pdf_bytes(data)).with_progress(self.tr("Writing the PDF…")) \
            .success(self._open_print_preview).failure(self._cannot_write).run()

    def _open_print_preview(self, pdf: bytes) -> None:
        from kamdesk.gui.pdf_print import print_preview

        offer = offer_service.get_offer(self.offer_id)
        self.preview_dialog = print_preview(self, pdf, self.tr("Print offer %1").replace("%1", offer.number))

    def unsaved_question(self) -> str:
        return self.tr("The offer has unsaved changes. Save them?")

    # ------------------------------------------------------------ behind the actions
    def _saved_offer_id(self) -> int | None:
        """The offer as stored: a draft with unsaved changes (or a new one) is saved first."""
        if not self.model.read_only and (self._dirty or self.offer_id is None):
            self.delegate.commit_open_editor()
            if not self.save():
                return None
        return self.offer_id

    def _ask_path(self, title: str, suffix: str, filters: str) -> str | None:
        """A file name from the user, offered in the folder the last offer document went to (else home)."""
        offer = offer_service.get_offer(self.offer_id) if self.offer_id else None
        name = f"{offer.number}.{suffix}" if offer else f"offer.{suffix}"
        folder = Path(str(QSettings().value(DOCUMENTS_FOLDER_KEY, "") or Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, title, str((folder if folder.is_dir() else Path.home()) / name),
                                              filters)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path or None

    def _saved_to(self, path: str) -> None:
        """Tell where a document went; the next one is offered in the same folder."""
        QSettings().setValue(DOCUMENTS_FOLDER_KEY, str(Path(path).resolve().parent))
        self._tell(self.tr("Saved %1").replace("%1", path))

    def _after_action(self) -> None:
        self.open_offer(self.offer_id)
        self.offer_changed.emit(self.client.client_id or 0)

    def _tell(self, text: str) -> None:
        """A short note beside the buttons ("Saved …"), gone after a few seconds."""
        self.done_label.setText(text)
        self._tell_timer.start()

    # ------------------------------------------------------------ showing a stored offer
    def _show_stored(self, offer, lines) -> None:
        """The numbers saved with the offer (not today's prices), and what became of it."""
        self._show_stored_figures(offer, lines)

    def _show_decision(self, offer) -> None:
        notes = []
        if offer.sent_at is not None:
            notes.append(self.tr("Sent on %1").replace("%1", format_date(offer.sent_at.date())))
        if is_rejected(offer.state):
            reason = cancel_reason_labels().get(offer.reject_reason, offer.reject_reason)
            notes.append(self.tr("Rejected: %1").replace("%1", reason)
                         + (f" — {offer.reject_note}" if offer.reject_note else ""))
        if is_accepted(offer.state) and offer.decided_at is not None:
            notes.append(self.tr("Accepted on %1").replace("%1", format_date(offer.decided_at.date())))
        if offer.order_id:
            notes.append(self.tr("Became order %1").replace("%1", offer.order.number))
        if offer.discount_approved_by_id:
            notes.append(self.tr("Discount up to %1 approved by %2: %3").replace(
                "%1", format_percent(offer.discount_approved_up_to)).replace(
                "%2", offer.discount_approved_by.name).replace("%3", offer.discount_approval_reason))
        self.decision_label.setText("\n".join(notes))
        self.decision_label.setVisible(bool(notes))

    def _show_versions(self) -> None:
        self.versions.clear()
        family = offer_service.versions(self.offer_id) if self.offer_id else []
        labels = offer_state_labels()
        for offer in family:
            text = self.tr("v%1 · %2 · %3").replace("%1", str(offer.version)).replace("%2", offer.number).replace(
                "%3", labels.get(offer.state, offer.state))
            item = QListWidgetItem(text, self.versions)
            item.setData(OFFER_ID_ROLE, offer.id)
            item.setForeground(offer_state_colour(offer.state))
            if offer.id == self.offer_id:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                self.versions.setCurrentItem(item)
        self.versions_box.setVisible(len(family) > 1)

    def _version_chosen(self, item: QListWidgetItem) -> None:
        offer_id = item.data(OFFER_ID_ROLE)
        if offer_id is None or offer_id == self.offer_id:
            return
        if not settle(self):
            self._show_versions()
            return
        self.open_offer(offer_id)

    def _set_read_only(self, read_only: bool) -> None:
        self._lock_fields(read_only, (self.client_edit, self.offer_date, self.valid_until, self.payment_terms,
                                      self.delivery_terms, self.notes, self.introduction, self.closing),
                          (self.contact, self.language), (self.offer_date, self.valid_until))
        for edit, hint in self._placeholders.items():  # a read-only offer shows no hints to type
            edit.setPlaceholderText("" if read_only else hint)
        self._lock_lines(read_only, show_shipped=False)
        shown = possible(OFFER, self.state)  # shown as the state allows, enabled as the guards allow too
        self.save_button.setVisible(not read_only)
        self.keys_hint.setVisible(not read_only)
        for verb, button in (("send", self.send_button), ("accept", self.accept_button),
                             ("reject", self.reject_button)):
            button.setVisible(verb in shown)
            button.setEnabled(verb in self._verbs)
        self.order_button.setVisible(is_accepted(self.state))
        self.order_button.setText(self.tr("&Make order") if self.order_id is None
                                  else self.tr("Go to &order"))
        self.version_button.setVisible(self.offer_id is not None)
        self._update_line_actions()

    def _update_title(self, offer=None) -> None:
        self._show_title(offer)
        self._show_versions()

    def _show_title(self, offer) -> None:
        if offer is None:
            self.title.setText(self.tr("New offer"))
            self.state_label.setText("")
            self.state_label.setStyleSheet("")
            self.decision_label.hide()
            return
        title = self.tr("Offer %1").replace("%1", offer.number)
        if offer.version > 1:
            title += " · " + self.tr("version %1").replace("%1", str(offer.version))
        self.title.setText(title)
        colour = offer_state_colour(offer.state).name()
        self.state_label.setText(offer_state_labels().get(offer.state, offer.state))
        self.state_label.setStyleSheet(badge_style(colour))
        self._show_decision(offer)

    # ------------------------------------------------------------ the header
    def _client_parts(self, client) -> list[str]:
        column = catalogue.client_column(client)
        return [self.tr("Price column: %1").replace("%1", column.name if column else "–"),
                self.tr("payment %1 days").replace("%1", str(client.payment_terms_days))]

    def _client_chosen(self, client) -> None:
        if not self._loading and self.offer_id is None:  # a new offer takes the client's defaults
            self._client_defaults(client)

    def _client_defaults(self, client) -> None:
        language = offer_service.language_for(client)
        self._select_language(language)
        self.payment_terms.setText(offer_service.default_payment_terms(client, language))
        self._language_changed()

    def _language_changed(self, *_args) -> None:
        """Texts nobody has changed yet follow the document's language (a saved offer's too)."""
        if self._loading or self.model.read_only:
            return
        language = self.language.currentData() or "en"
        for name, edit in (("introduction", self.introduction), ("closing", self.closing)):
            text = edit.toPlainText()
            if (followed := offer_service.in_language(name, text, language)) != text:
                edit.setPlainText(followed)
        terms = self.payment_terms.text()
        if (followed := offer_service.in_language("payment_terms", terms, language)) != terms:
            self.payment_terms.setText(followed)

    def _select_language(self, code: str) -> None:
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(max(0, self.language.findData(code)))

    def _offer_date_changed(self, *_args) -> None:
        if self._loading:
            return
        if not self._valid_until_set:  # the validity follows the offer date until the user sets it
            with QSignalBlocker(self.valid_until):
                self.valid_until.setDate(self.offer_date.date().addDays(offer_service.validity_days()))
        self._set_dirty(True)
        self._pricing_timer.start()  # promotions depend on the day

    def _valid_until_changed(self, *_args) -> None:
        if not self._loading:
            self._valid_until_set = True
            self._set_dirty(True)
