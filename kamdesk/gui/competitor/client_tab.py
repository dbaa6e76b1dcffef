"""The client card's Competitors tab, contributed by the competitor area: who supplies the client what share
(overall and by category; a share removed after asking), and the competitors' actions seen at the client
(changed, or deleted after asking). The party area knows nothing of competitors."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.core.services import competitors as competitor_service
from kamdesk.gui.changes import changes, notify
from kamdesk.gui.competitor import competitors_page
from kamdesk.gui.competitor.competitors_page import fill, new_table, selected_id
from kamdesk.gui.competitor.labels import COMPETITORS, action_kind_labels
from kamdesk.gui.formatting import format_date
from kamdesk.gui.sale.labels import format_percent
from kamdesk.gui.widgets.tables import with_buttons


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """The page's yes/no question (looked up when asked, so tests answer both in one place)."""
    return competitors_page.confirm(parent, title, text)


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
        self.remove_share_button = QPushButton(self.tr("Remove share…"), self)
        self.remove_share_button.setObjectName("remove_competitor_share")
        self.remove_share_button.clicked.connect(lambda: self.remove_share())
        self.edit_action_button = QPushButton(self.tr("Edit action…"), self)
        self.edit_action_button.setObjectName("edit_client_competitor_action")
        self.edit_action_button.clicked.connect(lambda: self.edit_action())
        self.delete_action_button = QPushButton(self.tr("Delete action…"), self)
        self.delete_action_button.setObjectName("delete_client_competitor_action")
        self.delete_action_button.clicked.connect(lambda: self.delete_action())
        self.actions.doubleClicked.connect(lambda _index: self.edit_action())
        self._action_rows: dict[int, object] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.action_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Who supplies this client"), self))
        layout.addLayout(with_buttons(self.supplies, [self.remove_share_button]), 1)
        layout.addWidget(QLabel(self.tr("Competitors' actions seen here"), self))
        layout.addLayout(with_buttons(self.actions, [self.edit_action_button, self.delete_action_button]), 1)
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

    def remove_share(self) -> bool:
        """Remove the selected competitor's share after asking; whether removed."""
        supply_id = selected_id(self.supplies)
        if supply_id is None:
            return False
        row = self.supplies.currentRow()
        question = (self.tr("Remove %1's share of %2?").replace("%1", self.supplies.item(row, 0).text())
                    .replace("%2", self.supplies.item(row, 1).text()))
        if not confirm(self, self.tr("Remove share"), question):
            return False
        competitor_service.remove_supply(supply_id)
        notify(COMPETITORS, client_id=self._client_id, source=self)
        return True

    def edit_action(self) -> bool:
        """Change the selected competitor action; whether saved."""
        from kamdesk.gui.competitor.record_dialogs import ActionDialog

        action = self._action_rows.get(selected_id(self.actions))
        if action is None or ActionDialog(None, self, action).exec() != QDialog.DialogCode.Accepted:
            return False
        notify(COMPETITORS, client_id=self._client_id, source=self)
        return True

    def delete_action(self) -> bool:
        """Delete the selected competitor action after asking; whether deleted."""
        action = self._action_rows.get(selected_id(self.actions))
        if action is None:
            return False
        question = (self.tr("Delete what %1 did on %2: “%3”?").replace("%1", action.competitor)
                    .replace("%2", format_date(action.observed_on)).replace("%3", action.description.split("\n")[0]))
        if not confirm(self, self.tr("Delete competitor action"), question):
            return False
        competitor_service.delete_action(action.id)
        notify(COMPETITORS, client_id=self._client_id, source=self)
        return True

    def _reload(self) -> None:
        client_id = self._client_id
        for button in (self.share_button, self.action_button):
            button.setEnabled(client_id is not None)
        supplies = competitor_service.client_supplies(client_id) if client_id else []
        fill(self.supplies, [[s.competitor, s.category or self.tr("All purchases"), format_percent(s.share)]
                             for s in supplies], right={2}, ids=[s.id for s in supplies])
        kinds = action_kind_labels()
        actions = competitor_service.action_rows(client_id=client_id) if client_id else []
        self._action_rows = {a.id: a for a in actions}
        fill(self.actions, [[format_date(a.observed_on), a.competitor, kinds.get(a.kind, a.kind),
                             a.description.split("\n")[0]] for a in actions], ids=[a.id for a in actions])
