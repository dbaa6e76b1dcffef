"""The price list extract's data: the client's own column (derived prices computed), chosen categories with their
subcategories or chosen products, unpriced and inactive products left out, in the client's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.services import catalogue, price_list
from tests import factories


@pytest.fixture
def catalogue_shop(company):
    listing, wholesale = factories.price_columns()  # wholesale: 10 % below the list
    made = {sku: factories.product(sku, name, price, listing, category=category, vat_rate=vat)
            for sku, name, price, category, vat in (
                ("TEJ-1", "Tej 1 l", "400", "Élelmiszer / Tejtermék", 18),
                ("SAJT-1", "Trappista", "3000", "Élelmiszer / Tejtermék / Sajt", 18),
                ("KEN-1", "Kenyér", "1000", "Élelmiszer / Pékáru", 5),
                ("SZAP-1", "Szappan", "500", "Vegyi áru", 27))}
    factories.product("NINCS-1", "Ár nélkül", None, listing, category="Élelmiszer / Tejtermék")
    factories.product("REGI-1", "Régi tej", "300", listing, category="Élelmiszer / Tejtermék", active=False)
    buyer = factories.client("Kovács Kft.", price_column=wholesale.id)
    russian = factories.client("Ромашка ООО", legal_country="RU")  # the default column: the list
    return {"products": made, "client": buyer, "russian": russian}


def category_id(path: str) -> int:
    return next(cid for cid, text in price_list.categories() if text == path)


def test_every_priced_active_product_at_the_clients_column_by_category(catalogue_shop):
    data = price_list.price_list_data(catalogue_shop["client"].id, day=dt.date(2026, 12, 5))
    assert [(line.category, line.sku, line.net_price, line.gross_price) for line in data.lines] == [
        ("Élelmiszer / Pékáru", "KEN-1", Decimal("900.00"), Decimal("945.00")),
        ("Élelmiszer / Tejtermék", "TEJ-1", Decimal("360.00"), Decimal("425.00")),
        ("Élelmiszer / Tejtermék / Sajt", "SAJT-1", Decimal("2700.00"), Decimal("3186.00")),
        ("Vegyi áru", "SZAP-1", Decimal("450.00"), Decimal("572.00"))]
    assert (data.language, data.currency, data.client.name, data.manager_name) == ("hu", "HUF", "Kovács Kft.",
                                                                                   "Kiss Anna")
    assert data.lines[0].unit == "db"


def test_a_category_brings_its_subcategories_and_chosen_products_join_it(catalogue_shop):
    products = catalogue_shop["products"]
    data = price_list.price_list_data(catalogue_shop["client"].id, [category_id("Élelmiszer / Tejtermék")],
                                      [products["SZAP-1"].id])
    assert [line.sku for line in data.lines] == ["TEJ-1", "SAJT-1", "SZAP-1"]


def test_the_default_column_and_the_clients_language(catalogue_shop):
    data = price_list.price_list_data(catalogue_shop["russian"].id, [category_id("Vegyi áru")])
    assert [(line.sku, line.net_price, line.unit) for line in data.lines] == [("SZAP-1", Decimal("500.00"), "шт.")]
    assert data.language == "ru"


def test_nothing_priced_is_refused_in_words(catalogue_shop):
    nothing = catalogue.save_product({"sku": "X-1", "name": "Semmi", "category": "Üres"})
    with pytest.raises(ValidationError, match="no products"):
        price_list.price_list_pdf(catalogue_shop["client"].id, product_ids=[nothing.id])
