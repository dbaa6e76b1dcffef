"""The Company page's KPIs group: what counts as a sale, the active window, the lapse days, the variable-pay
scale and weights, each error beside its field, and the definitions in words beside them (the same as
`core/services/kpi.py` and `variable_pay.py` say). Heads and admins change them (`services.kpi_settings`)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.models.plan import ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY, SOLD_STATES_KEY
from kamdesk.core.services import kpi_settings, sale_workflow, variable_pay
from kamdesk.gui.widgets.code_labels import state_titles
from kamdesk.gui.widgets.field_errors import FieldErrors, error_label

KPIS = variable_pay.KPIS


class KpiSettingsBox(QGroupBox):
    """The KPI settings as a group of fields with its own Save button (the page tracks its unsaved changes)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("KPIs"))
        self.setObjectName("kpi_settings")
        titles = state_titles(sale_workflow.ORDER.states)
        self.sold_states = {name: QCheckBox(titles[name], self) for name in kpi_settings.order_states()}
        self.active_window = self._spin("kpi_active_window", kpi_settings.WINDOW_RANGE, self.tr(" months"))
        self.lapse_days = self._spin("kpi_lapse_days", kpi_settings.LAPSE_RANGE, self.tr(" days"))
        self.pay_scale = QLineEdit(self)
        self.pay_scale.setObjectName("kpi_pay_scale")
        self.pay_scale.setMaxLength(500)
        self.pay_scale.setPlaceholderText(variable_pay.DEFAULT_SCALE)
        self.weights = {name: self._weight(name) for name in KPIS}
        self.save_button = QPushButton(self.tr("Save KPI settings"), self)
        self.save_button.setObjectName("save_kpi_settings")
        self._lay_out()

    def _spin(self, name: str, bounds: tuple[int, int], suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        return spin

    def _weight(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(f"kpi_weight_{name}")
        spin.setRange(0, 100)
        spin.setDecimals(1)
        spin.setSuffix(" %")
        return spin

    def _lay_out(self) -> None:
        self.errors_of = {key: error_label(self) for key in (SOLD_STATES_KEY, ACTIVE_WINDOW_KEY, LAPSE_DAYS_KEY,
                                                              variable_pay.SCALE_KEY, variable_pay.WEIGHTS_KEY)}
        states = QGridLayout()
        for index, box in enumerate(self.sold_states.values()):
            states.addWidget(box, index // 2, index % 2)
        form = QFormLayout()
        # the third column of the Company page is narrow: a long label (Hungarian) puts its field below it,
        # and the states' check boxes get a row of their own under their label
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QLabel(self.tr("Sold states:"), self))
        form.addRow(states)
        form.addRow("", self.errors_of[SOLD_STATES_KEY])
        rows = ((self.tr("Active window:"), self.active_window, ACTIVE_WINDOW_KEY),
                (self.tr("About to lapse after:"), self.lapse_days, LAPSE_DAYS_KEY),
                (self.tr("Pay scale:"), self.pay_scale, variable_pay.SCALE_KEY),
                (self.tr("Weight of sales:"), self.weights["sales"], None),
                (self.tr("Weight of active clients:"), self.weights["active_clients"], None),
                (self.tr("Weight of new clients:"), self.weights["new_clients"], variable_pay.WEIGHTS_KEY))
        for title, field, key in rows:
            form.addRow(title, field)
            if key:
                form.addRow("", self.errors_of[key])
        self.definitions_button = QPushButton(self.tr("Definitions"), self)
        self.definitions_button.setObjectName("kpi_definitions_button")
        self.definitions_button.setToolTip(self.tr("What each KPI counts, in words"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(self.definitions_button)
        form.addRow(buttons)
        self.field_errors = FieldErrors(self.errors_of, {
            SOLD_STATES_KEY: list(self.sold_states.values()), ACTIVE_WINDOW_KEY: self.active_window,
            LAPSE_DAYS_KEY: self.lapse_days, variable_pay.SCALE_KEY: self.pay_scale,
            variable_pay.WEIGHTS_KEY: list(self.weights.values())})
        self.definitions = QLabel(self.definitions_text(), self)
        self.definitions.setObjectName("kpi_definitions")
        self.definitions.setWordWrap(True)
        self.definitions.setTextFormat(Qt.TextFormat.PlainText)
        small = self.definitions.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.definitions.setFont(small)
        self.definitions.hide()  # shown on asking: always shown, the page would not fit a laptop's screen
        self.definitions_button.clicked.connect(self.toggle_definitions)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.definitions)

    def toggle_definitions(self) -> None:
        """Show or hide the definitions (not a checkable button: the page would count it as an unsaved change)."""
        self.definitions.setVisible(self.definitions.isHidden())

    def definitions_text(self) -> str:
        """The KPIs' definitions in words, as `services/kpi.py` and `variable_pay.py` apply them."""
        return "\n".join((
            self.tr("Sales: the net total of the manager's orders (the order's manager) in the sold states, "
                    "dated in the period, in the company's currency (an order in another currency is not "
                    "converted and not added)."),
            self.tr("Active clients: the distinct clients with an order in the sold states (in any currency) "
                    "dated in the period or the months before it; the window counts the period's own month "
                    "(3: the two months before)."),
            self.tr("New clients: the clients whose first ever order in the sold states is dated in the period, "
                    "counted for the manager who took that order."),
            self.tr("About to lapse: an active client with no order in the sold states for the days set."),
            self.tr("Pay scale: steps of fulfilment % : pay %; a KPI earns the pay % of the highest step it "
                    "reaches (below the first, nothing) of its weight. A KPI without a plan weighs nothing.")))

    def offer_by_role(self, decider: bool) -> None:
        """Heads and admins change the settings; others read them."""
        for widget in (*self.sold_states.values(), self.active_window, self.lapse_days, self.pay_scale,
                       *self.weights.values()):
            widget.setEnabled(decider)
        self.save_button.setVisible(decider)

    def load(self) -> None:
        """Show the settings in force."""
        current = kpi_settings.current()
        for name, box in self.sold_states.items():
            box.setChecked(name in current.sold_states)
        self.active_window.setValue(current.active_window_months)
        self.lapse_days.setValue(current.lapse_days)
        self.pay_scale.setText(current.pay_scale)
        shares = variable_pay.weights()
        for name, spin in self.weights.items():
            spin.setValue(float(shares.get(name, Decimal(0))))
        self.field_errors.clear()

    def values(self) -> kpi_settings.KpiSettings:
        weights = "; ".join(f"{name}:{Decimal(f'{spin.value():.1f}').normalize():f}"
                            for name, spin in self.weights.items())
        return kpi_settings.KpiSettings(tuple(name for name, box in self.sold_states.items() if box.isChecked()),
                                        self.active_window.value(), self.lapse_days.value(), self.pay_scale.text(),
                                        weights)

    def save(self) -> bool:
        """Save every setting, or show each refusal beside its field; whether they were saved."""
        values = self.values()
        saved, _ = self.field_errors.attempt(self, lambda: kpi_settings.save(values))
        if saved:
            self.field_errors.clear()
        return saved
