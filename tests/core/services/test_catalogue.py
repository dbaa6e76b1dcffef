"""The catalogue service: a new product given its price at once, the first price column made for it."""

from decimal import Decimal

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.models import Price, PriceColumn, Product
from kamdesk.core.services import catalogue


def test_the_first_price_creates_the_default_column(company):
    product = catalogue.save_product({"sku": "TEJ-1", "name": "Tej 1 l"}, price=Decimal("349.90"),
                                     first_column="Listaár")
    (column,) = catalogue.list_columns()
    assert (column.name, column.is_default, column.base_id) == ("Listaár", True, None)
    assert catalogue.column_prices([product.id], column.id) == {product.id: Decimal("349.90")}


def test_a_later_price_goes_into_the_default_column(company):
    catalogue.save_price_column("Nagyker")
    default = catalogue.save_price_column("Kisker", is_default=True)
    product = catalogue.save_product({"sku": "KEN-2", "name": "Kenyér"}, price=Decimal(500), first_column="Listaár")
    assert [c.name for c in catalogue.list_columns()] == ["Nagyker", "Kisker"]
    assert catalogue.column_prices([product.id], default.id) == {product.id: Decimal(500)}


def test_a_refused_product_leaves_no_column_behind(company):
    with pytest.raises(ValidationError) as refused:
        catalogue.save_product({"sku": "", "name": "Tej"}, price=Decimal(100))
    assert "sku" in refused.value.errors
    with pytest.raises(ValidationError) as negative:
        catalogue.save_product({"sku": "TEJ-1", "name": "Tej"}, price=Decimal(-1))
    assert "price" in negative.value.errors
    assert (Product.select().count(), PriceColumn.select().count(), Price.select().count()) == (0, 0, 0)


def test_a_price_the_database_refuses_undoes_the_product_and_the_column(company, monkeypatch):
    def refuse(*_args):
        raise ValidationError({"price": "refused"})

    monkeypatch.setattr(catalogue, "set_price", refuse)
    with pytest.raises(ValidationError):
        catalogue.save_product({"sku": "TEJ-1", "name": "Tej"}, price=Decimal(100))
    assert (Product.select().count(), PriceColumn.select().count()) == (0, 0)


def test_a_first_price_finer_than_a_hundredth_is_refused_beside_its_field(company):
    with pytest.raises(ValidationError) as refused:
        catalogue.save_product({"sku": "X-1", "name": "Csavar"}, price=Decimal("1.234"))
    assert "price" in refused.value.errors
    assert Product.select().count() == 0 and PriceColumn.select().count() == 0


@pytest.mark.sqlite_only("the modules a fresh process loads")
def test_reading_category_paths_leaves_the_spreadsheet_writers_unloaded(tmp_path):
    """The catalogue page reads them when it opens: loading openpyxl for it cost a tenth of a second."""
    import subprocess
    import sys

    code = (f"import sys\nfrom kamdesk.core import db\ndb.connect('sqlite:///{tmp_path / 'paths.db'}')\n"
            "from kamdesk.core.services import catalogue, catalogue_read\n"
            "catalogue.category_path('Élelmiszer / Tejtermék')\n"
            "assert catalogue_read.category_paths() == {1: 'Élelmiszer', 2: 'Élelmiszer / Tejtermék'}\n"
            "print('openpyxl' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
