"""The own company: the first-start dialog and the company page (profile and managers)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.models.company import ROLE_HEAD, ROLE_MANAGER
from kamdesk.core.services import company as company_service
from kamdesk.gui.errors import show_error
from kamdesk.gui.forms.company_form_ui import Ui_CompanyForm

CURRENCIES = ("HUF", "EUR", "RUB", "CZK", "PLN", "RON", "USD")


class CompanyForm(QWidget):
    """The company profile fields (from ui/company_form.ui) with value get/set."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CompanyForm()
        self.ui.setupUi(self)
        self.ui.currency.addItems(CURRENCIES)
        self.ui.error_label.hide()

    def set_values(self, company) -> None:
        ui = self.ui
        for field in ("name", "postcode", "city", "street", "country", "tax_number", "bank_account"):
            getattr(ui, field).setText(getattr(company, field) or "")
        ui.currency.setCurrentText(company.currency)
        ui.default_vat_rate.setText(f"{company.default_vat_rate.normalize():f}")

    def values(self) -> dict:
        ui = self.ui
        values = {f: getattr(ui, f).text() for f in
                  ("name", "postcode", "city", "street", "country", "tax_number", "bank_account")}
        values["currency"] = ui.currency.currentText()
        try:
            values["default_vat_rate"] = Decimal(ui.default_vat_rate.text().replace(",", ".").strip() or "0")
        except InvalidOperation:
            raise ValidationError({"default_vat_rate": self.tr("VAT rate must be a number such as 27.")}) from None
        return values

    def show_errors(self, error: ValidationError) -> None:
        self.ui.error_label.setText("\n".join(error.errors.values()))
        self.ui.error_label.show()
        widget = getattr(self.ui, error.field or "name", None)
        if widget is not None:
            widget.setFocus()


class ManagerFields(QGroupBox):
    """Name, e-mail and role of a manager."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("manager_name")
        self.email = QLineEdit(self)
        self.email.setObjectName("manager_email")
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Key account manager"), ROLE_MANAGER)
        self.role.addItem(self.tr("Head of department"), ROLE_HEAD)
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Role:"), self.role)

    def values(self) -> dict:
        return {"name": self.name.text(), "email": self.email.text(), "role": self.role.currentData()}


class FirstRunDialog(QDialog):
    """The first start: your company and yourself, or demo data to look around."""

    DEMO = 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to kamdesk"))
        intro = QLabel(self.tr("Tell kamdesk about your company and yourself. "
                               "You can change this later on the Company page."), self)
        intro.setWordWrap(True)
        self.company_form = CompanyForm(self)
        self.manager = ManagerFields(self.tr("You"), self)
        buttons = QDialogButtonBox(self)
        self.demo_button = buttons.addButton(self.tr("Explore with &demo data"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
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

    def save(self) -> None:
        try:
            company_service.set_up(self.company_form.values(), self.manager.values())
        except ValidationError as error:
            self.company_form.show_errors(error)
            return
        except KamdeskError as error:
            show_error(self, error)
            return
        self.accept()


class CompanyPage(QWidget):
    """The company area: the profile (Ctrl+S saves) and the list of managers."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = CompanyForm(self)
        save = QPushButton(self.tr("&Save company"), self)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.managers = QTableWidget(0, 3, self)
        self.managers.setObjectName("managers")
        self.managers.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Role")])
        self.managers.horizontalHeader().setStretchLastSection(True)
        self.managers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.new_manager = ManagerFields(self.tr("Add a manager"), self)
        add = QPushButton(self.tr("&Add manager"), self)
        add.clicked.connect(self.add_manager)
        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Managers"), self))
        right.addWidget(self.managers, 1)
        right.addWidget(self.new_manager)
        right.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.load()

    def load(self) -> None:
        company = company_service.get_company()
        if company is not None:
            self.form.set_values(company)
        roles = {ROLE_MANAGER: self.tr("Key account manager"), ROLE_HEAD: self.tr("Head of department")}
        managers = company_service.list_managers()
        self.managers.setRowCount(len(managers))
        for row, manager in enumerate(managers):
            for column, text in enumerate((manager.name, manager.email, roles.get(manager.role, manager.role))):
                self.managers.setItem(row, column, QTableWidgetItem(text))

    def save(self) -> None:
        try:
            company_service.save_company(self.form.values())
        except ValidationError as error:
            self.form.show_errors(error)
            return
        self.form.ui.error_label.hide()
        self.changed.emit()
        QMessageBox.information(self, self.tr("Company"), self.tr("Company profile saved."))

    def add_manager(self) -> None:
        try:
            company_service.save_manager(self.new_manager.values())
        except KamdeskError as error:
            show_error(self, error)
            return
        self.new_manager.name.clear()
        self.new_manager.email.clear()
        self.load()
        self.changed.emit()
