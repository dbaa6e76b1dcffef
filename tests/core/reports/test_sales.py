"""The sales report: net sales by manager, client, segment and category against plans and last year, in the
company's currency (another currency in a table of its own), in the document's language."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.models import Order
from kamdesk.core.reports import builder
from kamdesk.core.reports import sales as sales_report
from kamdesk.core.reports.model import ReportRequest, resolve_period
from kamdesk.core.services import company as company_service
from kamdesk.core.services import plans
from kamdesk.core.services.plans import PlanKey
from tests import factories

pytestmark = pytest.mark.both_backends

DEC = dt.date(2026, 12, 1)


def _sold(client_id, items, day, manager_id, state="confirmed", currency="HUF"):
    """An order of `items` at the client's prices, then dated, assigned and put in `state` (a test's history)."""
    order = factories.order(client_id, dt.date.today(), *items)
    Order.update(order_date=day, manager=manager_id, state=state, currency=currency).where(
        Order.id == order.id).execute()
    return order


@pytest.fixture
def history(company, peter):
    """Anna's HoReCa client buys at 10 % below list, Péter's two clients at list; December 2026 and 2025.
    Forint lines are whole forints: milk 399 (wholesale 359), bread 1,249.50 (a line of one: 1,250; wholesale 1,125).

    December 2026: Kovács 10 milk + 2 bread = 3,590 + 2,250 (Anna); Friss 1 bread 1,250 (Péter),
    and a cancelled order, a draft and an order in EUR that count nowhere in forints.
    December 2025: Kovács 5 milk 1,795 (Anna); Régi 3 milk 1,197 (Péter).
    """
    shop = factories.shop(segment="HoReCa")
    milk, bread = shop["milk"], shop["bread"]
    anna = company_service.current_manager().id
    kovacs = shop["client"].id
    fresh = factories.client("Friss Bt.", segment="Kiskereskedelem").id
    old = factories.client("Régi Zrt.").id
    _sold(kovacs, [(milk, "10", "0"), (bread, "2", "0")], dt.date(2026, 12, 2), anna)
    _sold(fresh, [(bread, "1", "0")], dt.date(2026, 12, 3), peter.id, state="delivered")
    _sold(old, [(milk, "5", "0")], dt.date(2026, 12, 4), peter.id, state="cancelled")
    _sold(kovacs, [(milk, "7", "0")], dt.date(2026, 12, 5), anna, state="draft")
    _sold(fresh, [(milk, "1", "0")], dt.date(2026, 12, 6), peter.id, currency="EUR")
    _sold(kovacs, [(milk, "5", "0")], dt.date(2025, 12, 10), anna, state="shipped")
    _sold(old, [(milk, "3", "0")], dt.date(2025, 12, 11), peter.id)
    return {"anna": anna, "peter": peter.id, "kovacs": kovacs, "milk": milk}


def _report(manager_id=None, language="en"):
    request = ReportRequest("sales", resolve_period(period="2026-12"), manager_id, language)
    return builder("sales")(request)


def _rows(document, index):
    return [row for row in document.tables[index].rows]


def test_by_manager_against_plan_and_last_year(history):
    plans.set_plan(PlanKey(DEC, "sales", history["anna"]), "5000")
    document = _report()
    assert [column.key for column in document.tables[0].columns] == [
        "name", "net", "plan", "of_plan", "last_year", "of_last_year"]
    assert _rows(document, 0) == [
        ("Kiss Anna", D("5840.00"), D("5000.00"), D("116.8"), D("1795.00"), D("325.3")),
        ("Nagy Péter", D("1250.00"), None, None, D("1197.00"), D("104.4")),
    ]
    assert (document.currency, document.subtitle, document.company) == ("HUF", "2026-12", "Teszt Kereskedelmi Kft.")


def test_by_client_ranks_the_top_and_sums_the_rest(history, monkeypatch):
    plans.set_plan(PlanKey(DEC, "sales", None, history["kovacs"]), "4000")
    assert _rows(_report(), 1) == [
        ("Kovács Kft.", D("5840.00"), D("4000.00"), D("146.0"), D("1795.00"), D("325.3")),
        ("Friss Bt.", D("1250.00"), None, None, D("0.00"), None),
        ("Régi Zrt.", D("0.00"), None, None, D("1197.00"), D("0.0")),
    ]
    monkeypatch.setattr(sales_report, "TOP_CLIENTS", 1)
    document = _report()
    assert document.tables[1].title == "By client (top 1)"
    assert _rows(document, 1)[1] == ("Other clients (2)", D("1250.00"), None, None, D("1197.00"), D("104.4"))


def test_by_segment_and_by_category(history):
    plans.set_plan(PlanKey(DEC, "sales", None, None, history["milk"].category_id), "3000")
    document = _report()
    assert _rows(document, 2) == [
        ("(no segment)", D("0.00"), D("1197.00"), D("0.0")),
        ("HoReCa", D("5840.00"), D("1795.00"), D("325.3")),
        ("Kiskereskedelem", D("1250.00"), D("0.00"), None),
    ]
    assert _rows(document, 3) == [
        ("Élelmiszer / Pékáru", D("3500.00"), None, None, D("0.00"), None),
        ("Élelmiszer / Tejtermék", D("3590.00"), D("3000.00"), D("119.7"), D("2992.00"), D("120.0")),
    ]


def test_another_currency_is_never_added_to_the_forints(history):
    document = _report()
    euro = document.tables[4]
    assert (euro.title, euro.rows) == ("Sales in EUR", (("Nagy Péter", D("399.00"), D("0.00"), None),))
    assert {column.currency for column in euro.columns if column.kind == "money"} == {"EUR"}
    assert "not included" in euro.note and len(document.tables) == 5


def test_one_manager_sees_only_their_own(history):
    document = _report(history["peter"])
    assert document.subtitle == "2026-12 · Nagy Péter"
    assert _rows(document, 0) == [("Nagy Péter", D("1250.00"), None, None, D("1197.00"), D("104.4"))]
    assert [row[0] for row in _rows(document, 1)] == ["Friss Bt.", "Régi Zrt."]
    assert document.tables[4].rows == (("Nagy Péter", D("399.00"), D("0.00"), None),)


@pytest.mark.parametrize("language, title, column, note", [
    ("hu", "Értékesítési jelentés", "Tervteljesítés, %", "visszaigazolt, kiszállított, teljesített"),
    ("ru", "Отчёт о продажах", "Выполнение плана, %", "подтверждён, отгружен, выполнен"),
])
def test_texts_are_in_the_document_language(history, language, title, column, note):
    document = _report(language=language)
    assert (document.title, document.language, document.tables[0].columns[3].title) == (title, language, column)
    assert note in document.tables[0].note



def test_a_period_without_sales_has_empty_tables_but_the_plans(history):
    plans.set_plan(PlanKey(dt.date(2024, 6, 1), "sales", history["anna"]), "700")
    request = ReportRequest("sales", resolve_period(week="2024-W23"), None, "en")  # 3-9 June 2024: 7/30 of June
    document = builder("sales")(request)
    assert [table.rows for table in document.tables[1:]] == [(), (), ()]
    assert document.tables[0].rows == (("Kiss Anna", D("0.00"), D("163.00"), D("0.0"), D("0.00"), None),)  # whole Ft


def test_a_range_across_months_takes_each_months_share_of_its_plan(history):
    plans.set_plan(PlanKey(dt.date(2026, 11, 1), "sales", history["anna"]), "3000")
    plans.set_plan(PlanKey(DEC, "sales", history["anna"]), "3100")
    request = ReportRequest("sales", resolve_period(first="2026-11-21", last="2026-12-10"), history["anna"], "en")
    # 10 of November's 30 days and 10 of December's 31: 1,000 + 1,000
    assert builder("sales")(request).tables[0].rows[0][:3] == ("Kiss Anna", D("5840.00"), D("2000.00"))


def test_rows_in_forints_add_up_to_the_total_printed(db):
    from kamdesk.core.reports.cells import totals_row
    from kamdesk.core.reports.common import in_currency_units
    from kamdesk.core.reports.model import Column, Table

    table = Table("By client", (Column("client", "Client"), Column("net", "Net", "money", total=True),
                                Column("plan", "Plan", "money", total=True),
                                Column("pct", "%", "percent", ratio_of=("net", "plan"))),
                  (("A", D("1000.50"), D("999.50"), None), ("B", D("2000.50"), None, None)))
    rounded = in_currency_units(table, "HUF")
    assert [row[1] for row in rounded.rows] == [D("1001.00"), D("2001.00")]
    assert totals_row(rounded, "en")[1] == D("3002.00")  # not 3001: the sum of what is printed
    assert rounded.rows[0][3] == D("100.1")  # 1001 / 1000, the ratio of the printed amounts
    assert in_currency_units(table, "EUR").rows[0][1] == D("1000.50")
