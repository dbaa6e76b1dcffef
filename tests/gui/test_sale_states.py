"""The sale windows take states, titles, colours and actions from the core's workflow declarations."""

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from kamdesk.core.models import Offer
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services import sale
from kamdesk.core.services.offer_workflow import OFFER
from kamdesk.core.services.sale_workflow import DISCOUNT_APPROVAL, ORDER
from kamdesk.gui.sale import labels
from tests.gui.test_offer_entry import open_entry, saved_offer
from tests.gui.test_order_entry import press, warnings
from tests.gui.test_orders_page import open_page, orders  # noqa: F401 (orders is a fixture)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_titles_and_colours_come_from_the_declarations(qapp):
    assert list(labels.state_labels()) == list(ORDER.names())
    assert labels.state_labels()["shipped"] == "Partly shipped"
    assert list(labels.offer_state_labels()) == list(OFFER.names())
    assert list(labels.approval_labels()) == list(DISCOUNT_APPROVAL.names())
    assert labels.state_colour("delivered").name() == ORDER.state("delivered").colour
    assert labels.approval_colour("none") is None  # an order without a discount request


def test_the_state_filter_lists_the_declared_states(qtbot, orders):
    page = open_page(qtbot)
    assert [page.state.itemData(i) for i in range(2, page.state.count())] == list(ORDER.names())


def test_the_list_enables_what_the_workflow_allows(qtbot, orders):
    page = open_page(qtbot)
    page.table.setCurrentIndex(page.model.index(page.model.row_of(orders["confirmed"].id), 0))
    buttons = (page.confirm_button, page.ship_button, page.deliver_button, page.cancel_button)
    assert [b.isEnabled() for b in buttons] == [False, True, False, True]
    page.table.setCurrentIndex(page.model.index(page.model.row_of(orders["draft"].id), 0))
    assert [b.isEnabled() for b in buttons] == [True, False, False, True]


def test_an_overdue_draft_shows_send_disabled_and_ctrl_enter_says_why(qtbot, shop, monkeypatch):
    offer = saved_offer(shop)
    Offer.update(valid_until=dt.date.today() - dt.timedelta(days=1)).where(Offer.id == offer.id).execute()
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)
    assert entry.send_button.isVisible() and not entry.send_button.isEnabled()
    shown = warnings(monkeypatch)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert shown == [f"Offer {offer.number} is expired: it cannot be sent now."]
    assert offer_service.get_offer(offer.id).state == "draft"  # refused by the guard; the job expires it


def test_the_approval_buttons_follow_the_requests_workflow(qtbot, orders):
    products = orders["products"]
    sale.save_order({"client_id": orders["client"].id},
                    [sale.LineRequest(products["TEJ-002"].id, Decimal(5), Decimal(12))])  # above the 5 % limit
    manager = company_service.current_manager()
    boss = company_service.save_manager({"name": "Fekete Béla", "role": "head"})
    company_service.set_current_manager(boss.id)
    page = open_page(qtbot)
    panel = page.approvals
    assert panel.table.rowCount() == 1
    assert panel.approve_button.isEnabled() and panel.reject_button.isEnabled()
    company_service.set_current_manager(manager.id)  # no head at the desk: the guard refuses both
    panel._update_buttons()
    assert not panel.approve_button.isEnabled() and not panel.reject_button.isEnabled()
