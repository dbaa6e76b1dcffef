"""The client card's Competitors tab, contributed by the competitor area: who supplies the client what share
(overall and by category), and the competitors' actions seen at the client. The party area knows nothing of
competitors."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.core.services import competitors as competitor_service
from kamdesk.gui.changes import changes, notify
from kamdesk.gui.competitor.competitors_page import fill, new_table
from kamdesk.gui.competitor.labels import COMPETITORS, action_kind_labels
from kamdesk.gui.formatting import format_date
from kamdesk.gui.sale.labels import format_percent


class CompetitorsTab(QWidget):
    """The Competitors tab of one client card (`card`); reloads itself when competitor records change."""

    def __init__(self, card):
        super().__init__()
        self.setObjectName("competitors_tab")
        self.card = card
        self._client_id: int | None = None
        self.supplies = new_table(self, "competitor_supply_table",
                                  [self.tr("Competitor"), self.tr("Category"), self.tr("Estimated share")])
        self.actions = new_table(self, "client_competitor_action_table",
                                 [self.tr("Observed"), self.tr("Competitor"), self.tr("Kind"), self.tr("What")])
        self.share_button = QPushButton(self.tr("Set share o&f purchases…"), self)
        self.share_button.setObjectName("set_competitor_share")
        self.share_button.clicked.connect(lambda: self.record("share"))
        self.action_button = QPushButton(self.tr("Recor&d competitor action…"), self)
        self.action_button.setObjectName("record_client_competitor_action")
        self.action_button.clicked.connect(lambda: self.record("action"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Who supplies this client"), self))
        layout.addWidget(self.supplies, 1)
        layout.addWidget(QLabel(self.tr("Competitors' actions seen here"), self))
        layout.addWidget(self.actions, 1)
        changes().changed.connect(self._saved_elsewhere)  # a bound method: Qt disconnects it with the tab

    def _saved_elsewhere(self, change) -> None:
        if COMPETITORS in change.kinds:
            self._reload()

    def title(self) -> str:
        return self.tr("Competitors")  # no Alt key: every letter of the word is taken on the card

    def show_client(self, client_id: int | None) -> None:
        """The card shows `client_id` (None: a new client, not saved yet)."""
        self._client_id = client_id
        self._reload()

    def record(self, what: str) -> bool:
        """Set a competitor's share ("share") or record an action ("action") for this client; whether saved."""
        from kamdesk.gui.competitor.record_dialogs import ActionDialog, ShareDialog

        if self._client_id is None:
            return False
        dialog = (ShareDialog if what == "share" else ActionDialog)(self._client_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        notify(COMPETITORS, client_id=self._client_id, source=self)
        return True

    def _reload(self) -> None:
        client_id = self._client_id
        for button in (self.share_button, self.action_button):
            button.setEnabled(client_id is not None)
        supplies = competitor_service.client_supplies(client_id) if client_id else []
        fill(self.supplies, [[s.competitor, s.category or self.tr("All purchases"), format_percent(s.share)]
                             for s in supplies], right={2})
        kinds = action_kind_labels()
        actions = competitor_service.action_rows(client_id=client_id) if client_id else []
        fill(self.actions, [[format_date(a.observed_on), a.competitor, kinds.get(a.kind, a.kind),
                             a.description.split("\n")[0]] for a in actions])
