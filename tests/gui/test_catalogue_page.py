"""The catalogue page: prices typed in place (derived columns follow), search, products, columns, promotions."""

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.core.models import Promotion
from kamdesk.core.services import catalogue
from kamdesk.gui.product.catalogue_page import (
    FIXED_COLUMNS,
    CataloguePage,
    PriceColumnDialog,
    ProductDialog,
    PromotionDialog,
)
from tests.gui.keyboard import activate, type_text
from tests.gui.test_order_entry import when_modal
from tests.gui.waiting import finish

NBSP = "\u00a0"


def open_page(qtbot) -> CataloguePage:
    page = CataloguePage()
    qtbot.addWidget(page)
    page.resize(1400, 850)
    page.show()
    qtbot.waitExposed(page)
    activate(page)
    return page


def column_index(page: CataloguePage, name: str) -> int:
    return next(c for c in range(page.model.columnCount())
                if page.model.headerData(c, Qt.Orientation.Horizontal).removesuffix(" ★") == name)


def price(page: CataloguePage, sku: str, column: str) -> str:
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == sku)
    return page.model.index(row, column_index(page, column)).data()


def type_price(qtbot, page: CataloguePage, sku: str, column: str, text: str) -> None:
    """Go to the cell, type the price (typing opens the editor), Enter."""
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == sku)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, column_index(page, column)))
    for char in text:
        type_text(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)  # Qt commits a moment later


def test_a_stored_price_typed_in_place_moves_the_derived_column(qtbot, shop, hungarian):
    page = open_page(qtbot)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers[len(FIXED_COLUMNS):] == ["Lista ★", "Nagyker"]
    assert (price(page, "TEJ-001", "Lista"), price(page, "TEJ-001", "Nagyker")) == ("300", "270")
    type_price(qtbot, page, "TEJ-001", "Lista", "1 290")
    assert catalogue.column_prices([shop["products"]["TEJ-001"].id], catalogue.list_columns()[0].id) == {
        shop["products"]["TEJ-001"].id: Decimal("1290")}
    assert (price(page, "TEJ-001", "Lista"), price(page, "TEJ-001", "Nagyker")) == (f"1{NBSP}290", f"1{NBSP}161")
    type_price(qtbot, page, "TEJ-002", "Lista", "99,50")  # exactly, not 99.4999…
    assert price(page, "TEJ-002", "Lista") == "99,50"
    assert catalogue.column_prices([shop["products"]["TEJ-002"].id], catalogue.list_columns()[0].id)[
        shop["products"]["TEJ-002"].id] == Decimal("99.50")
    derived = page.model.index(0, column_index(page, "Nagyker"))
    assert not derived.flags() & Qt.ItemFlag.ItemIsEditable  # computed, read-only


def test_a_wrong_price_is_refused_and_the_old_one_stays(qtbot, shop, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
                        or QMessageBox.StandardButton.Ok)
    page = open_page(qtbot)
    type_price(qtbot, page, "VAJ-250", "Lista", "abc")
    assert shown == ["“abc” is not an amount."]
    assert price(page, "VAJ-250", "Lista") == "890"


def test_typing_filters_the_products(qtbot, shop):
    page = open_page(qtbot)
    assert page.count_label.text().startswith("6 products ·")
    page.search.setFocus()
    type_text(page.search, "tejfol")  # no accent typed
    qtbot.waitUntil(lambda: page.count_label.text().startswith("1 product ·"))
    assert page.model.index(0, 1).data() == "Tejföl 20% 330 g"


def test_a_product_is_added_and_a_duplicate_sku_is_shown_beside_its_field(qtbot, shop):
    page = open_page(qtbot)
    messages = []

    def fill(dialog):
        assert isinstance(dialog, ProductDialog)
        dialog.ui.sku.setText("TEJ-001")
        dialog.ui.name.setText("Laktózmentes tej 1 l")
        dialog.ui.unit.setCurrentText("db")
        dialog.ui.category.setCurrentText("Élelmiszer / Tejtermék / Laktózmentes")
        dialog.ui.vat_rate.setCurrentText("18")
        dialog.save()
        messages.append(dialog.ui.sku_error.text())
        dialog.ui.sku.setText("TEJ-LM1")
        dialog.save()

    when_modal(qtbot, fill)
    page.new_button.click()
    assert messages == ["Another product has the SKU TEJ-001."]
    assert page.count_label.text().startswith("7 products ·")
    assert page.model.index(page.table.currentIndex().row(), 3).data() == "Élelmiszer / Tejtermék / Laktózmentes"
    assert page.category.findText("Élelmiszer / Tejtermék / Laktózmentes") > 0


def test_a_derived_price_column_is_added(qtbot, shop):
    page = open_page(qtbot)
    page.tabs.setCurrentIndex(1)

    def fill(dialog):
        assert isinstance(dialog, PriceColumnDialog)
        dialog.ui.name.setText("VIP")
        dialog.ui.base.setCurrentIndex(dialog.ui.base.findData(catalogue.list_columns()[0].id))
        dialog.ui.percent.setText("-15")
        dialog.save()

    when_modal(qtbot, fill)
    page.edit_column(new=True)
    assert [page.columns_table.item(r, 0).text() for r in range(3)] == ["Lista", "Nagyker", "VIP"]
    assert page.columns_table.item(2, 2).text() == "−15\u00a0%"
    assert price(page, "TEJ-001", "VIP") == "255"  # 300 − 15 %
    page.columns_table.setCurrentCell(2, 0)
    page.make_default()
    assert catalogue.default_column().name == "VIP"
    assert page.columns_table.item(2, 3).text() == "★"


def test_a_buy_n_get_m_promotion_is_made_for_a_product_found_by_typing(qtbot, shop):
    page = open_page(qtbot)
    page.tabs.setCurrentIndex(2)
    assert page.promotions_table.rowCount() == 2

    def fill(dialog):
        assert isinstance(dialog, PromotionDialog)
        ui = dialog.ui
        ui.name.setText("Joghurt 6+1")
        ui.kind_bundle.setChecked(True)
        ui.buy_quantity.setValue(6)
        ui.free_quantity.setValue(1)
        dialog.save()  # no product yet
        assert ui.targets_error.text() == "Choose the products or categories the promotion is for."
        dialog.product_edit.setFocus()
        type_text(dialog.product_edit, "joghurt")
        assert dialog.product_edit.popup_visible()
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog.product_edit, Qt.Key.Key_Return)
        assert [ui.products.item(i).text() for i in range(ui.products.count())] == ["JOG-150   Joghurt natúr 150 g"]
        dialog.save()

    when_modal(qtbot, fill)
    page.edit_promotion(new=True)
    promotion = Promotion.get(Promotion.name == "Joghurt 6+1")
    assert (promotion.kind, promotion.buy_quantity, promotion.free_quantity) == ("bundle", 6, 1)
    assert promotion.starts_on == dt.date.today() and promotion.ends_on > promotion.starts_on
    row = next(r for r in range(page.promotions_table.rowCount())
               if page.promotions_table.item(r, 0).text() == "Joghurt 6+1")
    assert [page.promotions_table.item(row, c).text() for c in (2, 3, 4, 5)] == ["6+1", "running", "every client",
                                                                                 "JOG-150"]


def test_the_catalogue_model_is_a_proper_item_model(qtbot, shop, qtmodeltester):
    page = open_page(qtbot)
    qtmodeltester.check(page.model, force_py=True)


def test_a_price_list_is_imported_all_or_nothing_and_the_catalogue_exported(qtbot, shop, tmp_path):
    page = open_page(qtbot)
    bad = tmp_path / "bad.csv"
    bad.write_text("Cikkszám;Megnevezés;Lista\nTEJ-001;Tej 2,8% 1 l;abc\nÚJ-1;Laktózmentes tej;450\n",
                   encoding="utf-8")
    seen = []

    def refuse(dialog):
        finish(qtbot, dialog.run_check())
        seen.append((dialog.summary.text(), dialog.import_button.isEnabled(), dialog.problems.rowCount()))
        dialog.reject()

    when_modal(qtbot, refuse)
    finish(qtbot, page.import_price_list(str(bad)))
    assert seen == [("1 of 2 rows have errors: nothing can be imported until the file is corrected (all or "
                     "nothing).", False, 1)]
    good = tmp_path / "good.csv"
    good.write_text("Cikkszám;Megnevezés;Lista;Akciós ár\nTEJ-001;Tej 2,8% 1 l;320;299\n"
                    "ÚJ-1;Laktózmentes tej;450;\n", encoding="utf-8")

    def accept(dialog):
        assert [box.currentText() for box in dialog.mapping_boxes] == [
            "SKU", "Product name", "Price: Lista", "New price column: Akciós ár"]
        finish(qtbot, dialog.run_check())
        assert dialog.summary.text() == "All 2 rows are fine: 1 new products, 1 products updated."
        assert dialog.create_columns() == ["Akciós ár"]
        imported.append(finish(qtbot, dialog.run_import()).result)

    imported = []
    when_modal(qtbot, accept)
    finish(qtbot, page.import_price_list(str(good)))
    assert imported == [(1, 1)]
    assert page.count_label.text().startswith("7 products ·")
    assert (price(page, "TEJ-001", "Lista"), price(page, "TEJ-001", "Nagyker"), price(page, "TEJ-001", "Akciós ár")) \
        == ("320", "288", "299")
    target = tmp_path / "catalogue.xlsx"
    assert finish(qtbot, page.export_catalogue(str(target))).result == 7
    import openpyxl

    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[6:] == ["Lista", "Nagyker (Lista −10 %)", "Akciós ár"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "TEJ-001")
    assert [Decimal(str(v)) for v in row[6:]] == [Decimal("320"), Decimal("288"), Decimal("299")]


def test_a_price_list_below_a_title_shows_its_header_row_which_can_be_changed(qtbot, shop, tmp_path):
    page = open_page(qtbot)
    path = tmp_path / "titled.csv"
    path.write_text("Árlista 2026. január\n\nCikkszám;Megnevezés;Lista\nTEJ-001;Tej 2,8% 1 l;330\n", encoding="utf-8")
    seen = []

    def check(dialog):
        box = dialog.header_picker.box
        seen.append((box.currentText(), [b.currentText() for b in dialog.mapping_boxes]))
        qtbot.keyClick(box, Qt.Key.Key_Home)  # the title: row 3 is now data
        seen.append((box.currentData(), [b.currentText() for b in dialog.mapping_boxes],
                     dialog.preview.verticalHeaderItem(1).text()))
        qtbot.keyClick(box, Qt.Key.Key_Down)
        finish(qtbot, dialog.run_check())
        seen.append(dialog.summary.text())
        imported.append(finish(qtbot, dialog.run_import()).result)

    imported = []
    when_modal(qtbot, check)
    finish(qtbot, page.import_price_list(str(path)))
    assert imported == [(0, 1)]
    assert seen == [("3: Cikkszám | Megnevezés | Lista", ["SKU", "Product name", "Price: Lista"]),
                    (1, ["New price column: Árlista 2026. január", "Ignore", "Ignore"], "3"),
                    "All 1 rows are fine: 0 new products, 1 products updated."]
    assert price(page, "TEJ-001", "Lista") == "330"


def test_opening_the_catalogue_leaves_its_dialogs_forms_to_load_when_first_opened(tmp_path):
    """The product, price column and promotion forms and the pickers they use loaded with the page."""
    import os
    import subprocess
    import sys

    code = f"""
import sys
from kamdesk.core import db
from kamdesk.core.services import company
from kamdesk.gui.app import create_app
app = create_app()
db.connect('sqlite:///{tmp_path / 'catalogue.db'}')
company.set_up({{"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"}}, {{"name": "Kiss Anna"}})
from kamdesk.gui.product.catalogue_page import CataloguePage, PromotionDialog
page = CataloguePage()
page.show()
app.processEvents()
forms = ("kamdesk.gui.forms.promotion_dialog_ui", "kamdesk.gui.widgets.client_picker")
print([name in sys.modules for name in forms])
PromotionDialog(None, page).reject()
print([name in sys.modules for name in forms])
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["[False,", "False]", "[True,", "True]"]


def test_the_columns_and_promotions_are_read_when_their_tab_is_shown(qtbot, shop):
    page = open_page(qtbot)
    assert (page.columns_table.rowCount(), page.promotions_table.rowCount()) == (0, 0)  # the products first
    page.tabs.setCurrentIndex(2)
    assert (page.columns_table.rowCount(), page.promotions_table.rowCount()) == (0, 2)
    page.tabs.setCurrentIndex(1)
    assert page.columns_table.rowCount() == 2
    catalogue.save_price_column("VIP", base_id=catalogue.list_columns()[0].id, percent=Decimal("-15"))
    page.refresh()  # shown: read at once
    assert page.columns_table.rowCount() == 3
