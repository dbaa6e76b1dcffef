"""The GUI offers only what the role at the desk may do: on the team server a key account manager reads the
catalogue and its prices; a head of department changes them (and the server refuses the manager anyway)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kamdesk.core.services import catalogue
from kamdesk.core.services import company as company_service
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
    product_id, column_id = page.model.product_id(0), page.model.columns[0].id
    catalogue.set_price(product_id, column_id, Decimal(950))  # what typing in the cell saves: not refused
    page.model.reload()  # (typed in place, the change would reach pages other tests left open)
    assert price_cell(page).data() == "950"


@pytest.fixture
def with_company(team):
    company_service.save_company({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "country": "HU"})
    return team


def company_page(qtbot):
    from kamdesk.gui.company import CompanyPage

    page = CompanyPage()
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_manager_reads_the_company_and_the_managers(qtbot, with_company):
    with_company.add("peter", "manager")
    with_company.connect_as(with_company.login("peter"))
    page = company_page(qtbot)
    assert page.form.ui.name.text() == "Teszt Kereskedelmi Kft."
    assert not page.form.isEnabled() and not page.manager_fields.isEnabled()
    for button in (page.save_button, page.save_manager_button, page.new_manager_button, *page._logo_buttons):
        assert button.isHidden()


def test_an_admin_edits_the_company_but_adds_users_in_the_admin_area(qtbot, with_company):
    page = company_page(qtbot)
    assert page.form.isEnabled() and page.manager_fields.isEnabled() and not page.save_button.isHidden()
    assert page.new_manager_button.isHidden()  # a user is a login on the server: Admin › Users
    assert not page.manager_fields.role.isEnabled()  # the role is the user's role on the server
    row = page._manager_ids.index(next(m.id for m in company_service.list_managers() if m.login == with_company.admin))
    assert page.managers.item(row, 2).text() == "Administrator"


def test_on_a_desk_file_the_company_page_offers_everything(qtbot, company):
    page = company_page(qtbot)
    assert page.form.isEnabled() and not page.new_manager_button.isHidden()
    assert page.manager_fields.role.isEnabled()
    assert [page.manager_fields.role.itemData(i) for i in range(page.manager_fields.role.count())] == [
        "manager", "head", "admin"]


def test_an_admins_first_login_asks_for_the_company_and_completes_her_own_user(qtbot, team):
    from kamdesk.gui import app as gui_app
    from kamdesk.gui.company import FirstRunDialog
    from tests.gui.test_login import answering, dialogs

    def enter_company(dialog):
        assert isinstance(dialog, FirstRunDialog)
        assert dialog.demo_button.isHidden() and not dialog.manager.role.isEnabled()
        assert dialog.manager.name.text() == team.admin and dialog.manager.role.currentData() == "admin"
        dialog.company_form.ui.name.setText("Csapat Kft.")
        dialog.manager.name.setText("Kovács Éva")
        dialog.start_button.click()

    opened = []
    seen = answering(enter_company)
    assert gui_app.first_start(lambda: opened.append(True))
    dialogs(seen)
    assert opened == [True] and company_service.get_company().name == "Csapat Kft."
    me = company_service.current_manager()
    assert (me.login, me.name, me.role) == (team.admin, "Kovács Éva", "admin")
    assert len(company_service.list_managers()) == 1  # no second manager for the admin


def test_a_managers_first_login_before_the_company_is_entered_is_told_to_wait(qtbot, team):
    from PySide6.QtWidgets import QMessageBox

    from kamdesk.gui import app as gui_app
    from tests.gui.test_login import answering, dialogs

    team.add("peter", "manager")
    team.connect_as(team.login("peter"))
    texts = []
    seen = answering(lambda box: texts.append(box.text()) or box.button(QMessageBox.StandardButton.Ok).click())
    assert not gui_app.first_start(lambda: pytest.fail("no window without a company"))
    dialogs(seen)
    assert "administrator" in texts[0]


@pytest.mark.parametrize(("role", "head"), [("manager", False), ("admin", False), ("head", True)])
def test_only_a_head_is_offered_approve_and_reject(qtbot, team, role, head):
    from kamdesk.gui.sale.approvals import ApprovalsPanel

    team.add("someone", role)
    team.connect_as(team.login("someone"))
    panel = ApprovalsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.approve_button.isVisible() is head and panel.reject_button.isVisible() is head


@pytest.mark.parametrize(("role", "offered"), [("manager", False), ("head", True), ("admin", True)])
def test_the_contract_templates_are_offered_to_heads_and_admins(qtbot, with_company, role, offered):
    from kamdesk.gui.contract.contracts_page import ContractsPage

    with_company.add("someone", role)
    with_company.connect_as(with_company.login("someone"))
    page = ContractsPage()
    qtbot.addWidget(page)
    page.show()
    assert page.templates_button.isVisible() is offered


@pytest.mark.parametrize(("role", "offered"), [("manager", False), ("head", True), ("admin", True)])
def test_giving_a_client_to_another_manager_is_offered_to_heads_and_admins(qtbot, with_company, role, offered):
    from kamdesk.gui.party.client_card import ClientCard

    with_company.add("someone", role)
    with_company.connect_as(with_company.login("someone"))
    card = ClientCard(None)
    qtbot.addWidget(card, before_close_func=lambda c: setattr(c, "has_unsaved_changes", lambda: False))
    card.show()
    assert card.ui.manager.isEnabled() is offered
    assert card.ui.manager.currentData() == company_service.current_manager().id  # a new client is one's own


@pytest.mark.parametrize(("role", "offered"), [("manager", False), ("head", True)])
def test_when_overdue_debt_blocks_orders_is_decided_by_heads_and_admins(qtbot, with_company, role, offered):
    from kamdesk.core.errors import PermissionDenied
    from kamdesk.core.services import sale

    with_company.add("someone", role)
    with_company.connect_as(with_company.login("someone"))
    page = company_page(qtbot)
    assert page.block_overdue_days.isEnabled() is offered
    assert page.save_credit_button.isVisible() is offered
    assert [spin.isEnabled() for spin in page.dunning_days.values()] == [offered] * 4
    assert page.save_collection_button.isVisible() is offered
    if offered:
        sale.set_overdue_block_days(45)
        assert sale.overdue_block_days() == 45
    else:
        with pytest.raises(PermissionDenied):
            sale.set_overdue_block_days(45)
