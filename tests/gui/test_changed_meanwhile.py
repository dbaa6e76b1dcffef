"""Saving what someone else changed meanwhile: "Changed by Nagy Péter at …", both values, Reload or Overwrite."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kamdesk.core.services import company as company_service
from kamdesk.core.services import party, sale
from tests import factories
from tests.gui.test_client_card import open_card, when_modal  # noqa: F401 (open_card is a fixture)


def saved_by_peter(peter, work):
    """`work` done at Nagy Péter's desk (the current manager is who a save names)."""
    anna = company_service.current_manager()
    company_service.set_current_manager(peter.id)
    try:
        return work()
    finally:
        company_service.set_current_manager(anna.id)


def answer(qtbot, button: str) -> dict:
    """Read the conflict dialog when it comes up, then click `button` ("reload" or "overwrite")."""
    seen = {}

    def act(dialog):
        seen["heading"] = dialog.findChild(QLabel, "changed_by").text()
        table = dialog.fields
        seen["rows"] = [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]
        seen["header"] = table.horizontalHeaderItem(1).text()
        qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)

    when_modal(qtbot, act)
    return seen


@pytest.mark.parametrize("button", ["reload", "overwrite"])
def test_the_client_card_shows_who_changed_what_and_reloads_or_overwrites(  # noqa: F811 (open_card: a fixture)
        qtbot, open_card, peter, button):
    client = factories.client("Kovács Kft.", legal_city="Győr")
    card = open_card(client.id)
    card.ui.legal_city.setText("Szeged")
    saved_by_peter(peter, lambda: party.save_client({"legal_city": "Pécs"}, client_id=client.id))

    seen = answer(qtbot, button)
    saved = card.save()

    assert seen["heading"].startswith("Changed by Nagy Péter at ")
    assert seen["header"] == "Nagy Péter"
    assert [row[1:] for row in seen["rows"]] == [["Pécs", "Szeged"]]
    assert seen["rows"][0][0] != "legal_city"  # the card's own label names the field
    stored = "Szeged" if button == "overwrite" else "Pécs"
    assert saved == (button == "overwrite")
    assert party.get_client(client.id).legal_city == stored
    assert card.ui.legal_city.text() == stored and not card.has_unsaved_changes()


def test_the_dialog_lists_each_field_with_both_values_and_tells_the_choice(qtbot):
    import datetime as dt
    from decimal import Decimal

    from kamdesk.core.errors import ChangedMeanwhile
    from kamdesk.gui.widgets.changed_meanwhile import OVERWRITE, ChangedMeanwhileDialog

    error = ChangedMeanwhile("Changed by Nagy Péter at 10:42 after you opened it.", "Nagy Péter",
                             dt.datetime(2026, 3, 2, 9, 42), {"key_account": (True, False),
                                                               "credit_limit": (Decimal("150000.00"), None)},
                             table="client", record_id=7, row_version=4)
    dialog = ChangedMeanwhileDialog(error, labels={"credit_limit": "Credit limit"})
    qtbot.addWidget(dialog)
    table = dialog.fields
    rows = [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]
    assert rows == [["Key account", "Yes", "No"], ["Credit limit", "150000", "—"]]
    qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == OVERWRITE


def test_the_order_entry_overwrites_an_order_changed_meanwhile(qtbot, shop, peter):
    from tests.gui.test_order_entry import open_entry

    order = factories.order(shop["client"].id, None, (shop["products"]["TEJ-001"], "2", "0"), notes="Reggel")
    entry = open_entry(qtbot)
    entry.open_order(order.id)
    entry.notes.setText("Délután")
    entry._set_dirty(True)
    lines = factories.lines((shop["products"]["TEJ-001"], "2", "0"))
    saved_by_peter(peter, lambda: sale.save_order({"notes": "Este"}, lines, order.id))

    seen = answer(qtbot, "overwrite")
    assert entry.save()
    assert seen["rows"][0][1:] == ["Este", "Délután"]
    assert sale.get_order(order.id).notes == "Délután"
