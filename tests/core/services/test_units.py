"""A product's unit prints in the document's language; the catalogue keeps its code."""

import pytest

from kamdesk.core.services import offer as offers
from kamdesk.core.services.catalogue_read import unit_name
from tests.core.services.test_offer import standard


@pytest.mark.parametrize(("unit", "en", "hu", "ru"), [
    ("pc", "pc", "db", "шт."), ("db", "pc", "db", "шт."), ("pcs", "pc", "db", "шт."), ("шт.", "pc", "db", "шт."),
    ("kg", "kg", "kg", "кг"), ("box", "box", "doboz", "кор."), ("karton", "karton", "karton", "karton"),
])
def test_a_standard_unit_in_every_language(unit, en, hu, ru):
    assert [unit_name(unit, language) for language in ("en", "hu", "ru")] == [en, hu, ru]


def test_a_hungarian_offer_prints_db_where_the_catalogue_says_pc(shop):
    saved = standard(shop)
    assert [line.unit for line in offers.offer_lines(saved.id)] == ["pc", "pc"]  # the catalogue's code is kept
    assert [line.unit for line in offers.offer_document_data(saved.id).lines] == ["db", "db"]
    russian = offers.copy_offer(saved.id, {"language": "ru"})
    assert [line.unit for line in offers.offer_document_data(russian.id).lines] == ["шт.", "шт."]
