"""Small dialogs of the competitor area: a competitor's share of a client's purchases, a price it was seen to
ask for one of our products, and an action seen in the market. Each calls one service function on OK; a refusal is shown under the form and the dialog stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models.competitor import CompetitorPrice
from kamdesk.core.services import catalogue
from kamdesk.core.services import competitors as competitor_service
from kamdesk.gui.competitor.action_box import CompetitorActionBox
from kamdesk.core.text_limits import limit
from kamdesk.gui.messages import error_text


class RecordDialog(QDialog):
    """A form, a red line for a refusal, OK and Cancel; `save()` is the service call of OK."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save: Callable[[], object] = lambda: None

    def finish_form(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def accept(self) -> None:
        try:
            self.save()
        except KamdeskError as refused:
            self.error.setText(error_text(refused))
            self.error.show()
            return
        super().accept()


class ShareDialog(RecordDialog):
    """Set a competitor's estimated share of the client's purchases, overall or of one category."""

    def __init__(self, client_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Competitor's share"), parent)
        self.setObjectName("share_dialog")
        self.competitor = QComboBox(self)
        for row in competitor_service.competitor_rows():
            self.competitor.addItem(row.name, row.id)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("All purchases"), None)
        for category_id, path in sorted(competitor_service.catalogue_paths().items(), key=lambda item: item[1]):
            self.category.addItem(path, category_id)
        self.share = QDoubleSpinBox(self)
        self.share.setRange(0, 100)
        self.share.setDecimals(1)
        self.share.setSuffix("\u00a0%")
        self.form.addRow(self.tr("&Competitor:"), self.competitor)
        self.form.addRow(self.tr("C&ategory:"), self.category)
        self.form.addRow(self.tr("Estimated &share:"), self.share)
        self.finish_form()
        self.save = lambda: competitor_service.save_supply(
            client_id, self.competitor.currentData(), str(round(self.share.value(), 1)), self.category.currentData())


class ActionDialog(RecordDialog):
    """Record a competitor's action seen in the market (or, with `client_id`, at a client)."""

    def __init__(self, client_id: int | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Competitor action"), parent)
        self.setObjectName("action_dialog")
        self.box = CompetitorActionBox(self)
        self.box.setCheckable(False)
        self.form.addRow(self.box)
        self.finish_form()
        self.save = lambda: competitor_service.record_action({**(self.box.values() or {}), "client_id": client_id})


class PriceDialog(RecordDialog):
    """Record a competitor's price of one of our products (by its SKU), as seen on a day and where."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Competitor's price"), parent)
        self.setObjectName("price_dialog")
        self.competitor = QComboBox(self)
        for row in competitor_service.competitor_rows():
            self.competitor.addItem(row.name, row.id)
        self.sku = QLineEdit(self)
        self.price = QLineEdit(self)
        self.currency = QLineEdit(catalogue.currency(), self)
        self.currency.setMaxLength(limit(CompetitorPrice, "currency"))
        self.observed_on = QDateEdit(QDate.currentDate(), self)
        self.observed_on.setCalendarPopup(True)
        self.source = QLineEdit(self)
        self.source.setMaxLength(limit(CompetitorPrice, "source"))
        self.form.addRow(self.tr("&Competitor:"), self.competitor)
        self.form.addRow(self.tr("Our product's S&KU:"), self.sku)
        self.form.addRow(self.tr("Their &price:"), self.price)
        self.form.addRow(self.tr("C&urrency:"), self.currency)
        self.form.addRow(self.tr("&Observed on:"), self.observed_on)
        self.form.addRow(self.tr("&Source:"), self.source)
        self.finish_form()
        self.save = lambda: competitor_service.record_price({
            "competitor_id": self.competitor.currentData(), "product_sku": self.sku.text(), "price": self.price.text(),
            "currency": self.currency.text(), "observed_on": self.observed_on.date().toPython(),
            "source": self.source.text()})
