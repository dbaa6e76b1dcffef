"""The order confirmation PDF: the order's lines, free units and stored totals, in the client's language;
only a confirmed order has one."""

import datetime as dt
import io
from decimal import Decimal as D

import pytest
from pypdf import PdfReader

from kamdesk.core.documents.formatting import format_money
from kamdesk.core.errors import ValidationError
from kamdesk.core.services import offer as offer_service
from kamdesk.core.services import order_confirmation, party, sale
from tests import factories

TODAY = dt.date.today()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def dairy(company):
    return factories.dairy_shop()


def confirmed_order(dairy, **values):
    products = dairy["products"]
    return factories.order(dairy["client"].id, TODAY, (products["VAJ-250"], 20, 0), (products["TEJ-001"], 12, 5),
                           confirm=True, delivery_address="9021 Győr\nFő utca 1.", notes="Kapu 3-nál", **values)


def test_the_confirmation_prints_the_lines_free_units_and_the_orders_own_totals(dairy):
    order = confirmed_order(dairy)
    text = pdf_text(order_confirmation.confirmation_pdf(order.id))
    assert "Rendelés-visszaigazolás" in text  # a Hungarian client: Hungarian words
    assert order.number in text
    assert "Vaj 250 g" in text and "Tej 2,8% 1 l" in text
    assert "+ 2 db ingyenes" in text  # buy 10 get 1, twice
    assert format_money(order.gross_total, "HUF", "hu") in text
    assert "9021 Győr, Fő utca 1." in text and "Kapu 3-nál" in text
    assert "30 napon belül, átutalással" in text
    data = order_confirmation.confirmation_data(order.id)
    assert (data.net_total, data.vat_total, data.gross_total) == (order.net_total, order.vat_total, order.gross_total)
    assert sum(net + vat for net, vat in data.vat_by_rate.values()) == order.gross_total


def test_the_confirmation_speaks_the_language_of_the_clients_newest_offer(dairy):
    order = confirmed_order(dairy)
    factories.offer(dairy["client"].id, TODAY, (dairy["products"]["TEJ-002"], 1, 0), language="ru")
    assert offer_service.client_language(party.get_client(dairy["client"].id)) == "ru"
    text = pdf_text(order_confirmation.confirmation_pdf(order.id))
    assert "Подтверждение заказа" in text and "бесплатно" in text
    english = pdf_text(order_confirmation.confirmation_pdf(order.id, "en"))
    assert "Order confirmation" in english and "+ 2 pc free" in english


def test_a_newer_contract_speaks_before_an_older_offer(dairy):
    from kamdesk.core.models import ContractTemplate
    from kamdesk.core.services import contract as contracts

    client = party.get_client(dairy["client"].id)
    factories.offer(client.id, TODAY, (dairy["products"]["TEJ-002"], 1, 0), language="ru")
    contracts.ensure_builtin_templates()
    contracts.save_contract({"client_id": client.id, "start_date": TODAY, "language": "en",
                             "template_id": ContractTemplate.get(ContractTemplate.key == "supply_en").id})
    assert offer_service.client_language(client) == "en"


@pytest.mark.parametrize(("country", "language"), [("HU", "hu"), ("KG", "ru"), ("BY", "ru"), ("AT", "en")])
def test_without_offers_or_contracts_the_clients_country_decides(company, country, language):
    client = factories.client("Ősz Kft.", legal_country=country)
    assert offer_service.client_language(client) == language


def test_a_draft_order_has_no_confirmation_yet(dairy):
    draft = factories.order(dairy["client"].id, TODAY, (dairy["products"]["TEJ-001"], 1, 0))
    with pytest.raises(ValidationError) as refused:
        order_confirmation.confirmation_pdf(draft.id)
    assert "is draft: only a confirmed order has a confirmation" in str(refused.value)
    sale.confirm_order(draft.id)
    assert pdf_text(order_confirmation.confirmation_pdf(draft.id)).count(draft.number) >= 1


def test_a_long_order_repeats_its_header_and_keeps_the_totals(dairy):
    products = list(dairy["products"].values())
    items = [(products[n % len(products)], D(1), 0) for n in range(70)]
    order = factories.order(dairy["client"].id, TODAY, *items, confirm=True)
    reader = PdfReader(io.BytesIO(order_confirmation.confirmation_pdf(order.id)))
    assert len(reader.pages) >= 2
    assert all("Cikkszám" in page.extract_text() for page in reader.pages[:2])
    assert format_money(order.gross_total, "HUF", "hu") in "".join(page.extract_text() for page in reader.pages)
