"""Demo data: deterministic per seed, valid by the app's own checks, consistent with the services."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from kamdesk.core import db as kdb
from kamdesk.core.errors import KamdeskError, WorkflowError
from kamdesk.core.models import (
    Activity,
    ActivitySeries,
    Category,
    Client,
    Contact,
    DiscountApproval,
    Manager,
    NumberSeries,
    Order,
    OrderLine,
    Price,
    PriceColumn,
    Product,
    Promotion,
    Segment,
    Shipment,
)
from kamdesk.core.models.activity import KINDS, RESULTS
from kamdesk.core.models.sale import CANCEL_REASONS
from kamdesk.core.services import activity as act
from kamdesk.core.services import catalogue
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party, sale
from kamdesk.core.services.client_search import ClientFilter, ClientSearch
from kamdesk.core.messages import Message
from kamdesk.core.services import demo as demo_service
from kamdesk.core.services.demo import create_demo
from kamdesk.core.services.party_validation import check_email, check_phone, check_tax_number, check_website
from kamdesk.core.services.sale_workflow import ORDER
from kamdesk.core.text_fold import fold, name_key
from tests import backends

COUNT = 200
BUD = ZoneInfo("Europe/Budapest")
NOW = dt.datetime(2026, 12, 9, 11, 20, tzinfo=BUD)  # a Wednesday


def demo_in_fresh_database(path, clients: int = COUNT, seed: int = 3, now: dt.datetime = NOW) -> dict:
    database = kdb.connect(f"sqlite:///{path}")
    try:
        create_demo(clients, seed=seed, now=now)
        return {
            "clients": [(c.name, c.tax_number, c.legal_city, c.phone, c.status, c.credit_limit)
                        for c in Client.select().order_by(Client.id)],
            "contacts": [(c.client_id, c.name, c.email, c.phone, c.is_primary)
                         for c in Contact.select().order_by(Contact.id)],
            # everything but the random UIDs and creation stamps of the series the service creates
            "activities": [(a.kind, a.client_id, a.contact_id, a.owner_id, a.subject, a.location, a.starts_at,
                            a.duration_minutes, a.all_day, a.state, a.result, a.outcome, a.follow_up_of_id,
                            a.series_id, a.recurrence_id) for a in Activity.select().order_by(Activity.id)],
            "series": [(s.kind, s.client_id, s.rule, s.dtstart) for s in ActivitySeries.select().order_by(ActivitySeries.id)],
            "contact_dates": [(c.last_contact_at, c.next_contact_at) for c in Client.select().order_by(Client.id)],
            "products": [(p.sku, p.name, p.unit, p.vat_rate, p.category_id) for p in Product.select().order_by(Product.id)],
            "price_columns": [c.price_column_id for c in Client.select().order_by(Client.id)],
            "orders": [(o.number, o.client_id, o.order_date, o.state, o.gross_total, o.created_at)
                       for o in Order.select().order_by(Order.id)],
            "lines": [(l.order_id, l.sku, l.quantity, l.net_amount) for l in OrderLine.select().order_by(OrderLine.id)],
        }
    finally:
        database.close()


@pytest.fixture
def demo(db, request):
    def build():
        progress = []
        create_demo(COUNT, seed=3, progress=lambda done, total, step: progress.append((done, total, step)))
        return progress

    return backends.seeded(request, "demo", build)


def test_same_seed_same_data(tmp_path):
    first = demo_in_fresh_database(tmp_path / "a.db")
    second = demo_in_fresh_database(tmp_path / "b.db")
    assert len(first["clients"]) == COUNT
    assert len(first["activities"]) > 500
    assert first == second
    other_seed = demo_in_fresh_database(tmp_path / "c.db", seed=4)
    assert len(first["orders"]) > 1000 and len(first["lines"]) > 5 * len(first["orders"])
    assert other_seed["clients"] != first["clients"]
    assert other_seed["activities"] != first["activities"]
    assert other_seed["orders"] != first["orders"]
    assert other_seed["products"] == first["products"]  # one catalogue for every seed


def test_the_calendar_moves_with_now_the_clients_do_not(tmp_path):
    """A week later, the same clients; the activities are the same pattern a week later."""
    first = demo_in_fresh_database(tmp_path / "a.db")
    week_later = demo_in_fresh_database(tmp_path / "b.db", now=NOW + dt.timedelta(weeks=1))
    assert week_later["clients"] == first["clients"] and week_later["contacts"] == first["contacts"]
    bulk = [a for a in first["activities"] if a[13] is None]  # not in a series
    moved = [a for a in week_later["activities"] if a[13] is None]

    def wall(activity) -> dt.datetime:  # local wall time: a week later is the same hour, summer time or not
        start, all_day = activity[6], activity[8]
        return start if all_day else act.to_local(start, BUD).replace(tzinfo=None)

    assert [wall(a) + dt.timedelta(weeks=1) for a in bulk] == [wall(a) for a in moved]
    assert [a[:6] + a[7:] for a in bulk] == [a[:6] + a[7:] for a in moved]


def test_demo_creates_the_requested_clients_and_a_company(demo):
    assert Client.select().count() == COUNT
    assert (COUNT, COUNT, "Clients") in demo
    assert company_service.is_set_up()
    own = company_service.get_company()
    assert check_tax_number(own.tax_number, own.country) is None


def test_every_step_of_the_demo_reports_its_progress_to_the_end(demo):
    """A bar for each step: the base, each area's step named by the area's title, and the last one."""
    steps = list(dict.fromkeys(step for _, _, step in demo))
    assert steps == ["Catalogue", "Clients", "Calendar", *(title for title, _ in demo_service._area_steps()),
                     "Finishing"]
    for step in steps:
        reports = [(done, total) for done, total, named in demo if named == step]
        assert reports[0][0] == 0 and reports[-1][0] == reports[-1][1] > 0
        assert all(0 <= done <= total for done, total in reports)
    orders = [done for done, _, step in demo if step == "Orders"]
    assert len(orders) > 3 and orders == sorted(orders)  # the long steps move along, not only start and end
    assert isinstance(steps[-1], Message)  # translated by the GUI; the areas' titles are the navigation's


def test_the_demo_leaves_every_index_the_schema_has(tmp_path):
    """The bulk steps drop the indexes of the tables they fill and build them again."""
    def indexes(database) -> list[tuple]:
        return database.execute_sql("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                                    "ORDER BY name").fetchall()

    database = kdb.connect(f"sqlite:///{tmp_path / 'demo.db'}")
    try:
        before = indexes(database)
        create_demo(20, seed=3, now=NOW)
        assert indexes(database) == before
        assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        database.close()


def test_demo_tax_numbers_are_valid(demo):
    taxed = 0
    for client in Client.select():
        assert check_tax_number(client.tax_number, client.legal_country) is None, client.tax_number
        taxed += bool(client.tax_number)
    assert taxed > COUNT // 2  # most demo clients are Hungarian companies with a tax number


def test_demo_phones_emails_and_websites_are_valid(demo):
    for client in Client.select():
        assert check_phone(client.phone, "HU") is None, client.phone
        assert check_email(client.email) is None, client.email
        assert check_website(client.website) is None, client.website
    contacts = list(Contact.select())
    assert len(contacts) >= COUNT
    for contact in contacts:
        assert check_phone(contact.phone, "HU") is None, contact.phone
        assert check_email(contact.email) is None, contact.email


def test_demo_has_several_managers_and_segments_in_use(demo):
    assert Manager.select().count() >= 3
    assert Segment.select().count() >= 3
    managers = Counter(c.manager_id for c in Client.select(Client.manager))
    segments = Counter(c.segment_id for c in Client.select(Client.segment))
    assert len(managers) >= 3 and None not in managers
    assert len(segments) >= 3 and None not in segments
    assert len({c.status for c in Client.select(Client.status)}) >= 3


def test_every_demo_client_has_exactly_one_primary_contact(demo):
    primaries = Counter(c.client_id for c in Contact.select().where(Contact.is_primary == True))  # noqa: E712
    assert set(primaries) == {c.id for c in Client.select(Client.id)}
    assert set(primaries.values()) == {1}


def test_demo_derived_fields_match_what_the_party_service_computes(demo):
    for client in Client.select():
        contacts = party.client_contacts(client.id)
        assert client.search_text == party.search_text_for(client, contacts)
        assert client.name_key == fold(client.name)
        assert client.dedupe_key == name_key(client.name)


def test_demo_clients_can_be_found_and_opened(demo):
    client = Client.select().order_by(Client.id.desc()).get()
    word = fold(client.name).split()[0]
    found = ClientSearch().find(ClientFilter(text=word))
    assert client.id in [row.id for row in found.rows(0, found.count)]
    assert isinstance(party.get_client(client.id).credit_limit, Decimal)


def test_demo_refuses_a_database_with_clients(demo):
    with pytest.raises(KamdeskError):
        create_demo(10, seed=1)
    assert Client.select().count() == COUNT


# ---------------------------------------------------------------- activities

@pytest.fixture
def calendar(db, request):
    backends.seeded(request, "demo at NOW", lambda: create_demo(COUNT, seed=3, now=NOW))
    return list(Activity.select())


def local(activity: Activity) -> dt.datetime:
    return act.to_local(activity.starts_at, BUD)


def test_demo_activities_are_valid_by_the_services_rules(calendar):
    clients = {c.id: c for c in Client.select()}
    assert {a.kind for a in calendar} == set(KINDS)
    for activity in calendar:
        assert activity.client_id is not None or activity.kind == "task"
        if activity.client_id:
            assert clients[activity.client_id].status in ("active", "prospect")
            assert clients[activity.client_id].manager_id == activity.owner_id
        if activity.contact_id:
            assert Contact.get_by_id(activity.contact_id).client_id == activity.client_id
        assert activity.state in ("planned", "done", "cancelled")
        assert (activity.result in RESULTS) == (activity.state == "done")
        assert 0 < activity.duration_minutes <= act.MAX_DURATION_MINUTES
        assert activity.uid


def test_demo_timed_activities_are_in_working_hours_on_weekdays(calendar):
    timed = [a for a in calendar if not a.all_day]
    assert timed
    for activity in timed:
        start = local(activity)
        end = start + dt.timedelta(minutes=activity.duration_minutes)
        assert start.weekday() < 5, start
        assert 8 <= start.hour and (end.hour, end.minute) <= (18, 0), start
        assert start.minute in (0, 30)
    tasks = [a for a in calendar if a.all_day]
    assert tasks and {a.kind for a in tasks} == {"task"}


def test_demo_past_has_outcomes_and_the_coming_weeks_are_planned(calendar):
    now_utc = act.to_utc(NOW)
    past = [a for a in calendar if not a.all_day and a.starts_at + dt.timedelta(minutes=a.duration_minutes) <= now_utc]
    future = [a for a in calendar if not a.all_day and a.starts_at > now_utc]
    states = Counter(a.state for a in past)
    assert states["done"] > 0.8 * len(past)
    assert 0 < states["cancelled"] < 0.1 * len(past)
    assert 0 < states["planned"] < 0.1 * len(past)  # a few left overdue ...
    overdue_days = {local(a).date() for a in past if a.state == "planned"}
    assert min(overdue_days) >= NOW.date() - dt.timedelta(days=10)  # ... from the last days
    assert len({a.result for a in past if a.state == "done"}) == 3
    assert all(a.outcome for a in past if a.state == "done")
    assert {a.state for a in future} == {"planned"}
    monday = act.week_start(NOW.date())
    assert min(local(a).date() for a in past) <= monday - dt.timedelta(weeks=12)  # about three months back
    weeks_ahead = {(local(a).date() - monday).days // 7 for a in future if a.series_id is None}
    assert weeks_ahead == {0, 1, 2, 3}  # the rest of this week and the next three (series go further)
    this_week = act.week_activities(monday)
    assert len(this_week) > 40  # a week worth showing


def test_demo_follow_ups_come_after_what_they_follow(calendar):
    by_id = {a.id: a for a in calendar}
    follow_ups = [a for a in calendar if a.follow_up_of_id]
    assert len(follow_ups) > 50
    for follow_up in follow_ups:
        earlier = by_id[follow_up.follow_up_of_id]
        assert earlier.state == "done" and earlier.client_id == follow_up.client_id
        assert earlier.starts_at < follow_up.starts_at


def test_demo_has_recurring_series(calendar):
    series = list(ActivitySeries.select())
    managers_with_clients = {c.manager_id for c in Client.select(Client.manager)}
    assert len(series) == 3 * len(managers_with_clients)
    rules = Counter(act.Recurrence.from_rule(s.rule).freq for s in series)
    assert rules == {"weekly": 2 * len(managers_with_clients), "monthly": len(managers_with_clients)}
    assert any(act.Recurrence.from_rule(s.rule).interval == 2 for s in series)
    assert any(act.Recurrence.from_rule(s.rule).month_week == 1 for s in series)
    now_utc = act.to_utc(NOW)
    for one in series:
        occurrences = [a for a in calendar if a.series_id == one.id]
        assert any(a.starts_at > now_utc and a.state == "planned" for a in occurrences)
        assert all(a.state == "done" for a in occurrences if a.starts_at < now_utc)
        if one.rule.startswith("FREQ=MONTHLY"):
            assert all(local(a).weekday() == 1 and local(a).day <= 7 for a in occurrences)  # first Tuesday


def test_demo_activities_belong_to_some_clients_mostly_key_accounts(calendar):
    touched = {a.client_id for a in calendar if a.client_id}
    assert 0 < len(touched) < COUNT
    key_accounts = {c.id for c in Client.select().where(Client.key_account == True)}  # noqa: E712
    assert key_accounts
    key_share = sum(1 for a in calendar if a.client_id in key_accounts) / len(calendar)
    assert key_share > 0.3


def test_demo_contact_dates_are_kept(calendar):
    for client in Client.select():
        done = [a.starts_at for a in calendar if a.client_id == client.id and a.state == "done"]
        planned = [a.starts_at for a in calendar if a.client_id == client.id and a.state == "planned"]
        assert client.last_contact_at == (max(done) if done else None)
        assert client.next_contact_at == (min(planned) if planned else None)


def test_demo_around_the_real_now(demo):
    """Without `now`, the calendar is built around the real time: something to do this week."""
    now = dt.datetime.now(act.local_zone())
    monday = act.week_start(now.date())
    upcoming = Activity.select().where((Activity.state == "planned") & (Activity.starts_at > act.to_utc(now)))
    assert upcoming.count() > 0
    assert act.week_activities(monday + dt.timedelta(weeks=1))
    assert Activity.select().where(Activity.state == "done").count() > 0


# ---------------------------------------------------------------- catalogue and orders

@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    """One demo database for the read-only tests of the catalogue and the orders."""
    path = tmp_path_factory.mktemp("demo-orders") / "demo.db"
    database = kdb.connect(f"sqlite:///{path}")
    create_demo(COUNT, seed=3, now=NOW)
    database.close()
    return f"sqlite:///{path}"


@pytest.fixture
def demo_db(demo_url):
    """The demo database, made once for the module, bound for one test."""
    database = kdb.connect(demo_url)
    yield
    database.close()


def test_demo_catalogue_is_a_tree_of_about_300_products(demo_db):
    products = list(Product.select())
    assert 250 <= len(products) <= 350
    assert {p.unit for p in products} == {"db", "kg", "l", "karton"}
    assert {p.vat_rate for p in products} == {Decimal(5), Decimal(18), Decimal(27)}
    assert all(p.active and p.search_text == fold(f"{p.sku}\n{p.name}") for p in products)
    assert len({p.sku for p in products}) == len(products)
    tops = {c.name for c in Category.select().where(Category.parent.is_null())}
    assert tops == {"Élelmiszer", "Italok", "Háztartás", "Higiénia"}
    assert max(len(catalogue.category_ancestors(p.category_id)) for p in products) == 3  # Élelmiszer / Pékáru / Kenyér
    assert all(p.category_id for p in products)


def test_demo_price_columns_one_stored_three_derived(demo_db):
    columns = {c.name: c for c in PriceColumn.select()}
    assert set(columns) == {"Listaár", "Nagyker", "Kulcsügyfél", "VIP"}
    listing = columns["Listaár"]
    assert listing.is_default and listing.base_id is None and catalogue.default_column().id == listing.id
    assert {name: (c.base_id, c.percent) for name, c in columns.items() if name != "Listaár"} == {
        "Nagyker": (listing.id, Decimal(-8)), "Kulcsügyfél": (listing.id, Decimal(-12)), "VIP": (listing.id, Decimal(-15))}
    ids = [p.id for p in Product.select(Product.id)]
    assert Price.select().where(Price.column == listing.id).count() == len(ids)  # every product has a list price
    assert Price.select().where(Price.column != listing.id).count() == 0  # derived prices are computed
    vip = catalogue.column_prices(ids, columns["VIP"].id)
    assert len(vip) == len(ids) and all(price > 0 for price in vip.values())


def test_demo_clients_buy_at_their_column(demo_db):
    names = {c.id: c.name for c in PriceColumn.select()}
    wholesale = Segment.get(Segment.name == "Nagykereskedelem").id
    for client in Client.select():
        column = names[client.price_column_id]
        if client.key_account:
            assert column in ("Kulcsügyfél", "VIP")
        elif client.segment_id == wholesale:
            assert column == "Nagyker"
        else:
            assert column == "Listaár"
    used = Counter(names[c.price_column_id] for c in Client.select())
    assert set(used) == {"Listaár", "Nagyker", "Kulcsügyfél", "VIP"}


def test_demo_promotions_run_now(demo_db):
    promotions = {p.kind: p for p in Promotion.select()}
    assert set(promotions) == {"percent", "bundle"}
    today = NOW.date()
    assert all(p.starts_on <= today <= p.ends_on and p.active for p in promotions.values())
    assert promotions["bundle"].buy_quantity == 10 and promotions["bundle"].free_quantity == 1
    client = Client.select().where(Client.status == "active").first()
    sweet = Product.get(Product.sku == "EDE-001")
    water = Product.get(Product.sku == "VIZ-001")
    found = catalogue.promotions_for([sweet, water], client, today)
    assert found[sweet.id].kind == "percent" and found[sweet.id].percent == Decimal(10)
    assert found[water.id].kind == "bundle"


def test_demo_orders_belong_to_active_clients_with_activities(demo_db):
    buyers = {o.client_id for o in Order.select(Order.client)}
    touched = {a.client_id for a in Activity.select(Activity.client) if a.client_id}
    assert buyers and buyers <= touched
    clients = {c.id: c for c in Client.select()}
    assert {clients[i].status for i in buyers} == {"active"}
    for order in Order.select():
        client = clients[order.client_id]
        assert order.manager_id == client.manager_id and order.price_column_id == client.price_column_id
        assert order.payment_terms_days == client.payment_terms_days and order.currency == "HUF"
        assert Contact.get_by_id(order.contact_id).client_id == client.id


def test_demo_orders_span_two_years_in_realistic_states(demo_db):
    orders = list(Order.select())
    days = [o.order_date for o in orders]
    assert min(days) <= NOW.date() - dt.timedelta(days=700) and max(days) <= NOW.date()
    states = Counter(o.state for o in orders)
    assert set(states) == set(ORDER.names())
    assert states["delivered"] > 0.85 * len(orders)
    assert 0.01 * len(orders) < states["cancelled"] < 0.08 * len(orders)
    assert 0 < states["draft"] < 0.05 * len(orders)
    now_utc = act.to_utc(NOW)
    for order in orders:
        assert order.created_at <= now_utc
        if order.state == "cancelled":
            assert order.cancel_reason in CANCEL_REASONS
            assert order.cancel_note or order.cancel_reason != "other"
        else:
            assert order.cancel_reason == ""
        assert (order.confirmed_at is not None) == (order.state in ("confirmed", "shipped", "delivered")
                                                    or order.confirmed_at is not None)
        if order.state in ("confirmed", "shipped", "delivered"):
            assert order.confirmed_at >= order.created_at
        if order.delivery_date:
            assert order.delivery_date >= order.order_date
    assert Counter(o.cancel_reason for o in orders if o.state == "cancelled").keys() >= {"price", "competitor"}


def test_demo_orders_are_priced_as_the_services_price_them(demo_db):
    """Every 10th order priced again through sale.price_order: the same lines and totals, to the forint."""
    orders = list(Order.select().order_by(Order.id))
    for order in orders[::10]:
        lines = sale.order_lines(order.id)
        requests = [sale.LineRequest(l.product_id, l.quantity, l.discount_percent, l.promotion_removed) for l in lines]
        preview = sale.price_order(order.client_id, requests, order.order_date, order.manager_id,
                                   exclude_order_id=order.id)
        assert [(l.list_price, l.unit_price, l.free_quantity, l.net_amount, l.vat_rate, l.promotion_id)
                for l in lines] == [
            (p.input.list_price, p.unit_price, p.free_quantity, p.net_amount, p.vat_rate,
             p.input.promotion.id if p.input.promotion else None) for p in preview.lines], order.number
        assert (order.net_total, order.vat_total, order.gross_total) == (
            preview.totals.net_total, preview.totals.vat_total, preview.totals.gross_total)
        assert [l.position for l in lines] == list(range(1, len(lines) + 1))
    with_promotion = OrderLine.select().where(OrderLine.promotion.is_null(False))
    assert with_promotion.count() > 0
    assert {l.promotion.kind for l in with_promotion} == {"percent", "bundle"}
    assert OrderLine.select().where(OrderLine.free_quantity > 0).exists()


def test_demo_discounts_above_the_limit_are_approved_or_pending(demo_db):
    approvals = list(DiscountApproval.select())
    pending = [a for a in approvals if a.state == "pending"]
    assert len(pending) == 3
    for approval in pending:
        order = approval.order
        assert order.state == "draft" and sale.approval_state(order) == "pending"
        largest = max(l.discount_percent for l in order.lines)
        assert approval.max_discount == largest > approval.limit == order.manager.max_discount
        with pytest.raises(WorkflowError, match="approval"):
            sale.confirm_order(order.id)
    assert len(sale.pending_approvals()) == 3
    approved = [a for a in approvals if a.state == "approved"]
    assert approved
    for approval in approved:
        assert approval.decided_by.role == "head" and approval.reason and approval.order.state != "draft"
        assert max(l.discount_percent for l in approval.order.lines) == approval.max_discount > approval.limit
    limits = {m.id: m.max_discount for m in Manager.select()}
    approved_orders = {a.order_id for a in approvals}
    for line in OrderLine.select(OrderLine, Order).join(Order).where(OrderLine.discount_percent > 0):
        assert line.discount_percent <= limits[line.order.manager_id] or line.order_id in approved_orders


def test_demo_order_numbers_are_gapless_per_year_and_the_series_continues(demo_db):
    by_year: dict[int, list[int]] = {}
    for order in Order.select().order_by(Order.id):
        prefix, number = order.number.rsplit("-", 1)
        assert prefix == f"ORD-{order.order_date.year}"
        by_year.setdefault(order.order_date.year, []).append(int(number))
    for year, numbers in by_year.items():
        assert numbers == list(range(1, len(numbers) + 1)), year  # in the order they were taken
        assert NumberSeries.get((NumberSeries.code == "order") & (NumberSeries.year == year)).last_number == len(numbers)
    with kdb.database.atomic() as transaction:
        assert sale.next_number(year=2026) == f"ORD-2026-{len(by_year[2026]) + 1:05d}"
        transaction.rollback()


def test_demo_shipments_match_what_was_delivered(demo_db):
    shipped = Counter()
    for shipment in Shipment.select():
        shipped[shipment.line_id] += shipment.quantity
    for line in OrderLine.select(OrderLine, Order).join(Order):
        assert shipped.get(line.id, 0) == line.delivered_quantity
        if line.order.state == "delivered":
            assert line.delivered_quantity == line.quantity + line.free_quantity
        elif line.order.state in ("draft", "confirmed", "cancelled"):
            assert line.delivered_quantity == 0
    for order in Order.select().where(Order.state == "shipped"):
        lines = list(order.lines)
        assert any(l.delivered_quantity > 0 for l in lines)
        assert any(l.delivered_quantity < l.quantity + l.free_quantity for l in lines)


def test_demo_credit_overrides_are_recorded_by_the_head(demo_db):
    overridden = list(Order.select().where(Order.credit_override_by.is_null(False)))
    for order in overridden:
        assert order.credit_override_by.role == "head" and order.credit_override_reason
        assert order.credit_override_at == order.confirmed_at and order.client.credit_limit is not None
    assert all(c.credit_limit > 0 for c in Client.select().where(Client.status == "active"))


def test_demo_offers_in_every_state_priced_as_their_lines(demo):
    from collections import Counter

    from kamdesk.core.models import Offer, OfferLine
    from kamdesk.core.services.offer import list_offers

    states = Counter(o.state for o in list_offers())
    assert set(states) >= {"draft", "sent", "accepted", "rejected", "expired"}
    for offer in Offer.select():
        lines = list(OfferLine.select().where(OfferLine.offer == offer))
        assert lines and offer.net_total == sum(line.net_amount for line in lines)
        assert offer.gross_total == offer.net_total + offer.vat_total
    assert max(OfferLine.select().where(OfferLine.offer == o).count() for o in Offer.select()) >= 50
    numbers = sorted(o.number for o in Offer.select())
    assert len(set(numbers)) == len(numbers)


def test_demo_contracts_in_every_state_some_ending_soon(demo):
    from kamdesk.core.services import contract as contracts

    listed = contracts.list_contracts()
    shown = Counter(contracts.display_state(c) for c in listed)
    assert set(shown) >= {"draft", "sent", "active", "expiring", "expired", "terminated"}
    assert contracts.due_for_renewal()  # the planner has something to bring up
    renewals = [c for c in listed if c.relation == "renewal"]
    assert renewals and all(c.previous.client_id == c.client_id for c in renewals)
    assert contracts.overdue_obligations()
    assert all(c.template_source and c.number.startswith("CT-") for c in listed)


def test_every_demo_contract_exports_and_foreign_ones_name_the_country(demo, tmp_path):
    """A Czech, Polish or Russian client's contract is written too: its address names the country and no
    empty registration number is printed."""
    import docx
    from pypdf import PdfReader

    from kamdesk.core.documents import contract_context as contract_document
    from kamdesk.core.models import Contract

    foreign = set()
    for contract in Contract.select().order_by(Contract.id):
        pdf, word = tmp_path / f"{contract.id}.pdf", tmp_path / f"{contract.id}.docx"
        contract_document.write_documents(contract, pdf, word)
        text = " ".join("\n".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        assert "\n".join(p.text for p in docx.Document(str(word)).paragraphs).strip()
        country = contract.client.legal_country
        if country != "HU":
            foreign.add(country)
            name = {"CZ": "Czech Republic", "PL": "Poland", "RU": "Russia"}[country]
            assert f"{contract.client.legal_city}, {contract.client.legal_street}, {name}" in text
            assert "registration number: ," not in text and "registration number: tax" not in text
            assert f"tax number: {contract.client.tax_number}" in text
    assert foreign == {"CZ", "PL", "RU"}


@pytest.mark.slow
def test_a_foreign_clients_contract_opens_in_libreoffice_writer_with_the_country(demo, tmp_path):
    """The editable DOCX as its reader opens it: LibreOffice Writer turns it into a PDF that names the
    buyer's country and tax number, for a Czech, a Polish and a Russian client (one LibreOffice run)."""
    from kamdesk.core.documents import contract_context as contract_document
    from kamdesk.core.models import Contract
    from tests.office import convert, program

    chosen = {}
    for contract in Contract.select().order_by(Contract.id):
        chosen.setdefault(contract.client.legal_country, contract)
    words = []
    for country in ("CZ", "PL", "RU"):
        word = tmp_path / f"{country}.docx"
        contract_document.write_documents(chosen[country], tmp_path / f"{country}.pdf", word)
        words.append(word)
    printed = convert(words, "pdf", tmp_path / "writer")
    for country, pdf in zip(("CZ", "PL", "RU"), printed, strict=True):
        text = " ".join(subprocess.run([program("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        client = chosen[country].client
        assert {"CZ": "Czech Republic", "PL": "Poland", "RU": "Russia"}[country] in text
        assert client.tax_number in text and client.name in text


def demo_texts() -> dict[str, set[str]]:
    """What a user reads of the demo: segments, positions, activities, products, columns, notes, obligations."""
    from kamdesk.core.models import Contract, Obligation

    return {
        "segments": {s.name for s in Segment.select()},
        "positions": {c.position for c in Contact.select()},
        "needs": {c.needs for c in Client.select() if c.needs},
        "subjects": {a.subject for a in Activity.select() if a.subject},
        "outcomes": {a.outcome for a in Activity.select() if a.outcome},
        "categories": {c.name for c in Category.select()},
        "products": {p.name for p in Product.select()},
        "units": {p.unit for p in Product.select()},
        "columns": {c.name for c in PriceColumn.select()},
        "promotions": {p.name for p in Promotion.select()},
        "order notes": {o.notes for o in Order.select() if o.notes} | {o.cancel_note for o in Order.select()
                                                                       if o.cancel_note},
        "obligations": {o.description for o in Obligation.select()},
        "terminations": {c.termination_reason for c in Contract.select() if c.termination_reason},
    }


@pytest.mark.parametrize("language", ["hu", "en"])
def test_demo_texts_follow_the_desks_language(db, language):
    create_demo(60, seed=3, now=NOW, language=language)
    texts = demo_texts()
    assert all(texts.values()), [name for name, found in texts.items() if not found]
    if language == "hu":
        assert "Nagykereskedelem" in texts["segments"] and "Beszerzési vezető" in texts["positions"]
        assert "Mátrai friss tej 2,8% 1 l" in texts["products"] and "Listaár" in texts["columns"]
        assert "Heti rendelés" in texts["subjects"] and texts["units"] == {"db", "kg", "l", "karton"}
    else:
        assert "Wholesale" in texts["segments"] and "Head of purchasing" in texts["positions"]
        assert "Mátrai fresh milk 2.8% 1 l" in texts["products"] and "List price" in texts["columns"]
        assert "Weekly order" in texts["subjects"] and texts["units"] == {"pc", "kg", "l", "box"}
        from kamdesk.core.services.demo import CATALOGUE

        brands = sorted({brand for _, _, _, names, _ in CATALOGUE for brand in names}, key=len, reverse=True)
        # brands (Mátrai, Alföld Hús ...) and a grape (Irsai Olivér) are names; the rest is English
        texts["products"] = {next(p[len(b) + 1:] for b in brands if p.startswith(b + " ")) for p in texts["products"]}
        texts["products"].discard("Irsai Olivér 0.75 l")
        hungarian = set("áíóöőúüű")  # not é: cuvée, rosé are English too
        for name, found in texts.items():
            words = {text for text in found if set(text.lower()) & hungarian}
            assert not words, (name, sorted(words)[:5])


def test_every_demo_text_has_its_english(db):
    from kamdesk.core.services import demo
    from kamdesk.core.services.demo_words import ENGLISH

    written = [*demo.SEGMENTS, *demo.NEEDS[1:], *demo.POSITIONS, *demo.TASK_SUBJECTS,
               *(s for subjects in demo.SUBJECTS.values() for s in subjects if s),
               *(o for outcomes in demo.OUTCOMES.values() for o in outcomes),
               "Heti rendelés", "Kéthetente egyeztetés", "Havi látogatás",
               *(part for path, *_ in demo.CATALOGUE for part in path.split(" / ")),
               *(item[0] for *_, items in demo.CATALOGUE for item in items),
               *(item[1] for *_, items in demo.CATALOGUE for item in items),
               demo.LIST_COLUMN, *(name for name, _ in demo.DERIVED_COLUMNS),
               *(n for notes in demo.CANCEL_NOTES.values() for n in notes if n), *demo.ORDER_NOTES,
               *demo.OVERRIDE_REASONS, *demo.APPROVAL_REASONS,
               *(description for *_, description in demo.OBLIGATION_SAMPLES), demo.TERMINATION_REASON]
    assert [text for text in written if text not in ENGLISH] == []


def test_the_demo_links_its_rows_by_the_ids_they_get(db):
    """Ids a deletion freed: a server's sequences do not go back, and the demo's rows still hang together."""
    for model in (Client, Contact, Activity, Order):
        assert model.select().count() == 0
    company_service.set_up({"name": "Előző Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                           {"name": "Kiss Anna", "email": "anna.kiss@example.hu"})
    party.delete_client(party.save_client({"name": "Törölt Kft.", "legal_city": "Pécs"}).id)
    create_demo(20, seed=3, now=NOW)
    contacts = Counter(c.client_id for c in Contact.select().where(Contact.is_primary == True))  # noqa: E712
    assert set(contacts) == {c.id for c in Client.select(Client.id)} and set(contacts.values()) == {1}
    assert Order.select().count() > 0
    for line in OrderLine.select(OrderLine, Order).join(Order):
        assert line.order.client_id in contacts
