"""Invoices and payments typed in and corrected by hand: checks in the user's words, one transaction,
and the client's receivables reallocated when the save returns."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ChangedMeanwhile, PermissionDenied, ValidationError
from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.services import company as company_service
from kamdesk.core.services import settlement_entry, settlement_io
from tests import factories


@pytest.fixture
def client(company):
    return factories.client("Győri Ősz Kft.", tax_number="12892312-2-42", payment_terms_days=30)


def invoice_values(client, **values):
    return {"number": "SZ-1", "client": client.id, "issue_date": dt.date(2026, 10, 1), "net_amount": D("100"),
            "vat_amount": D("27"), "gross_amount": D("127"), **values}


def test_an_invoice_typed_in_takes_the_money_waiting_for_it(client):
    money = settlement_entry.save_payment({"client": client.id, "paid_on": dt.date(2026, 9, 1), "amount": "200"})
    assert money.unallocated == D("200") and money.source == "manual"

    saved = settlement_entry.save_invoice(invoice_values(client))

    assert (saved.due_date, saved.currency, saved.source) == (dt.date(2026, 10, 31), "HUF", "manual")
    assert saved.open_amount == D("0")  # the prepayment settles it when the save returns
    assert Payment.get_by_id(money.id).unallocated == D("73")


def test_what_is_wrong_is_said_beside_each_field(client):
    settlement_entry.save_invoice(invoice_values(client))
    with pytest.raises(ValidationError) as refused:
        settlement_entry.save_invoice({"number": "SZ-1", "client": None, "issue_date": "2026-13-01",
                                       "gross_amount": "12,345", "currency": "forintok"})
    assert refused.value.errors == {
        "number": "Invoice SZ-1 exists already.", "client": "Choose the client.",
        "issue_date": "Issue date: “2026-13-01” is not a date (use YYYY-MM-DD).",
        "gross_amount": "Gross amount: 12,345 has more than two decimal places.",
        "currency": "Currency “forintok” must be a three-letter code such as HUF, EUR or RUB."}
    with pytest.raises(ValidationError) as negative:
        settlement_entry.save_invoice(invoice_values(client, number="SZ-2", kind="invoice", net_amount=D("-100"),
                                                     vat_amount=D("-27"), gross_amount=D("-127")))
    assert list(negative.value.errors) == ["gross_amount"]
    with pytest.raises(ValidationError, match="is before the issue date"):
        settlement_entry.save_invoice(invoice_values(client, number="SZ-2", due_date=dt.date(2026, 9, 1)))
    assert Invoice.select().count() == 1


def test_a_credit_note_refers_to_an_invoice_of_its_client_and_is_stored_negative(client, company):
    bill = settlement_entry.save_invoice(invoice_values(client))
    other = factories.client("Szőce Fűszer Bt.")
    with pytest.raises(ValidationError, match="another client's"):
        settlement_entry.save_invoice(invoice_values(other, number="JV-1", kind="credit_note", refers_to=bill.id))

    note = settlement_entry.save_invoice(invoice_values(client, number="JV-1", kind="credit_note", refers_to=bill.id,
                                                        net_amount=D("10"), vat_amount=D("2.70"),
                                                        gross_amount=D("12.70")))

    assert (note.gross_amount, note.net_amount, note.refers_to_id) == (D("-12.70"), D("-10"), bill.id)
    assert Invoice.get_by_id(bill.id).open_amount == D("114.30")
    settlement_entry.delete_invoice(note.id)
    assert Invoice.get_by_id(bill.id).open_amount == D("127")
    assert not Allocation.select().exists()


def test_a_correction_over_someone_elses_change_is_refused(client):
    bill = settlement_entry.save_invoice(invoice_values(client))
    settlement_entry.save_invoice({"note": "Postán is elküldve", "row_version": bill.row_version}, bill.id)
    with pytest.raises(ChangedMeanwhile):
        settlement_entry.save_invoice({"gross_amount": D("254"), "net_amount": D("200"), "vat_amount": D("54"),
                                       "row_version": bill.row_version}, bill.id)
    assert Invoice.get_by_id(bill.id).gross_amount == D("127")


def test_moving_an_invoice_to_another_client_reallocates_both(client, company):
    other = factories.client("Szőce Fűszer Bt.")
    money = settlement_entry.save_payment({"client": client.id, "paid_on": dt.date(2026, 10, 2), "amount": "127"})
    bill = settlement_entry.save_invoice(invoice_values(client))
    assert Payment.get_by_id(money.id).unallocated == D("0")

    moved = settlement_entry.save_invoice({"client": other.id}, bill.id)

    assert moved.open_amount == D("127")
    assert Payment.get_by_id(money.id).unallocated == D("127")


def test_deleting_a_payment_opens_its_invoice_again(client):
    bill = settlement_entry.save_invoice(invoice_values(client))
    money = settlement_entry.save_payment({"client": client.id, "paid_on": "2026.10.20.", "amount": "1 00,00",
                                           "remark": "SZ-1"})
    assert Invoice.get_by_id(bill.id).open_amount == D("27")
    settlement_entry.delete_payment(money.id)
    assert Invoice.get_by_id(bill.id).open_amount == D("127")
    with pytest.raises(ValidationError) as refused:
        settlement_entry.save_payment({"client": client.id, "paid_on": "", "amount": "0"})
    assert refused.value.errors == {"paid_on": "The date of the payment is missing.", "amount": "The amount is zero."}


def test_an_imported_payment_corrected_by_hand_is_not_imported_again(client, tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text("Dátum;Befizető;Összeg;Közlemény\n2026-11-02;Győri Ősz Kft.;500;előleg\n", encoding="utf-8")
    table = settlement_io.read_payments(path)
    settlement_io.import_payments(settlement_io.check_payments(table, settlement_io.payment_mapping(table.headers)))
    imported = Payment.get()

    settlement_entry.save_payment({"amount": "450", "note": "50 Ft banki költség"}, imported.id)

    again = settlement_io.check_payments(table, settlement_io.payment_mapping(table.headers))
    assert settlement_io.import_payments(again).created == 0
    assert [(p.amount, p.source) for p in Payment.select()] == [(D("450"), "import")]


def test_on_a_server_a_manager_records_no_invoices(client, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: "manager" in roles)
    assert not settlement_entry.can_record()
    with pytest.raises(PermissionDenied):
        settlement_entry.save_invoice(invoice_values(client))
    with pytest.raises(PermissionDenied):
        settlement_entry.save_payment({"client": client.id, "paid_on": dt.date(2026, 9, 1), "amount": "200"})


def test_a_date_no_invoice_has_is_refused_not_overflowed(client):
    with pytest.raises(ValidationError) as refused:
        settlement_entry.save_invoice(invoice_values(client, issue_date="9999-12-31"))
    assert refused.value.errors == {"issue_date": "Issue date: 9999-12-31 is not a date of an invoice or a payment."}
