"""The GUI offers only what the role at the desk may do: on the team server a key account manager reads the
catalogue and its prices; a head of department changes them (and the server refuses the manager anyway)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kamdesk.core.services import catalogue
from tests.gui.team_server import team  # noqa: F401 (the fixture)
from tests.gui.test_catalogue_page import column_index, open_page


@pytest.fixture
def priced(team):
    """A product with a stored list price, entered by the admin."""
    column = catalogue.save_price_column("Lista", is_default=True)
    product = catalogue.save_product({"sku": "VAJ-250", "name": "Vaj 250 g", "unit": "db", "vat_rate": 18})
    catalogue.set_price(product.id, column.id, Decimal(890))
    return team


def price_cell(page):
    return page.model.index(0, column_index(page, "Lista"))


def test_a_manager_sees_the_prices_but_is_offered_no_change(qtbot, priced):
    priced.add("peter", "manager")
    priced.connect_as(priced.login("peter"))
    page = open_page(qtbot)
    assert price_cell(page).data() == "890"
    assert not price_cell(page).flags() & Qt.ItemFlag.ItemIsEditable
    for button in (page.new_button, page.edit_button, page.import_button):
        assert button.isHidden()
    assert page.export_button.isVisible()  # reading is for everyone
    page.table.setCurrentIndex(price_cell(page))
    page._activate()  # Enter or a double click: no editor opens, no dialog
    assert page.table.state() != page.table.State.EditingState
    page.new_product()  # Ctrl+N here: nothing to offer
    assert page.import_price_list("/nonexistent.xlsx") is None


def test_a_head_changes_the_catalogue(qtbot, priced):
    priced.add("anna", "head")
    priced.connect_as(priced.login("anna"))
    page = open_page(qtbot)
    assert price_cell(page).flags() & Qt.ItemFlag.ItemIsEditable
    assert not page.new_button.isHidden() and not page.import_button.isHidden()
    assert page.model.setData(price_cell(page), "950")
    assert price_cell(page).data() == "950"
