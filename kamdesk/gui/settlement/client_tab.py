"""The client card's Receivables tab, contributed by the settlement area: what the client owes today by age,
its open items, its latest payments and how it pays (average days late, trend, the rating that suggests).

The rating is only suggested: the card's own rating (Credit and reliability) is the one a person chose, and
the tab says when the two differ. The balance is read when the card shows a client (the tab's title turns
red while something is overdue), the lists when the tab is first seen, both again when invoices, payments or
allocations of the client change. Texts keep the client card's translation context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.core.services import party, receivables
from kamdesk.core.services import settlement_entry as entry
from kamdesk.core.services import settlement_lists as lists
from kamdesk.gui.changes import Change, changes
from kamdesk.gui.lists import EmptyState
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.settlement.labels import (
    OVERDUE,
    SETTLEMENT,
    UNALLOCATED,
    behaviour_text,
    source_labels,
)
from kamdesk.gui.settlement.receivables_page import aging_row, fill_items, item_row
from kamdesk.gui.settlement.rows import detail_table, fill_table

translate = QCoreApplication.translate
BUCKET_COLUMNS = ("currency", "open", "overdue", "not_due", "days_1_30", "days_31_60", "days_61_90", "days_over_90",
                  "unallocated")
PAYMENT_COLUMNS = ("paid_on", "currency", "amount", "unallocated", "remark", "source")


class ReceivablesTab(QWidget):
    """The Receivables tab of one client card (`card`)."""

    def __init__(self, card):
        super().__init__()
        self.setObjectName("receivables_tab")
        self.card = card
        self._client_id: int | None = None
        self._stale = False
        self.payment_dialog = None
        self.summary = QLabel(self)
        self.summary.setObjectName("receivables_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: bold;")
        self.behaviour = QLabel(self)
        self.behaviour.setObjectName("receivables_behaviour")
        self.behaviour.setWordWrap(True)
        self.behaviour.setTextFormat(Qt.TextFormat.PlainText)
        self.buckets = detail_table(self, "receivables_buckets", (
            translate("ClientCard", "Currency"), translate("ClientCard", "Open"), translate("ClientCard", "Overdue"),
            translate("ClientCard", "Not due"), translate("ClientCard", "1–30 days"),
            translate("ClientCard", "31–60 days"), translate("ClientCard", "61–90 days"),
            translate("ClientCard", "Over 90 days"), translate("ClientCard", "Unallocated")))
        self.buckets.horizontalHeader().setStretchLastSection(False)
        self.buckets.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items = detail_table(self, "receivables_items", (
            translate("ClientCard", "Number"), translate("ClientCard", "Kind"), translate("ClientCard", "Issued"),
            translate("ClientCard", "Due"), translate("ClientCard", "Currency"), translate("ClientCard", "Gross"),
            translate("ClientCard", "Open"), translate("ClientCard", "Days overdue")))
        self.items_empty = EmptyState(self.items)
        self.payments = detail_table(self, "receivables_payments", (
            translate("ClientCard", "Paid on"), translate("ClientCard", "Currency"), translate("ClientCard", "Amount"),
            translate("ClientCard", "Unallocated"), translate("ClientCard", "Remark"),
            translate("ClientCard", "Source")))
        self._build_buttons()
        self._lay_out()
        changes().changed.connect(self._saved_elsewhere)

    def _build_buttons(self) -> None:
        self.statement_button = QPushButton(translate("ClientCard", "Stat&ement…"), self)
        self.statement_button.setObjectName("receivables_statement")
        self.statement_button.clicked.connect(self.statement)
        self.payment_button = QPushButton(translate("ClientCard", "Record &payment…"), self)
        self.payment_button.setObjectName("record_payment")
        self.payment_button.clicked.connect(self.record_payment)

    def _lay_out(self) -> None:
        lists_column = QVBoxLayout()
        lists_column.addWidget(self.summary)
        lists_column.addWidget(self.behaviour)
        lists_column.addWidget(self.buckets)
        lists_column.addWidget(QLabel(translate("ClientCard", "Open items:"), self))
        lists_column.addWidget(self.items, 2)
        lists_column.addWidget(QLabel(translate("ClientCard", "Latest payments:"), self))
        lists_column.addWidget(self.payments, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.statement_button)
        buttons.addWidget(self.payment_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(lists_column, 1)
        row.addLayout(buttons)

    @staticmethod
    def title() -> str:
        return translate("ClientCard", "Receiva&bles")

    def show_client(self, client_id: int | None) -> None:
        """The card shows `client_id` (None: a new client, not saved yet): its balance now (the tab's title says
        when something is overdue), the lists when the tab is seen."""
        self._client_id = client_id
        self._show_balances()
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the client's open items, payments and behaviour again."""
        self._stale = False
        client_id = self._client_id
        self.statement_button.setEnabled(client_id is not None)
        self.payment_button.setEnabled(client_id is not None and entry.can_record())
        self._show_behaviour()
        self._show_items()
        payments = lists.client_payments(client_id) if client_id is not None else []
        fill_table(self.payments, payments, PAYMENT_COLUMNS, money=("amount", "unallocated"),
                   blank_zero=("unallocated",),
                   labels={"source": source_labels()},
                   colour=lambda row, column: UNALLOCATED if column == "unallocated" and row.unallocated else None)

    def _show_balances(self) -> None:
        """What the client owes today by age, per currency, and the tab's title."""
        saved = self._client_id is not None
        balances = receivables.aging(dt.date.today(), client_id=self._client_id) if saved else []
        rows = [aging_row(found, {}) for found in balances]
        fill_table(self.buckets, rows, BUCKET_COLUMNS, money=BUCKET_COLUMNS[1:], blank_zero=BUCKET_COLUMNS[2:],
                   colour=lambda row, column: OVERDUE if column == "overdue" and row.overdue else
                   UNALLOCATED if column == "unallocated" and row.unallocated else None)
        self.buckets.setVisible(bool(rows))
        self.buckets.setFixedHeight(self.buckets.horizontalHeader().sizeHint().height() + 2 * self.buckets.frameWidth()
                                    + self.buckets.verticalHeader().defaultSectionSize() * max(1, len(rows)))
        self.summary.setText(self._summary(rows) if saved else "")
        self._name_tab(rows)

    def _summary(self, rows) -> str:
        if not rows:
            return translate("ClientCard", "The client owes nothing today.")
        parts = []
        for row in rows:
            text = translate("ClientCard", "Owes %1").replace("%1", format_money(row.open, row.currency))
            if row.overdue:
                text += translate("ClientCard", ", of which %1 overdue (the oldest %2 days)").replace(
                    "%1", format_money(row.overdue, row.currency)).replace(
                    "%2", QLocale().toString(row.oldest_overdue_days))
            if row.unallocated:
                text += translate("ClientCard", "; unallocated money: %1").replace(
                    "%1", format_money(row.unallocated, row.currency))
            parts.append(text + ".")
        return " ".join(parts)

    def _show_behaviour(self) -> None:
        if self._client_id is None:
            self.behaviour.clear()
            return
        behaviour = receivables.payment_behaviour(self._client_id)
        text = behaviour_text(behaviour)
        chosen = party.get_client(self._client_id).reliability
        if behaviour.suggested_rating and chosen and chosen != behaviour.suggested_rating:
            text += " " + translate("ClientCard", "The card's rating is %1 (Credit and reliability).").replace(
                "%1", chosen)
        self.behaviour.setText(text)

    def _show_items(self) -> None:
        found = receivables.open_items(self._client_id) if self._client_id is not None else []
        items = [item_row(item) for item in found]
        fill_items(self.items, items)
        if items or self._client_id is None:
            self.items_empty.hide_hint()
        else:
            self.items_empty.show_hint(translate("ClientCard", "No open invoice."))

    def _name_tab(self, rows) -> None:
        """"Receivables (overdue)" in red while something is overdue."""
        overdue = any(row.overdue for row in rows)
        tabs = self.card.ui.tabs
        index = tabs.indexOf(self)
        if index < 0:
            return
        tabs.setTabText(index, translate("ClientCard", "Receiva&bles (overdue)") if overdue else self.title())
        tabs.tabBar().setTabTextColor(index, OVERDUE if overdue else QColor())

    def statement(self):
        if self._client_id is None:
            return None
        from kamdesk.gui.settlement.statement_dialog import open_statement_dialog

        return open_statement_dialog(self.card, self._client_id)

    def record_payment(self):
        """A new payment of this client, in its dialog (returned, open)."""
        if self._client_id is None:
            return None
        from kamdesk.gui.settlement.payment_dialog import PaymentDialog

        dialog = PaymentDialog(None, self.card, client_id=self._client_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.payment_dialog = dialog
        return dialog

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(SETTLEMENT) and self._client_id is not None and change.touches_client(self._client_id):
            self._show_balances()
            self._stale = True
            if self.isVisible():
                self.reload()
