"""The competitor area in the window: the completion dialog's optional competitor action."""

import datetime as dt
from decimal import Decimal as D

from kamdesk.core.services import activity as act
from kamdesk.core.services import competitors, party
from kamdesk.gui.activity.complete_dialog import CompleteDialog
from tests.gui.keyboard import activate


def yesterday_visit(company):
    client = party.save_client({"name": "Kovács Kft.", "legal_city": "Győr", "status": "active"})
    start = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(10), act.local_zone())
    return act.create_activity({"kind": "visit", "client_id": client.id, "start": start, "subject": "Visit"})


def open_complete(qtbot, activity_id) -> CompleteDialog:
    dialog = CompleteDialog(activity_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    return dialog


def test_the_completion_records_the_competitor_action_when_ticked(qtbot, company):
    rival = competitors.save_competitor({"name": "Tejút Zrt."})
    visit = yesterday_visit(company)
    dialog = open_complete(qtbot, visit.id)
    box = dialog.competitor_action
    assert box.isVisible() and not box.isChecked()
    dialog.ui.next_step.setChecked(False)
    box.setChecked(True)
    box.kind.setCurrentIndex(box.kind.findData("promotion"))
    box.description.setText("10 % off dairy")
    dialog.accept()
    assert dialog.result() == CompleteDialog.DialogCode.Accepted
    [row] = competitors.action_rows(competitor_id=rival.id)
    assert (row.kind, row.description, row.activity_id) == ("promotion", "10 % off dairy", visit.id)


def test_an_empty_competitor_action_keeps_the_dialog_open_and_the_activity_planned(qtbot, company):
    competitors.save_competitor({"name": "Tejút Zrt."})
    visit = yesterday_visit(company)
    dialog = open_complete(qtbot, visit.id)
    dialog.ui.next_step.setChecked(False)
    dialog.competitor_action.setChecked(True)
    dialog.accept()
    assert dialog.isVisible()
    assert act.get_view(visit.id).state == "planned"
    assert dialog.ui.form_error.text()


def test_without_competitors_the_part_is_hidden_and_completion_is_as_before(qtbot, company):
    visit = yesterday_visit(company)
    dialog = open_complete(qtbot, visit.id)
    assert not dialog.competitor_action.isVisible()
    dialog.ui.next_step.setChecked(False)
    dialog.accept()
    assert act.get_view(visit.id).state == "done"


def priced_rival(company):
    from tests import factories

    shop = factories.shop()
    rival = competitors.save_competitor({"name": "Tejút Zrt."})
    competitors.record_price({"competitor_id": rival.id, "product_id": shop["milk"].id, "price": "359.10"})
    competitors.save_supply(shop["client"].id, rival.id, "30")
    competitors.record_action({"competitor_id": rival.id, "client_id": shop["client"].id, "kind": "new_product",
                               "description": "Lactose-free line"})
    return shop, rival


def test_the_page_shows_the_register_prices_beside_ours_and_actions(qtbot, company):
    from kamdesk.gui.competitor.competitors_page import CHEAPER_COLOUR, CompetitorsPage

    priced_rival(company)
    page = CompetitorsPage()
    qtbot.addWidget(page)
    assert page.register.item(0, 0).text() == "Tejút Zrt." and page.register.item(0, 1).text() == "1"
    headers = [page.prices.horizontalHeaderItem(c).text() for c in range(page.prices.columnCount())]
    assert headers[5:] == ["Listaár", "Nagyker", "Difference"]
    last = page.prices.columnCount() - 1
    assert page.prices.item(0, last).text().startswith("-10")
    assert page.prices.item(0, last).foreground().color().name() == CHEAPER_COLOUR
    assert "Lactose-free line" in page.actions.item(0, 4).text()


def test_a_new_competitor_from_the_page_is_refused_in_words_then_listed(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import competitors_page
    from kamdesk.gui.competitor.competitors_page import CompetitorDialog, CompetitorsPage

    page = CompetitorsPage()
    qtbot.addWidget(page)
    dialog = CompetitorDialog(page)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.text() == "Give the competitor's name."
    dialog.name.setText("Alföldi Nagyker Kft.")
    dialog.accept()
    assert dialog.result() == CompetitorDialog.DialogCode.Accepted
    monkeypatch.setattr(competitors_page.CompetitorDialog, "exec", lambda self: CompetitorDialog.DialogCode.Rejected)
    assert page.new_competitor() is None
    page.refresh()
    assert page.register.item(0, 0).text() == "Alföldi Nagyker Kft."


def test_the_client_card_tab_shows_who_supplies_the_client(qtbot, company):
    from kamdesk.gui.competitor.client_tab import CompetitorsTab

    shop, _ = priced_rival(company)
    tab = CompetitorsTab(card=None)
    qtbot.addWidget(tab)
    tab.show_client(shop["client"].id)
    assert [tab.supplies.item(0, c).text() for c in range(2)] == ["Tejút Zrt.", "All purchases"]
    assert tab.supplies.item(0, 2).text().startswith("30")
    assert tab.actions.item(0, 2).text() == "New product"
    tab.show_client(None)
    assert tab.supplies.rowCount() == 0


def test_the_card_tab_sets_a_share_and_records_an_action_for_its_client(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import record_dialogs
    from kamdesk.gui.competitor.client_tab import CompetitorsTab

    shop, rival = priced_rival(company)
    tab = CompetitorsTab(card=None)
    qtbot.addWidget(tab)
    tab.show_client(shop["client"].id)

    def share_then_ok(dialog):
        dialog.category.setCurrentIndex(dialog.category.findText("Élelmiszer / Tejtermék"))
        dialog.share.setValue(45.5)
        dialog.accept()
        return dialog.result()

    def empty_action_then_ok(dialog):
        dialog.accept()
        assert dialog.error.text() == "Say what the competitor did."
        dialog.box.description.setText("Free delivery")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(record_dialogs.ShareDialog, "exec", share_then_ok)
    monkeypatch.setattr(record_dialogs.ActionDialog, "exec", empty_action_then_ok)
    assert tab.record("share") and tab.record("action")
    assert [(r.category, r.share) for r in competitors.client_supplies(shop["client"].id)] == [
        ("", 30), ("Élelmiszer / Tejtermék", D("45.5"))]
    assert tab.supplies.rowCount() == 2  # reloaded on the change it announced
    assert {row.description for row in competitors.action_rows(client_id=shop["client"].id)} == {
        "Lactose-free line", "Free delivery"}


def test_a_price_is_recorded_from_the_page_by_the_product_s_sku(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import record_dialogs
    from kamdesk.gui.competitor.competitors_page import CompetitorsPage

    shop, rival = priced_rival(company)
    page = CompetitorsPage()
    qtbot.addWidget(page)

    def typed_then_ok(dialog):
        dialog.sku.setText("NOPE")
        dialog.price.setText("1 100")
        dialog.accept()
        assert dialog.error.text() == "There is no product with the SKU NOPE."
        dialog.sku.setText(" KEN-2 ")
        dialog.source.setText("Shop shelf")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(record_dialogs.PriceDialog, "exec", typed_then_ok)
    assert page.record_price()
    [bread] = competitors.price_comparison(shop["bread"].id)
    assert (bread.price, bread.source, bread.difference) == (D("1100"), "Shop shelf", D("-12.0"))
    assert page.prices.rowCount() == 2
