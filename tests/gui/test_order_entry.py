"""The order entry as a manager types an order: keyboard only, discount approval, credit control, promotions."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from kamdesk.core.db import database
from kamdesk.core.models.settlement import Invoice
from kamdesk.core.services import catalogue, party, receivables, sale
from kamdesk.core.services import company as company_service
from kamdesk.gui.sale import order_entry
from kamdesk.gui.sale.approvals import ApprovalsPanel
from kamdesk.gui.sale.labels import format_money
from kamdesk.gui.sale.order_entry import COLUMNS, CreditDialog, OrderEntry
from tests import factories
from tests.gui.keyboard import activate, press_enter, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
NBSP = "\u00a0"


def _head():
    return factories.head_of_department("Fekete Béla", email="bela@example.hu")


def open_entry(qtbot) -> OrderEntry:
    entry = OrderEntry()
    qtbot.addWidget(entry, before_close_func=lambda e: e._set_dirty(False))
    entry.resize(1400, 850)
    entry.show()
    qtbot.waitExposed(entry)
    activate(entry)
    return entry


def focused():
    return QApplication.focusWidget()


def keys(qtbot, text: str) -> None:
    """Type as a user: each character goes to whatever has the focus at that moment."""
    for char in text:
        type_text(focused(), char)
    qtbot.wait(5)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    qtbot.wait(5)


def pick_client(qtbot, entry: OrderEntry, text: str) -> None:
    assert focused() is entry.client_edit
    keys(qtbot, text)
    qtbot.waitUntil(entry.client.completer.popup().isVisible)
    press_enter(qtbot, entry.client_edit)  # the first match is highlighted
    qtbot.waitUntil(lambda: entry.client.client_id is not None)
    qtbot.waitUntil(lambda: focused() is entry.lines_view)  # straight to the first line


def add_line(qtbot, entry: OrderEntry, product: str, quantity: str) -> None:
    """SKU or name, Enter (the first match), the quantity, Enter: the cursor is on the next line."""
    rows = len(entry.model.lines)
    keys(qtbot, product)
    editor = focused()
    assert editor.popup_visible(), f"no products listed for {product!r}"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(focused(), order_entry.QLineEdit)
                    and entry.lines_view.currentIndex().column() == COLUMNS.index("quantity"))
    keys(qtbot, quantity)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.lines_view.currentIndex().row() == rows + 1 and focused() is entry.lines_view)


def wait_priced(qtbot, entry: OrderEntry) -> None:
    qtbot.waitUntil(lambda: not entry._pricing_timer.isActive())


def cell(entry: OrderEntry, row: int, column: str) -> str:
    return entry.model.index(row, COLUMNS.index(column)).data()


def warnings(monkeypatch) -> list[str]:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    return shown


def when_modal(qtbot, act) -> list:
    """Run act(dialog) once a modal dialog is up (dialogs block in exec()); an operation's progress is not one."""
    done = []

    def poll(left=300):
        widget = QApplication.activeModalWidget()
        if widget is None or isinstance(widget, QProgressDialog):
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        done.append(widget)
        try:
            act(widget)
        except BaseException:
            widget.close()
            raise

    QTimer.singleShot(0, poll)
    return done


def test_an_order_is_typed_with_the_keyboard_only_and_saved_as_shown(qtbot, shop, hungarian):
    entry = open_entry(qtbot)
    assert focused() is entry.client_edit
    pick_client(qtbot, entry, "kovacs")  # no accent typed
    assert entry.client_edit.text() == "Kovács és Társa Kft."
    assert "Nagyker" in entry.client_info.text() and "30" in entry.client_info.text()
    assert entry.delivery_address.text() == "9021 Győr Fő utca 1."
    assert entry.contact.currentText() == "Nagy Ilona — beszerző"
    add_line(qtbot, entry, "TEJ-00", "12")  # an SKU prefix: the first match is TEJ-001
    add_line(qtbot, entry, "trappista", "2,5")  # by name, a decimal comma
    wait_priced(qtbot, entry)
    assert [cell(entry, r, "sku") for r in range(2)] == ["TEJ-001", "SAJT-010"]
    assert cell(entry, 0, "list_price") == "270"  # the wholesale column: 300 − 10 %
    assert cell(entry, 0, "promotion") == f"Tejakció −10{NBSP}%"
    assert cell(entry, 0, "unit_price") == "243"
    assert cell(entry, 0, "net") == f"2{NBSP}916"
    assert cell(entry, 1, "quantity") == "2,5"
    assert cell(entry, 1, "net") == f"6{NBSP}503"  # 2.5 × 2601 = 6502.5, rounded half up per line
    shown_gross = entry.gross_total.text()
    assert shown_gross == f"11{NBSP}114{NBSP}HUF"  # net 9419 + VAT 18 % 1695.42 → 1695
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert entry.order_id is not None and not entry.is_dirty()
    order = sale.get_order(entry.order_id)
    lines = sale.order_lines(order.id)
    assert [(line.sku, line.quantity, line.list_price, line.unit_price, line.net_amount) for line in lines] == [
        ("TEJ-001", Decimal("12"), Decimal("270"), Decimal("243"), Decimal("2916")),
        ("SAJT-010", Decimal("2.5"), Decimal("2601"), Decimal("2601"), Decimal("6503"))]
    for row, line in enumerate(lines):
        assert cell(entry, row, "net") == format_money(line.net_amount, "HUF", with_currency=False)
    assert (order.net_total, order.vat_total, order.gross_total) == (Decimal("9419"), Decimal("1695"),
                                                                     Decimal("11114"))
    assert entry.net_total.text() == format_money(order.net_total, "HUF")
    assert entry.vat_total.text() == format_money(order.vat_total, "HUF")
    assert entry.gross_total.text() == format_money(order.gross_total, "HUF") == shown_gross
    assert order.contact.name == "Nagy Ilona" and order.payment_terms_days == 30
    assert entry.title.text() == f"Order {order.number}"


def test_typing_a_client_or_a_product_name_and_enter_takes_the_first_match(qtbot, shop):
    """No arrow key, no accent: "szucs" Enter is the client, "joghurt natur" Enter is the product."""
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


def test_a_wrong_quantity_is_shown_on_its_line_and_nothing_is_saved(qtbot, shop, monkeypatch):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "kefir", "0")
    wait_priced(qtbot, entry)
    assert entry.lines_message.text() == "Line 1: the quantity must be more than zero."
    index = entry.model.index(0, COLUMNS.index("quantity"))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Line 1: the quantity must be more than zero."
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert entry.order_id is None
    assert entry.lines_view.currentIndex() == index  # the cursor goes to what must be corrected
    from kamdesk.core.models import Order

    assert Order.select().count() == 0


def test_del_removes_a_line_and_esc_asks_before_discarding(qtbot, shop, monkeypatch):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "kefir", "3")
    add_line(qtbot, entry, "joghurt", "20")
    entry.lines_view.setCurrentIndex(entry.model.index(0, COLUMNS.index("name")))
    press(qtbot, Qt.Key.Key_Delete)
    assert [line.sku for line in entry.model.lines] == ["JOG-150"]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.Cancel)
    closed = []
    entry.closed.connect(lambda: closed.append(True))
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and not closed and entry.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    press(qtbot, Qt.Key.Key_Escape)
    assert closed


def test_taking_a_promotion_off_a_line_prices_it_again(qtbot, shop):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "TEJ-001", "10")
    add_line(qtbot, entry, "vaj", "22")
    wait_priced(qtbot, entry)
    assert (cell(entry, 0, "unit_price"), cell(entry, 0, "net")) == ("243", "2,430")
    assert cell(entry, 1, "quantity") == "22 + 2 free" and cell(entry, 1, "promotion") == "Vajas hét 10+1"
    entry.lines_view.setCurrentIndex(entry.model.index(0, COLUMNS.index("promotion")))
    press(qtbot, Qt.Key.Key_Space)  # off
    wait_priced(qtbot, entry)
    assert (cell(entry, 0, "unit_price"), cell(entry, 0, "net")) == ("270", "2,700")
    assert entry.model.index(0, COLUMNS.index("promotion")).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert cell(entry, 0, "promotion") == "Tejakció −10\u00a0%"  # still named, struck out: Space puts it back
    entry.lines_view.setCurrentIndex(entry.model.index(1, COLUMNS.index("name")))
    entry.promotion_action.trigger()  # the context menu's "Take the promotion off this line"
    wait_priced(qtbot, entry)
    assert cell(entry, 1, "quantity") == "22"
    press(qtbot, Qt.Key.Key_S, CTRL)
    lines = sale.order_lines(entry.order_id)
    assert [(line.promotion_removed, line.unit_price, line.free_quantity, line.net_amount) for line in lines] == [
        (True, Decimal("270"), Decimal("0"), Decimal("2700")), (True, Decimal("801"), Decimal("0"), Decimal("17622"))]
    entry.open_order(entry.order_id)  # a saved draft still offers the promotions it took off
    wait_priced(qtbot, entry)
    assert cell(entry, 0, "promotion") == "Tejakció −10\u00a0%"


def test_a_discount_above_the_limit_waits_for_the_heads_approval(qtbot, shop, monkeypatch):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "kefir", "10")
    entry.lines_view.setCurrentIndex(entry.model.index(0, COLUMNS.index("quantity")))
    press(qtbot, Qt.Key.Key_Return)  # the quantity's editor
    press(qtbot, Qt.Key.Key_Tab)  # on to the discount
    assert entry.lines_view.currentIndex().column() == COLUMNS.index("discount")
    keys(qtbot, "12")
    press(qtbot, Qt.Key.Key_Return)
    wait_priced(qtbot, entry)
    assert cell(entry, 0, "discount") == "12\u00a0%"
    assert entry.approval_warning.isVisible()
    assert "limit of 5\u00a0%" in entry.approval_warning.text() and "head's approval" in entry.approval_warning.text()
    shown = warnings(monkeypatch)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # saves, then confirming is refused
    assert entry.order_id is not None
    assert shown == ["The discount on this order needs the head of department's approval (request pending)."]
    assert sale.get_order(entry.order_id).state == "draft"
    assert entry.approval_label.text() == "Approval pending"

    boss = _head()
    me = company_service.current_manager()
    company_service.set_current_manager(boss.id)
    panel = ApprovalsPanel()
    qtbot.addWidget(panel)
    order = sale.get_order(entry.order_id)
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in range(4)] == [
        order.number, "Kovács és Társa Kft.", "Kiss Anna", "12\u00a0% (limit 5\u00a0%)"]
    from kamdesk.gui.sale import approvals

    monkeypatch.setattr(approvals, "ask_reason", lambda parent, title, label: "Key client, big volume")
    assert panel.approve_current()
    assert panel.table.rowCount() == 0 and panel.empty.text() == "Nothing waits for your approval."
    company_service.set_current_manager(me.id)

    press(qtbot, Qt.Key.Key_Return, CTRL)
    order = sale.get_order(entry.order_id)
    assert order.state == "confirmed"
    assert sale.approval_state(order) == "approved"
    assert entry.model.read_only and entry.state_label.text() == "Confirmed"
    assert entry.approval_label.text() == "Discount approved"


@pytest.fixture
def exposure(shop):
    """A confirmed order of 613,836 HUF gross not invoiced yet (the client's limit is 1,000,000)."""
    products = shop["products"]
    order = sale.save_order({"client_id": shop["client"].id}, [
        sale.LineRequest(products["SAJT-010"].id, Decimal("200"))])  # 200 × 2601 = 520,200 net
    sale.confirm_order(order.id)
    return sale.get_order(order.id)


def test_over_the_credit_limit_the_figures_are_shown_and_a_head_overrides(qtbot, shop, exposure, hungarian):
    assert exposure.gross_total == Decimal("613836")  # 520,200 + 18 % VAT
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "SAJT", "150")  # 150 × 2601 = 390,150 net, 460,377 gross
    wait_priced(qtbot, entry)
    # the headroom while typing: limit, receivables, orders not invoiced yet, this order, over by
    assert entry.credit_limit.text() == f"1{NBSP}000{NBSP}000{NBSP}HUF"
    assert entry.credit_receivables.text() == f"0{NBSP}HUF"
    assert entry.credit_uninvoiced.text() == f"613{NBSP}836{NBSP}HUF"
    assert entry.credit_this_order.text() == f"460{NBSP}377{NBSP}HUF"
    assert entry.credit_left_caption.text() == "Over the limit by:"
    assert entry.credit_left.text() == f"74{NBSP}213{NBSP}HUF"
    assert "c62828" in entry.credit_left.styleSheet()  # red

    figures = []

    def read_and_close(dialog):
        assert isinstance(dialog, CreditDialog)
        ui = dialog.ui
        figures.append((ui.limit_value.text(), ui.uninvoiced_value.text(), ui.this_order_value.text(),
                        ui.excess_value.text(), ui.override_group.isVisible()))
        dialog.reject()

    when_modal(qtbot, read_and_close)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert figures == [(f"1{NBSP}000{NBSP}000{NBSP}HUF", f"613{NBSP}836{NBSP}HUF", f"460{NBSP}377{NBSP}HUF",
                        f"74{NBSP}213{NBSP}HUF", False)]  # a manager cannot override
    assert sale.get_order(entry.order_id).state == "draft"

    boss = _head()
    company_service.set_current_manager(boss.id)
    reasons = []

    def override(dialog):
        assert dialog.ui.override_group.isVisible()
        dialog.override_button.click()  # no reason: refused
        reasons.append(dialog.ui.reason_error.text())
        dialog.ui.reason.setPlainText("Pays within a week, 10 years of history")
        dialog.override_button.click()

    activate(entry)
    when_modal(qtbot, override)
    entry.lines_view.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert reasons == ["Say why: the override is recorded with your name."]
    order = sale.get_order(entry.order_id)
    assert order.state == "confirmed"
    assert order.credit_override_by_id == boss.id
    assert order.credit_override_reason == "Pays within a week, 10 years of history"
    assert "Credit limit overridden by Fekete Béla" in entry.lines_message.text()


def test_the_credit_panel_shows_receivables_overdue_debt_and_the_suggested_rating(qtbot, shop, hungarian):
    today = dt.date.today()
    Invoice.create(number="SZ-2026-0007", client=shop["client"], issue_date=today - dt.timedelta(days=108),
                   due_date=today - dt.timedelta(days=100), gross_amount=Decimal("50000"),
                   open_amount=Decimal("50000"))
    with database.atomic():
        receivables.reallocate([shop["client"].id])
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    add_line(qtbot, entry, "SAJT", "1")
    wait_priced(qtbot, entry)
    assert entry.credit_receivables.text() == f"50{NBSP}000{NBSP}HUF"
    assert entry.credit_overdue.text() == f"50{NBSP}000{NBSP}HUF, oldest 100 days"
    assert entry.credit_uninvoiced.text() == f"0{NBSP}HUF"
    assert (entry.credit_rating.text(), entry.credit_suggested.text()) == ("B", "D")
    assert entry.credit_note.text().split("\n") == [
        "Debt overdue more than 30 days: confirming needs the head's override.",
        "The payments suggest rating D; the card says B."]
    assert "c62828" in entry.credit_overdue.styleSheet()

    shown = []

    def read_and_close(dialog):
        shown.append((dialog.ui.message.text().split("\n")[0], dialog.ui.overdue_value.text()))
        dialog.reject()

    when_modal(qtbot, read_and_close)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert shown == [("The client has debt overdue more than 30 days (the oldest 100 days).",
                      f"50{NBSP}000{NBSP}HUF, oldest 100 days")]
    assert sale.get_order(entry.order_id).state == "draft"
    assert party.get_client(shop["client"].id).reliability == "B"  # the suggestion is never written


def test_load_requests_fills_the_lines_for_a_suggested_order(qtbot, shop):
    products = shop["products"]
    entry = open_entry(qtbot)
    entry.new_order(shop["client"].id)
    entry.load_requests([sale.LineRequest(products["JOG-150"].id, Decimal("24")),
                         sale.LineRequest(products["VAJ-250"].id, Decimal("10"), Decimal("2"))])
    wait_priced(qtbot, entry)
    assert [(cell(entry, r, "sku"), cell(entry, r, "quantity")) for r in range(2)] == [
        ("JOG-150", "24"), ("VAJ-250", "10 + 1 free")]
    assert entry.is_dirty()
    assert entry.model.rowCount() == 3  # and the empty line for the next product


def test_the_lines_model_is_a_proper_item_model(qtbot, shop, qtmodeltester):
    entry = open_entry(qtbot)
    entry.new_order(shop["client"].id)
    entry.load_requests([sale.LineRequest(p.id, Decimal("3")) for p in shop["products"].values()])
    wait_priced(qtbot, entry)
    qtmodeltester.check(entry.model, force_py=True)


def test_products_and_clients_saved_later_are_found(qtbot, shop):
    entry = open_entry(qtbot)
    pick_client(qtbot, entry, "kovacs")
    keys(qtbot, "TEJ")  # the product list is in memory now
    assert [hit.sku for hit in focused().hits] == ["TEJ-001", "TEJ-002", "TF-330"]
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Escape)
    product = catalogue.save_product({"sku": "TEJ-900", "name": "Zabital 1 l", "unit": "db", "vat_rate": 18})
    catalogue.set_price(product.id, catalogue.list_columns()[0].id, Decimal("690"))
    entry.catalogue_changed()  # what the catalogue page's catalogue_changed is connected to
    keys(qtbot, "zabital")
    assert [hit.sku for hit in focused().hits] == ["TEJ-900"]
    press(qtbot, Qt.Key.Key_Return)
    wait_priced(qtbot, entry)
    assert cell(entry, 0, "list_price") == "621"  # 690 − 10 %
    entry._set_dirty(False)
    party.save_client({"name": "Zéta Új Kft.", "legal_city": "Szeged", "status": "active"})
    entry.new_order()
    pick_client(qtbot, entry, "zeta")
    assert entry.client_edit.text() == "Zéta Új Kft."


def test_a_draft_opens_after_a_confirmed_order_was_shown(qtbot, company):
    """A confirmed order's client cannot be typed; a draft shown after it lists clients again."""
    import datetime as dt
    from decimal import Decimal as D

    from kamdesk.core.services import party, sale
    from kamdesk.gui.sale.order_entry import OrderEntry

    milk = factories.listed_milk()
    client = party.save_client({"name": "Kovács Kft."})
    confirmed = sale.save_order({"client_id": client.id, "order_date": dt.date.today()}, [sale.LineRequest(milk.id, D(1))])
    sale.confirm_order(confirmed.id)
    draft = sale.save_order({"client_id": client.id, "order_date": dt.date.today()}, [sale.LineRequest(milk.id, D(2))])
    other = party.save_client({"name": "Kovács és Fia Bt."})
    entry = open_entry(qtbot)
    entry.open_order(confirmed.id)
    entry.client_edit.setFocus()
    keys(qtbot, "kovacs")
    assert entry.client_edit.text() == "Kovács Kft." and not entry.client.completer.popup().isVisible()
    entry.open_order(draft.id)
    entry.open_order(confirmed.id)
    entry.open_order(draft.id)
    entry.client_edit.setFocus()
    entry.client_edit.clear()
    keys(qtbot, "kovacs es")
    qtbot.waitUntil(entry.client.completer.popup().isVisible)
    press_enter(qtbot, entry.client_edit)
    qtbot.waitUntil(lambda: entry.client.client_id == other.id)
