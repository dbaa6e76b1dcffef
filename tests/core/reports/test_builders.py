"""The receivables and refusals reports built from a small database: their tables, figures, order, totals and
texts in the document language; a manager limits them; who may ask for whose report."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import NotFound, PermissionDenied
from kamdesk.core.reports import access, builder
from kamdesk.core.reports import refusals as refusals_report
from kamdesk.core.reports.cells import totals_row
from kamdesk.core.reports.model import ReportPeriod, ReportRequest, resolve_period
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offers
from kamdesk.core.services import sale
from tests import factories
from tests.core.services.test_receivables import invoice, payment, settle

NOVEMBER = resolve_period("2026-11")
TODAY = dt.date.today()
LAST_30_DAYS = ReportPeriod(TODAY - dt.timedelta(days=29), TODAY, "range")


@pytest.fixture
def debtors(company, peter):
    """A client without a manager owes 1,000 HUF 20 days overdue and 500 not yet due on 30 November, less 300
    paid without a remark; Péter's owes 2,000 HUF 45 days overdue and 100.50 EUR 100 days overdue."""
    anna = factories.client("Alfa Kft.", tax_number="12345676-2-41")
    bela = factories.client("Béta Bt.", manager=peter.id)
    invoice(anna, "A-1", dt.date(2026, 10, 1), dt.date(2026, 11, 10), "1000")
    invoice(anna, "A-2", dt.date(2026, 11, 20), dt.date(2026, 12, 20), "500")
    payment(anna, dt.date(2026, 11, 25), "300")
    invoice(bela, "B-1", dt.date(2026, 9, 1), dt.date(2026, 10, 16), "2000")
    invoice(bela, "B-2", dt.date(2026, 8, 1), dt.date(2026, 8, 22), "100.50", currency="EUR")
    settle(anna, bela)
    return {"anna": anna, "bela": bela, "peter": peter}


def receivables(language="hu", period=NOVEMBER, manager_id=None, as_of=dt.date(2026, 12, 4)):
    return builder("receivables")(ReportRequest("receivables", period, manager_id, language, as_of))


def test_receivables_per_currency_by_manager_and_by_client_most_overdue_first(debtors):
    document = receivables()
    assert (document.title, document.subtitle, document.currency) == ("Kintlévőségek", "Állapot: 2026. 11. 30.",
                                                                      "HUF")
    assert [table.title for table in document.tables] == [  # the company's currency first
        "Üzletkötőnként, HUF", "Ügyfelenként, HUF", "Üzletkötőnként, EUR", "Ügyfelenként, EUR"]
    managers, huf, _, eur = document.tables
    columns = [column.key for column in huf.columns]
    row = dict(zip(columns, huf.rows[0], strict=True))
    assert (row["client"], row["manager"], row["days_31_60"], row["overdue"], row["open"], row["oldest"]) == (
        "Béta Bt.", "Nagy Péter", D("2000.00"), D("2000.00"), D("2000.00"), 45)
    row = dict(zip(columns, huf.rows[1], strict=True))
    assert (row["client"], row["tax_number"], row["not_due"], row["days_1_30"], row["unallocated"], row["open"]) == (
        "Alfa Kft.", "12345676-2-41", D("500.00"), D("700.00"), None, D("1200.00"))  # 300 settled A-1 oldest first
    assert row["days_over_90"] is None and row["overdue_share"] == D("58.3")
    totals = dict(zip(columns, totals_row(huf, "hu"), strict=True))
    assert (totals["client"], totals["overdue"], totals["open"], totals["overdue_share"]) == (
        "Összesen", D("2700.00"), D("3200.00"), D("84.4"))
    assert [(row[0], row[1], row[-2]) for row in managers.rows] == [("Nagy Péter", 1, D("2000.00")),
                                                                    ("Nincs üzletkötő", 1, D("1200.00"))]
    assert totals_row(managers, "hu")[1:3] == (2, D("500.00"))
    (row,) = eur.rows
    assert dict(zip(columns, row, strict=True))["days_over_90"] == D("100.50")
    assert {column.currency for column in eur.columns if column.kind == "money"} == {"EUR"}


def test_beyond_the_top_clients_the_rest_are_summed_in_one_row(debtors, monkeypatch):
    from kamdesk.core.reports import receivables as receivables_report

    monkeypatch.setattr(receivables_report, "TOP", 1)
    huf = receivables("en").tables[1]
    assert [row[0] for row in huf.rows] == ["Béta Bt.", "The other 1 clients"]
    assert huf.rows[1][3:5] == (D("500.00"), D("700.00")) and huf.rows[1][-1] == 20
    assert totals_row(huf, "en")[-3] == D("3200.00")  # the totals still count every client
    assert huf.note.endswith("The 1 most overdue are listed; the other 1 are summed in the last row.")


def test_the_top_clients_are_the_most_overdue_then_the_most_owed(debtors, monkeypatch):
    """Among clients equally overdue, the one owing more is listed first; the rest are summed."""
    from kamdesk.core.reports import receivables as receivables_report

    monkeypatch.setattr(receivables_report, "TOP", 2)
    late_only = factories.client("Cézár Kft.")
    invoice(late_only, "C-1", dt.date(2026, 10, 1), dt.date(2026, 11, 10), "700")  # as overdue as Alfa, owes less
    settle(late_only)
    huf = receivables("en").tables[1]
    assert [row[0] for row in huf.rows] == ["Béta Bt.", "Alfa Kft.", "The other 1 clients"]
    assert huf.rows[2][4:6] == (D("700.00"), None) and totals_row(huf, "en")[-3] == D("3900.00")


@pytest.fixture
def refused(company):
    """In the last 30 days: an order of milk and bread cancelled for its price, an offer of milk rejected for its
    price (today), an order of bread cancelled for its delivery time; 40 days ago one cancelled for no budget."""
    shop = factories.shop()
    client, milk, bread = shop["client"].id, shop["milk"], shop["bread"]
    cancelled = factories.order(client, TODAY - dt.timedelta(days=5), (milk, "10", "0"), (bread, "2", "0"))
    sale.cancel_order(cancelled.id, "price")
    sale.cancel_order(factories.order(client, TODAY - dt.timedelta(days=6), (bread, "1", "0")).id, "delivery_time")
    sale.cancel_order(factories.order(client, TODAY - dt.timedelta(days=40), (bread, "1", "0")).id, "no_budget")
    rejected = factories.offer(client, TODAY - dt.timedelta(days=3), (milk, "5", "0"))
    offers.send_offer(rejected.id)
    offers.reject_offer(rejected.id, "price")
    return {"cancelled": sale.get_order(cancelled.id), "rejected": offers.get_offer(rejected.id), **shop}


def rows_of(table) -> dict:
    return {row[0]: row[1:] for row in table.rows}


def test_refusals_by_kind_and_reason_in_the_documents_language(refused):
    document = builder("refusals")(ReportRequest("refusals", LAST_30_DAYS, language="hu"))
    assert [t.title for t in document.tables] == ["Típus szerint", "Okok szerint", "Üzletkötők szerint",
                                                  "Termékek szerint", "Ügyfelek szerint"]
    kinds, reasons = rows_of(document.tables[0]), rows_of(document.tables[1])
    assert kinds["Lemondott rendelések"][:3] == (2, 1, D("200.0"))  # two now, one in the 30 days before: 200 %
    assert kinds["Elvesztett ajánlatok"][:3] == (1, 0, None)
    price = refused["cancelled"].gross_total + refused["rejected"].gross_total
    assert reasons["Ár"] == (0, 1, 1, 2, price)
    assert reasons["Szállítási idő"][:4] == (0, 1, 0, 1)
    assert "Nincs keret" not in reasons  # cancelled before the period
    assert [column.title for column in document.tables[1].columns][-1] == "Érték, HUF"


def test_products_and_clients_beyond_the_top_are_summed_in_one_row(refused, monkeypatch):
    monkeypatch.setattr(refusals_report, "TOP", 1)
    products = builder("refusals")(ReportRequest("refusals", LAST_30_DAYS, language="en")).tables[3]
    assert len(products.rows) == 2 and products.rows[1][0] == "The other 1"
    listed = {row[0] for row in products.rows}
    assert listed & {"TEJ-1 Tej 1 l", "KEN-2 Kenyér"}
    assert "the other 1 are summed in the last row" in products.note


def test_a_manager_is_found_by_login_or_name_and_an_unknown_one_is_named_in_the_error(company, peter):
    peter.login = "peter"
    peter.save()
    assert access.manager_called("PETER") == peter.id
    assert access.manager_called("nagy peter") == peter.id
    with pytest.raises(NotFound, match="There is no manager “Senki”"):
        access.manager_called("Senki")


def test_a_key_account_manager_reports_only_on_their_own_clients(company, peter, monkeypatch):
    monkeypatch.setattr(company_service, "has_role", lambda *roles: False)  # as the team server judges a manager
    company_service.set_current_manager(peter.id)
    assert access.report_manager(None) == peter.id
    assert access.report_manager(peter.id) == peter.id
    with pytest.raises(PermissionDenied):
        access.report_manager(company[1].id)
    monkeypatch.setattr(company_service, "has_role", lambda *roles: True)
    assert access.report_manager(None) is None and access.report_manager(company[1].id) == company[1].id


def test_a_balance_holds_the_amounts_the_receivables_report_sums_side_by_side():
    from kamdesk.core.reports.receivables import FIRST, MINOR
    from kamdesk.core.services.receivables import Balance

    assert Balance._fields[FIRST:FIRST + len(MINOR)] == MINOR
