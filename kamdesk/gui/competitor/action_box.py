"""The optional "Competitor action" part of a form: which competitor did what, seen in an activity.

A checkable group, unchecked (nothing recorded) until the user ticks it; hidden while no competitor
is registered. `values()` gives what `services.competitors` records, or None.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from kamdesk.core.models.competitor import ACTION_KINDS, CompetitorAction
from kamdesk.core.services import competitors as competitor_service
from kamdesk.core.text_limits import limit
from kamdesk.gui.competitor.labels import action_kind_labels


class CompetitorActionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("competitor_action")
        self.setTitle(self.tr("Competitor action"))
        self.setCheckable(True)
        self.setChecked(False)
        form = QFormLayout(self)
        self.competitor = QComboBox(self)
        self.competitor.setObjectName("competitor_action_competitor")
        for row in competitor_service.competitor_rows():
            self.competitor.addItem(row.name, row.id)
        self.kind = QComboBox(self)
        self.kind.setObjectName("competitor_action_kind")
        labels = action_kind_labels()
        for code in ACTION_KINDS:
            self.kind.addItem(labels[code], code)
        self.description = QLineEdit(self)
        self.description.setObjectName("competitor_action_description")
        self.description.setMaxLength(limit(CompetitorAction, "description"))
        self.description.setPlaceholderText(self.tr("What the competitor does: a promotion, a new product…"))
        form.addRow(self.tr("Competitor:"), self.competitor)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("What:"), self.description)
        self.setVisible(self.competitor.count() > 0)

    def values(self) -> dict | None:
        """The action to record, or None when the part is not ticked (or no competitor is registered)."""
        if (self.isCheckable() and not self.isChecked()) or self.competitor.count() == 0:
            return None
        return {"competitor_id": self.competitor.currentData(), "kind": self.kind.currentData(),
                "description": self.description.text()}
