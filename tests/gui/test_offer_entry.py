"""The offer view as a manager types, sends, decides, orders, copies and prints an offer."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.core.models import Offer
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services import party, sale
from kamdesk.gui import pdf_print
from kamdesk.gui.sale import approvals, offer_entry
from kamdesk.gui.sale.labels import format_money, format_percent
from kamdesk.gui.sale.offer_entry import OfferEntry, RejectOfferDialog
from kamdesk.gui.sale.order_entry import COLUMNS
from tests import factories
from tests.gui.keyboard import activate, press_enter
from tests.gui.test_order_entry import (
    add_line,
    cell,
    focused,
    keys,
    pick_client,
    press,
    wait_priced,
    when_modal,
)
from tests.gui.waiting import finish

CTRL = Qt.KeyboardModifier.ControlModifier


def open_entry(qtbot) -> OfferEntry:
    entry = OfferEntry()
    qtbot.addWidget(entry, before_close_func=lambda e: e._set_dirty(False))
    entry.resize(1400, 850)
    entry.show()
    qtbot.waitExposed(entry)
    activate(entry)
    return entry


def saved_offer(shop, lines=(("SAJT-010", "2"), ("TEJ-002", "10")), discount="0"):
    products = shop["products"]
    requests = [sale.LineRequest(products[sku].id, Decimal(quantity), Decimal(discount)) for sku, quantity in lines]
    return offer_service.save_offer({"client_id": shop["client"].id}, requests)


def test_an_offer_is_typed_with_the_keyboard_and_saved_as_shown(qtbot, shop):
    entry = open_entry(qtbot)
    assert entry.title.text() == "New offer"
    assert not hasattr(entry, "credit_box")  # an offer is not a sale: no credit control
    assert focused() is entry.client_edit
    pick_client(qtbot, entry, "kovacs")
    assert entry.contact.currentText() == "Nagy Ilona — beszerző"
    assert entry.language.currentText() == "Magyar"  # a Hungarian client
    assert entry.payment_terms.text() == "30 napon belül, átutalással"  # in the offer's language
    assert entry.introduction.toPlainText() == offer_service.DEFAULT_INTRODUCTIONS["hu"]
    assert entry.valid_until.date().toPython() == dt.date.today() + dt.timedelta(days=30)
    assert entry.closing.toPlainText() == offer_service.default_closing("hu")
    add_line(qtbot, entry, "TEJ-00", "12")
    add_line(qtbot, entry, "trappista", "2.5")
    wait_priced(qtbot, entry)
    assert [cell(entry, r, "sku") for r in range(2)] == ["TEJ-001", "SAJT-010"]
    assert cell(entry, 0, "unit_price") == "243"  # the wholesale column and the promotion, as an order
    shown = (entry.net_total.text(), entry.vat_total.text(), entry.gross_total.text())
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert entry.offer_id is not None and not entry.is_dirty()
    offer = offer_service.get_offer(entry.offer_id)
    assert entry.title.text() == f"Offer {offer.number}" and offer.number.startswith("OF-")
    assert entry.state_label.text() == "Draft"
    assert shown == (format_money(offer.net_total, "HUF"), format_money(offer.vat_total, "HUF"),
                     format_money(offer.gross_total, "HUF"))
    assert (offer.net_total, offer.vat_total, offer.gross_total) == (Decimal("9419"), Decimal("1695"),
                                                                     Decimal("11114"))
    assert [(line.sku, line.quantity) for line in offer_service.offer_lines(offer.id)] == [
        ("TEJ-001", Decimal("12")), ("SAJT-010", Decimal("2.5"))]
    assert offer.contact.name == "Nagy Ilona" and offer.payment_terms == "30 napon belül, átutalással"
    assert not entry.lines_view.isColumnHidden(COLUMNS.index("sku"))
    assert entry.lines_view.isColumnHidden(COLUMNS.index("shipped_quantity"))


def test_typing_a_client_or_a_product_name_and_enter_takes_the_first_match(qtbot, shop):
    szucs = party.save_client({"name": "Szűcs Élelmiszer Bt.", "legal_city": "Győr", "status": "active"})
    entry = open_entry(qtbot)
    assert focused() is entry.client_edit
    keys(qtbot, "szucs")
    qtbot.waitUntil(entry.client.completer.popup().isVisible)
    press_enter(qtbot, entry.client_edit)
    qtbot.waitUntil(lambda: entry.client.client_id == szucs.id)
    assert entry.client_edit.text() == "Szűcs Élelmiszer Bt."
    qtbot.waitUntil(lambda: focused() is entry.lines_view)
    add_line(qtbot, entry, "joghurt natur", "3")
    assert cell(entry, 0, "sku") == "JOG-150"


def test_header_errors_are_shown_beside_their_fields(qtbot, shop):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "kefir", "1")
    entry.valid_until.setDate(entry.offer_date.date().addDays(-3))
    assert not entry.save()
    assert entry.errors["valid_until"].isVisibleTo(entry)
    assert "in the past" in entry.errors["valid_until"].text()
    assert Offer.select().count() == 0


def test_an_offer_without_lines_is_refused(qtbot, shop):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    assert not entry.save()
    assert entry.lines_message.isVisibleTo(entry) and entry.lines_message.text()
    assert Offer.select().count() == 0


def test_the_validity_follows_the_offer_date_until_it_is_set(qtbot, shop):
    entry = open_entry(qtbot)
    entry.offer_date.setDate(entry.offer_date.date().addDays(2))
    assert entry.valid_until.date() == entry.offer_date.date().addDays(30)
    entry.valid_until.setDate(entry.offer_date.date().addDays(10))
    entry.offer_date.setDate(entry.offer_date.date().addDays(1))
    assert entry.valid_until.date() == entry.offer_date.date().addDays(9)


def test_a_russian_client_gets_a_russian_offer(qtbot, clients):
    entry = open_entry(qtbot)
    entry.client.set_client(clients[2].id, clients[2].name)
    assert entry.language.currentData() == "ru"


def test_send_accept_and_make_order(qtbot, shop, monkeypatch):
    entry = open_entry(qtbot)
    entry.open_offer(saved_offer(shop).id)
    assert entry.send_button.isVisible() and not entry.accept_button.isVisible()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    offer = offer_service.get_offer(entry.offer_id)
    assert offer.state == "sent" and entry.state == "sent"
    assert entry.model.read_only and not entry.save_button.isVisible()
    assert entry.state_label.text() == "Sent, awaiting answer"
    assert entry.accept_button.isVisible() and entry.reject_button.isVisible()
    assert entry.client_edit.isReadOnly() and not entry.language.isEnabled()
    assert entry.net_total.text() == format_money(offer.net_total, "HUF")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert entry.accept()
    assert offer_service.get_offer(entry.offer_id).state == "accepted"
    assert entry.order_button.isVisible() and not entry.accept_button.isVisible()
    opened = []
    entry.open_order.connect(opened.append)
    order_id = entry.make_order()
    order = sale.get_order(order_id)
    assert opened == [order_id] and order.state == "draft" and order.gross_total == offer.gross_total
    assert offer_service.get_offer(entry.offer_id).order_id == order_id
    assert entry.order_button.text() == "Go to &order"
    assert entry.make_order() == order_id and opened == [order_id, order_id]  # not a second order
    assert f"Became order {order.number}" in entry.decision_label.text()


def test_reject_with_a_reason(qtbot, shop):
    offer = saved_offer(shop)
    offer_service.send_offer(offer.id)
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)

    def answer(dialog):
        assert isinstance(dialog, RejectOfferDialog)
        dialog.accept()  # no reason chosen: the form says so and stays open
        assert dialog.isVisible() and dialog.ui.reason_error.isVisibleTo(dialog)
        dialog.choose("competitor", "Cheaper at the competitor")
        dialog.accept()

    when_modal(qtbot, answer)
    assert entry.reject()
    offer = offer_service.get_offer(offer.id)
    assert (offer.state, offer.reject_reason, offer.reject_note) == ("rejected", "competitor",
                                                                     "Cheaper at the competitor")
    assert entry.state_label.text() == "Rejected"
    assert "Went to a competitor — Cheaper at the competitor" in entry.decision_label.text()
    assert not entry.accept_button.isVisible() and not entry.send_button.isVisible()


def test_a_discount_above_the_limit_is_approved_by_a_head_when_sending(qtbot, shop, monkeypatch):
    offer = saved_offer(shop, discount="12")
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)
    wait_priced(qtbot, entry)
    assert entry.approval_warning.isVisibleTo(entry)
    assert f"limit of {format_percent(Decimal(5))}" in entry.approval_warning.text()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    assert not entry.send()
    assert told and "head of department must approve" in told[0]
    assert offer_service.get_offer(offer.id).state == "draft"

    boss = factories.head_of_department("Fekete Béla", email="bela@example.hu")
    company_service.set_current_manager(boss.id)
    monkeypatch.setattr(offer_entry, "ask_reason", lambda parent, title, label: "Key client, big volume")
    assert entry.send()
    offer = offer_service.get_offer(offer.id)
    assert offer.state == "sent" and offer.discount_approved_by_id == boss.id
    assert "approved by Fekete Béla: Key client, big volume" in entry.decision_label.text()
    assert approvals.ask_reason is not None


def test_new_version_opens_the_copy_and_the_versions_are_listed(qtbot, shop):
    first = saved_offer(shop)
    offer_service.send_offer(first.id)
    entry = open_entry(qtbot)
    entry.open_offer(first.id)
    assert not entry.versions_box.isVisibleTo(entry)  # one version: nothing to list
    copy_id = entry.new_version()
    copy = offer_service.get_offer(copy_id)
    assert entry.offer_id == copy_id and copy.previous_version_id == first.id and copy.version == 2
    assert entry.state == "draft" and not entry.model.read_only
    assert entry.title.text() == f"Offer {copy.number} · version 2"
    assert entry.versions_box.isVisibleTo(entry)
    texts = [entry.versions.item(row).text() for row in range(entry.versions.count())]
    assert texts == [f"v1 · {first.number} · Sent, awaiting answer", f"v2 · {copy.number} · Draft"]
    entry._version_chosen(entry.versions.item(0))  # a click on the first version opens it
    assert entry.offer_id == first.id and entry.model.read_only


def test_pdf_excel_and_print_preview(qtbot, shop, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    lines = [(sku, "1") for sku in ("TEJ-001", "TEJ-002", "SAJT-010", "VAJ-250", "JOG-150", "TF-330")] * 12
    offer = saved_offer(shop, lines=lines)
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)
    pdf_path = str(tmp_path / "offer.pdf")
    finish(qtbot, entry.save_pdf(pdf_path))
    text = "".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    assert offer.number in text and "Kovács és Társa Kft." in text
    pages = pdf_print.page_count(pdf_path)
    assert pages >= 2
    xlsx = str(tmp_path / "offer.xlsx")
    finish(qtbot, entry.save_xlsx(xlsx))
    assert load_workbook(xlsx).active is not None

    printer = pdf_print.a4_printer(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert pdf_print.paint_pdf(pdf_path, printer) == pages
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages

    finish(qtbot, entry.print_preview())
    dialog = entry.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert offer.number in dialog.windowTitle()
    dialog.close()


def test_ctrl_p_opens_the_print_preview(qtbot, shop):
    entry = open_entry(qtbot)
    entry.open_offer(saved_offer(shop).id)
    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: entry.preview_dialog is not None and entry.preview_dialog.isVisible())
    entry.preview_dialog.close()


def test_the_print_preview_writes_no_file(qtbot, shop, monkeypatch):
    """The preview's PDF stays in memory: on a laptop with an encrypted database a copy on disk would be readable."""
    from kamdesk.core.documents import offer_pdf

    written = []
    monkeypatch.setattr(offer_pdf, "write_atomically", lambda path, data: written.append(path))
    entry = open_entry(qtbot)
    entry.open_offer(saved_offer(shop).id)
    finish(qtbot, entry.print_preview())
    qtbot.waitUntil(entry.preview_dialog.isVisible)
    entry.preview_dialog.close()
    assert written == []


def test_esc_asks_before_losing_changes(qtbot, shop, monkeypatch):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "kefir", "3")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.Cancel)
    closed = []
    entry.closed.connect(lambda: closed.append(True))
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == ["The offer has unsaved changes. Save them?"] and not closed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    press(qtbot, Qt.Key.Key_Escape)
    assert closed


@pytest.fixture
def entry_once(qtbot, shop):
    return open_entry(qtbot), shop


SKUS = ("TEJ-001", "TEJ-002", "SAJT-010", "VAJ-250", "JOG-150", "TF-330")
random_lines = st.lists(st.tuples(st.sampled_from(SKUS),
                                  st.decimals(min_value=Decimal("0.001"), max_value=Decimal("5000"), places=3),
                                  st.decimals(min_value=0, max_value=5, places=2)), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=random_lines)
def test_random_offers_show_on_screen_the_totals_they_are_saved_with(entry_once, lines):
    """The screen leg of the totals proof: labels while typing = labels after saving = the database."""
    entry, shop = entry_once
    products = shop["products"]
    entry.new_offer(shop["client"].id)
    entry.load_requests([sale.LineRequest(products[sku].id, quantity, discount) for sku, quantity, discount in lines])
    entry.reprice()
    shown = (entry.net_total.text(), entry.vat_total.text(), entry.gross_total.text())
    assert entry.save()
    offer = offer_service.get_offer(entry.offer_id)
    stored = tuple(format_money(amount, offer.currency) for amount in (offer.net_total, offer.vat_total,
                                                                         offer.gross_total))
    assert shown == stored
    entry.open_offer(offer.id)  # and as reopened from the database
    assert (entry.net_total.text(), entry.vat_total.text(), entry.gross_total.text()) == stored
    data = offer_service.offer_document_data(offer.id)
    assert (data.net_total, data.vat_total, data.gross_total) == (offer.net_total, offer.vat_total,
                                                                  offer.gross_total)
