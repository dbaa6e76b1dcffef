"""The editors' line edits stop at the length the services accept: the same limits, declared once."""

from PySide6.QtWidgets import QApplication

from kamdesk.core.models import Activity, Client, Contact, Product
from kamdesk.core.text_limits import limit
from kamdesk.gui.activity.activity_dialog import ActivityDialog
from kamdesk.gui.party.client_card import ClientCard, ContactDialog
from kamdesk.gui.product.catalogue_page import ProductDialog


def test_the_editors_take_their_lengths_from_the_fields(qtbot, company):
    card = ClientCard()
    qtbot.addWidget(card, before_close_func=lambda c: c.discard_changes())
    assert card.ui.name.maxLength() == limit(Client, "name") == 200
    assert card.ui.legal_postcode.maxLength() == limit(Client, "legal_postcode")
    assert card.ui.legal_country.maxLength() == 2
    contact = ContactDialog()
    qtbot.addWidget(contact)
    assert contact.ui.position.maxLength() == limit(Contact, "position")
    product = ProductDialog()
    qtbot.addWidget(product)
    assert product.ui.sku.maxLength() == limit(Product, "sku") == 64
    activity = ActivityDialog()
    qtbot.addWidget(activity)
    assert activity.ui.subject.maxLength() == limit(Activity, "subject")


def test_a_pasted_name_stops_at_the_limit(qtbot, company):
    card = ClientCard()
    qtbot.addWidget(card, before_close_func=lambda c: c.discard_changes())
    QApplication.clipboard().setText("K" * 5000)
    card.ui.name.setFocus()
    card.ui.name.paste()
    assert card.ui.name.text() == "K" * 200


def test_a_stored_name_longer_than_the_limit_is_shown_whole_and_refused_on_saving(qtbot, company):
    """A name kept from before the limits is never cut silently: the card shows it, the save says how long it may be."""
    from tests import factories

    client = factories.client("Régi Kft.")
    Client.update(name="Hosszú " * 50).where(Client.id == client.id).execute()  # 350 characters
    card = ClientCard(client.id)
    qtbot.addWidget(card, before_close_func=lambda c: c.discard_changes())
    assert card.ui.name.text() == "Hosszú " * 50
    card.ui.name.setFocus()
    card.ui.name.end(False)
    card.ui.name.insert("X")  # no longer than it was: only shortening is left
    assert card.ui.name.text() == "Hosszú " * 50
    assert not card.save()
    assert "at most 200" in card.ui.name_error.text()
    assert Client.get_by_id(client.id).name == "Hosszú " * 50
    card.ui.name.setText("Rövid Kft.")
    assert card.ui.name.maxLength() == 200 and card.save()
    assert Client.get_by_id(client.id).name == "Rövid Kft."
