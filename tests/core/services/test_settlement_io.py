"""Invoice and payment imports: headers in three languages, amounts as people write them, rejected rows,
all or nothing, and the same file imported twice changing nothing."""

import datetime as dt
from decimal import Decimal as D

import openpyxl
import pytest

from kamdesk.core.errors import KamdeskError, PermissionDenied, ValidationError
from kamdesk.core.models.settlement import Allocation, Invoice, Payment
from kamdesk.core.services import company as company_service
from kamdesk.core.services import receivables, settlement_io
from tests import factories

TAX = "12892312-2-42"


@pytest.fixture
def clients(company):
    """Two clients: one known by its tax number (15 days to pay), one by its name only."""
    return (factories.client("Győri Ősz Kft.", tax_number=TAX, payment_terms_days=15),
            factories.client("Szőce Fűszer Bt."))


def csv_file(path, lines, encoding="utf-8"):
    path.write_bytes("\r\n".join(";".join(cells) for cells in lines).encode(encoding))
    return path


def xlsx_file(path, lines):
    workbook = openpyxl.Workbook()
    for line in lines:
        workbook.active.append(line)
    workbook.save(path)
    return path


def check_invoices(path):
    table = settlement_io.read_invoices(path)
    return table, settlement_io.check_invoices(table, settlement_io.invoice_mapping(table.headers))


def check_payments(path):
    table = settlement_io.read_payments(path)
    return table, settlement_io.check_payments(table, settlement_io.payment_mapping(table.headers))


def reasons(check):
    return {problem.row_number: problem.reason for problem in check.rejected}


def stored(number):
    return Invoice.get(Invoice.number == number)


HU_INVOICES = [
    ["Számlalista — Teszt Kft., 2026. november"],
    [],
    ["Számlaszám", "Vevő", "Adószám", "Kelte", "Fizetési határidő", "Nettó", "ÁFA", "Bruttó", "Eredeti számla"],
    ["SZ-2026/0101", "Győri Ősz Kft.", "12892312242", "2026.10.01.", "2026.10.16.", "100 000", "27 000",
     "127 000", ""],
    ["SZ-2026/0102", "SZŐCE FŰSZER BT.", "", "2026. 10. 05.", "", "1 000,50", "270,14", "1 270,64", ""],
    ["JV-2026/0007", "Győri Ősz Kft.", TAX, "2026.10.20.", "2026.10.20.", "-10 000", "-2 700", "-12 700",
     "SZ-2026/0101"],
]


def test_a_hungarian_invoice_list_in_cp1250_below_a_title(clients, tmp_path):
    gyor, szoce = clients
    table, check = check_invoices(csv_file(tmp_path / "szamlak.csv", HU_INVOICES, "cp1250"))
    assert table.header_row == 3
    assert not check.rejected and check.count("new") == 3

    result = settlement_io.import_invoices(check)

    assert result == settlement_io.ImportResult(created=3, updated=0, unchanged=0)
    first, second, credit = stored("SZ-2026/0101"), stored("SZ-2026/0102"), stored("JV-2026/0007")
    assert (first.client_id, first.gross_amount, first.net_amount, first.vat_amount) == (
        gyor.id, D("127000"), D("100000"), D("27000"))
    assert (second.client_id, second.issue_date, second.gross_amount) == (szoce.id, dt.date(2026, 10, 5),
                                                                          D("1270.64"))
    assert second.due_date == dt.date(2026, 10, 13)  # no due date in the file: the client's 8 days by default
    assert (credit.kind, credit.gross_amount, credit.refers_to_id) == ("credit_note", D("-12700"), first.id)
    assert first.open_amount == D("114300")  # the credit note settled its invoice at once (reallocated)
    assert receivables.balance(gyor.id, dt.date(2026, 12, 1)).open == D("114300")


def test_the_same_file_again_changes_nothing_and_a_changed_row_updates_its_invoice(clients, tmp_path):
    path = csv_file(tmp_path / "szamlak.csv", HU_INVOICES)
    settlement_io.import_invoices(check_invoices(path)[1])
    before = [(i.number, i.row_version, i.changed_at, i.open_amount) for i in Invoice.select().order_by(Invoice.id)]
    allocations = [(a.id, a.amount) for a in Allocation.select().order_by(Allocation.id)]

    _, again = check_invoices(path)
    assert again.count("unchanged") == 3
    assert settlement_io.import_invoices(again) == settlement_io.ImportResult(0, 0, 3)
    assert [(i.number, i.row_version, i.changed_at, i.open_amount)
            for i in Invoice.select().order_by(Invoice.id)] == before
    assert [(a.id, a.amount) for a in Allocation.select().order_by(Allocation.id)] == allocations

    lines = [list(line) for line in HU_INVOICES]
    lines[4][5:8] = ["2 000", "540", "2 540"]
    _, changed = check_invoices(csv_file(tmp_path / "javitott.csv", lines))
    assert [row.status for row in changed.valid] == ["unchanged", "changed", "unchanged"]
    assert settlement_io.import_invoices(changed) == settlement_io.ImportResult(0, 1, 2)
    updated = stored("SZ-2026/0102")
    assert (updated.gross_amount, updated.open_amount, updated.row_version) == (D("2540"), D("2540"), 2)
    assert updated.due_date == dt.date(2026, 10, 13)  # an empty optional cell leaves the stored value


def test_rows_that_cannot_be_imported_say_why_and_nothing_of_them_is_stored(clients, tmp_path, company):
    order = factories.order(clients[0].id, dt.date(2026, 9, 20), (factories.listed_milk(), 5, 0), confirm=True)
    lines = [
        ["Invoice number", "Customer", "Tax ID", "Invoice date", "Due date", "Net", "VAT", "Gross", "Currency",
         "Original invoice", "Order number"],
        ["INV-1", "Nobody Ltd.", "", "2026-10-01", "2026-10-09", "100", "27", "127", "HUF", "", ""],
        ["INV-2", "", TAX, "2026-10-01", "2026-10-09", "abc", "", "127", "HUF", "", ""],
        ["INV-3", "", TAX, "2026-10-01", "2026-10-09", "100", "27", "128", "HUF", "", ""],
        ["INV-4", "", TAX, "2026-10-01", "2026-09-09", "100", "27", "127", "HUF", "", order.number],
        ["INV-4", "", TAX, "2026-10-02", "2026-10-09", "100", "27", "127", "HUF", "", ""],
        ["CN-1", "", TAX, "2026-10-03", "2026-10-03", "-10", "-2.7", "-12.7", "HUF", "INV-9", ""],
        ["CN-2", "", TAX, "2026-10-03", "2026-10-03", "-10", "-2.7", "-12.7", "HUF", "INV-9", ""],
        ["INV-9", "", TAX, "2026-10-01", "2026-10-09", "100", "27", "127", "HUF", "", "ORD-NONE"],
        ["INV-10", "", TAX, "2026-10-01", "2026-10-09", "100", "27", "127", "HUF", "", order.number],
        ["CN-3", "", TAX, "2026-10-04", "", "", "", "50,5", "EUR", "INV-10", ""],
        ["CN-4", "", TAX, "2026-10-04", "", "10", "2.7", "12,7", "HUF", "INV-10", ""],
    ]
    table, check = check_invoices(xlsx_file(tmp_path / "invoices.xlsx", lines))
    why = reasons(check)
    assert set(why) == {2, 3, 4, 5, 6, 7, 8, 9, 11}, why
    assert why[2] == "No client is named “Nobody Ltd.”."
    assert why[3] == "Net amount: “abc” is not an amount."
    assert why[4] == "Net 100 and VAT 27 do not add up to the gross amount 128."
    assert why[5] == "The due date 2026-09-09 is before the issue date 2026-10-01."
    assert why[6] == "Invoice INV-4 is already in row 5 of this file."
    assert why[7] == why[8] == "Invoice INV-9 is neither in kamdesk nor in an earlier row of this file."
    assert why[9] == "There is no order ORD-NONE."
    assert why[11] == "Invoice INV-10 is in HUF, the credit note in EUR."
    assert [row.values["number"] for row in check.valid] == ["INV-10", "CN-4"]

    settlement_io.import_invoices(check)
    assert sorted(i.number for i in Invoice.select()) == ["CN-4", "INV-10"]
    assert stored("INV-10").order_id == order.id
    assert stored("CN-4").gross_amount == D("-12.70")  # a credit note written positive is stored negative

    settlement_io.write_rejected(check, table.headers, tmp_path / "rejected.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "rejected.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Row", "Reason") and rows[1][0] == "INV-1" and rows[1][-1] == why[2]


def test_a_mapping_without_what_an_invoice_needs_is_refused(clients, tmp_path):
    table = settlement_io.read_invoices(csv_file(tmp_path / "x.csv", [["Számlaszám", "Kelte", "Bruttó"],
                                                                      ["A-1", "2026-01-01", "100"]]))
    with pytest.raises(ValidationError, match="client's name or tax number"):
        settlement_io.check_invoices(table, settlement_io.invoice_mapping(table.headers))
    with pytest.raises(ValidationError, match="invoice number"):
        settlement_io.check_invoices(table, {1: "issue_date", 2: "gross_amount"})


def test_a_failed_import_leaves_nothing(clients, tmp_path, monkeypatch):
    _, check = check_invoices(csv_file(tmp_path / "szamlak.csv", HU_INVOICES))

    def broken(_ids):
        raise KamdeskError("the allocation failed")

    monkeypatch.setattr(receivables, "reallocate", broken)
    with pytest.raises(KamdeskError):
        settlement_io.import_invoices(check)
    assert Invoice.select().count() == 0


def test_on_a_server_only_heads_and_admins_import(clients, tmp_path, monkeypatch):
    _, check = check_invoices(csv_file(tmp_path / "szamlak.csv", HU_INVOICES))
    monkeypatch.setattr(company_service, "has_role", lambda *roles: "manager" in roles)
    with pytest.raises(PermissionDenied, match="head of department or an administrator"):
        settlement_io.import_invoices(check)
    assert Invoice.select().count() == 0


# ---------------------------------------------------------------- payments

def invoice(client, number, issued, gross):
    return Invoice.create(number=number, client=client, issue_date=issued, due_date=issued + dt.timedelta(days=8),
                          gross_amount=D(gross), net_amount=D(gross), open_amount=D(gross))


STATEMENT = [
    ["Bank statement 2026/11"],
    ["Value date", "Payer", "Tax ID", "Amount", "Currency", "Description", "Transaction id"],
    ["2026-11-03", "GYORI OSZ KFT", "HU12892312", "1 000,00", "HUF", "Invoice sz 2026 0002", "TX-1"],
    ["2026-11-04", "Szőce Fűszer Bt.", "", "300", "HUF", "", ""],
    ["2026-11-04", "Szőce Fűszer Bt.", "", "300", "HUF", "", ""],
    ["2026-11-05", "Unknown Payer Zrt.", "99999999-2-41", "50", "HUF", "", ""],
    ["2026-11-05", "Szőce Fűszer Bt.", "", "0", "HUF", "", ""],
]


def test_a_bank_statement_allocates_by_remark_and_imports_once(clients, tmp_path):
    gyor, szoce = clients
    older, named = invoice(gyor, "SZ-2026/0001", dt.date(2026, 9, 1), "700"), \
        invoice(gyor, "SZ-2026/0002", dt.date(2026, 10, 1), "1000")
    bill = invoice(szoce, "SZ-2026/0003", dt.date(2026, 10, 1), "1000")
    path = xlsx_file(tmp_path / "statement.xlsx", STATEMENT)
    _, check = check_payments(path)
    assert reasons(check) == {6: "No client has the tax number 99999999-2-41 or the name “Unknown Payer Zrt.”.",
                              7: "The amount is zero."}
    assert check.new == 3

    assert settlement_io.import_payments(check) == settlement_io.ImportResult(3, 0, 0)
    assert [Invoice.get_by_id(i.id).open_amount for i in (older, named, bill)] == [D("700"), D("0"), D("400")]
    assert Payment.select().where(Payment.client == szoce.id).count() == 2  # two equal transfers: two payments
    paid = Payment.get(Payment.reference == "TX-1")
    assert (paid.partner_name, paid.remark, paid.source) == ("GYORI OSZ KFT", "Invoice sz 2026 0002", "import")

    _, again = check_payments(path)
    assert again.new == 0
    assert settlement_io.import_payments(again) == settlement_io.ImportResult(0, 0, 3)
    assert Payment.select().count() == 3

    longer = [*STATEMENT, ["2026-11-04", "Szőce Fűszer Bt.", "", "300", "HUF", "", ""]]
    _, third = check_payments(xlsx_file(tmp_path / "statement-2.xlsx", longer))
    assert settlement_io.import_payments(third).created == 1  # the third equal transfer is a new one
    assert Invoice.get_by_id(bill.id).open_amount == D("100")


def test_a_russian_payment_list_in_cp1251(company, tmp_path):
    client = factories.client("ООО Ромашка", tax_number="7707083893", legal_country="RU")
    invoice(client, "СЧ-15", dt.date(2026, 10, 1), "5000")
    lines = [["Дата платежа", "Плательщик", "ИНН", "Сумма", "Валюта", "Назначение платежа"],
             ["15.11.2026", "ООО «Ромашка»", "7707083893", "2 500,00", "HUF", "Оплата по счёту СЧ-15"]]
    table, check = check_payments(csv_file(tmp_path / "platezhi.csv", lines, "cp1251"))
    assert settlement_io.payment_mapping(table.headers) == {0: "paid_on", 1: "partner_name", 2: "tax_number",
                                                            3: "amount", 4: "currency", 5: "remark"}
    assert not check.rejected
    settlement_io.import_payments(check)
    payment = Payment.get()
    assert (payment.paid_on, payment.amount, payment.partner_name) == (dt.date(2026, 11, 15), D("2500"),
                                                                        "ООО «Ромашка»")
    assert Invoice.get().open_amount == D("2500")


def test_a_laptop_imports_nothing_and_says_where_invoices_are_recorded(clients, tmp_path, monkeypatch):
    from kamdesk.core.services import numbering, settlement_entry

    _, check = check_invoices(csv_file(tmp_path / "szamlak.csv", HU_INVOICES))
    monkeypatch.setattr(numbering, "is_replica", lambda: True)
    assert not settlement_entry.can_record()
    with pytest.raises(KamdeskError, match="recorded at the office"):
        settlement_io.import_invoices(check)
    assert Invoice.select().count() == 0


def test_russian_and_english_invoice_headers_are_recognised():
    russian = ["Номер счёта", "Покупатель", "ИНН", "Дата", "Срок оплаты", "Сумма без НДС", "НДС", "Сумма с НДС",
               "Валюта", "Корректируемый счёт", "Номер заказа", "Комментарий"]
    english = ["Invoice no.", "Customer", "VAT number", "Invoice date", "Due date", "Net", "VAT", "Total (HUF)",
               "Currency", "Original invoice", "Order number", "Note", "Type"]
    assert list(settlement_io.invoice_mapping(russian).values()) == [
        "number", "client", "tax_number", "issue_date", "due_date", "net_amount", "vat_amount", "gross_amount",
        "currency", "refers_to", "order", "note"]
    assert list(settlement_io.invoice_mapping(english).values()) == [
        "number", "client", "tax_number", "issue_date", "due_date", "net_amount", "vat_amount", "gross_amount",
        "currency", "refers_to", "order", "note", "kind"]


def test_an_import_cancelled_midway_writes_nothing(clients, tmp_path):
    lines = [HU_INVOICES[2], *([f"SZ-{n}", "Győri Ősz Kft.", "", "2026.10.01.", "", "100", "27", "127", ""]
                               for n in range(1200))]
    _, check = check_invoices(csv_file(tmp_path / "sok.csv", lines))

    class Cancelled(Exception):
        """What the GUI's task raises from its progress callback after the user cancelled."""

    def cancelled(done, _total):
        if done >= 1000:
            raise Cancelled

    with pytest.raises(Cancelled):
        settlement_io.import_invoices(check, progress=cancelled)
    assert Invoice.select().count() == 0
