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
