"""Small dialogs of the competitor area: a competitor's share of a client's purchases, a price it was seen to
ask for one of our products or a whole category, and an action seen in the market (the last two also to change
one recorded). Each calls one service function on OK; a refusal is shown under the form and the dialog stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
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

from kamdesk.core.errors import ChangedMeanwhile, KamdeskError
from kamdesk.core.models.competitor import CompetitorPrice
from kamdesk.core.services import catalogue
from kamdesk.core.services import competitors as competitor_service
from kamdesk.gui.competitor.action_box import CompetitorActionBox
from kamdesk.core.text_limits import limit
from kamdesk.gui.formatting import format_amount
from kamdesk.gui.messages import error_text
from kamdesk.gui.widgets.changed_meanwhile import OVERWRITE, RELOAD, ask_changed_meanwhile


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
        self.reload: Callable[[], object] = lambda: None  # the record as stored now into the form
        self.row_version: int | None = None  # of the record changed, as loaded

    def finish_form(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def accept(self) -> None:
        try:
            self.save()
        except ChangedMeanwhile as stale:
            choice = ask_changed_meanwhile(self, stale)
            if choice == OVERWRITE:
                self.row_version = stale.row_version
                self.accept()
            elif choice == RELOAD:
                self.reload()
            return
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
    """Record a competitor's action seen in the market (or, with `client_id`, at a client), or change `action`
    (an `ActionRow`: its client stays)."""

    def __init__(self, client_id: int | None = None, parent: QWidget | None = None, action=None):
        super().__init__(self.tr("Change competitor action") if action else self.tr("Competitor action"), parent)
        self.setObjectName("action_dialog")
        self.box = CompetitorActionBox(self)
        self.box.setCheckable(False)
        self.observed_on = QDateEdit(QDate.currentDate(), self)
        self.observed_on.setObjectName("observed_on")
        self.observed_on.setCalendarPopup(True)
        self.form.addRow(self.box)
        self.form.addRow(self.tr("&Observed on:"), self.observed_on)
        self.finish_form()
        if action is not None:
            self._load(action)
            self.reload = lambda: self._load(competitor_service.action_rows(action_id=action.id)[0])
            self.save = lambda: competitor_service.update_action(action.id, {
                **self._values(), "row_version": self.row_version})
        else:
            self.save = lambda: competitor_service.record_action({**self._values(), "client_id": client_id})

    def _load(self, action) -> None:
        self.box.competitor.setCurrentIndex(max(0, self.box.competitor.findData(action.competitor_id)))
        self.box.kind.setCurrentIndex(max(0, self.box.kind.findData(action.kind)))
        self.box.description.setText(action.description)
        self.observed_on.setDate(action.observed_on)
        self.row_version = action.row_version

    def _values(self) -> dict:
        return {**(self.box.values() or {}), "observed_on": self.observed_on.date().toPython()}


class PriceDialog(RecordDialog):
    """Record a competitor's price of one of our products (by its SKU) or of a category, as seen on a day and
    where; or change `price` (an `ObservedPrice`)."""

    def __init__(self, parent: QWidget | None = None, price=None):
        super().__init__(self.tr("Change competitor's price") if price else self.tr("Competitor's price"), parent)
        self.setObjectName("price_dialog")
        self.competitor = QComboBox(self)
        for row in competitor_service.competitor_rows():
            self.competitor.addItem(row.name, row.id)
        self.for_category = QCheckBox(self.tr("A price for a whole c&ategory"), self)
        self.for_category.setObjectName("for_category")
        self.sku = QLineEdit(self)
        self.sku.setObjectName("sku")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        for category_id, path in sorted(competitor_service.catalogue_paths().items(), key=lambda item: item[1]):
            self.category.addItem(path, category_id)
        self.price = QLineEdit(self)
        self.currency = QLineEdit(catalogue.currency(), self)
        self.currency.setMaxLength(limit(CompetitorPrice, "currency"))
        self.observed_on = QDateEdit(QDate.currentDate(), self)
        self.observed_on.setCalendarPopup(True)
        self.source = QLineEdit(self)
        self.source.setMaxLength(limit(CompetitorPrice, "source"))
        self.form.addRow(self.tr("&Competitor:"), self.competitor)
        self.form.addRow("", self.for_category)
        self.form.addRow(self.tr("Our product's S&KU:"), self.sku)
        self.form.addRow(self.tr("Cat&egory:"), self.category)
        self.form.addRow(self.tr("Their &price:"), self.price)
        self.form.addRow(self.tr("C&urrency:"), self.currency)
        self.form.addRow(self.tr("&Observed on:"), self.observed_on)
        self.form.addRow(self.tr("&Source:"), self.source)
        self.finish_form()
        self.for_category.toggled.connect(self._item_kind)
        if price is not None:
            self._load(price)
            self.reload = lambda: self._load(competitor_service.observed_prices(price_id=price.id)[0])
        self._item_kind()
        self.save = lambda: (competitor_service.update_price(price.id, self._values()) if price
                             else competitor_service.record_price(self._values()))

    def _load(self, price) -> None:
        self.competitor.setCurrentIndex(max(0, self.competitor.findData(price.competitor_id)))
        self.for_category.setChecked(price.product_id is None)
        self.sku.setText(price.sku)
        if price.category_id is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(price.category_id)))
        self.price.setText(format_amount(price.price))
        self.currency.setText(price.currency)
        self.observed_on.setDate(price.observed_on)
        self.source.setText(price.source)
        self.row_version = price.row_version

    def _item_kind(self) -> None:
        """Show the SKU, or the category, as the price is for a product or a whole category."""
        whole = self.for_category.isChecked()
        self.form.setRowVisible(self.sku, not whole)
        self.form.setRowVisible(self.category, whole)

    def _values(self) -> dict:
        whole = self.for_category.isChecked()
        return {"competitor_id": self.competitor.currentData(), "product_sku": "" if whole else self.sku.text(),
                "category_id": self.category.currentData() if whole else None, "price": self.price.text(),
                "currency": self.currency.text(), "observed_on": self.observed_on.date().toPython(),
                "source": self.source.text(), "row_version": self.row_version}
