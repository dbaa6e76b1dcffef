"""Export contacts as vCard… from the client card (saving its changes first) and for the clients selected in the
client list; the files read back by vobject."""

from __future__ import annotations

import vobject
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from kamdesk.gui.party.client_card import ClientCard
from kamdesk.gui.party.client_list import ClientListView
from tests.gui.waiting import finish


def names_in(path) -> list[str]:
    return [card.fn.value for card in vobject.readComponents(path.read_text(encoding="utf-8"))]


def test_the_card_saves_a_new_contact_first_then_exports_every_contact(qtbot, clients, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    card = ClientCard(clients[0].id)
    qtbot.addWidget(card)
    assert card.vcard_button.isEnabled()
    card._contacts.append({"name": "Kis Ádám", "phone": "06 30 999 8877"})  # as the contact dialog adds one
    card._contacts_changed(None)
    path = tmp_path / "kovacs.vcf"
    finish(qtbot, card.export_vcard(str(path)))
    assert not card.is_dirty()  # saved before the export
    assert names_in(path) == ["Nagy Ilona", "Kis Ádám"]
    assert told == ["Exported 2 contact(s)."]


def test_a_card_without_contacts_or_not_saved_offers_no_export(qtbot, clients):
    empty = ClientCard(clients[1].id)
    new = ClientCard(None)
    qtbot.addWidget(empty)
    qtbot.addWidget(new)
    assert not empty.vcard_button.isEnabled() and not new.vcard_button.isEnabled()
    assert empty.export_vcard("never.vcf") is None


def test_the_selected_clients_contacts_from_the_list(qtbot, clients, tmp_path):
    view = ClientListView()
    qtbot.addWidget(view)
    view.show()
    model, selection = view.model, view.table.selectionModel()
    rows = {model.index(row, 0).data(): row for row in range(model.rowCount())}
    for name in ("Kovács és Társa Kft.", "Иван Трейд ООО"):
        selection.select(model.index(rows[name], 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    path = tmp_path / "chosen.vcf"
    finish(qtbot, view.export_vcard(path=str(path)))
    assert names_in(path) == ["Nagy Ilona", "Пётр Иванов"]  # by client name: Latin letters before Cyrillic
    assert view.vcard_action in view.table.actions()
