"""Commercial offers: numbering, pricing as an order, validations, states, expiry, versions, orders, documents."""

import datetime as dt
import threading
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.core import db as kdb
from kamdesk.core.errors import NotFound, ValidationError, WorkflowError
from kamdesk.core.models import Offer, OfferLine
from kamdesk.core.services import catalogue, party, sale
from kamdesk.core.services import company as company_service
from kamdesk.core.services import offer as offers
from tests import factories

TODAY = dt.date.today()
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 20


requests = factories.lines


def offer(shop, *lines, **values):
    return factories.offer(shop["client"].id, TODAY, *lines, **values)


def standard(shop, **values):
    return offer(shop, (shop["milk"], "10", "0"), (shop["bread"], "2", "3"), **values)


def test_numbers_have_their_own_series_of_four_digits(shop):
    numbers = [standard(shop).number for _ in range(3)]
    year = TODAY.year
    assert numbers == [f"OF-{year}-0001", f"OF-{year}-0002", f"OF-{year}-0003"]
    order = sale.save_order({"client_id": shop["client"].id, "order_date": TODAY},
                            requests((shop["milk"], "1", "0")))
    assert order.number == f"ORD-{year}-00001"  # the order series is untouched
    assert offers.offer_by_number(numbers[1]).number == numbers[1]
    with pytest.raises(NotFound):
        offers.offer_by_number("OF-1999-0001")


def test_an_offer_is_priced_exactly_as_an_order_of_the_same_lines(shop):
    catalogue.save_promotion({"name": "Tejakció", "starts_on": TODAY, "ends_on": TODAY, "kind": "percent",
                              "percent": 10}, category_ids=[shop["milk"].category_id])
    saved = standard(shop)
    order = sale.save_order({"client_id": shop["client"].id, "order_date": TODAY},
                            requests((shop["milk"], "10", "0"), (shop["bread"], "2", "3")))
    assert (saved.net_total, saved.vat_total, saved.gross_total) == (
        order.net_total, order.vat_total, order.gross_total)
    fields = ("sku", "quantity", "list_price", "unit_price", "discount_percent", "promotion_id", "vat_rate",
              "net_amount", "free_quantity")
    assert [[getattr(line, f) for f in fields] for line in offers.offer_lines(saved.id)] == [
        [getattr(line, f) for f in fields] for line in sale.order_lines(order.id)]
    assert offers.offer_lines(saved.id)[0].unit_price == D("323.00")
    assert saved.price_column.name == "Nagyker" and saved.currency == "HUF"


def test_defaults_come_from_the_settings_and_the_client(shop):
    saved = standard(shop)
    assert saved.valid_until == TODAY + dt.timedelta(days=30)
    assert saved.language == "hu" and saved.state == "draft" and saved.version == 1
    # the standard texts in the offer's language
    assert (saved.introduction, saved.closing) == (offers.DEFAULT_INTRODUCTIONS["hu"], offers.DEFAULT_CLOSINGS["hu"])
    assert saved.payment_terms == "8 napon belül, átutalással"
    for key, value in (("offer_validity_days", "14"), ("offer_introduction", "Tisztelt Partnerünk!"),
                       ("offer_closing", "Üdvözlettel")):
        company_service.set_setting(key, value)
    again = standard(shop)
    assert (again.valid_until, again.introduction, again.closing) == (
        TODAY + dt.timedelta(days=14), "Tisztelt Partnerünk!", "Üdvözlettel")
    russian = party.save_client({"name": "ООО Ромашка", "legal_country": "RU"})
    german = party.save_client({"name": "Müller GmbH", "legal_country": "DE"})
    assert offers.language_for(russian) == "ru" and offers.language_for(german) == "en"
    own = standard(shop, language="en", introduction="Dear Sirs,")
    assert (own.language, own.introduction) == ("en", "Dear Sirs,")


def test_bad_offers_are_refused_with_clear_messages_and_nothing_is_saved(shop):
    with pytest.raises(ValidationError) as error:
        offers.save_offer({"client_id": shop["client"].id}, [])
    assert error.value.errors["lines"] == "Add at least one line."
    with pytest.raises(ValidationError) as error:
        standard(shop, valid_until=TODAY - dt.timedelta(days=1))
    assert "in the past" in error.value.errors["valid_until"]
    with pytest.raises(ValidationError) as error:
        standard(shop, offer_date=TODAY + dt.timedelta(days=5), valid_until=TODAY + dt.timedelta(days=2))
    assert "valid_until" in error.value.errors
    with pytest.raises(ValidationError) as error:
        standard(shop, language="de")
    assert "language" in error.value.errors
    unpriced = catalogue.save_product({"sku": "SAJT-3", "name": "Sajt", "vat_rate": 27})
    with pytest.raises(ValidationError) as error:
        offer(shop, (unpriced, "1", "0"))
    assert "has no price" in error.value.errors["lines.0.product"]
    with pytest.raises(ValidationError):
        offer(shop, (shop["milk"], "0", "0"))
    assert Offer.select().count() == 0 and OfferLine.select().count() == 0


def test_editing_a_draft_reprices_and_keeps_the_number(shop):
    saved = standard(shop)
    edited = offers.save_offer({"notes": "Call first"}, requests((shop["milk"], "1", "0")), offer_id=saved.id)
    assert edited.number == saved.number and edited.net_total == D("359.00") and edited.notes == "Call first"
    assert edited.introduction == offers.DEFAULT_INTRODUCTIONS["hu"]
    assert len(offers.offer_lines(saved.id)) == 1


def test_the_transition_table_refuses_illegal_moves(shop):
    saved = standard(shop)
    with pytest.raises(WorkflowError):
        offers.accept_offer(saved.id)  # a draft is not accepted before it is sent
    with pytest.raises(WorkflowError):
        offers.reject_offer(saved.id, "price")
    assert offers.send_offer(saved.id).state == "sent"
    with pytest.raises(WorkflowError):
        offers.send_offer(saved.id)
    with pytest.raises(WorkflowError):
        offers.save_offer({}, requests((shop["milk"], "1", "0")), offer_id=saved.id)  # only drafts change
    assert offers.accept_offer(saved.id).state == "accepted"
    for move in (offers.send_offer, offers.accept_offer):
        with pytest.raises(WorkflowError) as refused:
            move(saved.id)
        assert "is accepted" in refused.value.message
    with pytest.raises(WorkflowError):
        offers.reject_offer(saved.id, "price")


def test_rejection_needs_a_reason_from_the_order_list(shop):
    saved = offers.send_offer(standard(shop).id)
    with pytest.raises(ValidationError):
        offers.reject_offer(saved.id, "because")
    with pytest.raises(ValidationError):
        offers.reject_offer(saved.id, "other", " ")
    rejected = offers.reject_offer(saved.id, "competitor", "Cheaper at Metro")
    assert (rejected.state, rejected.reject_reason, rejected.reject_note) == ("rejected", "competitor",
                                                                             "Cheaper at Metro")
    assert rejected.decided_at is not None


def test_a_discount_above_the_limit_cannot_be_sent_until_a_head_approves(shop):
    saved = offer(shop, (shop["milk"], "10", "7"))  # the manager's limit is 5 %
    assert offers.needs_approval(saved)
    with pytest.raises(WorkflowError) as refused:
        offers.send_offer(saved.id)
    assert "must approve" in refused.value.message
    with pytest.raises(WorkflowError):
        offers.approve_discount(saved.id, "ok")  # the current manager is no head
    with pytest.raises(ValidationError):
        offers.approve_discount(saved.id, "", head_id=shop["head"].id)
    offers.approve_discount(saved.id, "Big client", head_id=shop["head"].id)
    raised = offers.save_offer({}, requests((shop["milk"], "10", "9")), offer_id=saved.id)
    with pytest.raises(WorkflowError):
        offers.send_offer(raised.id)  # 9 % is more than the 7 % approved
    lowered = offers.save_offer({}, requests((shop["milk"], "10", "6")), offer_id=saved.id)
    sent = offers.send_offer(lowered.id)
    assert sent.state == "sent" and sent.discount_approved_by.name == "Tóth Zoltán"
    within = offer(shop, (shop["milk"], "10", "5"))
    assert offers.send_offer(within.id).state == "sent"


def test_overdue_draft_and_sent_offers_expire(shop):
    draft = standard(shop, valid_until=TODAY)
    sent = offers.send_offer(standard(shop, valid_until=TODAY + dt.timedelta(days=3)).id)
    accepted = offers.send_offer(standard(shop, valid_until=TODAY).id)
    offers.accept_offer(accepted.id)
    later = standard(shop, valid_until=TODAY + dt.timedelta(days=10))
    assert offers.expire_offers(TODAY) == 0
    assert offers.expire_offers(TODAY + dt.timedelta(days=4)) == 2
    states = {o.id: o.state for o in Offer.select()}
    assert states == {draft.id: "expired", sent.id: "expired", accepted.id: "accepted", later.id: "draft"}
    with pytest.raises(WorkflowError):
        offers.accept_offer(sent.id)
    # a day has passed: save_offer refuses a validity in the past
    Offer.update(valid_until=TODAY - dt.timedelta(days=1)).where(Offer.id == later.id).execute()
    assert offers.expire_offers() == 1  # the job, not the list, expires it
    assert [o.number for o in offers.list_offers(state="expired")] == sorted(
        [draft.number, sent.number, later.number], reverse=True)


def test_list_offers_filters_by_state_client_and_manager(shop):
    first = standard(shop)
    other_client = party.save_client({"name": "Nagy Bt."})
    second = offers.save_offer({"client_id": other_client.id, "manager_id": shop["head"].id},
                               requests((shop["milk"], "1", "0")))
    offers.send_offer(second.id)
    assert [o.id for o in offers.list_offers()] == [second.id, first.id]
    assert [o.id for o in offers.list_offers(state="sent")] == [second.id]
    assert [o.id for o in offers.list_offers(client_id=shop["client"].id)] == [first.id]
    assert [o.id for o in offers.list_offers(manager_id=shop["head"].id)] == [second.id]


def test_a_copy_is_a_new_linked_draft_version_with_the_lines_and_texts(shop):
    first = offers.send_offer(standard(shop, introduction="Hello", delivery_terms="DAP Győr").id)
    offers.reject_offer(first.id, "price")
    second = offers.copy_offer(first.id)
    third = offers.copy_offer(second.id, {"closing": "Thanks"})
    assert (second.state, second.version, second.previous_version_id) == ("draft", 2, first.id)
    assert second.number != first.number and (third.version, third.previous_version_id) == (3, second.id)
    assert (second.introduction, second.delivery_terms, third.closing) == ("Hello", "DAP Győr", "Thanks")
    assert [(l.sku, l.quantity, l.discount_percent) for l in offers.offer_lines(second.id)] == [
        (l.sku, l.quantity, l.discount_percent) for l in offers.offer_lines(first.id)]
    assert second.gross_total == first.gross_total
    assert [o.id for o in offers.versions(second.id)] == [first.id, second.id, third.id]


def test_an_accepted_offer_becomes_an_order_with_the_same_lines_and_totals(shop):
    saved = standard(shop, notes="Deliver before noon")
    with pytest.raises(WorkflowError):
        offers.offer_to_order(saved.id)  # a draft is not yet an order
    offers.send_offer(saved.id)
    offers.accept_offer(saved.id)
    order = offers.offer_to_order(saved.id)
    assert (order.state, order.client_id, order.manager_id) == ("draft", saved.client_id, saved.manager_id)
    assert (order.net_total, order.vat_total, order.gross_total) == (saved.net_total, saved.vat_total,
                                                                     saved.gross_total)
    fields = ("sku", "quantity", "unit_price", "discount_percent", "vat_rate", "net_amount")
    assert [[getattr(line, f) for f in fields] for line in sale.order_lines(order.id)] == [
        [getattr(line, f) for f in fields] for line in offers.offer_lines(saved.id)]
    assert saved.number in order.notes and "Deliver before noon" in order.notes
    assert offers.get_offer(saved.id).order_id == order.id
    with pytest.raises(WorkflowError):
        offers.offer_to_order(saved.id)  # only once


def test_document_data_holds_everything_a_writer_needs(shop):
    company_service.save_company({"name": "Teszt Kereskedelmi Kft.", "city": "Budapest", "street": "Váci út 1.",
                                  "postcode": "1133", "country": "HU", "currency": "HUF",
                                  "tax_number": "12345676-2-41", "bank_account": "11773016-11111018"})
    company_service.set_logo(PNG)
    party.save_client({"name": "Kovács Kft."}, contacts=[{"name": "Szabó Éva", "email": "eva@kovacs.hu"}],
                      client_id=shop["client"].id)
    contact = party.client_contacts(shop["client"].id)[0]
    saved = standard(shop, payment_terms="15 days", delivery_terms="DAP", contact_id=contact.id)
    data = offers.offer_document_data(saved.id)
    company, client = data.company, data.client
    assert (company.name, company.address_lines, company.tax_number, company.bank_account, company.logo) == (
        "Teszt Kereskedelmi Kft.", ["Váci út 1.", "1133 Budapest"], "12345676-2-41", "11773016-11111018", PNG)
    assert (client.name, client.address_lines, client.tax_number, client.contact_name) == (
        "Kovács Kft.", ["Fő utca 1.", "9021 Győr"], "12892312-2-42", "Szabó Éva")
    assert (data.number, data.offer_date, data.valid_until, data.language, data.currency) == (
        saved.number, TODAY, saved.valid_until, "hu", "HUF")
    assert [(l.sku, l.name, l.quantity, l.unit, l.unit_price, l.discount_percent, l.net_amount, l.vat_rate)
            for l in data.lines] == [  # in position order
        ("TEJ-1", "Tej 1 l", D("10.000"), "db", D("359.00"), D("0.00"), D("3590.00"), D("18.00")),
        ("KEN-2", "Kenyér", D("2.000"), "db", D("1125.00"), D("3.00"), D("2183.00"), D("5.00"))]
    assert data.vat_by_rate == {D("5.00"): (D("2183.00"), D("109.00")), D("18.00"): (D("3590.00"), D("646.00"))}
    assert (data.net_total, data.vat_total, data.gross_total) == (D("5773.00"), D("755.00"), D("6528.00"))
    assert data.net_total + data.vat_total == data.gross_total == saved.gross_total
    assert (data.payment_terms, data.delivery_terms) == ("15 days", "DAP")
    assert (data.introduction, data.closing) == (offers.DEFAULT_INTRODUCTIONS["hu"], offers.DEFAULT_CLOSINGS["hu"])
    assert (data.manager_name, data.manager_email) == ("Kiss Anna", "anna.kiss@example.hu")
    foreign = party.save_client({"name": "ООО Ромашка", "legal_country": "RU", "legal_city": "Москва",
                                 "legal_street": "ул. Ленина 1"})
    russian = offers.save_offer({"client_id": foreign.id}, requests((shop["milk"], "1", "0")))
    data = offers.offer_document_data(russian.id)
    assert (data.client.name, data.client.address_lines, data.language, data.company.logo is not None) == (
        "ООО Ромашка", ["ул. Ленина 1", "Москва", "RU"], "ru", True)


def test_the_document_writers_take_the_data_as_it_is(shop, tmp_path):
    from kamdesk.core.documents.offer_pdf import write_offer_pdf
    from kamdesk.core.documents.offer_xlsx import write_offer_xlsx

    data = offers.offer_document_data(standard(shop).id)
    write_offer_pdf(tmp_path / "offer.pdf", data)
    write_offer_xlsx(tmp_path / "offer.xlsx", data)
    assert (tmp_path / "offer.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "offer.xlsx").read_bytes().startswith(b"PK")


def test_the_offers_discount_approval_carries_into_the_order(shop):
    saved = offer(shop, (shop["milk"], "10", "7"))
    offers.approve_discount(saved.id, "Big client", head_id=shop["head"].id)
    offers.send_offer(saved.id)
    offers.accept_offer(saved.id)
    order = offers.offer_to_order(saved.id)
    assert sale.approval_state(order) == "approved"
    assert sale.confirm_order(order.id).state == "confirmed"
    copy = offers.copy_offer(saved.id)
    assert offers.needs_approval(copy)  # a new version is approved again


@pytest.mark.own_database("each thread saves through a connection of its own")
def test_offer_numbers_stay_unique_under_concurrent_saves(shop, db):
    errors = []

    def save_some():
        try:
            for _ in range(4):
                offer(shop, (shop["milk"], "1", "0"))
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            kdb.database.close()

    threads = [threading.Thread(target=save_some) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(o.number for o in Offer.select()) == [f"OF-{TODAY.year}-{n:04d}" for n in range(1, 13)]


def test_sent_offers_waiting_too_long_are_listed_to_follow_up(shop):
    old = offers.send_offer(standard(shop).id)
    fresh = offers.send_offer(standard(shop).id)
    standard(shop)  # a draft is not waiting for an answer
    # sent ten days ago: send_offer stamps now
    Offer.update(sent_at=dt.datetime.combine(TODAY - dt.timedelta(days=10), dt.time(9))).where(
        Offer.id == old.id).execute()
    assert [o.id for o in offers.awaiting_answer(7)] == [old.id]
    assert [o.id for o in offers.awaiting_answer(7, TODAY + dt.timedelta(days=8))] == [old.id, fresh.id]
    assert offers.awaiting_answer(7, manager_id=shop["head"].id) == []


quantities = st.decimals(min_value=D("0.001"), max_value=D(500), places=3)
discounts = st.decimals(min_value=D(0), max_value=D(5), places=2)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.tuples(st.sampled_from(["milk", "bread"]), quantities, discounts), min_size=1, max_size=6))
def test_random_offers_total_as_orders_and_their_documents(shop, lines):
    typed = [sale.LineRequest(shop[name].id, quantity, discount) for name, quantity, discount in lines]
    saved = offers.save_offer({"client_id": shop["client"].id}, typed)
    preview = sale.price_order(shop["client"].id, typed, TODAY)
    data = offers.offer_document_data(saved.id)
    stored = offers.get_offer(saved.id)
    expected = (preview.totals.net_total, preview.totals.vat_total, preview.totals.gross_total)
    assert (stored.net_total, stored.vat_total, stored.gross_total) == expected
    assert (data.net_total, data.vat_total, data.gross_total) == expected
    assert data.vat_by_rate == preview.totals.vat_by_rate
    assert sum(line.net_amount for line in data.lines) == stored.net_total


def test_an_offer_without_an_answer_becomes_a_planner_suggestion(shop):
    import datetime as dt

    from kamdesk.core.models import Offer
    from kamdesk.core.services import activity as activity_service
    from kamdesk.core.services.suggestions import suggestions_for_week

    sent = standard(shop)
    offers.send_offer(sent.id)
    # sent ten days ago: send_offer stamps now
    Offer.update(sent_at=dt.datetime.combine(TODAY - dt.timedelta(days=10), dt.time(9))).where(
        Offer.id == sent.id).execute()
    now = dt.datetime.combine(TODAY, dt.time(8), activity_service.local_zone())
    found = [s for s in suggestions_for_week(activity_service.week_start(TODAY), now=now)
             if s.client_id == shop["client"].id]
    assert len(found) == 1
    assert found[0].reason == f"Follow up offer {sent.number}, sent 10 days ago."
