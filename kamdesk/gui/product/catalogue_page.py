"""The catalogue page: products with a price per price-list column, the columns, the promotions.

Products: a lazy table (rows fetched page by page as the user scrolls) with
one column per price-list column; stored prices are typed in place (read
exactly with parse_money), the prices of derived columns are computed by the
catalogue service and shown read-only. Typing in the search field filters
by SKU and name, accents ignored. Price columns: add, rename, derive from
another by a percentage, make one the default. Promotions: a list and a
dialog (period, percentage or "buy N get M free", products and categories,
optionally only some clients or segments). A price list (.xlsx/.csv) is
imported through a mapping with preview and a check of every row, all or
nothing (kamdesk.core.services.catalogue_io); the catalogue is exported with
every price column.

The catalogue service writes; it has no functions yet to *list* products,
categories and promotions for a screen, so the few read queries this page
needs are kept together at the end of this module ("reading"), written so
that they can move to kamdesk.core.services.catalogue as they are.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError, ValidationError
from kamdesk.core.services import catalogue
from kamdesk.core.services import company as company_service
from kamdesk.core.services.catalogue_read import (
    ProductRow,
    category_paths,
    product_ids,
    product_rows,
    product_units,
    promotion_details,
    promotion_rows,
)
from kamdesk.core.text_fold import fold
from kamdesk.gui.changes import CATALOGUE, notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import date_format
from kamdesk.gui.lists import EmptyState, fill_choices, fit_columns, key_text
from kamdesk.gui.operations import Operation, report_failure
from kamdesk.gui.sale.labels import format_decimal, format_money, format_percent, parse_decimal, promotion_text
from kamdesk.gui.unsaved import UnsavedFields
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.field_errors import FieldErrors
from kamdesk.gui.widgets.lazy_model import LazyTableModel, Pages
from kamdesk.gui.widgets.list_page import Hint, ListPage
from kamdesk.gui.widgets.max_length import limit_line_edits
from kamdesk.gui.widgets.tables import read_only_rows, with_buttons

FIXED_COLUMNS = ("sku", "name", "unit", "category", "vat_rate", "active")
MUTED = QColor("#8a8a8a")
DERIVED_BACKGROUND = QColor("#f4f6f8")
ProductIdRole = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
VAT_CHOICES = ("27", "18", "5", "0")
COLUMNS_TAB, PROMOTIONS_TAB = 1, 2  # the page's tabs after the products


# ---------------------------------------------------------------- the products table

class CatalogueModel(LazyTableModel):
    """Products matching a filter, with one column per price column; stored prices are editable."""

    price_failed = Signal(object)  # a KamdeskError from storing a typed price

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = {"text": "", "category_id": None, "inactive": False}
        self.editable = True  # prices typed in place; not for a role that only reads the catalogue
        self.columns = catalogue.list_columns()
        self.currency = catalogue.currency()
        self._paths: dict[int, str] = {}
        self._headers = (self.tr("SKU"), self.tr("Name"), self.tr("Unit"), self.tr("Category"), self.tr("VAT"),
                         self.tr("Active"))

    # -- querying
    def query(self) -> Pages:
        self.columns = catalogue.list_columns()
        self.currency = catalogue.currency()
        self._paths = category_paths()
        return Pages(product_ids(**self.filter), lambda ids: product_rows(ids, self.columns, self._paths))

    def product_id(self, row: int) -> int | None:
        return self.id_of(row)

    def column_of(self, column_id: int) -> int | None:
        return next((len(FIXED_COLUMNS) + i for i, c in enumerate(self.columns) if c.id == column_id), None)

    def _price_column(self, column: int):
        index = column - len(FIXED_COLUMNS)
        return self.columns[index] if 0 <= index < len(self.columns) else None

    # -- Qt model interface
    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self.columns)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._price_column(index.column())
        if self.editable and column is not None and column.base_id is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._price_column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is not None:
                return format_money(row.prices.get(column.id), self.currency, with_currency=False)
            return self._display(row, FIXED_COLUMNS[index.column()])
        if role == ProductIdRole:
            return row.id
        if role == Qt.ItemDataRole.CheckStateRole and column is None and FIXED_COLUMNS[index.column()] == "active":
            return Qt.CheckState.Checked if row.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and (column is not None or index.column() == 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.active or (column is not None and column.base_id is not None):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.BackgroundRole and column is not None and column.base_id is not None:
            return QBrush(DERIVED_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column is None and FIXED_COLUMNS[index.column()] in (
                "name", "category"):
            return getattr(row, FIXED_COLUMNS[index.column()]) or None
        if role == Qt.ItemDataRole.ToolTipRole and column is not None and column.base_id is not None:
            return self.tr("Computed from “%1” %2: type prices in the base column").replace(
                "%1", self._base_name(column)).replace("%2", _signed_percent(column.percent))
        return None

    def _base_name(self, column) -> str:
        return next((c.name for c in self.columns if c.id == column.base_id), "")

    def _display(self, row: ProductRow, column: str) -> str:
        if column == "vat_rate":
            return format_percent(row.vat_rate)
        if column == "active":
            return ""
        return getattr(row, column)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        column = self._price_column(index.column())
        if role != Qt.ItemDataRole.EditRole or column is None or not index.isValid():
            return False
        row = self._rows[index.row()]
        text = str(value or "").strip()
        try:
            amount = parse_decimal(text) if text else None
            catalogue.set_price(row.id, column.id, amount)
        except ValueError:
            self.price_failed.emit(ValidationError({"price": self.tr("“%1” is not an amount.").replace("%1", text)}))
            return False
        except KamdeskError as error:
            self.price_failed.emit(error)
            return False
        # the derived columns follow the stored one: the whole row is read again
        fresh = product_rows([row.id], self.columns, self._paths)
        self.replace_row(index.row(), fresh[0] if fresh else row)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self._price_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self._headers[section] if section < len(self._headers) else None
            return column.name + (" ★" if column.is_default else "")
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            if column.base_id is not None:
                return self.tr("Derived: “%1” %2").replace("%1", self._base_name(column)).replace(
                    "%2", _signed_percent(column.percent))
            return self.tr("Stored prices: double-click or type to change one") if self.editable else None
        if role == Qt.ItemDataRole.FontRole and column is not None and column.base_id is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return None


def _signed_percent(percent: Decimal) -> str:
    sign = "+" if percent > 0 else "\u2212" if percent < 0 else ""
    return sign + format_percent(abs(percent))


# ---------------------------------------------------------------- the page

class CataloguePage(QWidget):
    """Products and their prices, the price-list columns and the promotions, one tab each.

    Public: `refresh()`, `focus_search()`, `edit_product(product_id)`,
    `new_product()`; `catalogue_changed` after every change saved here (the
    order entry re-prices on it).
    """

    catalogue_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("catalogue_page")
        self.model = CatalogueModel(self)
        # on the team server a key account manager reads the catalogue; heads and admins change it
        self.may_edit = self.model.editable = company_service.has_role(*company_service.CATALOGUE_WRITERS)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("catalogue_tabs")
        self.tabs.addTab(self._products_tab(), self.tr("&Products"))
        self.tabs.addTab(self._columns_tab(), self.tr("Price &columns"))
        self.tabs.addTab(self._promotions_tab(), self.tr("P&romotions"))
        self._stale_tabs: set[int] = set()  # the price columns and promotions tabs, read when next shown
        self.tabs.currentChanged.connect(self._load_shown_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.tabs)
        self.model.price_failed.connect(lambda error: show_error(self, error))
        self.model.dataChanged.connect(lambda *_: self.catalogue_changed.emit())
        self.catalogue_changed.connect(lambda: notify(CATALOGUE, source=self))
        self.setFocusProxy(self.search)
        self.refresh()

    # ------------------------------------------------------------ building
    def _products_tab(self) -> QWidget:
        self.listing = ListPage(
            self.model, self, search_name="product_search", placeholder=self.tr("Search SKU or name…"),
            table_name="product_table", count_name="product_count", filter_of=self._filter,
            count_text=self._count_text, no_match=lambda text: self.tr("No product matches “%1”.").replace(
                "%1", text) if text else self.tr("No product in this category."),
            empty_hint=self._empty_hint, activate=self._activate, search_delay=120, combo_chars=16,
            search_enter_opens=False, ctrl_enter_too=True)
        tab = self.listing
        self.category = self.listing.add_filter("category_filter", self.tr("All categories"))
        self.inactive = self.listing.add_check(self.tr("&Inactive too"))
        bar = self.listing.bar
        bar.addStretch(0)
        self.new_button = self.listing.button(self.tr("&New product…"), self.new_product)
        self.edit_button = self.listing.button(self.tr("&Edit product…"),
                                               lambda: self.edit_product(self.current_product_id()))
        self._add_io_buttons(tab, bar)
        for button in (self.new_button, self.edit_button, self.import_button):
            button.setVisible(self.may_edit)
        self.search, self.table = self.listing.search, self.listing.table
        self.count_label, self.empty_state = self.listing.count_label, self.listing.empty_state
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.listing.fit(stretch=FIXED_COLUMNS.index("name"), text=[FIXED_COLUMNS.index("category")])
        hint = QLabel(self.tr("Type a price in a stored column; grey columns are derived and follow their base.")
                      if self.may_edit else self.tr("The head of department sets the catalogue and the prices."), tab)
        hint.setStyleSheet("color: #666;")
        footer = self.listing.actions
        footer.setStretch(0, 0)
        footer.addStretch(1)
        footer.addWidget(hint)
        self.listing.layout().setContentsMargins(4, 6, 4, 0)
        return tab

    def _add_io_buttons(self, tab: QWidget, bar: QHBoxLayout) -> None:
        self.import_button = QPushButton(self.tr("&Import price list…"), tab)
        self.import_button.setObjectName("import_price_list")
        self.import_button.setToolTip(self.tr("Products and prices from an .xlsx or .csv price list"))
        self.import_button.clicked.connect(lambda: self.import_price_list())
        self.export_button = QPushButton(self.tr("E&xport catalogue…"), tab)
        self.export_button.setObjectName("export_catalogue")
        self.export_button.setToolTip(self.tr("Every product with all price columns, to .xlsx or .csv"))
        self.export_button.clicked.connect(lambda: self.export_catalogue())
        bar.addSpacing(12)
        self.listing.add_to_bar(self.import_button)
        self.listing.add_to_bar(self.export_button)

    def _columns_tab(self) -> QWidget:
        tab = QWidget(self)
        self.columns_table = QTableWidget(0, 4, tab)
        self.columns_table.setObjectName("columns_table")
        self.columns_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Prices"), self.tr("Change"),
                                                      self.tr("Default")])
        _list_table(self.columns_table)
        self.columns_table.doubleClicked.connect(lambda *_: self.edit_column())
        self.columns_empty = EmptyState(self.columns_table)
        add = QPushButton(self.tr("&Add column…"), tab)
        add.clicked.connect(lambda: self.edit_column(new=True))
        edit = QPushButton(self.tr("&Edit column…"), tab)
        edit.clicked.connect(lambda: self.edit_column())
        default = QPushButton(self.tr("Make &default"), tab)
        default.clicked.connect(self.make_default)
        note = QLabel(self.tr("A client without a price column of its own buys at the default column. A derived "
                              "column takes the prices of another changed by a percentage (−10 = 10 % less)."), tab)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(tab)
        for button in (add, edit, default):
            button.setVisible(self.may_edit)
        layout.addLayout(with_buttons(self.columns_table, (add, edit, default)), 1)
        layout.addWidget(note)
        return tab

    def _promotions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.promotions_table = QTableWidget(0, 6, tab)
        self.promotions_table.setObjectName("promotions_table")
        self.promotions_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Period"), self.tr("Offer"), self.tr("State"), self.tr("For"),
            self.tr("Applies to")])
        _list_table(self.promotions_table)
        self.promotions_table.doubleClicked.connect(lambda *_: self.edit_promotion())
        self.promotions_empty = EmptyState(self.promotions_table)
        add = QPushButton(self.tr("&New promotion…"), tab)
        add.clicked.connect(lambda: self.edit_promotion(new=True))
        edit = QPushButton(self.tr("&Edit promotion…"), tab)
        edit.clicked.connect(lambda: self.edit_promotion())
        for button in (add, edit):
            button.setVisible(self.may_edit)
        with_buttons(self.promotions_table, (add, edit), tab)
        return tab

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        keep = self.current_product_id()
        self._fill_categories()
        self.model.set_filter(self._filter())
        self._select_product(keep)
        self._stale_tabs = {COLUMNS_TAB, PROMOTIONS_TAB}
        self._load_shown_tab()

    def _load_shown_tab(self, *_args) -> None:
        """Read the price columns or the promotions when their tab is shown after a refresh (not before the
        products are painted: the first visit to the page waited for all three)."""
        shown = self.tabs.currentIndex()
        if shown in self._stale_tabs:
            self._stale_tabs.discard(shown)
            (self._load_columns if shown == COLUMNS_TAB else self._load_promotions)()

    def apply_filter(self, *_args) -> None:
        self.listing.apply_filters()

    def _filter(self) -> dict:
        return {"text": self.search.text(), "category_id": self.category.currentData(),
                "inactive": self.inactive.isChecked()}

    def _fill_categories(self) -> None:
        fill_choices(self.category, self.tr("All categories"),
                                 ((path, category_id) for category_id, path
                                  in sorted(category_paths().items(), key=lambda item: fold(item[1]))))

    def _count_text(self, count: int) -> str:
        return ListPage.number(count, self.tr("1 product"), self.tr("%1 products")) + " · " + self.tr(
            "net prices in %1 · ★ the default column").replace("%1", self.model.currency)

    def clear_filters(self) -> None:
        self.listing.clear_filters()

    def _empty_hint(self) -> Hint:
        if not self.may_edit:
            return self.tr("No products yet: the head of department fills the catalogue."), []
        return (self.tr("No products yet. Press %1 to add one with its price, or import a price list "
                        "(.xlsx or .csv).").replace("%1", key_text(QKeySequence.StandardKey.New)),
                [(self.tr("New product…"), self.new_product),
                 (self.tr("Import price list…"), lambda: self.import_price_list())])

    def _load_columns(self) -> None:
        columns = catalogue.list_columns()
        names = {c.id: c.name for c in columns}
        table = self.columns_table
        table.setRowCount(len(columns))
        for row, column in enumerate(columns):
            prices = (self.tr("from “%1”").replace("%1", names.get(column.base_id, "")) if column.base_id
                      else self.tr("stored"))
            change = _signed_percent(column.percent) if column.base_id else ""
            cells = (column.name, prices, change, "★" if column.is_default else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, column.id)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, item)
        fit_columns(table, stretch=1, text=[0])
        if columns:
            self.columns_empty.hide_hint()
        elif not self.may_edit:
            self.columns_empty.show_hint(self.tr("No price columns yet."))
        else:
            self.columns_empty.show_hint(
                self.tr("No price columns yet. The first is made when a product is given a price; or add one "
                        "here."), [(self.tr("Add column…"), lambda: self.edit_column(new=True))])

    def _load_promotions(self) -> None:
        rows = promotion_rows()
        today = dt.date.today()
        table = self.promotions_table
        table.setRowCount(len(rows))
        for row, promotion in enumerate(rows):
            period = f"{_date(promotion.starts_on)} – {_date(promotion.ends_on)}"
            if not promotion.active:
                state = self.tr("switched off")
            elif promotion.ends_on < today:
                state = self.tr("ended")
            elif promotion.starts_on > today:
                state = self.tr("upcoming")
            else:
                state = self.tr("running")
            audience = ", ".join(promotion.audience) or self.tr("every client")
            cells = (promotion.name, period, _offer_text(promotion), state, audience, ", ".join(promotion.targets))
            running = promotion.active and promotion.starts_on <= today <= promotion.ends_on
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, promotion.id)
                item.setToolTip(text)
                if not running:
                    item.setForeground(QBrush(MUTED))
                table.setItem(row, col, item)
        fit_columns(table, stretch=(0, 5), text=[4])
        if rows:
            self.promotions_empty.hide_hint()
        elif not self.may_edit:
            self.promotions_empty.show_hint(self.tr("No promotions."))
        else:
            self.promotions_empty.show_hint(
                self.tr("No promotions. A promotion lowers prices for a period, or gives goods free "
                        "(3+1), for every client or some."),
                [(self.tr("New promotion…"), lambda: self.edit_promotion(new=True))])

    # ------------------------------------------------------------ products
    def current_product_id(self) -> int | None:
        return self.listing.current_id()

    def _select_product(self, product_id: int | None) -> None:
        self.listing.select(product_id)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.listing.focus_search()

    def _activate(self) -> None:
        """Enter or a double click: a stored price is typed in place, anything else opens the product."""
        index = self.table.currentIndex()
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.table.edit(index)
        elif index.isValid() and self.may_edit:
            self.edit_product(self.model.product_id(index.row()))

    def new_product(self) -> None:
        self.edit_product(None, new=True)

    def edit_product(self, product_id: int | None, new: bool = False) -> None:
        if (product_id is None and not new) or not self.may_edit:
            return
        dialog = ProductDialog(product_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.reload()
            self._load_columns()  # the first price makes the first column
            self._fill_categories()
            self._select_product(dialog.product_id)
            self.catalogue_changed.emit()

    # ------------------------------------------------------------ price columns
    def _current_id(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item else None

    def edit_column(self, new: bool = False) -> None:
        column_id = None if new else self._current_id(self.columns_table)
        if (column_id is None and not new) or not self.may_edit:
            return
        dialog = PriceColumnDialog(column_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._columns_changed()

    def make_default(self) -> None:
        column_id = self._current_id(self.columns_table)
        if column_id is None or not self.may_edit:
            return
        catalogue.set_default_column(column_id)
        self._columns_changed()

    def _columns_changed(self) -> None:
        self._load_columns()
        self.model.reload()
        self.catalogue_changed.emit()

    # ------------------------------------------------------------ promotions
    def edit_promotion(self, new: bool = False) -> None:
        promotion_id = None if new else self._current_id(self.promotions_table)
        if (promotion_id is None and not new) or not self.may_edit:
            return
        dialog = PromotionDialog(promotion_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load_promotions()
            self.catalogue_changed.emit()

    # ------------------------------------------------------------ import and export
    def import_price_list(self, path: str | None = None) -> Operation | None:
        """Read a price list (.xlsx/.csv) on a worker thread, then map its columns, check every row, import all or nothing."""
        from kamdesk.core.services import catalogue_io

        if not self.may_edit:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a price list"), "",
                                                  self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if not path:
            return None
        return Operation(self, lambda _task: catalogue_io.read_table(path)).with_progress(
            self.tr("Reading %1…").replace("%1", path)).success(lambda table: self._map_price_list(path, table)).run()

    def _map_price_list(self, path: str, table) -> None:
        from kamdesk.gui.product.price_list_import import PriceListImportDialog

        dialog = PriceListImportDialog(path, table, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()  # the import announced CATALOGUE itself (its operation notifies)

    def export_catalogue(self, path: str | None = None) -> Operation | None:
        """Every product with all price columns to .xlsx or .csv (derived columns computed and marked)."""
        from kamdesk.core.services import catalogue_io

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the catalogue"), "catalogue.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                error = KamdeskError(self.tr("Cannot write %1: %2").replace("%1", path).replace(
                    "%2", error.strerror or str(error)))
            report_failure(self, error)

        return Operation(self, lambda _task: catalogue_io.export_catalogue(path)).with_progress(
            self.tr("Writing %1…").replace("%1", path)).failure(failed).run()


def _list_table(table: QTableWidget) -> None:
    read_only_rows(table)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def _date(day: dt.date) -> str:
    return QDate(day.year, day.month, day.day).toString(date_format()) if day else ""


def _offer_text(promotion) -> str:
    """"−10 %" or "3+1" (the name is in its own column)."""
    return promotion_text(promotion).removeprefix(promotion.name).strip()


# ---------------------------------------------------------------- dialogs

class _FormDialog(UnsavedFields, QDialog):
    """Shared by the catalogue dialogs: messages beside their fields, Ctrl+S saves, Esc asks before losing changes."""

    FIELDS: tuple[str, ...] = ()

    def _prepare_form(self) -> None:
        widgets = {field: getattr(self.ui, field) for field in self.FIELDS if hasattr(self.ui, field)}
        self._field_errors = FieldErrors.of_form(self, widgets)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

    def accept(self) -> None:
        self.save()

    def _run(self, save) -> bool:
        self._field_errors.clear()
        saved, _ = self._field_errors.attempt(self, save, getattr(self, "loaded_versions", None))
        if saved:
            super().accept()
        return saved


class ProductDialog(_FormDialog):
    """Create or change one product: SKU, name, unit, category ("Food / Dairy"), VAT, active, description."""

    FIELDS = ("sku", "name", "unit", "category", "vat_rate", "price", "description")

    def __init__(self, product_id: int | None = None, parent: QWidget | None = None):
        from kamdesk.gui.forms.product_dialog_ui import Ui_ProductDialog  # the dialogs' forms load when opened

        super().__init__(parent)
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "product")
        self.setObjectName("product_dialog")
        self.product_id = product_id
        self.loaded_versions = LoadedVersions(self._show_stored)
        self.price = None  # the price field, offered while the catalogue has no price column
        if product_id is None and not catalogue.list_columns():
            self._add_first_price()
        self._prepare_form()
        ui = self.ui
        ui.unit.addItems(product_units())
        for path in sorted(category_paths().values(), key=fold):
            ui.category.addItem(path)
        ui.category.setToolTip(self.tr("Sub-categories with “/”: Food / Dairy"))
        ui.vat_rate.addItems(list(VAT_CHOICES))
        company = company_service.get_company()
        if product_id is None:
            self.setWindowTitle(self.tr("New product"))
            ui.unit.setCurrentText("pc")
            ui.category.setCurrentText("")
            ui.vat_rate.setCurrentText(_plain_number(company.default_vat_rate) if company else "27")
            ui.active.setChecked(True)
        else:
            self._show(product_id)
        ui.sku.setFocus()

    def _show(self, product_id: int) -> None:
        ui, product = self.ui, catalogue.get_product(product_id)
        self.loaded_versions.remember(product)
        self.setWindowTitle(self.tr("Product %1").replace("%1", product.sku))
        ui.sku.setText(product.sku)
        ui.name.setText(product.name)
        ui.unit.setCurrentText(product.unit)
        ui.category.setCurrentText(category_paths().get(product.category_id, ""))
        ui.vat_rate.setCurrentText(_plain_number(product.vat_rate))
        ui.active.setChecked(product.active)
        ui.description.setPlainText(product.description)

    def _show_stored(self) -> None:
        """The product as stored, what was typed dropped (Reload after someone else saved it)."""
        self._show(self.product_id)
        self.discard_changes()

    def _add_first_price(self) -> None:
        """A price field under the VAT: saving it makes the first price column, the default one."""
        ui = self.ui
        self.price = ui.price = QLineEdit(self)
        ui.price.setObjectName("price")
        ui.price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ui.price.setToolTip(self.tr("Saved in a new price column, “%1”, which every client buys at until you "
                                    "add others.").replace("%1", self.first_column_name()))
        ui.price_error = QLabel(self)
        ui.price_error.setObjectName("price_error")
        ui.price_error.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(ui.price)
        box.addWidget(ui.price_error)
        label = QLabel(self.tr("&Price (net, %1):").replace("%1", catalogue.currency()), self)
        label.setBuddy(ui.price)
        row, _role = ui.product_form.getWidgetPosition(ui.active)
        ui.product_form.insertRow(row, label, box)
        QWidget.setTabOrder(ui.vat_rate, ui.price)
        QWidget.setTabOrder(ui.price, ui.active)

    def first_column_name(self) -> str:
        return self.tr("List price")

    def _typed_price(self) -> Decimal | None:
        """The price typed in the first-price field (None when empty); ValueError when it is no amount."""
        text = self.price.text().strip() if self.price is not None else ""
        return parse_decimal(text) if text else None

    def values(self) -> dict:
        ui = self.ui
        try:
            vat = parse_decimal(ui.vat_rate.currentText())
        except ValueError:
            vat = Decimal(-1)
        return {"sku": ui.sku.text(), "name": ui.name.text(), "unit": ui.unit.currentText(),
                "category": ui.category.currentText().strip(), "vat_rate": vat, "active": ui.active.isChecked(),
                "description": ui.description.toPlainText()}

    def save(self) -> bool:
        try:
            price = self._typed_price()
        except ValueError:
            text = self.price.text().strip()
            self._field_errors.show({"price": self.tr("“%1” is not an amount.").replace("%1", text)})
            return False

        def run():
            values = {**self.values(), "row_version": self.loaded_versions.get("product", self.product_id)}
            self.product_id = catalogue.save_product(values, self.product_id, price=price,
                                                     first_column=self.first_column_name()).id

        return self._run(run)


class PriceColumnDialog(_FormDialog):
    """Add or change a price column: its name, stored or derived (base column and percentage), default."""

    FIELDS = ("name", "base", "percent")

    def __init__(self, column_id: int | None = None, parent: QWidget | None = None):
        from kamdesk.gui.forms.price_column_dialog_ui import Ui_PriceColumnDialog

        super().__init__(parent)
        self.ui = Ui_PriceColumnDialog()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "price_column")
        self.setObjectName("price_column_dialog")
        self.column_id = column_id
        self._prepare_form()
        ui = self.ui
        ui.base.addItem(self.tr("Stored: typed for each product"), None)
        for column in catalogue.list_columns():
            if column.id != column_id:
                ui.base.addItem(self.tr("Derived from “%1”").replace("%1", column.name), column.id)
        ui.note.setStyleSheet("color: #666;")
        ui.note.setText(self.tr("A derived column is never typed: its prices follow the base column's."))
        if column_id is None:
            self.setWindowTitle(self.tr("New price column"))
            ui.percent.setText("0")
        else:
            column = next(c for c in catalogue.list_columns() if c.id == column_id)
            self.setWindowTitle(self.tr("Price column %1").replace("%1", column.name))
            ui.name.setText(column.name)
            ui.base.setCurrentIndex(max(0, ui.base.findData(column.base_id)))
            ui.percent.setText(_plain_number(column.percent))
            ui.is_default.setChecked(column.is_default)
        ui.base.currentIndexChanged.connect(self._base_changed)
        self._base_changed()
        ui.name.setFocus()

    def _base_changed(self, *_args) -> None:
        derived = self.ui.base.currentData() is not None
        self.ui.percent.setEnabled(derived)

    def save(self) -> bool:
        ui = self.ui
        base_id = ui.base.currentData()
        text = ui.percent.text().strip() or "0"
        try:
            percent = parse_decimal(text)
        except ValueError:
            self._field_errors.show({"percent": self.tr("“%1” is not a number.").replace("%1", text)})
            return False

        def run():
            self.column_id = catalogue.save_price_column(ui.name.text(), base_id, percent if base_id else Decimal(0),
                                                         ui.is_default.isChecked(), self.column_id).id

        return self._run(run)


class PromotionDialog(_FormDialog):
    """Create or change a promotion: period, percentage or buy N get M free, targets and audience."""

    FIELDS = ("name", "ends_on", "percent", "buy_quantity", "targets")

    def __init__(self, promotion_id: int | None = None, parent: QWidget | None = None, product_search=None):
        from kamdesk.gui.forms.promotion_dialog_ui import Ui_PromotionDialog
        from kamdesk.gui.widgets.client_picker import ClientPicker
        from kamdesk.gui.widgets.product_edit import ProductEdit

        super().__init__(parent)
        self.ui = Ui_PromotionDialog()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "promotion")
        self.setObjectName("promotion_dialog")
        self.promotion_id = promotion_id
        self._prepare_form()
        ui = self.ui
        for edit in (ui.starts_on, ui.ends_on):
            edit.setDisplayFormat(date_format())
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.product_edit = ProductEdit(self, product_search)
        self.product_edit.setObjectName("product_search")
        self.product_edit.setPlaceholderText(ui.product_search.placeholderText())
        ui.targets_layout.replaceWidget(ui.product_search, self.product_edit)
        ui.product_search.hide()  # out of the layout; would sit over the group title until deleted
        ui.product_search.deleteLater()
        ui.product_search = self.product_edit
        QWidget.setTabOrder(ui.active, self.product_edit)
        QWidget.setTabOrder(self.product_edit, ui.products)
        self.product_edit.product_chosen.connect(self._add_product)
        self.client_picker = ClientPicker(ui.client_search, self._client_picked)
        for category_id, path in sorted(category_paths().items(), key=lambda item: fold(item[1])):
            _checkable(ui.categories, path, category_id)
        for segment in company_service.list_segments():
            _checkable(ui.segments, segment.name, segment.id)
        for widget in (ui.products, ui.clients):
            remove = QAction(self.tr("Remove"), widget)
            remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            remove.triggered.connect(lambda *_, w=widget: w.takeItem(w.currentRow()))
            widget.addAction(remove)
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        ui.kind_percent.toggled.connect(self._kind_changed)
        if promotion_id is None:
            self.setWindowTitle(self.tr("New promotion"))
            today = QDate.currentDate()
            ui.starts_on.setDate(today)
            ui.ends_on.setDate(today.addMonths(1))
            ui.kind_percent.setChecked(True)
            ui.buy_quantity.setValue(10)
            ui.free_quantity.setValue(1)
            ui.active.setChecked(True)
        else:
            self._load(promotion_id)
        self._kind_changed()
        ui.name.setFocus()

    def _load(self, promotion_id: int) -> None:
        ui = self.ui
        details = promotion_details(promotion_id)
        self.setWindowTitle(self.tr("Promotion %1").replace("%1", details.name))
        ui.name.setText(details.name)
        ui.starts_on.setDate(QDate(details.starts_on.year, details.starts_on.month, details.starts_on.day))
        ui.ends_on.setDate(QDate(details.ends_on.year, details.ends_on.month, details.ends_on.day))
        (ui.kind_bundle if details.kind == "bundle" else ui.kind_percent).setChecked(True)
        ui.percent.setText(_plain_number(details.percent) if details.kind == "percent" else "")
        ui.buy_quantity.setValue(details.buy or 10)
        ui.free_quantity.setValue(details.free or 1)
        ui.active.setChecked(details.active)
        for product_id, text in details.products:
            self._append(ui.products, text, product_id)
        for client_id, name in details.clients:
            self._append(ui.clients, name, client_id)
        _check(ui.categories, details.category_ids)
        _check(ui.segments, details.segment_ids)

    def _kind_changed(self, *_args) -> None:
        percent = self.ui.kind_percent.isChecked()
        self.ui.percent.setEnabled(percent)
        self.ui.buy_quantity.setEnabled(not percent)
        self.ui.free_quantity.setEnabled(not percent)

    @staticmethod
    def _append(widget: QListWidget, text: str, item_id: int) -> None:
        if any(widget.item(i).data(ID_ROLE) == item_id for i in range(widget.count())):
            return
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        widget.addItem(item)

    def _add_product(self, hit) -> None:
        self._append(self.ui.products, f"{hit.sku}   {hit.name}", hit.id)
        QTimer.singleShot(0, self.product_edit.clear)

    def _client_picked(self, client_id: int | None) -> None:
        if client_id is None:
            return
        from kamdesk.core.services.party import get_client

        self._append(self.ui.clients, get_client(client_id).name, client_id)
        QTimer.singleShot(0, lambda: self.client_picker.set_client(None, ""))

    def values(self) -> dict:
        ui = self.ui
        kind = "bundle" if ui.kind_bundle.isChecked() else "percent"
        values = {"name": ui.name.text(), "starts_on": ui.starts_on.date().toPython(),
                  "ends_on": ui.ends_on.date().toPython(), "kind": kind, "active": ui.active.isChecked(),
                  "buy_quantity": ui.buy_quantity.value(), "free_quantity": ui.free_quantity.value(),
                  "percent": Decimal(0)}
        if kind == "percent":
            try:
                values["percent"] = parse_decimal(ui.percent.text())
            except ValueError:
                values["percent"] = Decimal(-1)  # the service says what is wrong
        return values

    def _ids(self, widget: QListWidget, checked: bool = False) -> list[int]:
        items = [widget.item(i) for i in range(widget.count())]
        return [item.data(ID_ROLE) for item in items
                if not checked or item.checkState() == Qt.CheckState.Checked]

    def save(self) -> bool:
        ui = self.ui

        def run():
            self.promotion_id = catalogue.save_promotion(
                self.values(), product_ids=self._ids(ui.products), category_ids=self._ids(ui.categories, True),
                client_ids=self._ids(ui.clients), segment_ids=self._ids(ui.segments, True),
                promotion_id=self.promotion_id).id

        return self._run(run)


def _checkable(widget: QListWidget, text: str, item_id: int) -> None:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    widget.addItem(item)


def _check(widget: QListWidget, ids) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked)


def _plain_number(value: Decimal) -> str:
    """27, 5.5, -10: as a person types it (no exponent, no trailing zeros)."""
    return format_decimal(Decimal(value), None, grouped=False)
