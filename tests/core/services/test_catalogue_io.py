"""Price lists in and out: mapping, per-row checks, all-or-nothing import, export with derived columns."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest

from kamdesk.core.errors import ImportFileError, KamdeskError, ValidationError
from kamdesk.core.models import Category, Price, PriceColumn, Product
from kamdesk.core.services import catalogue
from kamdesk.core.services.catalogue_io import (
    PRICE_PREFIX,
    auto_mapping,
    category_text,
    check_price_list,
    export_catalogue,
    import_price_list,
    mapping_targets,
    parse_vat,
    read_table,
)
from kamdesk.core.services.spreadsheet_import import Table


@pytest.fixture
def columns(company):
    listing = catalogue.save_price_column("Listaár", is_default=True)
    wholesale = catalogue.save_price_column("Nagyker", base_id=listing.id, percent=Decimal(-8))
    key = catalogue.save_price_column("Kulcsügyfél", base_id=listing.id, percent=Decimal("-12.5"))
    export = catalogue.save_price_column("Export")
    return {"list": listing, "wholesale": wholesale, "key": key, "export": export}


@pytest.fixture
def stock(columns):
    milk = catalogue.save_product({"sku": "TEJ-001", "name": "Friss tej 2,8% 1 l", "unit": "db", "vat_rate": 5,
                                   "category": "Élelmiszer / Tejtermék"})
    water = catalogue.save_product({"sku": "VIZ-001", "name": "Ásványvíz 1,5 l", "unit": "karton", "vat_rate": 27,
                                    "category": "Italok"})
    old = catalogue.save_product({"sku": "OLD-1", "name": "Régi termék", "active": False})
    catalogue.set_price(milk.id, columns["list"].id, Decimal("329.00"))
    catalogue.set_price(water.id, columns["list"].id, Decimal("1490.00"))
    catalogue.set_price(water.id, columns["export"].id, Decimal("5.25"))
    return {"milk": milk, "water": water, "old": old}


def table(headers, *rows) -> Table:
    return Table(list(headers), [list(r) for r in rows])


def prices_of(product: Product) -> dict[str, Decimal]:
    return {p.column.name: p.amount for p in Price.select().where(Price.product == product.id)}


# ---------------------------------------------------------------- mapping

def test_auto_mapping_recognises_fields_and_columns_in_three_languages(columns):
    headers = ["Cikkszám", "Megnevezés", "ME", "Termékcsoport", "ÁFA %", "LISTAAR", "export (EUR)",
               "Megjegyzés"]
    assert auto_mapping(headers) == {0: "sku", 1: "name", 2: "unit", 3: "category", 4: "vat_rate",
                                     5: PRICE_PREFIX + "Listaár", 6: PRICE_PREFIX + "Export"}
    assert auto_mapping(["Артикул", "Наименование", "НДС", "Цена опт"]) == {
        0: "sku", 1: "name", 2: "vat_rate", 3: PRICE_PREFIX + "Цена опт"}
    assert auto_mapping(["Item code", "Description", "Unit of measure", "Retail price"]) == {
        0: "sku", 1: "name", 2: "unit", 3: PRICE_PREFIX + "Retail price"}


def test_derived_columns_are_not_mapped_and_unknown_price_headers_are_offered(columns):
    mapping = auto_mapping(["SKU", "Nagyker (Listaár −8 %)", "Kulcsügyfél", "Akciós ár", "EAN"])
    assert mapping == {0: "sku", 3: PRICE_PREFIX + "Akciós ár"}
    check = check_price_list(table(["SKU", "Akciós ár"], ["TEJ-001", "300"]), {0: "sku", 1: "price:Akciós ár"})
    assert check.new_columns == ["Akciós ár"]


def test_each_target_at_most_once(columns):
    assert auto_mapping(["SKU", "Cikkszám", "Listaár", "Listaár"]) == {0: "sku", 2: "price:Listaár"}


def test_mapping_targets_lists_fields_and_stored_columns(columns):
    targets = [t for t, _ in mapping_targets()]
    assert targets[:6] == ["sku", "name", "unit", "category", "vat_rate", "active"]
    assert set(targets[6:]) == {"price:Listaár", "price:Export"}  # not the derived ones


def test_the_mapping_needs_an_sku_and_each_field_once(columns):
    with pytest.raises(ValidationError, match="SKU"):
        check_price_list(table(["Name"], ["x"]), {0: "name"})
    with pytest.raises(ValidationError, match="one column only"):
        check_price_list(table(["A", "B"], ["x", "y"]), {0: "sku", 1: "sku"})
    with pytest.raises(ValueError):
        check_price_list(table(["A"], ["x"]), {0: "colour"})


# ---------------------------------------------------------------- checking

def test_per_row_problems(stock):
    t = table(["SKU", "Name", "VAT", "Listaár", "Nagyker", "Export"],
              ["TEJ-001", "", "5", "339", "", ""],  # fine: the name stays
              ["", "Névtelen", "27", "100", "", ""],  # no SKU
              ["NEW-1", "", "27", "100", "", ""],  # new without a name
              ["VIZ-001", "Víz", "27", "sok", "", ""],  # not a number
              ["NEW-2", "Új", "27", "-5", "", ""],  # negative
              ["NEW-3", "Új", "27", "100", "92", ""],  # a price for a derived column
              ["NEW-4", "Új", "127", "100", "", ""],  # VAT above 100
              ["NEW-5", "Új", "27", "100,125", "", ""],  # too fine
              ["TEJ-001", "Tej", "5", "339", "", ""],  # the SKU again
              ["NEW-6", "Új termék", "5,5%", "1 234,50 Ft", "", "3.5"])
    check = check_price_list(t, {0: "sku", 1: "name", 2: "vat_rate", 3: "price:Listaár", 4: "price:Nagyker",
                                 5: "price:Export"})
    reasons = {p.row_number: p.reason for p in check.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "SKU is missing" in reasons[3]
    assert "name is missing" in reasons[4] and "NEW-1" in reasons[4]
    assert "“sok” is not a price" in reasons[5]
    assert "cannot be negative" in reasons[6]
    assert "derived from “Listaár”" in reasons[7]
    assert "127" in reasons[8]
    assert "two decimal places" in reasons[9]
    assert "already in row 2" in reasons[10]
    assert [p.values[0] for p in check.rejected][:2] == ["", "NEW-1"]
    assert [r.sku for r in check.valid] == ["TEJ-001", "NEW-6"]
    new = check.valid[1]
    assert new.is_new and not check.valid[0].is_new
    assert new.values == {"name": "Új termék", "vat_rate": Decimal("5.5")}
    assert new.prices == {"Listaár": Decimal("1234.50"), "Export": Decimal("3.5")}
    assert check.total == 10 and check.new_products == 1


def test_reasons_are_translatable_messages(stock):
    check = check_price_list(table(["SKU", "Listaár"], ["", "-1"]), {0: "sku", 1: "price:Listaár"})
    reason = check.rejected[0].reason
    assert reason.params and all(hasattr(p, "template") for p in reason.params.values())


@pytest.mark.parametrize("text, rate", [("27", Decimal(27)), ("27 %", Decimal(27)), ("5,5", Decimal("5.5")),
                                        ("0.27", Decimal(27)), ("0", Decimal(0)), ("18%", Decimal(18))])
def test_vat_rates_as_people_write_them(text, rate):
    assert parse_vat(text) == rate


@pytest.mark.parametrize("text", ["huszonhét", "-5", "101", "27.555"])
def test_bad_vat_rates(text):
    assert parse_vat(text) is None


def test_category_paths_with_slash_or_angle():
    assert category_text("Élelmiszer > Tejtermék") == "Élelmiszer / Tejtermék"
    assert category_text(" Italok/Sör ") == "Italok / Sör"


# ---------------------------------------------------------------- importing

def test_import_creates_and_updates_and_leaves_the_rest(stock, columns):
    t = table(["SKU", "Name", "Unit", "Category", "VAT", "Listaár", "Export"],
              ["TEJ-001", "Friss tej 2,8% 1 l", "db", "", "5", "349", ""],  # new list price, export untouched
              ["VIZ-001", "Ásványvíz 1,5 l", "karton", "Italok", "27", "1490", "5.25"],  # nothing changes
              ["KAK-1", "Kakaó 250 g", "db", "Élelmiszer > Édesség", "27", "899", "2"])
    check = check_price_list(t, auto_mapping(t.headers))
    assert not check.rejected
    assert import_price_list(check) == (1, 1)
    assert prices_of(stock["milk"]) == {"Listaár": Decimal("349.00")}
    assert prices_of(stock["water"]) == {"Listaár": Decimal("1490.00"), "Export": Decimal("5.25")}
    cocoa = Product.get(Product.sku == "KAK-1")
    assert (cocoa.name, cocoa.unit, cocoa.vat_rate, cocoa.active) == ("Kakaó 250 g", "db", Decimal(27), True)
    assert cocoa.category.name == "Édesség" and cocoa.category.parent.name == "Élelmiszer"
    assert Category.select().where(Category.name == "Élelmiszer").count() == 1  # the existing one reused
    assert cocoa.search_text == "kak-1\nkakao 250 g"
    assert prices_of(cocoa) == {"Listaár": Decimal("899.00"), "Export": Decimal("2.00")}
    assert Product.get_by_id(stock["old"].id).active is False  # not in the file: untouched
    assert catalogue.column_prices([cocoa.id], columns["wholesale"].id) == {cocoa.id: Decimal("827.00")}


def test_import_changes_only_the_cells_given(stock):
    t = table(["SKU", "Name"], ["TEJ-001", "Friss tej 1 l"])
    assert import_price_list(check_price_list(t, auto_mapping(t.headers))) == (0, 1)
    milk = Product.get_by_id(stock["milk"].id)
    assert (milk.name, milk.unit, milk.vat_rate, milk.category.name) == ("Friss tej 1 l", "db", Decimal(5), "Tejtermék")
    assert milk.search_text == "tej-001\nfriss tej 1 l"
    assert prices_of(milk) == {"Listaár": Decimal("329.00")}


def test_a_rejected_row_imports_nothing(stock):
    t = table(["SKU", "Name", "Listaár"], ["NEW-1", "Új", "100"], ["TEJ-001", "Tej", "-1"])
    check = check_price_list(t, auto_mapping(t.headers))
    with pytest.raises(KamdeskError, match="with errors: 1. Nothing was imported"):
        import_price_list(check)
    assert not Product.select().where(Product.sku == "NEW-1").exists()


def test_new_price_columns_are_created_only_when_chosen(stock):
    t = table(["SKU", "Listaár", "Akciós ár"], ["TEJ-001", "329", "299"], ["VIZ-001", "1490", "1390"])
    check = check_price_list(t, auto_mapping(t.headers))
    assert check.new_columns == ["Akciós ár"]
    assert import_price_list(check) == (0, 0)  # not chosen: nothing new, the list prices are the same
    assert not PriceColumn.select().where(PriceColumn.name == "Akciós ár").exists()
    assert import_price_list(check, create_columns=["Akciós ár"]) == (0, 2)
    column = PriceColumn.get(PriceColumn.name == "Akciós ár")
    assert column.base_id is None and not column.is_default
    assert catalogue.column_prices([stock["milk"].id, stock["water"].id], column.id) == {
        stock["milk"].id: Decimal("299.00"), stock["water"].id: Decimal("1390.00")}
    with pytest.raises(ValueError):
        import_price_list(check, create_columns=["Nincs ilyen"])


def test_import_is_all_or_nothing_when_the_database_refuses(stock, monkeypatch):
    from kamdesk.core.services import catalogue_io

    t = table(["SKU", "Name", "Listaár"], ["NEW-1", "Új", "100"], ["TEJ-001", "Tej", "200"])
    check = check_price_list(t, auto_mapping(t.headers))

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(catalogue_io, "_set_prices", broken)
    with pytest.raises(RuntimeError):
        import_price_list(check)
    assert not Product.select().where(Product.sku == "NEW-1").exists()
    assert Product.get_by_id(stock["milk"].id).name == "Friss tej 2,8% 1 l"


def test_a_product_deleted_after_the_check_stops_the_import(stock):
    t = table(["SKU", "Listaár"], ["OLD-1", "10"])
    check = check_price_list(t, auto_mapping(t.headers))
    Product.delete().where(Product.sku == "OLD-1").execute()  # no service deletes a product
    with pytest.raises(KamdeskError, match="OLD-1"):
        import_price_list(check)


def test_a_column_derived_after_the_check_stops_the_import(stock, columns):
    t = table(["SKU", "Export"], ["TEJ-001", "10"])
    check = check_price_list(t, auto_mapping(t.headers))
    catalogue.save_price_column("Export", base_id=columns["list"].id, column_id=columns["export"].id)
    with pytest.raises(KamdeskError, match="Export"):
        import_price_list(check)
    assert prices_of(stock["milk"]) == {"Listaár": Decimal("329.00")}


# ---------------------------------------------------------------- exporting

def test_export_xlsx_has_every_product_and_every_column(stock, tmp_path):
    path = tmp_path / "catalogue.xlsx"
    assert export_catalogue(path) == 3
    sheet = openpyxl.load_workbook(path).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["SKU", "Product name", "Unit", "Category", "VAT rate", "Active", "Listaár",
                       "Nagyker (Listaár −8 %)", "Kulcsügyfél (Listaár −12.5 %)", "Export"]
    by_sku = {r[0]: r for r in rows[1:]}
    assert [r[0] for r in rows[1:]] == ["OLD-1", "TEJ-001", "VIZ-001"]
    assert by_sku["TEJ-001"] == ["TEJ-001", "Friss tej 2,8% 1 l", "db", "Élelmiszer / Tejtermék", 5, "Yes", 329,
                                 303, 288, None]  # 329 × 0.92 = 302.68, 329 × 0.875 = 287.875 (whole forints)
    assert by_sku["VIZ-001"][4:] == [27, "Yes", 1490, 1371, 1304, 5.25]
    assert by_sku["OLD-1"][5:7] == ["No", None]


def test_export_csv_is_read_back_by_the_import(stock, tmp_path):
    path = tmp_path / "catalogue.csv"
    export_catalogue(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[2][:7] == ["TEJ-001", "Friss tej 2,8% 1 l", "db", "Élelmiszer / Tejtermék", "5", "Yes", "329,00"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imports_back_unchanged(stock, tmp_path, suffix):
    path = tmp_path / f"catalogue{suffix}"
    export_catalogue(path)
    before = [(p.sku, p.name, p.unit, p.category_id, p.vat_rate, p.active, prices_of(p))
              for p in Product.select().order_by(Product.sku)]
    t = read_table(path)
    mapping = auto_mapping(t.headers)
    assert set(mapping.values()) == {"sku", "name", "unit", "category", "vat_rate", "active", "price:Listaár",
                                     "price:Export"}
    check = check_price_list(t, mapping)
    assert not check.rejected and not check.new_columns
    assert import_price_list(check) == (0, 0)
    after = [(p.sku, p.name, p.unit, p.category_id, p.vat_rate, p.active, prices_of(p))
             for p in Product.select().order_by(Product.sku)]
    assert after == before


def test_an_edited_export_updates_prices(stock, tmp_path):
    path = tmp_path / "catalogue.xlsx"
    export_catalogue(path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "TEJ-001":
            row[6].value = 359
    sheet.append(["NEW-1", "Új termék", "kg", "Italok > Sör", 0.27, "igen", 1000, None, None, 4])
    book.save(path)
    t = read_table(path)
    check = check_price_list(t, auto_mapping(t.headers))
    assert import_price_list(check) == (1, 1)
    assert prices_of(stock["milk"]) == {"Listaár": Decimal("359.00")}
    new = Product.get(Product.sku == "NEW-1")
    assert (new.vat_rate, new.category.name, new.category.parent.name) == (Decimal(27), "Sör", "Italok")


def test_export_refuses_other_formats(stock, tmp_path):
    with pytest.raises(KamdeskError, match="xlsx or .csv"):
        export_catalogue(tmp_path / "catalogue.pdf")


def test_read_table_errors_are_the_import_file_errors(tmp_path):
    with pytest.raises(ImportFileError):
        read_table(tmp_path / "missing.xlsx")


PRICE_LIST = [
    ["Árlista 2026. január — Nagyker Kft."],
    [],
    ["Cikkszám", "Megnevezés", "Listaár (HUF)", "Akciós ár"],
    ["TEJ-001", "Friss tej 2,8% 1 l", "339 Ft", ""],
    ["SAJT-01", "Trappista sajt 1 kg", "3 290 Ft", "2 990 Ft"],
]


def write_price_list(path, rows=PRICE_LIST):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_the_headers_of_a_price_list_are_found_below_its_title(stock, tmp_path):
    t = read_table(write_price_list(tmp_path / "prices.xlsx"))

    assert (t.header_row, t.row_numbers) == (3, [4, 5])
    check = check_price_list(t, auto_mapping(t.headers))
    assert not check.rejected and check.new_columns == ["Akciós ár"]
    assert import_price_list(check) == (1, 1)
    assert prices_of(stock["milk"]) == {"Listaár": Decimal("339.00")}


def test_a_price_list_header_row_read_as_data_stops_the_import(stock, tmp_path):
    t = read_table(write_price_list(tmp_path / "prices.xlsx"), header_row=1)

    check = check_price_list(t, {0: "sku", 1: "name", 2: "price:Listaár", 3: "price:Akciós ár"})

    assert [(p.row_number, p.reason) for p in check.rejected] == [
        (3, "This row holds column headers (Cikkszám, Megnevezés, Listaár (HUF), Akciós ár), not data; "
            "it is not imported.")]
    with pytest.raises(KamdeskError):
        import_price_list(check)
    assert Product.select().where(Product.sku == "Cikkszám").count() == 0
