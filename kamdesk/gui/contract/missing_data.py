"""The list of data a contract's template prints empty, each item leading to the field that fills it.

`where_to_fix(path)` says where a placeholder's value is typed: a field of
the client card, of the Company page, or of the contract itself ("client",
"tax_number"). `MissingDataList` shows the items above the preview; clicking
one, or Enter on it, emits `fix_requested(path)`. A value no field holds
(e.g. the account manager's phone) is listed but leads nowhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
LINK_COLOUR = QColor("#0b57d0")
LIST_STYLE = "QListWidget { background: transparent; border: none; }"

# placeholder path → (where, field): the client card's fields, the Company page's, the contract dialog's own
FIX_AT = {
    "client.name": ("client", "name"), "client.legal_form": ("client", "legal_form"),
    "client.tax_number": ("client", "tax_number"), "client.registration_number": ("client", "registration_number"),
    "client.address": ("client", "legal_postcode"), "client.delivery_address": ("client", "legal_postcode"),
    "client.country": ("client", "legal_country"), "client.city": ("client", "legal_city"),
    "client.phone": ("client", "phone"), "client.email": ("client", "email"), "client.website": ("client", "website"),
    "client.credit_limit": ("client", "credit_limit"), "client.segment": ("client", "segment"),
    "contact.name": ("contract", "contact"), "contact.position": ("client", "contacts"),
    "contact.email": ("client", "contacts"), "contact.phone": ("client", "contacts"),
    "company.name": ("company", "name"), "company.address": ("company", "postcode"),
    "company.tax_number": ("company", "tax_number"), "company.registration_number": ("company", "registration_number"),
    "company.bank_account": ("company", "bank_account"), "company.country": ("company", "country"),
    "company.city": ("company", "city"), "company.representative": ("company", "managers"),
    "company.email": ("company", "managers"), "manager.email": ("company", "managers"),
    "contract.title": ("contract", "title"), "contract.end_date": ("contract", "end_date"),
    "contract.duration": ("contract", "end_date"), "contract.amount": ("contract", "amount"),
    "contract.payment_terms": ("contract", "payment_terms"), "contract.delivery_terms": ("contract", "delivery_terms"),
    "contract.discount": ("contract", "discount_percent"), "contract.place": ("contract", "place"),
    "contract.notes": ("contract", "notes"),
}


def where_to_fix(path: str) -> tuple[str, str] | None:
    """("client" | "company" | "contract", field) where the value of placeholder `path` is typed, or None."""
    return FIX_AT.get(path)


class MissingDataList(QFrame):
    """"Data missing" and the empty fields; an item that can be filled in is a link to its field."""

    fix_requested = Signal(str)  # the placeholder path ("client.tax_number")

    def __init__(self, style: str, parent=None):
        super().__init__(parent)
        self.setObjectName("missing_data")
        self.setStyleSheet(f"QFrame#missing_data {{ {style} }}")
        self.heading = QLabel(self.tr("Data missing: the documents cannot be generated until this is filled in. "
                                      "Click an item to fill it in."), self)
        self.heading.setWordWrap(True)
        self.items = QListWidget(self)
        self.items.setObjectName("missing_items")
        self.items.setStyleSheet(LIST_STYLE)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.items.itemClicked.connect(self._chosen)
        self.items.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.items)
        self.hide()

    def set_missing(self, missing: list[tuple[str, str]]) -> None:
        """Show (path, text) for each empty field, or hide when there is none."""
        self.items.clear()
        for path, text in missing:
            item = QListWidgetItem(f"• {text}", self.items)
            item.setData(PATH_ROLE, path)
            if where_to_fix(path) is not None:
                font = QFont(item.font())
                font.setUnderline(True)
                item.setFont(font)
                item.setForeground(QBrush(LINK_COLOUR))
                item.setToolTip(self.tr("Open the field where this is filled in"))
            else:
                item.setToolTip(self.tr("No field holds this: change the template instead"))
        rows = min(len(missing), 6)
        height = self.items.sizeHintForRow(0) * rows + 2 * self.items.frameWidth() + 2 if missing else 0
        self.items.setFixedHeight(height)
        self.setVisible(bool(missing))

    def paths(self) -> list[str]:
        return [self.items.item(row).data(PATH_ROLE) for row in range(self.items.count())]

    def item_for(self, path: str) -> QListWidgetItem | None:
        return next((self.items.item(row) for row in range(self.items.count())
                     if self.items.item(row).data(PATH_ROLE) == path), None)

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if where_to_fix(path) is not None:
            self.fix_requested.emit(path)
