"""Observed competitor prices from a spreadsheet: columns recognised in Hungarian, rows matched to the register,
our products and categories, rejected in words; importing the same file twice changes nothing."""

import datetime as dt
from decimal import Decimal as D

import pytest

from kamdesk.core.errors import ValidationError
from kamdesk.core.models.competitor import CompetitorPrice
from kamdesk.core.services import competitor_io, competitors
from kamdesk.core.services.spreadsheet_import import write_rejected

TODAY = dt.date.today()
YESTERDAY = (TODAY - dt.timedelta(days=1)).isoformat()


@pytest.fixture
def rivals(shop):
    return {**shop, "tejut": competitors.save_competitor({"name": "Tejút Zrt."}),
            "alfoldi": competitors.save_competitor({"name": "Alföldi Kft."})}


def sheet(tmp_path, rows, name="prices.csv"):
    path = tmp_path / name
    path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


ROWS = [["Versenytárs árai 2026"], [],
        ["Versenytárs", "Cikkszám", "Kategória", "Ár", "Dátum", "Forrás"],
        ["TEJUT ZRT.", "TEJ-1", "", "359,10 Ft", YESTERDAY, "árlista"],
        ["Alföldi Kft.", "", "Élelmiszer / Pékáru", "1 100", "", "polc"],
        ["Alföldi Kft.", "", "tejtermék", "450", YESTERDAY, ""],
        ["Nincs Ilyen Bt.", "TEJ-1", "", "1", "", ""],
        ["Tejút Zrt.", "NOPE", "", "abc", "2099-01-01", ""],
        ["Tejút Zrt.", "TEJ-1", "", "359,10 Ft", YESTERDAY, "árlista"]]


def test_a_sheet_of_prices_is_checked_row_by_row_and_imported_once(rivals, tmp_path):
    path = sheet(tmp_path, ROWS)
    table = competitor_io.read_table(path)
    mapping = competitor_io.auto_mapping(table.headers)
    assert table.header_row == 3
    assert sorted(mapping.values()) == sorted(["competitor", "sku", "category", "price", "observed_on", "source"])
    check = competitor_io.check_prices(table, mapping)
    assert [line.row_number for line in check.valid] == [4, 5, 6, 9]
    assert check.new == 3  # row 9 repeats row 4
    reasons = {problem.row_number: problem.reason for problem in check.rejected}
    assert reasons[7] == "No competitor is called “Nincs Ilyen Bt.”: record it in the register first."
    assert "There is no product with the SKU NOPE." in reasons[8] and "abc" in reasons[8]
    assert "still to come" in reasons[8]
    assert competitor_io.import_prices(check) == 3
    stored = {(p.competitor.name, p.product_id, p.category_id, p.price, p.observed_on, p.source)
              for p in CompetitorPrice.select()}
    assert stored == {("Tejút Zrt.", rivals["milk"].id, None, D("359.10"), TODAY - dt.timedelta(days=1), "árlista"),
                      ("Alföldi Kft.", None, rivals["bread"].category_id, D("1100"), TODAY, "polc"),
                      ("Alföldi Kft.", None, rivals["milk"].category_id, D("450"), TODAY - dt.timedelta(days=1), "")}
    again = competitor_io.check_prices(competitor_io.read_table(path), mapping)
    assert again.new == 0 and competitor_io.import_prices(again) == 0
    rejected = tmp_path / "rejected.csv"
    write_rejected(check.rejected, table.headers, rejected)
    assert "record it in the register first" in rejected.read_text(encoding="utf-8-sig")


def test_a_competitor_s_price_list_takes_the_competitor_and_day_chosen_for_the_file(rivals, tmp_path):
    path = sheet(tmp_path, [["SKU", "Listaár", "Pénznem"], ["TEJ-1", "1,50", "EUR"], ["KEN-2", "1249.5", ""]])
    table = competitor_io.read_table(path)
    mapping = competitor_io.auto_mapping(table.headers)
    with pytest.raises(ValidationError) as refused:
        competitor_io.check_prices(table, mapping)
    assert "the competitor whose prices the file holds" in str(refused.value)
    with pytest.raises(ValidationError, match="day still to come"):  # the file's day is checked like a row's
        competitor_io.check_prices(table, mapping, rivals["tejut"].id, TODAY + dt.timedelta(days=1))
    day = TODAY - dt.timedelta(days=7)
    check = competitor_io.check_prices(table, mapping, rivals["tejut"].id, day)
    assert competitor_io.import_prices(check) == 2
    assert sorted((p.currency, p.observed_on, p.competitor_id) for p in CompetitorPrice.select()) == [
        ("EUR", day, rivals["tejut"].id), ("HUF", day, rivals["tejut"].id)]


def test_a_mapping_without_the_price_or_an_item_is_refused(rivals, tmp_path):
    table = competitor_io.read_table(sheet(tmp_path, [["Versenytárs", "Cikkszám"], ["Tejút Zrt.", "TEJ-1"]]))
    with pytest.raises(ValidationError) as refused:
        competitor_io.check_prices(table, competitor_io.auto_mapping(table.headers))
    assert str(refused.value) == "Choose the column that holds the price."
    with pytest.raises(ValidationError) as refused:
        competitor_io.check_prices(table, {0: "competitor", 1: "price"})
    assert "SKU, or the category" in str(refused.value)


def test_a_category_named_twice_must_be_given_by_its_path(rivals, tmp_path):
    from kamdesk.core.services import catalogue

    catalogue.category_path("Italok / Tejtermék")
    path = sheet(tmp_path, [["Versenytárs", "Kategória", "Ár"], ["Tejút Zrt.", "Tejtermék", "10"],
                            ["Tejút Zrt.", "italok/tejtermék", "10"]])
    table = competitor_io.read_table(path)
    check = competitor_io.check_prices(table, competitor_io.auto_mapping(table.headers))
    assert [p.reason for p in check.rejected] == [
        "Several categories are called “Tejtermék”: give its path, such as “Food / Dairy”."]
    assert [line.row_number for line in check.valid] == [3]
