"""The client card: view and edit one client, its addresses, credit, contacts and notes.

The static form comes from ui/client_card.ui (and ui/contact_dialog.ui for one
contact); this module fills it from the party service, collects what the user
typed into the dict `save_client` expects, and shows the service's validation
messages beside the fields they name. No database query is written here.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import ChangedMeanwhile, KamdeskError, ValidationError
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD
from kamdesk.core.models.party import RATINGS, SOURCES, STATUSES
from kamdesk.core.money import QUANTUM, parse_money
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party as party_service
from kamdesk.core.messages import Message
from kamdesk.gui.changes import ACTIVITIES, CLIENTS, ORDERS, Change, changes, notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_amount, format_date, format_moment, format_timestamp
from kamdesk.gui.activity.labels import kind_icon, kind_labels, result_labels, state_labels
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.messages import translated
from kamdesk.gui.forms.client_card_ui import Ui_ClientCard
from kamdesk.gui.forms.contact_dialog_ui import Ui_ContactDialog
from kamdesk.gui.party.labels import source_labels, status_labels
from kamdesk.gui.unsaved import DirtyFlag, UnsavedFields, settle
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.dialogs import ask, choose
from kamdesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from kamdesk.gui.widgets.max_length import limit_line_edits
from kamdesk.gui.widgets.optional_date import OptionalDate
from kamdesk.gui.widgets.tables import read_only_rows, with_buttons

ADDRESS_PARTS = ("postcode", "city", "street", "country")
LINE_FIELDS = (
    "name", "legal_form", "tax_number", "registration_number", "phone", "email", "website",
    *(f"legal_{part}" for part in ADDRESS_PARTS), *(f"delivery_{part}" for part in ADDRESS_PARTS),
)
PLAIN_TEXT_FIELDS = ("needs", "prospects", "reliability_note", "notes")
# Fields in the order the user meets them (tab order): the first one with an error gets the focus.
FIELD_ORDER = (
    "name", "legal_form", "tax_number", "registration_number", "status", "segment", "manager",
    "source", "key_account", "phone", "email", "website", "needs", "prospects",
    *(f"legal_{part}" for part in ADDRESS_PARTS), *(f"delivery_{part}" for part in ADDRESS_PARTS),
    "credit_limit", "payment_terms_days", "reliability", "reliability_checked_on", "reliability_note",
    "contacts", "notes",
)
CONTACT_COLUMNS = ("is_primary", "name", "position", "phone", "email", "decision_maker", "birthday")
ACTIVITY_COLUMNS = ("when", "kind", "subject", "state", "result", "outcome")
ActivityIdRole = Qt.ItemDataRole.UserRole + 1
NEXT_CONTACT_BACKGROUND = QColor("#e8f1fb")  # the next planned contact, at the top of the timeline
OVERDUE_COLOR = QColor("#c62828")
CANCELLED_COLOR = QColor("#8a8a8a")


def contact_values(contact) -> dict:
    """A contact as returned by the party service, as the dict save_client takes back."""
    return {"id": contact.id, **{field: getattr(contact, field) for field in party_service.CONTACT_FIELDS}}


class CountryCodeValidator(QValidator):
    """Up to two letters, turned to upper case as they are typed."""

    def validate(self, text: str, pos: int):
        upper = text.upper()
        if len(upper) <= 2 and all("A" <= char <= "Z" for char in upper):
            return QValidator.State.Acceptable, upper, pos
        return QValidator.State.Invalid, text, pos


def align_form_labels(*forms: QFormLayout) -> None:
    """Give forms stacked in one column the same label width, so that their fields line up."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


# ---------------------------------------------------------------- one contact

class ContactDialog(UnsavedFields, QDialog):
    """Add or edit one contact person; checked by the party service before it closes."""

    def __init__(self, values: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "contact")
        self._values = dict(values or {})
        self._birthday = OptionalDate(self.ui.birthday_known, self.ui.birthday, self.tr("unknown"))
        ui = self.ui
        self._field_errors = FieldErrors.of_form(self, {
            "name": ui.name, "position": ui.position, "phone": ui.phone, "email": ui.email,
            "birthday": (ui.birthday, ui.birthday_known), "decision_maker": ui.decision_maker,
            "is_primary": ui.is_primary, "notes": ui.notes}, field_of=lambda key: key.rpartition(".")[2])
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.setWindowTitle(self._values.get("name") or self.tr("New contact"))
        for field in ("name", "position", "phone", "email"):
            getattr(self.ui, field).setText(self._values.get(field) or "")
        self.ui.notes.setPlainText(self._values.get("notes") or "")
        self._birthday.set_value(self._values.get("birthday"))
        self.ui.decision_maker.setChecked(bool(self._values.get("decision_maker")))
        self.ui.is_primary.setChecked(bool(self._values.get("is_primary")))
        self.ui.name.setFocus()

    def values(self) -> dict:
        """The contact as typed (the card's row dict, id kept)."""
        values = {field: getattr(self.ui, field).text().strip() for field in ("name", "position", "phone", "email")}
        values.update(
            id=self._values.get("id"), birthday=self._birthday.value(), notes=self.ui.notes.toPlainText().strip(),
            decision_maker=self.ui.decision_maker.isChecked(), is_primary=self.ui.is_primary.isChecked())
        return values

    def accept(self) -> None:
        try:
            party_service.clean_contacts([self.values()])
        except ValidationError as error:
            self._field_errors.show({key: _capitalized(translated(_alone(message)))
                                     for key, message in error.errors.items()})
            return
        super().accept()


def _alone(message: str) -> str:
    """A contact's message without "Contact 1: ", which says nothing in a one-contact dialog."""
    if isinstance(message, Message) and "problem" in message.params and "number" in message.params:
        return message.params["problem"]
    return message


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- the card

class ClientCard(DirtyFlag, QDialog):
    """View and edit one client; `ClientCard(None)` is a new client.

    Stays open after a save (the list refreshes through `saved`). Escape or
    Close with unsaved changes asks whether to save or discard them.
    """

    saved = Signal(int)  # client id, after every successful save
    open_existing = Signal(int)  # the user chose to open an existing duplicate instead
    plan_activity = Signal(int, str)  # client id, kind ("call" or "visit"): plan one for this client
    open_activity = Signal(int)  # activity id, opened (Enter or double-click) in the timeline
    new_order = Signal(int, bool)  # client id, start from the suggested order
    new_offer = Signal(int)  # client id: a commercial offer for this client
    open_order = Signal(int)  # order id, opened from the Sales tab

    def __init__(self, client_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ClientCard()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "client")
        self._client_id = client_id
        self._contacts: list[dict] = []
        self._created: datetime.datetime | None = None
        self._updated: datetime.datetime | None = None
        self._saved_name = ""
        self._dirty = False
        self._loading = True
        self._versions = LoadedVersions(self._show_stored)
        self.area_buttons: dict[str, QPushButton] = {}  # what later areas add, by object name ("letter")
        company = company_service.get_company()
        self._company_country = company.country if company else "HU"
        ui = self.ui
        widgets = {field: ui.contacts_table if field == "contacts" else getattr(ui, field) for field in FIELD_ORDER}
        widgets["reliability_checked_on"] = (ui.reliability_checked_on, ui.reliability_checked)
        self._field_errors = FieldErrors.of_form(self, widgets, field_of=lambda key: key.split(".")[0])
        self._prepare_widgets(company.currency if company else "")
        self._build_price_column()
        self._build_activities_tab()
        self._build_sales_tab()
        self._build_area_tabs()
        self._build_vcard_button()
        self._connect()
        changes().changed.connect(self._saved_elsewhere)
        if client_id is None:
            self._fill_new()
        else:
            self._load(client_id)
        self._loading = False
        self._set_dirty(False)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.name.setFocus()

    # ------------------------------------------------------------ public API
    @property
    def client_id(self) -> int | None:
        """The client on the card; None until a new client is saved."""
        return self._client_id

    def is_dirty(self) -> bool:
        """True when the card holds changes that are not saved."""
        return self._dirty

    def save(self) -> bool:
        """Save what is on the card (Ctrl+S); True when it was saved."""
        return self._save(allow_duplicates=False)

    def reload_activities(self) -> None:
        """Show the client's activities again (after one was planned, moved or completed elsewhere)."""
        saved = self._client_id is not None
        self.plan_call_button.setEnabled(saved)
        self.plan_visit_button.setEnabled(saved)
        views = activity_service.client_timeline(self._client_id) if saved else []
        # what is to do first, the next one on top; then the history, newest first
        planned = sorted((v for v in views if activity_service.is_open(v)), key=lambda v: (v.start, v.id))
        self._timeline = planned + [v for v in views if not activity_service.is_open(v)]
        self._fill_timeline(planned[0] if planned else None)

    def reject(self) -> None:
        """Escape, Close and the window's close button: ask before unsaved changes are lost."""
        if settle(self):
            super().reject()

    # ------------------------------------------------------------ UnsavedChanges
    def unsaved_question(self) -> str:
        return self.tr("Save the changes to the client?")

    # ------------------------------------------------------------ setting up
    def _prepare_widgets(self, currency: str) -> None:
        ui = self.ui
        for column in ((ui.company_form, ui.sales_form), (ui.reach_form, ui.needs_form),
                       (ui.legal_address_form, ui.delivery_address_form), (ui.credit_form, ui.reliability_form)):
            align_form_labels(*column)
        statuses = status_labels()
        for code in STATUSES:
            ui.status.addItem(statuses.get(code, code), code)
        sources = source_labels()
        ui.source.addItem("", "")
        for code in SOURCES:
            ui.source.addItem(sources.get(code, code), code)
        ui.reliability.addItem("", "")
        for rating in RATINGS:
            ui.reliability.addItem(rating, rating)
        self._fill_segments()
        self._fill_managers()
        ui.manager.setEnabled(company_service.has_role(ROLE_HEAD, ROLE_ADMIN))  # who may give a client to another
        ui.segment.lineEdit().setPlaceholderText(self.tr("Choose or type a new segment"))
        ui.credit_limit_currency.setText(currency)
        ui.credit_limit.setPlaceholderText(self.tr("no limit"))
        for field in ("legal_country", "delivery_country"):
            getattr(ui, field).setValidator(CountryCodeValidator(getattr(ui, field)))
        self._checked_on = OptionalDate(ui.reliability_checked, ui.reliability_checked_on, self.tr("not checked"))
        table = ui.contacts_table
        table.setColumnCount(len(CONTACT_COLUMNS))
        table.setHorizontalHeaderLabels([
            self.tr("Primary"), self.tr("Name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail"),
            self.tr("Decision maker"), self.tr("Birthday")])
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, field in enumerate(CONTACT_COLUMNS):
            mode = "Stretch" if field in ("name", "position", "email") else "ResizeToContents"
            header.setSectionResizeMode(column, getattr(QHeaderView.ResizeMode, mode))

    def _build_activities_tab(self) -> None:
        """The Activities tab (built here, not in the .ui): the timeline and the buttons to plan."""
        page = QWidget()
        page.setObjectName("activities_tab")
        self.next_contact = QLabel(page)
        self.next_contact.setObjectName("next_contact")
        self.next_contact.setTextFormat(Qt.TextFormat.PlainText)
        self.next_contact.setWordWrap(True)
        table = self.activity_table = QTableWidget(page)
        table.setObjectName("activity_table")
        table.setColumnCount(len(ACTIVITY_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Subject"), self.tr("State"),
                                         self.tr("Result"), self.tr("Outcome")])
        read_only_rows(table, word_wrap=False, tab_keys=False)
        header = table.horizontalHeader()
        for column, field in enumerate(ACTIVITY_COLUMNS):
            mode = "Stretch" if field in ("subject", "outcome") else "ResizeToContents"
            header.setSectionResizeMode(column, getattr(QHeaderView.ResizeMode, mode))
        self.activity_empty = EmptyState(table)
        self.plan_call_button = QPushButton(self.tr("Plan &call"), page)
        self.plan_call_button.setObjectName("plan_call")
        self.plan_visit_button = QPushButton(self.tr("Plan &visit"), page)
        self.plan_visit_button.setObjectName("plan_visit")
        layout = QVBoxLayout(page)
        layout.addWidget(self.next_contact)
        buttons = (self.plan_call_button, self.plan_visit_button, *self._area_buttons("activities", page))
        layout.addLayout(with_buttons(table, buttons), 1)
        self._timeline: list[activity_service.ActivityView] = []
        tabs = self.ui.tabs
        tabs.insertTab(tabs.indexOf(self.ui.contacts_tab) + 1, page, self.tr("Activit&ies"))

    def _build_price_column(self) -> None:
        """The client's price-list column, in the credit form (added here, not in the .ui)."""
        from kamdesk.core.services import catalogue

        self.price_column = QComboBox(self.ui.credit_tab)
        self.price_column.setObjectName("price_column")
        self.price_column.addItem(self.tr("Default column"), None)
        for column in catalogue.list_columns():
            self.price_column.addItem(column.name, column.id)
        self.price_column.setToolTip(self.tr("The price-list column the client's orders and offers are priced at"))
        self.ui.credit_form.addRow(self.tr("Price &column:"), self.price_column)
        self.price_column.currentIndexChanged.connect(self._changed)

    def _build_sales_tab(self) -> None:
        """The Sales tab: the client's history (SalesTab) and the buttons to take an order."""
        from kamdesk.gui.party.sales_tab import SalesTab

        page = QWidget()
        page.setObjectName("sales_page")
        self.sales = SalesTab(page)
        self.sales.open_order.connect(self.open_order)
        self.new_order_button = QPushButton(self.tr("New or&der"), page)
        self.new_order_button.setObjectName("new_order")
        self.new_order_button.clicked.connect(lambda: self._emit_new_order(False))
        self.suggested_order_button = QPushButton(self.tr("S&uggested order"), page)
        self.suggested_order_button.setObjectName("suggested_order")
        self.suggested_order_button.setToolTip(self.tr("A draft with the products this client buys regularly, "
                                                       "in its usual quantities"))
        self.suggested_order_button.clicked.connect(lambda: self._emit_new_order(True))
        self.new_offer_button = QPushButton(self.tr("New o&ffer"), page)
        self.new_offer_button.setObjectName("new_offer")
        self.new_offer_button.setToolTip(self.tr("A commercial offer for this client, priced like an order"))
        self.new_offer_button.clicked.connect(
            lambda: self.new_offer.emit(self._client_id) if self._client_id is not None else None)
        with_buttons(self.sales, (self.new_order_button, self.suggested_order_button, self.new_offer_button,
                                  *self._area_buttons("sales", page)), page)
        tabs = self.ui.tabs
        tabs.insertTab(tabs.indexOf(self.ui.contacts_tab) + 2, page, self.tr("Sa&les"))

    def saved_elsewhere(self, client_id: int) -> None:
        """The client was saved in another card (opened from a contract): show it, unless this card has changes."""
        if client_id != self._client_id or self._dirty:
            return
        self._show_stored()

    def _show_stored(self) -> None:
        """Show the client as stored, dropping what was typed (Reload after someone else saved it)."""
        if self._client_id is None:
            return
        client_id = self._client_id
        self._loading = True
        try:
            self._load(client_id)
        finally:
            self._loading = False
        self._set_dirty(False)

    def _saved_elsewhere(self, change: Change) -> None:
        """What another page or card saved about this client: its activities, orders or the client itself."""
        if change.source is self or self._client_id is None or not change.touches_client(self._client_id):
            return
        if change.touches(ACTIVITIES):
            self.reload_activities()
        if change.touches(ORDERS):
            self.reload_sales()
        if change.touches(CLIENTS):
            self.saved_elsewhere(self._client_id)

    def _area_buttons(self, tab: str, page: QWidget) -> list[QPushButton]:
        """The buttons later areas add to the tab `tab` (`kamdesk.area.CardButton`: the letters area's Letter…),
        in the order of the registry, on `page`; enabled while the card shows a saved client."""
        from kamdesk.area import load
        from kamdesk.areas import AREAS

        buttons = []
        for button in (button for area in AREAS for button in area.card_buttons if button.tab == tab):
            built = load(button.build)(self)
            built.setParent(page)
            self.area_buttons[built.objectName()] = built
            buttons.append(built)
        return buttons

    def _build_area_tabs(self) -> None:
        """The tabs later areas add (the contract area's Contracts …), after Activities and Sales, in the
        order of the registry; each is built as `Tab(card)`, has `title()` and `show_client(client_id)`, and is
        left out when its optional `offered()` says the user may not see it (the History tab)."""
        from kamdesk.area import load
        from kamdesk.areas import AREAS

        self.area_tabs: dict[str, QWidget] = {}
        tabs = self.ui.tabs
        position = tabs.indexOf(self.ui.contacts_tab) + 3
        for area in AREAS:
            for path in area.card_tabs:
                tab_class = load(path)
                if not getattr(tab_class, "offered", lambda: True)():
                    continue
                tab = tab_class(self)
                tabs.insertTab(position, tab, tab.title())
                position += 1
                self.area_tabs[area.key] = tab

    def _build_vcard_button(self) -> None:
        """Export as vCard… under the contact buttons: the client's contacts to the phone or the mail program."""
        self.vcard_button = QPushButton(self.tr("Export as vCard…"), self.ui.contacts_tab)
        self.vcard_button.setObjectName("export_vcard")
        self.vcard_button.setAutoDefault(False)
        self.vcard_button.setToolTip(self.tr("Save the client's contacts as a vCard file for a phone or a mail "
                                             "program (unsaved changes are saved first)"))
        self.vcard_button.clicked.connect(self.export_vcard)
        buttons = self.ui.contact_buttons
        buttons.insertWidget(buttons.indexOf(self.ui.set_primary_contact) + 1, self.vcard_button)

    def export_vcard(self, path: str | None = None):
        """Save the card first when it has changes, then write the client's contacts to a .vcf file."""
        from kamdesk.gui.party.contacts_vcard import export_vcard

        if self._client_id is None or not self._contacts or (self._dirty and not self.save()):
            return None
        return export_vcard(self, [self._client_id], self._saved_name, lambda count: QMessageBox.information(
            self, self.tr("Export as vCard"), self.tr("Exported %n contact(s).", "", count)), path)

    def _show_client_on_area_tabs(self) -> None:
        for tab in self.area_tabs.values():
            tab.show_client(self._client_id)
        for button in self.area_buttons.values():
            button.setEnabled(self._client_id is not None)

    def reload_sales(self) -> None:
        """Show the client's sales again (after an order changed elsewhere)."""
        saved = self._client_id is not None
        self.new_order_button.setEnabled(saved)
        self.suggested_order_button.setEnabled(saved)
        self.new_offer_button.setEnabled(saved)
        self.sales.set_client(self._client_id)

    def _emit_new_order(self, suggested: bool) -> None:
        if self._client_id is not None:
            self.new_order.emit(self._client_id, suggested)

    def _fill_segments(self) -> None:
        combo = self.ui.segment
        combo.blockSignals(True)
        text = combo.currentText()
        combo.clear()
        combo.addItem("")
        for segment in company_service.list_segments():
            combo.addItem(segment.name, segment.id)
        self._set_combo_text(combo, text)
        combo.blockSignals(False)

    def _fill_managers(self, keep_id: int | None = None) -> None:
        """Active managers, plus `keep_id` when the client's manager is no longer active."""
        combo = self.ui.manager
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        managers = company_service.list_managers(active_only=True)
        if keep_id is not None and all(m.id != keep_id for m in managers):
            managers += [m for m in company_service.list_managers(active_only=False) if m.id == keep_id]
        for manager in managers:
            combo.addItem(manager.name, manager.id)
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        for field in LINE_FIELDS + ("credit_limit",):
            getattr(ui, field).textChanged.connect(self._changed)
        for field in PLAIN_TEXT_FIELDS:
            getattr(ui, field).textChanged.connect(self._changed)
        for field in ("status", "manager", "source", "reliability"):
            getattr(ui, field).currentIndexChanged.connect(self._changed)
        ui.segment.editTextChanged.connect(self._changed)
        for field in ("key_account", "delivery_same", "reliability_checked"):
            getattr(ui, field).toggled.connect(self._changed)
        ui.reliability_checked_on.dateChanged.connect(self._changed)
        ui.payment_terms_days.valueChanged.connect(self._changed)
        ui.credit_limit.editingFinished.connect(self._tidy_credit_limit)
        ui.delivery_same.toggled.connect(self._delivery_same_toggled)
        for part in ADDRESS_PARTS:
            getattr(ui, f"legal_{part}").textChanged.connect(self._mirror_legal_address)

        ui.save_button.clicked.connect(self.save)
        ui.close_button.clicked.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        ui.save_button.setToolTip(self.tr("Save (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        ui.close_button.setToolTip(self.tr("Close (Esc)"))

        table = ui.contacts_table
        table.activated.connect(lambda _index: self.edit_contact())
        table.itemSelectionChanged.connect(self._update_contact_buttons)
        ui.add_contact.clicked.connect(self.add_contact)
        ui.edit_contact.clicked.connect(self.edit_contact)
        ui.remove_contact.clicked.connect(self.remove_contact)
        ui.set_primary_contact.clicked.connect(self.set_primary_contact)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_contact)
        # Insert wherever the focus is while the Contacts tab is shown (the table, a button, the tab bar)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.activated.connect(self.add_contact)
        ui.tabs.currentChanged.connect(lambda *_: insert.setEnabled(ui.tabs.currentWidget() is ui.contacts_tab))
        insert.setEnabled(ui.tabs.currentWidget() is ui.contacts_tab)
        ui.add_contact.setToolTip(self.tr("Add a contact (Insert)"))
        ui.remove_contact.setToolTip(self.tr("Remove the selected contact (Delete)"))

        self.plan_call_button.clicked.connect(lambda: self._plan("call"))
        self.plan_visit_button.clicked.connect(lambda: self._plan("visit"))
        self.activity_table.activated.connect(self._activity_activated)

    # ------------------------------------------------------------ filling
    def _fill_new(self) -> None:
        ui = self.ui
        self._select_data(ui.status, "prospect")
        manager = company_service.current_manager()
        self._select_data(ui.manager, manager.id if manager else None)
        ui.legal_country.setText(self._company_country)
        ui.payment_terms_days.setValue(8)
        ui.delivery_same.setChecked(True)
        self._delivery_same_toggled(True)
        self._checked_on.set_value(None)
        self._contacts = []
        self._refresh_contacts()
        self.reload_activities()
        self.reload_sales()
        self._show_client_on_area_tabs()
        self._update_title()
        self._update_status_line()

    def _load(self, client_id: int) -> None:
        """Fill every field from the service (used on open and after each save)."""
        client = party_service.get_client(client_id)
        contacts = party_service.client_contacts(client_id)
        self._versions.remember(client, *contacts)
        ui = self.ui
        self._fill_segments()
        self._fill_managers(keep_id=client.manager_id)
        for field in LINE_FIELDS:
            getattr(ui, field).setText(getattr(client, field) or "")
        for field in PLAIN_TEXT_FIELDS:
            getattr(ui, field).setPlainText(getattr(client, field) or "")
        self._select_data(ui.status, client.status)
        self._select_data(ui.source, client.source or "")
        self._select_data(ui.reliability, client.reliability or "")
        self._select_data(ui.manager, client.manager_id)
        self._select_data(ui.segment, client.segment_id)
        if client.segment_id is None:
            ui.segment.setCurrentIndex(0)
        ui.key_account.setChecked(bool(client.key_account))
        self._checked_on.set_value(client.reliability_checked_on)
        ui.credit_limit.setText(format_amount(client.credit_limit))
        ui.payment_terms_days.setValue(client.payment_terms_days)
        self.price_column.setCurrentIndex(max(0, self.price_column.findData(client.price_column_id)))
        same = not any(getattr(client, f"delivery_{part}") for part in ADDRESS_PARTS)
        ui.delivery_same.setChecked(same)
        self._delivery_same_toggled(same)
        self._contacts = [contact_values(contact) for contact in contacts]
        self._refresh_contacts()
        self.reload_activities()
        self.reload_sales()
        self._show_client_on_area_tabs()
        self._created, self._updated = client.created_at, client.updated_at
        self._saved_name = client.name
        self._update_title()

    @staticmethod
    def _select_data(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index < 0 and value not in (None, ""):
            combo.addItem(str(value), value)  # a code this version does not know: show it, keep it
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _set_combo_text(combo: QComboBox, text: str) -> None:
        index = combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(text)

    # ------------------------------------------------------------ collecting
    def values(self) -> dict:
        """The client as typed, in the form `save_client` takes."""
        ui = self.ui
        values = {field: getattr(ui, field).text() for field in LINE_FIELDS}
        values.update({field: getattr(ui, field).toPlainText() for field in PLAIN_TEXT_FIELDS})
        if ui.delivery_same.isChecked():  # an empty delivery address means "same as legal"
            values.update({f"delivery_{part}": "" for part in ADDRESS_PARTS})
        values.update(
            status=ui.status.currentData(), source=ui.source.currentData() or "",
            reliability=ui.reliability.currentData() or "", segment=ui.segment.currentText().strip(),
            manager=ui.manager.currentData(), key_account=ui.key_account.isChecked(),
            reliability_checked_on=self._checked_on.value(), credit_limit=ui.credit_limit.text().strip(),
            payment_terms_days=ui.payment_terms_days.value(), price_column=self.price_column.currentData())
        return values

    def contacts(self) -> list[dict]:
        """The contacts on the card (copies), in the form `save_client` takes."""
        return [{**contact, "row_version": self._versions.get("contact", contact.get("id"))}
                for contact in self._contacts]

    # ------------------------------------------------------------ saving
    def _save(self, allow_duplicates: bool) -> bool:
        values, contacts = self.values(), self.contacts()
        values["row_version"] = self._versions.get("client", self._client_id)
        try:
            client = party_service.save_client(values, contacts, self._client_id, allow_duplicates=allow_duplicates)
        except ValidationError as error:
            errors = dict(error.errors)
            if not any(key.startswith("contacts") for key in errors):
                errors.update(self._contact_errors(contacts))  # show every problem at once
            self._show_errors(errors)
            return False
        except party_service.DuplicateClient as duplicate:
            choice = self._ask_duplicate(duplicate.matches)
            if choice == "open":
                self._set_dirty(False)
                self.open_existing.emit(duplicate.matches[0].client_id)
                self.done(QDialog.DialogCode.Rejected)
            elif choice == "save":
                return self._save(allow_duplicates=True)
            return False
        except ChangedMeanwhile as error:
            return bool(self._versions.settle(self, error, lambda: self._save(allow_duplicates)))
        except KamdeskError as error:
            show_error(self, error)
            return False
        self._client_id = client.id
        self._field_errors.clear()
        self._loading = True
        try:
            self._load(client.id)  # show what was stored (e.g. the phone number formatted)
        finally:
            self._loading = False
        self._set_dirty(False)
        self.saved.emit(client.id)
        notify(CLIENTS, client_id=client.id, source=self)
        return True

    @staticmethod
    def _contact_errors(contacts: list[dict]) -> dict[str, str]:
        try:
            party_service.clean_contacts(contacts)
        except ValidationError as error:
            return dict(error.errors)
        return {}

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field (a contact's named), the first bad field (in tab order) focused."""
        bad_rows = []
        shown = {}
        for key, raw in errors.items():
            parts = key.split(".")
            if parts[0] == "contacts" and len(parts) == 3 and parts[1].isdigit():
                row = int(parts[1])
                bad_rows.append(row)
                if not raw.startswith("Contact "):
                    name = self._contacts[row]["name"] if row < len(self._contacts) else ""
                    numbered = self.tr("Contact %1").replace("%1", str(row + 1))  # outside the f-string: lupdate finds it
                    raw = f"{name or numbered}: {translated(raw)}"
            shown[key] = raw
        self._field_errors.show(shown)
        if bad_rows:
            self.ui.contacts_table.selectRow(bad_rows[0])

    def focus_field(self, field: str) -> None:
        """Show the tab holding `field` (a client field such as "tax_number", or "contacts") and focus it."""
        self._field_errors.focus(field)

    def _ask_duplicate(self, matches: list[party_service.DuplicateMatch]) -> str:
        """'open', 'save' or 'cancel': what to do about clients that look the same."""
        reasons = {"tax_number": self.tr("same tax number"), "name": self.tr("similar name")}
        lines = "\n".join(f"• {match.name} (#{match.client_id}) — {reasons.get(match.reason, match.reason)}"
                          for match in matches)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Possible duplicate"),
                          self.tr("A client like this exists already:"), parent=self)
        box.setInformativeText(lines)
        open_button = box.addButton(self.tr("Open existing"), QMessageBox.ButtonRole.AcceptRole)
        answers = {open_button: "open"}
        if all(match.reason != "tax_number" for match in matches):  # one client per tax number: no second one
            answers[box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.DestructiveRole)] = "save"
        return choose(box, answers, cancelled="cancel")

    # ------------------------------------------------------------ contacts
    def _selected_contact_row(self) -> int:
        rows = self.ui.contacts_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _refresh_contacts(self, select: int | None = None) -> None:
        table = self.ui.contacts_table
        table.setRowCount(len(self._contacts))
        for row, contact in enumerate(self._contacts):
            for column, field in enumerate(CONTACT_COLUMNS):
                value = contact.get(field)
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if field in ("is_primary", "decision_maker"):
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                elif field == "birthday":
                    item.setText(format_date(value))
                else:
                    item.setText(value or "")
                if field == "name" and contact.get("is_primary"):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        if select is not None and 0 <= select < len(self._contacts):
            table.selectRow(select)
            table.setCurrentCell(select, 1)
        else:
            table.setCurrentCell(-1, -1)
        self._update_contact_buttons()

    def _update_contact_buttons(self) -> None:
        row = self._selected_contact_row()
        self.ui.edit_contact.setEnabled(row >= 0)
        self.ui.remove_contact.setEnabled(row >= 0)
        self.ui.set_primary_contact.setEnabled(row >= 0 and not self._contacts[row].get("is_primary"))
        self.vcard_button.setEnabled(self._client_id is not None and bool(self._contacts))

    def _contacts_changed(self, select: int | None) -> None:
        if self._contacts and not any(c.get("is_primary") for c in self._contacts):
            self._contacts[0]["is_primary"] = True  # as the service does: someone is the primary
        self._refresh_contacts(select)
        self._changed()

    def _make_primary(self, row: int) -> None:
        for index, contact in enumerate(self._contacts):
            contact["is_primary"] = index == row

    def _contact_dialog(self, values: dict | None) -> dict | None:
        return ask(ContactDialog(values, self), ContactDialog.values)

    def add_contact(self) -> None:
        values = self._contact_dialog(None if self._contacts else {"is_primary": True})
        if values is None:
            return
        self._contacts.append(values)
        row = len(self._contacts) - 1
        if values["is_primary"]:
            self._make_primary(row)
        self._contacts_changed(row)
        self.ui.contacts_table.setFocus()

    def edit_contact(self) -> None:
        row = self._selected_contact_row()
        if row < 0:
            return
        values = self._contact_dialog(self._contacts[row])
        if values is None:
            return
        self._contacts[row] = values
        if values["is_primary"]:
            self._make_primary(row)
        self._contacts_changed(row)

    def remove_contact(self) -> None:
        row = self._selected_contact_row()
        if row < 0:
            return
        del self._contacts[row]
        self._contacts_changed(min(row, len(self._contacts) - 1))

    def set_primary_contact(self) -> None:
        row = self._selected_contact_row()
        if row < 0:
            return
        self._make_primary(row)
        self._contacts_changed(row)

    # ------------------------------------------------------------ activities
    def _fill_timeline(self, next_one: activity_service.ActivityView | None) -> None:
        kinds, states, results = kind_labels(), state_labels(), result_labels()
        table = self.activity_table
        table.setRowCount(len(self._timeline))
        for row, view in enumerate(self._timeline):
            state = self.tr("Overdue") if view.overdue else states.get(view.state, view.state)
            texts = {
                "when": format_moment(view.start, view.all_day), "kind": kinds.get(view.kind, view.kind),
                "subject": view.subject, "state": state,
                "result": results.get(view.result, view.result) if activity_service.is_done(view) else "",
                "outcome": view.outcome if activity_service.is_done(view) else "",
            }
            for column, field in enumerate(ACTIVITY_COLUMNS):
                item = QTableWidgetItem(texts[field])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(ActivityIdRole, view.id)
                if field == "kind":
                    item.setIcon(kind_icon(view.kind))
                if field in ("subject", "outcome") and texts[field]:
                    item.setToolTip(texts[field])
                if activity_service.is_cancelled(view):
                    item.setForeground(QBrush(CANCELLED_COLOR))
                elif view.overdue and field in ("when", "state"):
                    item.setForeground(QBrush(OVERDUE_COLOR))
                if view is next_one:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(QBrush(NEXT_CONTACT_BACKGROUND))
                table.setItem(row, column, item)
        if self._timeline or self._client_id is None:
            self.activity_empty.hide_hint()
        else:
            self.activity_empty.show_hint(self.tr("No calls or visits with this client yet: Plan call or Plan "
                                                  "visit, beside, puts one in the calendar."))
        self._show_next_contact(next_one)

    def _show_next_contact(self, view: activity_service.ActivityView | None) -> None:
        label = self.next_contact
        if self._client_id is None:
            label.setText(self.tr("Activities can be planned once the client is saved."))
            label.setStyleSheet("")
            return
        if view is None:
            label.setText(self.tr("No next contact planned."))
            label.setStyleSheet("")
            return
        what = kind_labels().get(view.kind, view.kind)
        if view.subject:
            what = f"{what}: {view.subject}"
        when = format_moment(view.start, view.all_day)
        if view.overdue:
            text = self.tr("Next contact: %1, %2 (overdue)")
            label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        else:
            text = self.tr("Next contact: %1, %2")
            label.setStyleSheet("font-weight: bold;")
        label.setText(text.replace("%1", when).replace("%2", what))

    def _plan(self, kind: str) -> None:
        if self._client_id is not None:
            self.plan_activity.emit(self._client_id, kind)

    def _activity_activated(self, index) -> None:
        activity_id = index.data(ActivityIdRole)
        if activity_id is not None:
            self.open_activity.emit(int(activity_id))

    # ------------------------------------------------------------ small reactions
    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._update_status_line()

    def _update_title(self) -> None:
        """The saved name (not every keystroke), or "New client" until the first save."""
        self.setWindowTitle(self._saved_name or self.tr("New client"))

    def _update_status_line(self) -> None:
        parts = []
        if self._client_id is None:
            parts.append(self.tr("Not saved yet"))
        else:
            parts.append(self.tr("Created %1").replace("%1", format_timestamp(self._created)))
            parts.append(self.tr("Updated %1").replace("%1", format_timestamp(self._updated)))
        if self._dirty:
            parts.append(self.tr("Unsaved changes"))
        self.ui.timestamps.setText(" · ".join(parts))

    def _tidy_credit_limit(self) -> None:
        """Show a typed amount the way the locale writes it, once the user leaves the field."""
        text = self.ui.credit_limit.text().strip()
        try:
            amount = parse_money(text) if text else None
        except ValueError:
            return
        if amount is None or amount < 0 or amount != amount.quantize(QUANTUM):
            return  # leave it as typed; saving will say what is wrong
        formatted = format_amount(amount)
        if formatted != self.ui.credit_limit.text():
            self.ui.credit_limit.setText(formatted)

    def _delivery_same_toggled(self, same: bool) -> None:
        for part in ADDRESS_PARTS:
            getattr(self.ui, f"delivery_{part}").setEnabled(not same)
        if same:
            self._mirror_legal_address()

    def _mirror_legal_address(self) -> None:
        if not self.ui.delivery_same.isChecked():
            return
        for part in ADDRESS_PARTS:
            getattr(self.ui, f"delivery_{part}").setText(getattr(self.ui, f"legal_{part}").text())
