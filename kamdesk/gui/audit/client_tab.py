"""The client card's History tab: the audit trail of one client (credit limit, rating, owner, prices it
was given, discounts and approvals on its documents, deletions), offered only to who may read the trail."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kamdesk.core.services import audit as audit_service
from kamdesk.gui.audit.audit_view import AuditView
from kamdesk.gui.changes import Change, changes

translate = QCoreApplication.translate


class AuditTab(QWidget):
    """The History tab of one client card (`card`); reloads when something of the client is saved."""

    def __init__(self, card):
        super().__init__()
        self.setObjectName("audit_tab")
        self.card = card
        self.view = AuditView(self)
        QVBoxLayout(self).addWidget(self.view)
        self._client_id: int | None = None
        changes().changed.connect(self._saved_elsewhere)

    @staticmethod
    def offered() -> bool:
        """On the server only heads and admins read the trail: the others get no History tab."""
        return audit_service.readable()

    @staticmethod
    def title() -> str:
        return translate("ClientCard", "Histor&y")

    def show_client(self, client_id: int | None) -> None:
        self._client_id = client_id
        if client_id is None:  # a new client, not saved yet: nothing recorded
            self.view.table.setRowCount(0)
        else:
            self.view.show_client(client_id)

    def _saved_elsewhere(self, change: Change) -> None:
        if self._client_id is not None and change.touches_client(self._client_id):
            self.view.refresh()
