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
    assert headers == ["Product or category", "Listaár", "Nagyker", "Tejút Zrt.", "Difference"]
    assert page.prices.item(0, 0).text() == "TEJ-1  Tej 1 l"
    assert page.prices.item(0, 4).text().startswith("-10")
    assert page.prices.item(0, 4).foreground().color().name() == CHEAPER_COLOUR
    assert page.observed.item(0, 1).text() == "Tejút Zrt." and page.observed.item(0, 2).text() == "TEJ-1  Tej 1 l"
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
    assert page.prices.rowCount() == 2 and page.observed.rowCount() == 2


def open_page(qtbot):
    from kamdesk.gui.competitor.competitors_page import CompetitorsPage

    page = CompetitorsPage()
    qtbot.addWidget(page)
    return page


def answer(monkeypatch, *answers):
    """The page's yes/no questions answered in turn; the questions asked, as asked."""
    from kamdesk.gui.competitor import competitors_page

    asked, left = [], list(answers)
    monkeypatch.setattr(competitors_page, "confirm", lambda _parent, _title, text: asked.append(text) or left.pop(0))
    return asked


def test_the_comparison_is_narrowed_to_a_competitor_and_a_category(qtbot, company):
    shop, rival = priced_rival(company)
    other = competitors.save_competitor({"name": "Alföldi Kft."})
    competitors.record_price({"competitor_id": other.id, "product_id": shop["bread"].id, "price": "1300"})
    page = open_page(qtbot)
    headers = [page.prices.horizontalHeaderItem(c).text() for c in range(page.prices.columnCount())]
    assert headers[3:] == ["Alföldi Kft.", "Difference", "Tejút Zrt.", "Difference"]
    assert [page.prices.item(r, 0).text() for r in range(2)] == ["KEN-2  Kenyér", "TEJ-1  Tej 1 l"]
    assert page.prices.item(0, 5).text() == "" and page.prices.item(0, 4).text().startswith("4")
    page.competitor_filter.setCurrentIndex(page.competitor_filter.findText("Tejút Zrt."))
    page.competitor_filter.activated.emit(page.competitor_filter.currentIndex())
    assert page.prices.rowCount() == 1 and page.prices.columnCount() == 5 and page.observed.rowCount() == 1
    page.competitor_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(page.category_filter.findText("Élelmiszer / Pékáru"))
    page.category_filter.activated.emit(page.category_filter.currentIndex())
    assert [page.prices.item(r, 0).text() for r in range(page.prices.rowCount())] == ["KEN-2  Kenyér"]
    assert page.actions.rowCount() == 1  # actions are narrowed by competitor only


def test_an_observed_price_is_changed_to_a_category_price_then_deleted_after_asking(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import record_dialogs

    shop, rival = priced_rival(company)
    page = open_page(qtbot)
    page.tabs.setCurrentIndex(2)
    page.observed.setCurrentCell(0, 0)

    def to_category_then_ok(dialog):
        assert dialog.windowTitle() == "Change competitor's price" and dialog.sku.text() == "TEJ-1"
        assert dialog.price.text() == "359.10"
        dialog.for_category.setChecked(True)
        assert dialog.sku.isHidden() and not dialog.category.isHidden()
        dialog.category.setCurrentIndex(dialog.category.findText("Élelmiszer / Tejtermék"))
        dialog.price.setText("380")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(record_dialogs.PriceDialog, "exec", to_category_then_ok)
    assert page.edit_price()
    [seen] = competitors.observed_prices()
    assert (seen.product_id, seen.category_id, seen.price) == (None, shop["milk"].category_id, D("380"))
    assert page.observed.item(0, 2).text() == "Élelmiszer / Tejtermék"
    asked = answer(monkeypatch, False, True)
    page.observed.setCurrentCell(0, 0)
    assert not page.delete_price() and competitors.observed_prices()
    assert page.delete_price() and not competitors.observed_prices()
    assert "Tejút Zrt." in asked[0] and page.observed.rowCount() == 0


def test_an_action_is_changed_and_deleted_from_the_page(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import record_dialogs

    shop, rival = priced_rival(company)
    page = open_page(qtbot)
    page.actions.setCurrentCell(0, 0)

    def rewritten(dialog):
        assert dialog.box.description.text() == "Lactose-free line"
        dialog.box.kind.setCurrentIndex(dialog.box.kind.findData("promotion"))
        dialog.box.description.setText("Lactose-free line, 20 % off")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(record_dialogs.ActionDialog, "exec", rewritten)
    assert page.edit_action()
    [row] = competitors.action_rows()
    assert (row.kind, row.description, row.client) == ("promotion", "Lactose-free line, 20 % off", "Kovács Kft.")
    answer(monkeypatch, True)
    page.actions.setCurrentCell(0, 0)
    assert page.delete_action() and competitors.action_rows() == []


def test_a_competitor_is_renamed_and_its_deletion_refused_while_records_name_it(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import competitors_page
    from kamdesk.gui.competitor.competitors_page import CompetitorDialog

    priced_rival(company)
    idle = competitors.save_competitor({"name": "Alföldi Kft."})
    page = open_page(qtbot)
    page.register.setCurrentCell(1, 0)

    def renamed(dialog):
        assert dialog.name.text() == "Tejút Zrt." and dialog.windowTitle() == "Edit competitor"
        dialog.name.setText("Tejút Kft.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CompetitorDialog, "exec", renamed)
    assert page.edit_competitor()
    assert [r.name for r in competitors.competitor_rows()] == ["Alföldi Kft.", "Tejút Kft."]
    shown = []
    monkeypatch.setattr(competitors_page, "show_error", lambda _parent, error: shown.append(str(error)))
    answer(monkeypatch, True, True)
    page.register.setCurrentCell(1, 0)
    assert not page.delete_competitor()
    assert shown[0].startswith("Tejút Kft. cannot be deleted: 1 observed prices, 1 actions and 1 shares")
    page.register.setCurrentCell(0, 0)
    assert page.delete_competitor()
    assert [r.name for r in competitors.competitor_rows()] == ["Tejút Kft."] and page.register.rowCount() == 1
    assert idle.id not in [r.id for r in competitors.competitor_rows()]


def test_a_competitor_s_price_list_is_imported_through_the_dialog(qtbot, company, tmp_path):
    from PySide6.QtCore import QDate

    from kamdesk.gui import changes
    from kamdesk.gui.competitor.labels import COMPETITORS
    from kamdesk.gui.competitor.price_import import PriceImportDialog
    from kamdesk.core.services import competitor_io
    from tests.gui.waiting import settled

    shop, rival = priced_rival(company)
    path = tmp_path / "tejut.csv"
    path.write_text("Cikkszám;Listaár;Forrás\nKEN-2;1 200;árlista\nNINCS;5;árlista\n", encoding="utf-8")
    dialog = PriceImportDialog(str(path), competitor_io.read_table(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert [box.currentData() for box in dialog.mapping_boxes] == ["sku", "price", "source"]
    dialog.run_check()
    settled(qtbot)
    assert "the competitor whose prices the file holds" in dialog.mapping_error.text()
    dialog.competitor.setCurrentIndex(dialog.competitor.findText("Tejút Zrt."))
    dialog.observed_on.setDate(QDate.currentDate().addDays(-3))
    dialog.run_check()
    settled(qtbot)
    assert dialog.summary.text() == ("1 of 2 rows can be imported: 1 new prices, 0 recorded before. 1 rows have "
                                     "errors and will not be imported.")
    assert dialog.problems.item(0, 1).text() == "There is no product with the SKU NINCS."
    told = []
    changes.changes().changed.connect(told.append)
    dialog.run_import()
    settled(qtbot)
    assert dialog.imported == 1 and dialog.result() == PriceImportDialog.DialogCode.Accepted
    [bread] = competitors.price_comparison(shop["bread"].id)
    assert (bread.price, bread.source) == (D("1200"), "árlista")
    assert bread.observed_on == dt.date.today() - dt.timedelta(days=3)
    assert any(change.touches(COMPETITORS) for change in told)


def test_every_alt_letter_of_the_page_and_its_dialogs_reaches_one_thing(qtbot, company, tmp_path):
    from kamdesk.core.services import competitor_io
    from kamdesk.gui.competitor.competitors_page import CompetitorDialog
    from kamdesk.gui.competitor.price_import import PriceImportDialog
    from kamdesk.gui.competitor.record_dialogs import ActionDialog, PriceDialog
    from tests.gui.test_translations import accelerator_clashes

    priced_rival(company)
    page = open_page(qtbot)
    page.show()
    path = tmp_path / "prices.csv"
    path.write_text("Cikkszám;Ár\nTEJ-1;1\n", encoding="utf-8")
    windows = [PriceDialog(), PriceDialog(None, competitors.observed_prices()[0]), ActionDialog(),
               CompetitorDialog(), PriceImportDialog(str(path), competitor_io.read_table(path))]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    windows[0].for_category.setChecked(True)
    assert [(type(window).__name__, accelerator_clashes(window)) for window in [page, *windows]
            if accelerator_clashes(window)] == []


def test_the_card_tab_removes_a_share_and_changes_and_deletes_an_action(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import record_dialogs
    from kamdesk.gui.competitor.client_tab import CompetitorsTab

    shop, rival = priced_rival(company)
    tab = CompetitorsTab(card=None)
    qtbot.addWidget(tab)
    tab.show_client(shop["client"].id)
    asked = answer(monkeypatch, True, True)
    tab.supplies.setCurrentCell(0, 0)
    assert tab.remove_share() and competitors.client_supplies(shop["client"].id) == []
    assert asked[0] == "Remove Tejút Zrt.'s share of All purchases?" and tab.supplies.rowCount() == 0

    def dated(dialog):
        dialog.observed_on.setDate(dialog.observed_on.date().addDays(-2))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(record_dialogs.ActionDialog, "exec", dated)
    tab.actions.setCurrentCell(0, 0)
    assert tab.edit_action()
    assert competitors.action_rows()[0].observed_on == dt.date.today() - dt.timedelta(days=2)
    tab.actions.setCurrentCell(0, 0)
    assert tab.delete_action() and tab.actions.rowCount() == 0


def test_a_price_changed_meanwhile_is_reloaded_or_overwritten_as_the_user_chooses(qtbot, company, monkeypatch):
    from kamdesk.gui.competitor import record_dialogs
    from kamdesk.gui.competitor.record_dialogs import PriceDialog
    from kamdesk.gui.widgets.changed_meanwhile import OVERWRITE, RELOAD

    shop, rival = priced_rival(company)
    [seen] = competitors.observed_prices()
    dialog = PriceDialog(None, seen)
    qtbot.addWidget(dialog)
    competitors.update_price(seen.id, {"competitor_id": rival.id, "product_id": shop["milk"].id, "price": "370",
                                       "source": "theirs", "row_version": seen.row_version})
    choices = [RELOAD, OVERWRITE]
    monkeypatch.setattr(record_dialogs, "ask_changed_meanwhile", lambda _parent, _error: choices.pop(0))
    dialog.price.setText("365")
    dialog.accept()
    assert (dialog.price.text(), dialog.source.text(), dialog.isVisible()) == ("370.00", "theirs", False)
    assert dialog.result() != PriceDialog.DialogCode.Accepted
    competitors.update_price(seen.id, {"competitor_id": rival.id, "product_id": shop["milk"].id, "price": "371",
                                       "source": "theirs again"})
    dialog.price.setText("365")
    dialog.accept()
    assert dialog.result() == PriceDialog.DialogCode.Accepted
    assert competitors.observed_prices()[0].price == D("365")


def test_import_prices_on_the_page_reads_the_chosen_file_into_the_dialog(qtbot, company, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kamdesk.gui.competitor.price_import import PriceImportDialog
    from tests.gui.waiting import finish

    priced_rival(company)
    page = open_page(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    assert page.import_prices() is None
    path = tmp_path / "arak.csv"
    path.write_text("Versenytárs;Cikkszám;Ár\nTejút Zrt.;KEN-2;1 000\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    shown = []
    monkeypatch.setattr(PriceImportDialog, "exec", lambda dialog: shown.append(
        [box.currentData() for box in dialog.mapping_boxes]))
    finish(qtbot, page.import_prices())
    assert shown == [["competitor", "sku", "price"]]
