"""The settlement area as a manager uses it: receivables by age, invoices and payments typed in or corrected,
allocation by hand, and the client card's Receivables tab."""

import datetime as dt
import sys
import types
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.services import settlement_entry as entry
from kamdesk.gui.changes import changes, notify
from kamdesk.gui.settlement.invoices_page import InvoicesPage
from kamdesk.gui.settlement.payments_page import PaymentsPage
from kamdesk.gui.settlement.receivables_page import COLUMNS, ReceivablesPage
from tests import factories
from tests.gui.keyboard import activate, type_text
from tests.gui.waiting import settled

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


@pytest.fixture
def books(company, peter):
    """Kovács (Péter's): an invoice 85 days overdue partly paid, one not due yet; Szűcs: one 35 days overdue;
    Alfa: money paid in advance, not allocated."""
    kovacs = factories.client("Kovács Kft.", manager=peter.id, tax_number="12345676-2-42", reliability="A")
    szucs = factories.client("Szűcs Bt.")
    alfa = factories.client("Alfa Zrt.")
    old = entry.save_invoice({"number": "SZ-2026-001", "client": kovacs.id, "issue_date": ago(100),
                              "due_date": ago(85), "net_amount": "78 740", "vat_amount": "21 260"})
    new = entry.save_invoice({"number": "SZ-2026-002", "client": kovacs.id, "issue_date": ago(10),
                              "due_date": TODAY + dt.timedelta(days=5), "gross_amount": "50000"})
    entry.save_invoice({"number": "SZ-2026-003", "client": szucs.id, "issue_date": ago(40), "due_date": ago(35),
                        "gross_amount": "20000"})
    paid = entry.save_payment({"client": kovacs.id, "paid_on": ago(20), "amount": "30000", "remark": "átutalás"})
    ahead = entry.save_payment({"client": alfa.id, "paid_on": ago(3), "amount": "8000"})
    return types.SimpleNamespace(kovacs=kovacs, szucs=szucs, alfa=alfa, old=old, new=new, paid=paid, ahead=ahead)


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    activate(widget)
    return widget


def read(qtbot, page):
    """`page` once the lines it asked for are read (on a worker thread) and shown."""
    settled(qtbot)
    return page


def column(page, name: str) -> list[str]:
    model, position = page.model, page.model.COLUMNS.index(name)
    return [model.index(row, position).data() for row in range(model.rowCount())]


def heard(kind: str) -> list:
    """The changes announced from now on (their kinds and clients)."""
    found = []
    changes().changed.connect(lambda change: found.append(change) if change.touches(kind) else None)
    return found


# ---------------------------------------------------------------- the area

def test_the_receivables_area_has_a_tab_per_page_built_when_first_shown(qtbot, books, monkeypatch):
    from kamdesk.gui.main_window import MainWindow
    from tests.gui.test_main_window import discard_unsaved

    opened = []
    monkeypatch.setattr(MainWindow, "open_client", lambda window, client_id: opened.append(client_id))
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=discard_unsaved)
    window.show()
    activate(window)
    action = window.findChild(type(window.new_action), "area_receivables")
    assert action.shortcut().toString() == "Ctrl+9"
    action.trigger()
    settled(qtbot)
    area = window.receivables
    tabs = area.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Receivables", "Invoices", "Payments", "Collection"]
    assert list(area.pages) == ["receivables"]  # the other tabs' lists are read when they are chosen
    tabs.setCurrentIndex(2)
    assert isinstance(area.pages["payments"], PaymentsPage) and tabs.currentWidget() is area.pages["payments"]
    receivables = area.pages["receivables"]
    receivables.listing.select(receivables.model.rows()[0].id)
    receivables.open_current_client()  # the page asks the window, through the area
    assert opened == [books.kovacs.id]
    tabs.setCurrentIndex(2)
    entry.save_payment({"client": books.szucs.id, "paid_on": TODAY, "amount": "20000"})
    notify("settlement", client_id=books.szucs.id)
    settled(qtbot)
    assert column(receivables, "client") == ["Kovács Kft.", "Szűcs Bt.", "Alfa Zrt."]  # hidden: read when seen
    tabs.setCurrentIndex(0)
    settled(qtbot)
    assert column(receivables, "client") == ["Kovács Kft.", "Alfa Zrt."]


# ---------------------------------------------------------------- receivables

def test_each_client_by_age_with_totals_sorted_by_overdue_first(qtbot, qtmodeltester, books):
    page = read(qtbot, show(qtbot, ReceivablesPage()))
    qtmodeltester.check(page.model)
    assert column(page, "client") == ["Kovács Kft.", "Szűcs Bt.", "Alfa Zrt."]
    assert column(page, "open") == ["120,000", "20,000", "-8,000"]
    assert column(page, "days_61_90") == ["70,000", "", ""]
    assert column(page, "days_31_60") == ["", "20,000", ""]
    assert column(page, "not_due") == ["50,000", "", ""]
    assert column(page, "unallocated") == ["", "", "8,000"]
    assert column(page, "oldest_overdue_days") == ["85", "35", ""]
    totals = page.totals_model
    texts = {name: totals.index(0, COLUMNS.index(name)).data() for name in ("client", "open", "overdue", "unallocated")}
    assert texts == {"client": "Total", "open": "132,000", "overdue": "90,000", "unallocated": "8,000"}
    assert page.totals.isVisible() and page.totals.columnWidth(4) == page.table.columnWidth(4)
    assert page.listing.count_label.text() == "3 lines"


def test_a_click_on_a_header_sorts_and_the_filters_narrow(qtbot, books, peter):
    page = read(qtbot, show(qtbot, ReceivablesPage()))
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, header.height() // 2))
    assert column(page, "client") == ["Alfa Zrt.", "Kovács Kft.", "Szűcs Bt."]
    page.overdue_only.setChecked(True)
    settled(qtbot)
    assert column(page, "client") == ["Kovács Kft.", "Szűcs Bt."]
    page.manager.setCurrentIndex(page.manager.findData(peter.id))
    settled(qtbot)
    assert column(page, "client") == ["Kovács Kft."]
    page.listing.clear_filters()
    settled(qtbot)
    type_text(page.listing.search, "szucs")
    page.listing.apply_filters()
    assert column(page, "client") == ["Szűcs Bt."]


def test_typing_and_sorting_use_the_lines_read_and_a_change_reads_them_again(qtbot, books, monkeypatch):
    from kamdesk.core.services import receivables

    page = read(qtbot, show(qtbot, ReceivablesPage()))
    reads = []
    aging = receivables.aging
    monkeypatch.setattr(receivables, "aging", lambda *args, **kwargs: (  # the list's reading, not one client's
        reads.append(args) if kwargs.get("client_id") is None else None) or aging(*args, **kwargs))
    type_text(page.listing.search, "kov")
    page.listing.apply_filters()
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    assert reads == [] and column(page, "client") == ["Kovács Kft."]
    entry.save_payment({"client": books.kovacs.id, "paid_on": TODAY, "amount": "70000"})
    notify("settlement", client_id=books.kovacs.id)
    settled(qtbot)
    assert reads and column(page, "overdue") == [""]


def test_a_past_day_shows_what_was_owed_then(qtbot, books):
    page = read(qtbot, show(qtbot, ReceivablesPage()))
    page.set_as_of(ago(50))  # the second invoice was not issued, the payment not made yet
    settled(qtbot)
    assert column(page, "client") == ["Kovács Kft."]
    assert column(page, "days_31_60") == ["100,000"] and column(page, "oldest_overdue_days") == ["35"]


def test_the_selected_clients_open_items_and_how_it_pays(qtbot, books):
    page = read(qtbot, show(qtbot, ReceivablesPage()))
    page.listing.select(page.model.rows()[0].id)
    assert page.detail_title.text().startswith("Kovács Kft. (12345676-2-42): open items as of")
    items = page.items
    assert [items.item(row, 0).text() for row in range(items.rowCount())] == ["SZ-2026-001", "SZ-2026-002"]
    assert [items.item(row, 6).text() for row in range(2)] == ["70,000", "50,000"]
    assert [items.item(row, 7).text() for row in range(2)] == ["85", ""]
    assert items.item(0, 7).foreground().color().name() == "#c62828"
    # the payment came 65 days after the due date: late on average, and a debt over 60 days old
    assert page.behaviour.text() == ("Pays 65.0 days late on average in the last 365 days. "
                                     "Suggested rating: D.")


def test_statement_and_imports_are_the_other_parts_dialogs(qtbot, books, monkeypatch):
    calls = []
    for module, name in (("statement_dialog", "open_statement_dialog"),
                         ("invoice_import", "import_invoices_interactively"),
                         ("payment_import", "import_payments_interactively")):
        fake = types.ModuleType(f"kamdesk.gui.settlement.{module}")
        setattr(fake, name, lambda *args, name=name: calls.append((name, *args)))
        monkeypatch.setitem(sys.modules, fake.__name__, fake)
    page = read(qtbot, show(qtbot, ReceivablesPage()))
    page.listing.select(page.model.rows()[1].id)
    qtbot.mouseClick(page.statement_button, Qt.MouseButton.LeftButton)
    page.import_invoices()
    page.import_payments()
    assert calls == [("open_statement_dialog", page, books.szucs.id), ("import_invoices_interactively", page),
                     ("import_payments_interactively", page)]


def test_an_empty_list_says_where_receivables_come_from(qtbot, company):
    page = read(qtbot, show(qtbot, ReceivablesPage()))
    assert page.model.rowCount() == 0 and not page.totals.isVisible()
    assert "import its invoice list and the bank statements" in page.listing.empty_state.text()
    assert not page.open_button.isEnabled()


# ---------------------------------------------------------------- invoices

def test_an_invoice_typed_in_is_saved_listed_and_announced(qtbot, qtmodeltester, books):
    page = show(qtbot, InvoicesPage())
    qtmodeltester.check(page.model)
    announced = heard("settlement")
    dialog = page.new_invoice(books.szucs.id)
    assert dialog.client.text() == "Szűcs Bt."
    assert dialog.due_date.date() == QDate.currentDate().addDays(8)  # the client's payment terms
    type_text(dialog.number, "SZ-2026-100")
    type_text(dialog.net_amount, "10 000")
    type_text(dialog.vat_amount, "2 700")
    assert dialog.gross_amount.placeholderText() == "12,700 (net + VAT)"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = Invoice.get(Invoice.number == "SZ-2026-100")
    assert (stored.gross_amount, stored.open_amount, stored.source, stored.client_id) == (
        Decimal(12700), Decimal(12700), "manual", books.szucs.id)
    assert not dialog.isVisible()
    assert column(page, "number")[0] == "SZ-2026-100"
    assert [(change.client_ids, change.source) for change in announced] == [(frozenset({books.szucs.id}), dialog)]


def test_what_is_wrong_stands_beside_its_field_and_nothing_is_saved(qtbot, books):
    page = show(qtbot, InvoicesPage())
    dialog = page.new_invoice(books.szucs.id)
    type_text(dialog.net_amount, "12,5,0")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and Invoice.select().count() == 3
    assert dialog.errors["number"].isVisible() and dialog.errors["number"].text() == "The invoice number is missing."
    assert dialog.errors["net_amount"].text() == "Net amount: “12,5,0” is not an amount."
    assert dialog.number.hasFocus()
    type_text(dialog.number, "X")  # typing in the field clears its message
    assert not dialog.errors["number"].isVisible()
    dialog.discard_changes()
    dialog.reject()


def test_a_credit_note_typed_positive_is_stored_negative_and_settles_its_invoice(qtbot, books):
    page = show(qtbot, InvoicesPage())
    dialog = page.new_invoice(books.kovacs.id)
    assert not dialog.refers_to.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("credit_note"))
    assert dialog.refers_to.isEnabled()
    assert [dialog.refers_to.itemText(i).split(" · ")[0] for i in range(dialog.refers_to.count())] == [
        "(none)", "SZ-2026-002", "SZ-2026-001"]
    dialog.refers_to.setCurrentIndex(dialog.refers_to.findData(books.new.id))
    type_text(dialog.number, "JSZ-2026-001")
    type_text(dialog.gross_amount, "1 000")
    dialog.accept()
    note = Invoice.get(Invoice.number == "JSZ-2026-001")
    assert (note.kind, note.gross_amount, note.refers_to_id) == ("credit_note", Decimal(-1000), books.new.id)
    page.listing.select(books.new.id)
    assert page.allocations_title.text() == "What settles SZ-2026-002:"
    assert page.allocations.item(0, 1).text() == "credit note JSZ-2026-001"
    assert page.allocations.item(0, 3).text() == "Credit note"
    reopened = page.open_invoice(note.id)  # a correction shows the amounts as they were typed
    assert reopened.gross_amount.text() == "1,000" and reopened.windowTitle() == "Credit note JSZ-2026-001"
    reopened.reject()


def test_a_correction_shows_the_stored_values_and_saves_the_changed_ones(qtbot, books):
    page = show(qtbot, InvoicesPage())
    page.listing.select(books.old.id)
    dialog = page.open_current()
    assert (dialog.number.text(), dialog.net_amount.text(), dialog.gross_amount.text()) == (
        "SZ-2026-001", "78,740", "100,000")
    dialog.due_date.setDate(QDate.currentDate().addDays(-60))
    dialog.accept()
    assert Invoice.get_by_id(books.old.id).due_date == ago(60)
    assert Invoice.get_by_id(books.old.id).row_version == books.old.row_version + 1


def test_a_correction_over_someone_elses_asks_and_may_overwrite(qtbot, books, monkeypatch):
    from kamdesk.gui.widgets import changed_meanwhile

    page = show(qtbot, InvoicesPage())
    dialog = page.open_invoice(books.old.id)
    entry.save_invoice({"note": "the office's"}, books.old.id)  # saved elsewhere while the dialog is open
    asked = []
    monkeypatch.setattr(changed_meanwhile, "ask_changed_meanwhile",
                        lambda parent, error, labels=None, may_overwrite=True: asked.append(error.fields)
                        or changed_meanwhile.OVERWRITE)
    type_text(dialog.note, "mine")
    dialog.accept()
    assert asked and "note" in asked[0]
    assert Invoice.get_by_id(books.old.id).note == "mine" and not dialog.isVisible()


def test_escape_asks_before_typed_changes_are_lost(qtbot, books, monkeypatch):
    page = show(qtbot, InvoicesPage())
    dialog = page.new_invoice(books.szucs.id)
    type_text(dialog.number, "SZ-9")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: questions.append(text)
                        or QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert questions == ["Save the changes?"] and dialog.isVisible()
    dialog.discard_changes()
    dialog.reject()


def test_an_invoice_is_deleted_only_after_asking(qtbot, books, monkeypatch):
    page = show(qtbot, InvoicesPage())
    page.listing.select(books.new.id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: asked.append(text)
                        or answers.pop(0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Invoice.get_or_none(Invoice.id == books.new.id) is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Invoice.get_or_none(Invoice.id == books.new.id) is None
    assert asked[0].startswith("Delete SZ-2026-002?")
    assert "SZ-2026-002" not in column(page, "number")


def test_the_invoice_filters(qtbot, books):
    page = show(qtbot, InvoicesPage())
    page.open_only.setChecked(True)
    assert column(page, "number") == ["SZ-2026-002", "SZ-2026-003", "SZ-2026-001"]
    page.period.setCurrentIndex(page.period.findData("last_12_months"))
    page.kind.setCurrentIndex(page.kind.findData("credit_note"))
    assert page.model.rowCount() == 0 and "No invoice matches these filters." in page.listing.empty_state.text()


def test_a_manager_on_a_server_reads_but_does_not_record(qtbot, books, monkeypatch):
    monkeypatch.setattr(entry, "can_record", lambda: False)
    page = show(qtbot, InvoicesPage())
    page.listing.select(books.old.id)
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled() and page.open_button.isEnabled()
    dialog = page.open_current()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.recorder_note.isVisible()
    dialog.reject()


# ---------------------------------------------------------------- payments

def test_a_payment_allocated_by_hand_and_taken_back(qtbot, qtmodeltester, books):
    page = show(qtbot, PaymentsPage())
    qtmodeltester.check(page.model)
    page.listing.select(books.paid.id)
    assert [page.allocations.item(0, c).text() for c in range(4)][1:] == ["SZ-2026-001", "30,000", "Oldest first"]
    dialog = page.allocate()
    assert [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())] == [
        "SZ-2026-001", "SZ-2026-002"]
    dialog.table.setCurrentCell(1, 0)
    assert dialog.amount.text() == "30,000"  # what the payment holds, at most what the invoice owes
    dialog.amount.setText("10 000")
    dialog.accept()
    rows = {page.allocations.item(row, 1).text(): page.allocations.item(row, 3).text()
            for row in range(page.allocations.rowCount())}
    assert rows == {"SZ-2026-002": "By hand", "SZ-2026-001": "Oldest first"}
    manual = next(row for row in range(2) if page.allocations.item(row, 3).text() == "By hand")
    page.allocations.setCurrentCell(manual, 0)
    assert page.remove_button.isEnabled()
    page.remove_allocation()
    assert Allocation.select().where(Allocation.rule == "manual").count() == 0
    assert page.allocations.rowCount() == 1 and page.allocations.item(0, 1).text() == "SZ-2026-001"


def test_an_allocation_too_large_is_refused_beside_the_amount(qtbot, books):
    page = show(qtbot, PaymentsPage())
    page.listing.select(books.paid.id)
    dialog = page.allocate()
    dialog.amount.setText("40 000")
    dialog.accept()
    assert dialog.isVisible() and dialog.amount_error.text().startswith("The payment has only 30000")
    dialog.reject()


def test_a_payment_without_an_open_invoice_says_so(qtbot, books):
    page = show(qtbot, PaymentsPage())
    page.unallocated_only.setChecked(True)
    assert column(page, "client") == ["Alfa Zrt."] and column(page, "unallocated") == ["8,000"]
    page.listing.select(books.ahead.id)
    dialog = page.allocate()
    assert dialog.invoice_error.text() == "The client has no open invoice in HUF to allocate to."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_a_cash_payment_typed_in_settles_the_oldest_invoice(qtbot, books):
    page = show(qtbot, PaymentsPage())
    dialog = page.new_payment(books.szucs.id)
    type_text(dialog.amount, "20 000")
    dialog.accept()
    payment = Payment.get(Payment.client == books.szucs.id)
    assert (payment.amount, payment.unallocated, payment.source) == (Decimal(20000), Decimal(0), "manual")
    assert Invoice.get(Invoice.number == "SZ-2026-003").open_amount == 0
    assert column(page, "client")[0] == "Szűcs Bt."


def test_a_payment_is_deleted_after_asking(qtbot, books, monkeypatch):
    page = show(qtbot, PaymentsPage())
    page.listing.select(books.paid.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert Payment.get_or_none(Payment.id == books.paid.id) is None
    assert Invoice.get_by_id(books.old.id).open_amount == Decimal(100000)


# ---------------------------------------------------------------- the client card

def test_the_card_tab_shows_what_the_client_owes_and_follows_changes(qtbot, books):
    from kamdesk.gui.party.client_card import ClientCard

    card = show(qtbot, ClientCard(books.kovacs.id))
    card.discard_changes()
    tab = card.area_tabs["receivables"]
    tabs = card.ui.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Receiva&bles (overdue)"
    tabs.setCurrentWidget(tab)
    assert tab.summary.text() == "Owes 120,000\u00a0HUF, of which 70,000\u00a0HUF overdue (the oldest 85 days)."
    assert tab.behaviour.text().endswith("Suggested rating: D. The card's rating is A (Credit and reliability).")
    assert tab.items.rowCount() == 2 and tab.payments.rowCount() == 1
    dialog = tab.record_payment()
    type_text(dialog.amount, "70 000")
    dialog.accept()  # announced: the tab reads the client again
    assert tab.summary.text() == "Owes 50,000\u00a0HUF."
    assert tabs.tabText(tabs.indexOf(tab)) == "Receiva&bles" and tab.payments.rowCount() == 2


def test_the_periods_of_the_filters():
    from kamdesk.gui.settlement.labels import period_dates

    day = dt.date(2026, 3, 31)
    assert period_dates("this_month", day) == (dt.date(2026, 3, 1), day)
    assert period_dates("last_month", day) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert period_dates("this_quarter", dt.date(2026, 12, 5)) == (dt.date(2026, 10, 1), dt.date(2026, 12, 5))
    assert period_dates("last_year", day) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_dates("last_12_months", day) == (dt.date(2025, 4, 1), day)
    assert period_dates("last_12_months", dt.date(2028, 2, 29)) == (dt.date(2027, 3, 1), dt.date(2028, 2, 29))
    assert period_dates(None, day) == (None, None)
