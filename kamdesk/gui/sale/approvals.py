"""Discount approvals: the head decides the pending requests; a manager follows their own.

For a head of department (role "head") the panel lists every pending
request (order, client, who asked, the largest discount against their limit,
when) with Approve and Reject, each asking for the reason that is recorded
with the decision (`sale.decide_approval`). A manager sees their own
requests and what became of them, read-only. Double-click (or Enter) opens
the order.
"""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.core.services import sale
from kamdesk.core.services.order_list import ApprovalRow, own_requests, pending_row
from kamdesk.core.services.sale_workflow import DISCOUNT_APPROVAL
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_timestamp
from kamdesk.gui.lists import EmptyState, fit_columns
from kamdesk.gui.sale.labels import allowed, approval_colour, approval_labels, format_percent
from kamdesk.gui.widgets.roles import ID_ROLE as ORDER_ROLE
from kamdesk.gui.widgets.roles import SECOND_ROLE as APPROVAL_ROLE


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """The reason for a decision (a function of its own so that tests can answer it); None: cancelled."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if ok else None


class ApprovalsPanel(QWidget):
    """Pending discount approvals (a head) or the manager's own requests.

    Public: `refresh()`, `is_head`, `approve_current()`, `reject_current()`;
    `decided(order_id)` after a decision, `open_order(order_id)`.
    """

    decided = Signal(int)
    open_order = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("approvals_panel")
        self._rows: list[ApprovalRow] = []
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("approvals_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda *_: self._open_current())
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)
        self.empty = EmptyState(self.table)
        self.approve_button = QPushButton(self.tr("&Approve…"), self)
        self.approve_button.setObjectName("approve_button")
        self.approve_button.clicked.connect(self.approve_current)
        self.reject_button = QPushButton(self.tr("Re&ject…"), self)
        self.reject_button.setObjectName("reject_button")
        self.reject_button.clicked.connect(self.reject_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    @property
    def is_head(self) -> bool:
        return company_service.current_head() is not None

    def refresh(self) -> None:
        head = self.is_head
        self.approve_button.setVisible(head)
        self.reject_button.setVisible(head)
        if head:
            self.title.setText(self.tr("Discounts waiting for your approval"))
            rows = [pending_row(a) for a in sale.pending_approvals()]
            headers = [self.tr("Order"), self.tr("Client"), self.tr("Asked by"), self.tr("Discount"),
                       self.tr("Asked")]
            hint = self.tr("Nothing waits for your approval.")
        else:
            manager = company_service.current_manager()
            self.title.setText(self.tr("My discount requests"))
            rows = own_requests(manager.id) if manager else []
            headers = [self.tr("Order"), self.tr("Client"), self.tr("Discount"), self.tr("State"),
                       self.tr("Head's reason")]
            hint = self.tr("Discounts above your limit are sent to the head of department when the "
                           "order is saved; their answers show here.")
        self._fill(rows, headers, head)
        if rows:
            self.empty.hide_hint()
        else:
            self.empty.show_hint(hint)

    def _fill(self, rows: list[ApprovalRow], headers: list[str], head: bool) -> None:
        table = self.table
        self._rows = rows
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        labels = approval_labels()
        for row, approval in enumerate(rows):
            discount = self.tr("%1 (limit %2)").replace("%1", format_percent(approval.max_discount)).replace(
                "%2", format_percent(approval.limit))
            if head:
                cells = (approval.number, approval.client, approval.requested_by, discount,
                         format_timestamp(approval.requested_at))
            else:
                cells = (approval.number, approval.client, discount, labels.get(approval.state, approval.state),
                         approval.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ORDER_ROLE, approval.order_id)
                item.setData(APPROVAL_ROLE, approval.id)
                item.setToolTip(text)
                if not head and column == 3 and approval_colour(approval.state):
                    item.setForeground(QBrush(QColor(approval_colour(approval.state))))
                table.setItem(row, column, item)
        fit_columns(table, stretch=1, text=[2] if head else [4])
        if rows:
            table.setCurrentCell(0, 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Approve and Reject as the request's workflow allows them to the manager at the desk."""
        index = self.table.currentRow()
        verbs = allowed(DISCOUNT_APPROVAL, self._rows[index]) if 0 <= index < len(self._rows) else frozenset()
        self.approve_button.setEnabled("approve" in verbs)
        self.reject_button.setEnabled("reject" in verbs)

    def current_approval(self) -> tuple[int, int] | None:
        """(approval id, order id) of the chosen row."""
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return (item.data(APPROVAL_ROLE), item.data(ORDER_ROLE)) if item is not None else None

    def approve_current(self) -> bool:
        return self._decide(True)

    def reject_current(self) -> bool:
        return self._decide(False)

    def _decide(self, approve: bool) -> bool:
        current = self.current_approval()
        if current is None or not self.is_head:
            return False
        approval_id, order_id = current
        number = self.table.item(self.table.currentRow(), 0).text()
        if approve:
            title = self.tr("Approve the discount")
            label = self.tr("Why do you approve the discount on %1? The reason is recorded.").replace("%1", number)
        else:
            title = self.tr("Reject the discount")
            label = self.tr("Why do you reject the discount on %1? The manager sees the reason.").replace(
                "%1", number)
        reason = ask_reason(self, title, label)
        if reason is None:
            return False
        head = company_service.current_manager()
        try:
            sale.decide_approval(approval_id, approve, reason, head.id if head else None)
        except KamdeskError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.decided.emit(order_id)
        return True

    def _open_current(self) -> None:
        current = self.current_approval()
        if current is not None:
            self.open_order.emit(current[1])

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return True
        return super().eventFilter(obj, event)
