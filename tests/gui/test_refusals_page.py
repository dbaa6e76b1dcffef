"""The Refusals & returns page and the Return dialog, driven as a user would."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kamdesk.core.models.returns import ProductReturn
from kamdesk.core.services import refusals, returns, sale
from kamdesk.gui.changes import changes
from kamdesk.gui.returns.refusals_page import RefusalsPage, period
from kamdesk.gui.returns.return_dialog import ReturnDialog
from kamdesk.gui.sale.order_entry import OrderEntry
from tests import factories
from tests.gui.keyboard import type_text
from tests.gui.test_order_entry import when_modal
from tests.gui.waiting import finish, settled

TODAY = dt.date.today()


@pytest.fixture
def refused(shop):
    """Kovács got 10 of milk (TEJ-001) and 4 butter (VAJ-250) and sent 2 milk back damaged; a draft of kefir
    was cancelled for its price."""
    client, products = shop["client"].id, shop["products"]
    order = factories.order(client, TODAY - dt.timedelta(days=3), (products["TEJ-001"], "10", "0"),
                            (products["VAJ-250"], "4", "0"), confirm=True)
    milk, butter = sale.order_lines(order.id)
    sale.ship_order(order.id, {milk.id: D(10), butter.id: D(4)})
    returns.save_return({"order_line_id": milk.id, "quantity": "2", "reason": "damaged", "note": "Torn",
                         "returned_on": TODAY})
    cancelled = factories.order(client, TODAY, (products["TEJ-002"], "5", "0"))
    sale.cancel_order(cancelled.id, "price")
    return {"order": sale.get_order(order.id), "milk": milk, "butter": butter, **shop}


def open_page(qtbot) -> RefusalsPage:
    page = RefusalsPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    settled(qtbot)
    return page


def cells(table, row: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() or "" for column in range(model.columnCount())]


def test_the_breakdowns_count_each_kind_and_value_it(qtbot, qtmodeltester, refused):
    page = open_page(qtbot)
    by_reason = page.group_tables["reason"]
    assert [cells(by_reason, row)[:6] for row in range(by_reason.model().rowCount())] == [
        ["Price", "0", "1", "0", "1", "50 %"], ["Damaged", "1", "0", "0", "1", "50 %"],
        ["Total", "1", "1", "0", "2", "100 %"]]
    assert cells(by_reason, 0)[-1] == "█" * 30 and cells(by_reason, 2)[-1] == ""
    qtmodeltester.check(by_reason.model())
    qtmodeltester.check(page.returns_model)
    summary = page.figures["return"].text()
    assert "Returns" in summary and ">1<" in summary and "more than the period as long before (0)" in summary
    assert "█" in cells(page.group_tables["month"], 0)[-1]
    page.kinds["cancelled_order"].setChecked(False)
    settled(qtbot)
    assert [cells(by_reason, row)[0] for row in range(by_reason.model().rowCount())] == ["Damaged", "Total"]
    assert "cancelled_order" not in page.group_models["reason"].columns
    assert page.figures["cancelled_order"].isHidden()


def test_the_analysis_is_read_off_the_gui_thread_and_the_latest_reading_wins(qtbot, refused, monkeypatch):
    page = open_page(qtbot)
    read, on_gui, first_asked = refusals.analyse, [], threading.Event()
    release = threading.Event()

    def slow(flt):
        on_gui.append(threading.current_thread() is threading.main_thread())
        if len(on_gui) == 1 and not on_gui[0]:  # the first reading is slow: it ends after the next one
            first_asked.set()
            release.wait(20)
        return read(flt)

    monkeypatch.setattr(refusals, "analyse", slow)
    page.period.setCurrentIndex(page.period.findData("all"))
    qtbot.waitUntil(first_asked.is_set)
    assert page.reading.isVisible() and page.analysis.filter.date_from is not None  # the figures shown stay
    page.kinds["cancelled_order"].setChecked(False)  # the page answers while the first reading runs
    qtbot.waitUntil(lambda: page.analysis.filter.kinds == ("return", "lost_offer"))
    assert not page.reading.isVisible()
    release.set()
    settled(qtbot)
    assert page.analysis.filter == refusals.RefusalFilter(kinds=("return", "lost_offer"))  # not the older reading
    assert on_gui == [False, False]
    by_reason = page.group_tables["reason"]
    assert [cells(by_reason, row)[0] for row in range(by_reason.model().rowCount())] == ["Damaged", "Total"]


def test_the_period_choices_are_whole_months_and_years():
    day = dt.date(2026, 3, 15)
    assert period("last_3_months", day) == (dt.date(2026, 1, 1), day)
    assert period("last_12_months", day) == (dt.date(2025, 4, 1), day)
    assert period("last_year", day) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period("all", day) == (None, None)


def test_a_return_recorded_elsewhere_shows_at_once(qtbot, refused):
    page = open_page(qtbot)
    assert page.returns_model.rowCount() == 1
    dialog = ReturnDialog(refused["order"].id, refused["butter"].id)
    qtbot.addWidget(dialog)
    type_text(dialog.quantity, "1")
    dialog.reason.setCurrentIndex(dialog.reason.findData("quality"))
    dialog.accept()
    settled(qtbot)
    assert page.returns_model.rowCount() == 2
    assert cells(page.returns_list.table, 0)[3] == "VAJ-250 Vaj 250 g"


def test_a_return_is_corrected_and_deleted_from_the_list(qtbot, refused):
    page = open_page(qtbot)
    page.tabs.setCurrentWidget(page.returns_list)
    page.returns_list.select(page.returns_model.id_of(0))

    def correct(dialog):
        assert isinstance(dialog, ReturnDialog) and not dialog.line.isEnabled()
        dialog.quantity.setText("3")
        dialog.accept()

    when_modal(qtbot, correct)
    page.correct_current()
    assert ProductReturn.get().quantity == D(3)
    assert cells(page.returns_list.table, 0)[4] == "3 db"

    def delete(box):
        assert isinstance(box, QMessageBox) and "TEJ-001" in box.text()
        next(b for b in box.buttons() if b.text() == "&Delete").click()

    when_modal(qtbot, delete)
    page.delete_current()
    assert ProductReturn.select().count() == 0 and page.returns_model.rowCount() == 0


def test_the_analysis_exports_to_excel(qtbot, refused, tmp_path):
    page = open_page(qtbot)
    target = tmp_path / "refusals.xlsx"
    finish(qtbot, page.export(str(target)))
    book = load_workbook(target)
    assert [row[0] for row in book["Reason"].iter_rows(values_only=True)] == ["Reason", "Price", "Damaged", "Total"]
    assert book["Records"].max_row == 3


def test_the_export_writes_what_the_filters_ask_even_before_the_page_shows_it(qtbot, refused, tmp_path,
                                                                                 monkeypatch):
    page = open_page(qtbot)
    read, release, readings = refusals.analyse, threading.Event(), []

    def held(flt):  # the page's reading waits; the export's is read at once
        readings.append(flt)
        if len(readings) == 1 and threading.current_thread() is not threading.main_thread():
            release.wait(20)
        return read(flt)

    monkeypatch.setattr(refusals, "analyse", held)
    page.kinds["cancelled_order"].setChecked(False)
    qtbot.waitUntil(lambda: len(readings) == 1)
    target = tmp_path / "refusals.xlsx"
    try:
        finish(qtbot, page.export(str(target)))
    finally:
        release.set()
    settled(qtbot)
    assert [row[0] for row in load_workbook(target)["Reason"].iter_rows(values_only=True)] == [
        "Reason", "Damaged", "Total"]  # no cancelled order: not the analysis shown when the export began


def test_the_return_dialog_shows_the_credit_and_the_services_refusals(qtbot, refused):
    changed = []
    changes().changed.connect(changed.append)
    dialog = ReturnDialog(refused["order"].id, refused["milk"].id)
    qtbot.addWidget(dialog)
    assert dialog.line.count() == 2 and dialog.line.currentData() == refused["milk"].id
    assert "up to 8 can come back" in dialog.left.text()
    type_text(dialog.quantity, "9")
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    dialog.accept()
    assert dialog.error_labels["quantity"].text().startswith("Only 8 db of TEJ-001 can come back")
    assert dialog.error_labels["note"].text() == "Say why the goods came back."
    dialog.quantity.setText("1")
    assert dialog.credit.text().replace("\xa0", " ") == "319 HUF"  # 270 at the wholesale column + 18 % VAT (49)
    dialog.note.setText("Sent twice")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [(r.quantity, r.reason, r.note) for r in ProductReturn.select().order_by(ProductReturn.id)][-1] == (
        D(1), "other", "Sent twice")
    assert changed[-1].touches("returns") and changed[-1].client_ids == {refused["client"].id}


def test_the_order_entry_offers_return_on_delivered_lines_only(qtbot, refused):
    entry = OrderEntry()
    qtbot.addWidget(entry)
    entry.show()
    entry.open_order(refused["order"].id)
    assert entry.return_button.isVisible()
    assert entry.lines_message.text().endswith(": 2 db TEJ-001 (Damaged)")
    entry.lines_view.setCurrentIndex(entry.model.index(1, 0))
    assert entry.return_action.isEnabled()

    def record(dialog):
        assert isinstance(dialog, ReturnDialog) and dialog.line.currentData() == refused["butter"].id
        dialog.reject()

    when_modal(qtbot, record)
    entry.return_button.click()
    draft = factories.order(refused["client"].id, TODAY, (refused["products"]["TEJ-002"], "1", "0"))
    entry.open_order(draft.id)
    assert not entry.return_button.isVisible() and not entry.return_action.isVisible()


def test_an_empty_desk_says_how_returns_are_recorded(qtbot, company):
    page = open_page(qtbot)
    assert page.group_models["reason"].rowCount() == 0
    assert "as many as the period as long before (0)" in page.figures["return"].text()
    page.tabs.setCurrentWidget(page.returns_list)
    assert "choose Return…" in page.returns_list.empty_state.text()
