"""The own company: the first-start dialog and the company page (profile and managers)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import ChangedMeanwhile, KamdeskError, ValidationError
from kamdesk.core.models.company import ROLE_ADMIN, ROLE_HEAD, ROLE_MANAGER
from kamdesk.core.services import company as company_service
from kamdesk.gui.changes import COMPANY, Change, changes, notify
from kamdesk.gui.company_kpis import KpiSettingsBox
from kamdesk.gui.errors import show_error
from kamdesk.gui.forms.company_form_ui import Ui_CompanyForm
from kamdesk.gui.unsaved import UnsavedChanges, form_state, settle, watch
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.field_errors import ERROR_STYLE, FieldErrors
from kamdesk.gui.widgets.max_length import limit_line_edits

CURRENCIES = ("HUF", "EUR", "RUB", "CZK", "PLN", "RON", "USD")
COMMON_ZONES = ("Europe/Budapest", "Europe/Vienna", "Europe/Prague", "Europe/Bratislava", "Europe/Warsaw",
                "Europe/Bucharest", "Europe/Belgrade", "Europe/Zagreb", "Europe/Ljubljana", "Europe/Sofia",
                "Europe/Kyiv", "Europe/Moscow", "Europe/Berlin", "Europe/London")


TEXT_FIELDS = ("name", "postcode", "city", "street", "country", "tax_number", "registration_number", "bank_account")


class CompanyForm(QWidget):
    """The company profile fields (from ui/company_form.ui) with value get/set and the messages about them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CompanyForm()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "company")
        self.ui.currency.addItems(CURRENCIES)
        self.ui.error_label.hide()
        self._field_errors = FieldErrors({}, other=self.ui.error_label)  # every message in one label
        for field in (*TEXT_FIELDS, "default_vat_rate"):
            widget = getattr(self.ui, field)
            widget.textChanged.connect(lambda *_, w=widget: self.edited(w))
        self.ui.currency.currentTextChanged.connect(lambda *_: self.edited(self.ui.currency))

    def set_values(self, company) -> None:
        ui = self.ui
        for field in TEXT_FIELDS:
            getattr(ui, field).setText(getattr(company, field) or "")
        ui.currency.setCurrentText(company.currency)
        ui.default_vat_rate.setText(f"{company.default_vat_rate.normalize():f}")

    def values(self) -> dict:
        ui = self.ui
        values = {f: getattr(ui, f).text() for f in TEXT_FIELDS}
        values["currency"] = ui.currency.currentText()
        try:
            values["default_vat_rate"] = Decimal(ui.default_vat_rate.text().replace(",", ".").strip() or "0")
        except InvalidOperation:
            raise ValidationError({"default_vat_rate": self.tr("VAT rate must be a number such as 27.")}) from None
        return values

    def show_errors(self, error: ValidationError, fields: dict[str, QWidget] | None = None) -> None:
        """Each message until its field changes; `fields` are widgets outside the form by error key."""
        widgets = {key: getattr(self.ui, key, None) for key in error.errors} | (fields or {})
        widgets = {key: widget for key, widget in widgets.items() if widget is not None}
        self._field_errors = FieldErrors({}, widgets, other=self.ui.error_label)
        self._field_errors.show(error.errors)

    def edited(self, widget: QWidget) -> None:
        """`widget` changed: its message goes, and so do those about no field in particular."""
        self._field_errors.edited(widget)

    def clear_errors(self) -> None:
        self._field_errors.clear()


class ManagerFields(QGroupBox):
    """Name, e-mail and role of a manager."""

    def __init__(self, title: str, parent=None, yourself: bool = False):
        super().__init__(title, parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("manager_name")
        self.email = QLineEdit(self)
        self.email.setObjectName("manager_email")
        limit_line_edits(self, "manager")
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Key account manager"), ROLE_MANAGER)
        self.role.addItem(self.tr("Head of department"), ROLE_HEAD)
        self.role.addItem(self.tr("Administrator"), ROLE_ADMIN)
        self.max_discount = QSpinBox(self)
        self.max_discount.setObjectName("max_discount")
        self.max_discount.setRange(0, 99)
        self.max_discount.setValue(5)
        self.max_discount.setSuffix(" %")
        self.max_discount.setToolTip(self.tr("Extra discount on top of the column price without the head's approval"))
        form = QFormLayout(self)
        form.addRow(self.tr("Your na&me:") if yourself else self.tr("N&ame:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("Ro&le:"), self.role)
        form.addRow(self.tr("&Discount limit:"), self.max_discount)

    def values(self) -> dict:
        return {"name": self.name.text(), "email": self.email.text(), "role": self.role.currentData(),
                "max_discount": self.max_discount.value()}

    def set_values(self, manager) -> None:
        self.name.setText(manager.name)
        self.email.setText(manager.email)
        self.role.setCurrentIndex(max(0, self.role.findData(manager.role)))
        self.max_discount.setValue(int(manager.max_discount))

    def clear(self) -> None:
        self.name.clear()
        self.email.clear()
        self.role.setCurrentIndex(0)
        self.max_discount.setValue(5)


class FirstRunDialog(QDialog):
    """The first start: your company and yourself, or demo data to look around.

    `me`: an admin's first login to a team server, as the user (manager) the server knows already: their
    name and e-mail are completed, their role stays, and a team's server gets no demo data.
    """

    DEMO = 2

    def __init__(self, parent=None, me=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to kamdesk"))
        intro = QLabel(self.tr("Tell kamdesk about your company and yourself. "
                               "You can change this later on the Company page."), self)
        intro.setWordWrap(True)
        self.company_form = CompanyForm(self)
        self.manager = ManagerFields(self.tr("You"), self, yourself=True)
        buttons = QDialogButtonBox(self)
        self.demo_button = buttons.addButton(self.tr("E&xplore with demo data"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button = buttons.addButton(self.tr("&Get started"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.company_form)
        layout.addWidget(self.manager)
        layout.addWidget(buttons)
        self.company_form.ui.name.setFocus()
        manager = self.manager
        self._manager_fields = {"manager_name": manager.name, "manager_email": manager.email,
                                "manager_role": manager.role, "manager_max_discount": manager.max_discount}
        for widget in (manager.name, manager.email):
            widget.textChanged.connect(lambda *_, w=widget: self.company_form.edited(w))
        manager.role.currentIndexChanged.connect(lambda *_: self.company_form.edited(manager.role))
        manager.max_discount.valueChanged.connect(lambda *_: self.company_form.edited(manager.max_discount))
        if me is not None:
            manager.set_values(me)
            manager.role.setEnabled(False)  # the user's role on the server
            self.demo_button.hide()  # demo data is for a desk of one's own, not a team's server

    def save(self) -> None:
        try:
            company_service.set_up(self.company_form.values(), self.manager.values())
        except ValidationError as error:
            self.company_form.show_errors(error, self._manager_fields)
            return
        except KamdeskError as error:
            show_error(self, error)
            return
        self.accept()


class _ManagerFieldsEdit(UnsavedChanges):
    """The Company page's manager fields as an editor of their own: asked about before another manager is shown."""

    def __init__(self, page: CompanyPage):
        self._page = page

    def has_unsaved_changes(self) -> bool:
        return self._page.section_changed(self._page.manager_fields)

    def save_changes(self) -> bool:
        return self._page.save_manager()

    def discard_changes(self) -> None:
        """Nothing to undo: the fields show another manager next."""

    def unsaved_question(self) -> str:
        return QCoreApplication.translate("CompanyPage", "The manager's changes are not saved. Save them?")


def scrolled(column: QWidget) -> QScrollArea:
    """`column` in a frameless scroll area: on a low screen it scrolls instead of making the window taller."""
    area = QScrollArea(column.parentWidget())
    area.setWidget(column)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(column.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


def prepare_labels(labels) -> None:
    """Error labels beside fields: red, plain text, hidden until a message comes."""
    for label in labels:
        label.setStyleSheet(ERROR_STYLE)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()


class CompanyPage(UnsavedChanges, QWidget):
    """The company area: profile and logo, calendar, contract and credit settings, managers, segments.

    Each part with fields has its own Save button, enabled while the part has unsaved
    changes; Ctrl+S saves every changed part. Logo and segments are saved at once.
    """

    changed = Signal()
    unsaved_changed = Signal(bool)  # the page now has (True) or no longer has (False) unsaved changes

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = True
        self._unsaved = False
        self._manager_id: int | None = None  # whose values the manager fields hold (None: a new manager)
        self._company_id: int | None = None
        self._company_versions = LoadedVersions(self.load)
        self._manager_versions = LoadedVersions(self._show_stored_manager)
        self.form = CompanyForm(self)
        self.save_button = QPushButton(self.tr("Save compan&y"), self)
        self.save_button.setObjectName("save_company")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_changes,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self._logo_box())
        left.addWidget(self._calendar_box())
        left.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._managers_box(), 2)
        right.addWidget(self._segments_box(), 1)
        right.addWidget(self._contracts_box())
        right.addWidget(self._language_box())
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        column = QWidget(self)  # a column of its own: below the others it would make the window too tall
        third = QVBoxLayout(column)
        third.setContentsMargins(0, 0, 0, 0)
        third.addWidget(self._backups_box())
        third.addWidget(self._credit_box())
        third.addWidget(self._collection_box())
        self.kpi_box = KpiSettingsBox(self)
        self.kpi_box.save_button.clicked.connect(self.save_kpi_settings)
        third.addWidget(self.kpi_box)
        third.addWidget(self._mail_box())
        third.addStretch(1)
        layout.addWidget(scrolled(column), 1)
        # (fields, their Save button, what saves them)
        self._sections = ((self.form, self.save_button, self.save),
                          (self.calendar_box, self.save_calendar_button, self.save_calendar),
                          (self.contracts_box, self.save_contracts_button, self.save_contract_settings),
                          (self.credit_box, self.save_credit_button, self.save_credit_settings),
                          (self.language_box, self.save_language_button, self.save_language),
                          (self.backups_box, self.save_backups_button, self.save_backup_settings),
                          (self.collection_box, self.save_collection_button, self.save_collection_settings),
                          (self.kpi_box, self.kpi_box.save_button, self.save_kpi_settings),
                          (self.manager_fields, self.save_manager_button, self.save_manager))
        self._loaded: dict[int, list] = {}
        for fields, _button, _save in self._sections:
            watch(fields, self._update_unsaved)
        self._offer_by_role()
        self.load()
        self.changed.connect(lambda: notify(COMPANY, source=self))
        changes().changed.connect(self._saved_elsewhere)

    def _offer_by_role(self) -> None:
        """Only an admin changes the company and the managers (on a desk file, whoever opens it); on the team
        server users are added, with their role, in Admin › Users."""
        admin = company_service.has_role(ROLE_ADMIN)
        self.form.setEnabled(admin)
        self.manager_fields.setEnabled(admin)
        for button in (self.save_button, self.save_manager_button, *self._logo_buttons):
            button.setVisible(admin)
        credit_decider = company_service.has_role(ROLE_HEAD, ROLE_ADMIN)
        self.block_overdue_days.setEnabled(credit_decider)
        self.save_credit_button.setVisible(credit_decider)
        for spin in self.dunning_days.values():
            spin.setEnabled(credit_decider)
        self.save_collection_button.setVisible(credit_decider)
        self.kpi_box.offer_by_role(credit_decider)
        self.new_manager_button.setVisible(admin and not company_service.on_server())
        self.manager_fields.role.setEnabled(not company_service.on_server())

    def _saved_elsewhere(self, change: Change) -> None:
        """Another Company page (the main window's, one opened from a contract's missing data) saved:
        read the saved values again instead of writing stale ones back."""
        if change.touches(COMPANY) and change.source is not self:
            self.refresh()  # keeps this page's own unsaved changes

    # ---------------------------------------------------------------- UnsavedChanges
    def has_unsaved_changes(self) -> bool:
        return bool(self._changed_sections())

    def save_changes(self) -> bool:
        """Ctrl+S: save every part with changes; False (the reason shown) at the first that cannot be saved."""
        return all(save() for _fields, _button, save in self._changed_sections())

    def discard_changes(self) -> None:
        self.load()

    def unsaved_question(self) -> str:
        return self.tr("The Company page has unsaved changes. Save them?")

    def section_changed(self, fields: QWidget) -> bool:
        return form_state(fields) != self._loaded.get(id(fields))

    def _changed_sections(self) -> list:
        return [section for section in self._sections if self.section_changed(section[0])]

    def _mark_saved(self, fields: QWidget | None = None) -> None:
        """`fields` (all parts by default) now show what is stored."""
        for section_fields, _button, _save in self._sections:
            if fields in (None, section_fields):
                self._loaded[id(section_fields)] = form_state(section_fields)
        self._update_unsaved()

    def _update_unsaved(self) -> None:
        if self._loading:
            return
        changed = [section[0] for section in self._changed_sections()]
        for fields, button, _save in self._sections:
            button.setEnabled(fields in changed)
        if bool(changed) != self._unsaved:
            self._unsaved = bool(changed)
            self.unsaved_changed.emit(self._unsaved)

    # ---------------------------------------------------------------- building
    def _logo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Logo on documents"), self)
        self.logo_preview = QLabel(self.tr("No logo"), box)
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(200, 80)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8c8c8; background: white;")
        choose = QPushButton(self.tr("Choose l&ogo…"), box)
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove logo"), box)
        remove.clicked.connect(lambda: self.set_logo(None))
        self._logo_buttons = (choose, remove)
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(box)
        layout.addWidget(self.logo_preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return box

    def _managers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Managers"), self)
        self.managers = QTableWidget(0, 3, box)
        self.managers.setObjectName("managers")
        self.managers.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Role")])
        self.managers.horizontalHeader().setStretchLastSection(True)
        self.managers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.managers.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.managers.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.managers.verticalHeader().hide()
        self.managers.itemSelectionChanged.connect(self._manager_selected)
        self.manager_fields = ManagerFields(self.tr("Manager"), box)
        self.manager_fields.setFlat(True)
        self.new_manager_button = new = QPushButton(self.tr("Ne&w manager"), box)
        new.setObjectName("new_manager")
        new.clicked.connect(self.new_manager)
        self.save_manager_button = QPushButton(self.tr("Save &manager"), box)
        self.save_manager_button.setObjectName("save_manager")
        self.save_manager_button.clicked.connect(self.save_manager)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.save_manager_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.managers, 1)
        layout.addWidget(self.manager_fields)
        layout.addLayout(buttons)
        return box

    def _calendar_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar"), self)
        self.work_start = QSpinBox(box)
        self.work_start.setObjectName("work_start")
        self.work_end = QSpinBox(box)
        self.work_end.setObjectName("work_end")
        for spin in (self.work_start, self.work_end):
            spin.setRange(0, 24)
            spin.setSuffix(self.tr(":00"))
        self.time_zone = QComboBox(box)
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.addItems(COMMON_ZONES)
        self.calendar_box = box
        self.save_calendar_button = save = QPushButton(self.tr("Save calendar settings"), box)
        save.clicked.connect(self.save_calendar)
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        hours.addWidget(QLabel("–", box))
        hours.addWidget(self.work_end)
        hours.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Working hours:"), hours)
        form.addRow(self.tr("Time zone:"), self.time_zone)
        form.addRow(save)
        return box

    def save_calendar(self) -> bool:
        from kamdesk.core.services import activity as activity_service

        try:
            activity_service.set_working_hours(self.work_start.value(), self.work_end.value())
            activity_service.set_time_zone(self.time_zone.currentText())
        except KamdeskError as error:
            show_error(self, error)
            return False
        self._mark_saved(self.calendar_box)
        self.changed.emit()
        return True

    def _contracts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contracts"), self)
        self.renewal_days = QSpinBox(box)
        self.renewal_days.setObjectName("renewal_days")
        self.renewal_days.setRange(1, 3650)
        self.renewal_days.setSuffix(self.tr(" days before the end"))
        self.renewal_days.setToolTip(self.tr("Contracts ending within this many days are listed for renewal "
                                             "and suggested in the weekly planner"))
        self.attachment_max_mb = QSpinBox(box)
        self.attachment_max_mb.setObjectName("attachment_max_mb")
        self.attachment_max_mb.setRange(1, 1024)
        self.attachment_max_mb.setSuffix(self.tr(" MB"))
        self.attachment_max_mb.setToolTip(self.tr("A larger file (e.g. a scan) is refused when it is attached: "
                                                  "every PC that opens the contract fetches its files"))
        self.contracts_box = box
        self.save_contracts_button = save = QPushButton(self.tr("Save contract settings"), box)
        save.clicked.connect(self.save_contract_settings)
        form = QFormLayout(box)
        form.addRow(self.tr("Renewal reminder:"), self.renewal_days)
        form.addRow(self.tr("Largest attached file:"), self.attachment_max_mb)
        form.addRow(save)
        return box

    def save_contract_settings(self) -> bool:
        from kamdesk.core.services import contract as contract_service

        try:
            contract_service.set_renewal_days(self.renewal_days.value())
            contract_service.set_attachment_limit_mb(self.attachment_max_mb.value())
        except KamdeskError as error:
            show_error(self, error)
            return False
        self._mark_saved(self.contracts_box)
        self.changed.emit()
        return True

    def _credit_box(self) -> QGroupBox:
        self.credit_box = box = QGroupBox(self.tr("Credit control"), self)
        self.block_overdue_days = QSpinBox(box)
        self.block_overdue_days.setObjectName("block_overdue_days")
        self.block_overdue_days.setRange(0, 3650)
        self.block_overdue_days.setSuffix(self.tr(" days past due"))
        self.block_overdue_days.setSpecialValueText(self.tr("never"))
        self.block_overdue_days.setToolTip(self.tr("A client whose debt is overdue longer than this gets no new "
                                                   "order without the head's override, as over its credit limit"))
        self.save_credit_button = save = QPushButton(self.tr("Save credit settings"), box)
        save.clicked.connect(self.save_credit_settings)
        form = QFormLayout(box)
        form.addRow(self.tr("Overdue debt blocks orders after:"), self.block_overdue_days)
        form.addRow(save)
        return box

    def save_credit_settings(self) -> bool:
        from kamdesk.core.services import sale

        try:
            sale.set_overdue_block_days(self.block_overdue_days.value())
        except KamdeskError as error:
            show_error(self, error)
            return False
        self._mark_saved(self.credit_box)
        self.changed.emit()
        return True

    def _language_box(self) -> QGroupBox:
        self.language_box = box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(box)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The computer's language"), "system")
        for code, name in (("en", "English"), ("hu", "Magyar"), ("ru", "Русский")):  # each in its own language
            self.language.addItem(name, code)
        note = QLabel(self.tr("Menus, numbers and dates follow it from the next start."), box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.save_language_button = save = QPushButton(self.tr("Save language"), box)
        save.clicked.connect(self.save_language)
        form = QFormLayout(box)
        form.addRow(self.tr("Lan&guage:"), self.language)
        form.addRow(note)
        form.addRow(save)
        return box

    def save_language(self) -> bool:
        company_service.set_language(self.language.currentData())
        self._mark_saved(self.language_box)
        return True

    def _segments_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Segments"), self)
        self.segments = QListWidget(box)
        self.segments.setObjectName("segments")
        add = QPushButton(self.tr("Add…"), box)
        add.clicked.connect(self.add_segment)
        rename = QPushButton(self.tr("Rename…"), box)
        rename.clicked.connect(self.rename_segment)
        delete = QPushButton(self.tr("Delete…"), box)
        delete.clicked.connect(self.delete_segment)
        buttons = QVBoxLayout()
        for button in (add, rename, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(box)
        layout.addWidget(self.segments, 1)
        layout.addLayout(buttons)
        return box

    def focus_field(self, name: str) -> None:
        """Put the cursor in a company field ("tax_number", "bank_account" ...) or, for "managers", the managers."""
        widget = self.managers if name == "managers" else getattr(self.form.ui, name)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------- loading
    def _backups_box(self) -> QGroupBox:
        """Where backups go, how many are kept (the last ones, then daily, weekly, monthly), how often one is made."""
        from kamdesk.core.services import backups

        self.backups_box = box = QGroupBox(self.tr("Backups"), self)
        self.backup_folder = QLineEdit(box)
        self.backup_folder.setObjectName("backup_folder")
        choose = QPushButton(self.tr("Choose…"), box)
        choose.clicked.connect(self.choose_backup_folder)
        self.backup_numbers: dict[str, QSpinBox] = {}
        suffixes = {"last": self.tr(" backups"), "daily_days": self.tr(" days"), "weekly_weeks": self.tr(" weeks"),
                    "monthly_months": self.tr(" months"), "every_minutes": self.tr(" minutes")}
        for key, (low, high) in backups.LIMITS.items():
            spin = self.backup_numbers[key] = QSpinBox(box)
            spin.setObjectName(f"backup_{key}")
            spin.setRange(low, high)
            spin.setSuffix(suffixes[key])
        self.save_backups_button = save = QPushButton(self.tr("Save backup settings"), box)
        save.clicked.connect(self.save_backup_settings)
        folder = QHBoxLayout()
        folder.addWidget(self.backup_folder, 1)
        folder.addWidget(choose)
        form = QFormLayout(box)
        labels = {key: QLabel(box) for key in ("folder", *backups.LIMITS)}
        self._backup_errors = FieldErrors(labels, {"folder": self.backup_folder, **self.backup_numbers})
        rows = ((self.tr("Folder:"), folder, "folder"), (self.tr("Keep the last:"), None, "last"),
                (self.tr("Then one a day for:"), None, "daily_days"),
                (self.tr("Then one a week for:"), None, "weekly_weeks"),
                (self.tr("Then one a month for:"), None, "monthly_months"),
                (self.tr("While working, every:"), None, "every_minutes"))
        for text, field, key in rows:
            form.addRow(text, field if field is not None else self.backup_numbers[key])
            form.addRow("", labels[key])
        prepare_labels(labels.values())
        form.addRow(save)
        return box

    def _mail_box(self) -> QGroupBox:
        """The e-mail account of the manager at this desk, in the mail area's own dialog."""
        box = QGroupBox(self.tr("E-mail"), self)
        note = QLabel(self.tr("The account your documents are sent from: sender, servers, password."), box)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.mail_account_button = QPushButton(self.tr("E-mail account…"), box)
        self.mail_account_button.setObjectName("mail_account")
        self.mail_account_button.clicked.connect(self.edit_mail_account)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.mail_account_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def edit_mail_account(self) -> None:
        from kamdesk.gui.mail.account_dialog import edit_account

        edit_account(self)

    def _collection_box(self) -> QGroupBox:
        """When each dunning step starts: days past due of a client's oldest overdue invoice."""
        from kamdesk.core.services import dunning

        self.collection_box = box = QGroupBox(self.tr("Collection"), self)
        self.dunning_days: dict[str, QSpinBox] = {}
        labels = {step: QLabel(box) for step in dunning.STEPS}
        titles = {"reminder": self.tr("Reminder:"), "first_notice": self.tr("First notice:"),
                  "second_notice": self.tr("Second notice:"), "final": self.tr("Final notice:")}
        form = QFormLayout(box)
        explained = QLabel(self.tr("Each step starts when a client's oldest overdue invoice is this many days "
                                   "past due:"), box)
        explained.setWordWrap(True)
        form.addRow(explained)
        for step in dunning.STEPS:
            spin = self.dunning_days[step] = QSpinBox(box)
            spin.setObjectName(f"dunning_{step}_days")
            spin.setRange(1, dunning.MAX_DAYS)
            form.addRow(titles[step], spin)
            form.addRow("", labels[step])
        prepare_labels(labels.values())
        self._collection_errors = FieldErrors({dunning.days_key(step): labels[step] for step in dunning.STEPS},
                                              {dunning.days_key(step): spin for step, spin in self.dunning_days.items()})
        self.save_collection_button = save = QPushButton(self.tr("Save collection settings"), box)
        save.setObjectName("save_collection")
        save.clicked.connect(self.save_collection_settings)
        form.addRow(save)
        return box

    def _load_collection_settings(self) -> None:
        from kamdesk.core.services import dunning

        for step, days in dunning.step_days().items():
            self.dunning_days[step].setValue(days)
        self._collection_errors.clear()

    def save_collection_settings(self) -> bool:
        from kamdesk.core.services import dunning

        values = {step: spin.value() for step, spin in self.dunning_days.items()}
        saved, _ = self._collection_errors.attempt(self, lambda: dunning.set_step_days(values))
        if saved:
            self._collection_errors.clear()
            self._mark_saved(self.collection_box)
            self.changed.emit()
        return saved

    def save_kpi_settings(self) -> bool:
        saved = self.kpi_box.save()
        if saved:
            self._mark_saved(self.kpi_box)
            self.changed.emit()
        return saved

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def _load_backup_settings(self) -> None:
        from kamdesk.core.services import backups

        try:
            path = backups.current_database_path()
        except KamdeskError:  # a server database: backed up on the server
            self.backups_box.hide()
            return
        settings = backups.load_settings(path)
        self.backup_folder.setPlaceholderText(str(backups.backup.default_folder(path)))
        self.backup_folder.setText(str(settings.folder) if settings.folder else "")
        for key, spin in self.backup_numbers.items():
            spin.setValue(getattr(settings.retention, key, settings.every_minutes))
        self._backup_errors.clear()

    def save_backup_settings(self) -> bool:
        from kamdesk.core.services import backups

        values = {key: spin.value() for key, spin in self.backup_numbers.items()}
        saved, _ = self._backup_errors.attempt(self, lambda: backups.save_settings(
            backups.current_database_path(), self.backup_folder.text(), values))
        if saved:
            self._backup_errors.clear()
            self._mark_saved(self.backups_box)
        return saved

    def refresh(self) -> None:
        """F5: read everything on the page again (as every page does); unsaved changes are kept, not overwritten."""
        if self.has_unsaved_changes():
            self._load_managers()
            self._load_segments()
        else:
            self.load()

    def load(self) -> None:
        self._loading = True
        try:
            company = company_service.get_company()
            if company is not None:
                self._company_id = company.id
                self._company_versions.remember(company)
                self.form.set_values(company)
                self._show_logo(company.logo)
            self._load_managers()
            self._load_segments()
            self._load_calendar()
            self._load_contract_settings()
            self._load_credit_settings()
            self._load_collection_settings()
            self.kpi_box.load()
            self.language.setCurrentIndex(max(0, self.language.findData(company_service.language())))
            self._load_backup_settings()
            self._clear_manager()
        finally:
            self._loading = False
        self._mark_saved()

    def _load_contract_settings(self) -> None:
        from kamdesk.core.services import contract as contract_service

        self.renewal_days.setValue(contract_service.renewal_days())
        self.attachment_max_mb.setValue(contract_service.attachment_limit_mb())

    def _load_credit_settings(self) -> None:
        from kamdesk.core.services import sale

        self.block_overdue_days.setValue(sale.overdue_block_days())

    def _load_calendar(self) -> None:
        from kamdesk.core.services import activity as activity_service

        start, end = activity_service.working_hours()
        self.work_start.setValue(start)
        self.work_end.setValue(end)
        self.time_zone.setCurrentText(activity_service.local_zone().key)

    def _load_managers(self) -> None:
        roles = {ROLE_MANAGER: self.tr("Key account manager"), ROLE_HEAD: self.tr("Head of department"),
                 ROLE_ADMIN: self.tr("Administrator")}
        self._manager_ids = []
        managers = company_service.list_managers()
        self.managers.blockSignals(True)  # the fields keep the manager they hold
        self.managers.setRowCount(len(managers))
        for row, manager in enumerate(managers):
            self._manager_ids.append(manager.id)
            for column, text in enumerate((manager.name, manager.email, roles.get(manager.role, manager.role))):
                self.managers.setItem(row, column, QTableWidgetItem(text))
        self.managers.blockSignals(False)
        self._select_manager_row(self._manager_id)
        self.managers.resizeColumnsToContents()

    def _load_segments(self) -> None:
        self.segments.clear()
        for segment in company_service.list_segments():
            item = QListWidgetItem(segment.name, self.segments)
            item.setData(Qt.ItemDataRole.UserRole, segment.id)

    def _show_logo(self, image: bytes | None) -> None:
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    # ---------------------------------------------------------------- company
    def save(self) -> bool:
        """Save the company profile (the Save company button)."""
        try:
            company_service.save_company(
                {**self.form.values(), "row_version": self._company_versions.get("company", self._company_id)})
        except ValidationError as error:
            self.form.show_errors(error)
            return False
        except ChangedMeanwhile as error:
            return bool(self._company_versions.settle(self, error, self.save))
        self.form.clear_errors()
        self._mark_saved(self.form)
        self.changed.emit()
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            with open(path, "rb") as image:
                self.set_logo(image.read())

    def set_logo(self, image: bytes | None) -> None:
        try:
            company_service.set_logo(image)
        except KamdeskError as error:
            show_error(self, error)
            return
        self._show_logo(image)

    # ---------------------------------------------------------------- managers
    def _selected_manager_id(self) -> int | None:
        rows = {index.row() for index in self.managers.selectedIndexes()}
        return self._manager_ids[rows.pop()] if len(rows) == 1 else None

    def _manager_selected(self) -> None:
        manager_id = self._selected_manager_id()
        if manager_id is not None and manager_id != self._manager_id:
            self._edit_manager(manager_id)

    def new_manager(self) -> None:
        if self._edit_manager(None):
            self.manager_fields.name.setFocus()

    def _edit_manager(self, manager_id: int | None) -> bool:
        """Show a manager's fields (None: empty, for a new one), asking first about unsaved ones; False: kept."""
        if not settle(_ManagerFieldsEdit(self), self):
            self._select_manager_row(self._manager_id)
            return False
        manager = next((m for m in company_service.list_managers() if m.id == manager_id), None)
        if manager is None:
            self.manager_fields.clear()
        else:
            self.manager_fields.set_values(manager)
            self._manager_versions.remember(manager)
        self._manager_id = manager.id if manager is not None else None
        self._select_manager_row(self._manager_id)
        self._mark_saved(self.manager_fields)
        return True

    def _show_stored_manager(self) -> None:
        """The manager's fields as stored, what was typed dropped (Reload after someone else saved them)."""
        self._mark_saved(self.manager_fields)
        self._load_managers()
        manager_id, self._manager_id = self._manager_id, None
        self._edit_manager(manager_id)

    def _select_manager_row(self, manager_id: int | None) -> None:
        self.managers.blockSignals(True)
        if manager_id in self._manager_ids:
            self.managers.selectRow(self._manager_ids.index(manager_id))
        else:
            self.managers.clearSelection()
        self.managers.blockSignals(False)

    def save_manager(self) -> bool:
        """Save the manager in the fields (a new one when none was chosen); the fields are emptied."""
        values = {**self.manager_fields.values(),
                  "row_version": self._manager_versions.get("manager", self._manager_id)}
        try:
            company_service.save_manager(values, self._manager_id)
        except ChangedMeanwhile as error:
            return bool(self._manager_versions.settle(self, error, self.save_manager))
        except KamdeskError as error:
            show_error(self, error)
            return False
        self._load_managers()
        self._clear_manager()
        self.changed.emit()
        return True

    def _clear_manager(self) -> None:
        self._manager_id = None
        self.manager_fields.clear()
        self._select_manager_row(None)
        self._mark_saved(self.manager_fields)

    # ---------------------------------------------------------------- segments
    def _current_segment(self) -> tuple[int, str] | None:
        item = self.segments.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.text()) if item else None

    def add_segment(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New segment"), self.tr("Segment name:"))
        if ok and name.strip():
            company_service.segment_by_name(name, create=True)
            self._load_segments()
            self.changed.emit()

    def rename_segment(self) -> None:
        current = self._current_segment()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename segment"), self.tr("Segment name:"), text=current[1])
        if not ok:
            return
        try:
            company_service.rename_segment(current[0], name)
        except KamdeskError as error:
            show_error(self, error)
            return
        self._load_segments()
        self.changed.emit()

    def delete_segment(self) -> None:
        current = self._current_segment()
        if current is None:
            return
        used = company_service.segment_usage(current[0])
        text = self.tr("Delete the segment “%1”? %2 clients are in it; they will have no segment.")
        answer = QMessageBox.question(self, self.tr("Delete segment"),
                                      text.replace("%1", current[1]).replace("%2", str(used)),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            company_service.delete_segment(current[0])
            self._load_segments()
            self.changed.emit()
