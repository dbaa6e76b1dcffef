"""Order entry, keyboard first: the client by typing, lines by SKU or name, live prices and credit.

The header picks the client by typing (then its price column, payment terms,
rating and delivery address show), the contact, the order and requested
delivery dates. In the lines table, typing in the SKU cell lists matching
products (arrows and Enter choose, Tab too), the quantity editor opens next,
Enter goes to the next line; Del removes a line, Space or the context menu
takes a line's promotion off (or puts it back). Every change re-prices the
whole order through `sale.price_order` a moment later (debounced): the
totals, VAT per rate, the client's credit (limit, open receivables, overdue
debt, orders not yet invoiced, headroom, rating and the rating its payments
suggest) and a warning when a discount needs the head's approval are always
those of what is on screen.
Ctrl+S saves the draft, Ctrl+Enter saves and confirms (a credit limit
exceeded shows the figures, and a head may override with a reason), Esc
leaves, asking before unsaved changes are lost.

An order that is no longer a draft opens read-only with the actions its
state allows (ship, mark delivered, cancel). The dialogs for
those actions and the confirmation flow live here too (`confirm_interactively`,
`ship_interactively`, `cancel_interactively`), so that the orders list uses
the same ones.

The lines, their pricing and the totals are `LineEntry`, the base the offer
entry (`kamdesk.gui.sale.offer_entry`) shares with the order entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import ChangedMeanwhile, CreditLimitExceeded, KamdeskError, ValidationError
from kamdesk.core.models.sale import CANCEL_REASONS
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import catalogue, returns, sale
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party as party_service
from kamdesk.core.services.pricing import LineInput, PricedLine, PromotionTerms, totals
from kamdesk.core.services.sale_workflow import ORDER, is_cancelled, is_editable, is_sold
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import date_format, format_date
from kamdesk.gui.lists import fit_columns
from kamdesk.gui.mail.compose import email_button
from kamdesk.gui.operations import start_quietly
from kamdesk.gui.returns.return_dialog import record_return_interactively
from kamdesk.gui.forms.cancel_order_dialog_ui import Ui_CancelOrderDialog
from kamdesk.gui.forms.credit_dialog_ui import Ui_CreditDialog
from kamdesk.gui.messages import translated
from kamdesk.gui.sale.document_entry import attempt, badge_style, header_grid, push_button, shortcut, side_panel, \
    stack_page, stretch_header, title_label, title_row
from kamdesk.gui.sale.document_entry import caption as field_caption
from kamdesk.gui.sale.labels import (
    OK_COLOUR,
    OVER_COLOUR,
    allowed,
    approval_colour,
    approval_labels,
    cancel_reason_labels,
    format_decimal,
    format_money,
    format_percent,
    format_quantity,
    parse_decimal,
    promotion_text,
    state_colour,
    state_labels,
)
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import UnsavedChanges, settle
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.client_picker import ClientPicker
from kamdesk.gui.widgets.field_errors import FieldErrors, prepare_error_labels
from kamdesk.gui.widgets.max_length import limit_line_edits
from kamdesk.gui.widgets.optional_date import OptionalDate
from kamdesk.gui.widgets.product_edit import ProductEdit

ZERO = Decimal(0)
PRICING_DELAY_MS = 50
COLUMNS = ("sku", "name", "quantity", "unit", "list_price", "promotion", "discount", "unit_price", "net",
           "shipped_quantity")
EDITABLE = ("sku", "quantity", "discount")  # Tab goes through these, in this order
ERROR_BACKGROUND = QColor("#fde0e0")
WARNING_BACKGROUND = QColor("#fff1d6")
PLACEHOLDER = QColor("#9a9a9a")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LINE_FIELDS = {"product": "sku", "quantity": "quantity", "discount_percent": "discount"}
COLUMN_WIDTHS = {"sku": 100, "quantity": 92, "unit": 46, "list_price": 88, "promotion": 140, "discount": 68,
                 "unit_price": 88, "net": 104, "shipped_quantity": 66}
NAME_WIDTH = 200  # what the product name gets at least, when the other columns can give way


# ---------------------------------------------------------------- the lines

@dataclass
class EntryLine:
    """One line as typed, and as last priced."""

    product_id: int | None = None
    sku: str = ""
    name: str = ""
    unit: str = ""
    vat_rate: Decimal = ZERO
    quantity: Decimal | str = ""  # a str: what was typed when it is not a number (the core says why)
    discount: Decimal | str = ZERO
    promotion_removed: bool = False
    offer: PromotionTerms | None = None  # the promotion for this product, kept when taken off the line
    priced: PricedLine | None = None
    errors: dict[str, str] = field(default_factory=dict)  # column -> message
    line_id: int | None = None  # a stored line (an order that is not a draft)
    delivered: Decimal | None = None
    promotion_name: str = ""  # a stored line's promotion

    def request(self) -> sale.LineRequest:
        return sale.LineRequest(product_id=self.product_id, quantity=self.quantity, discount_percent=self.discount,
                                promotion_removed=self.promotion_removed)


class LinesModel(QAbstractTableModel):
    """The order's lines and, unless read-only, an empty line at the end where the next one is typed."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[EntryLine] = []
        self.read_only = False
        self.currency = catalogue.currency()
        self.discount_limit: Decimal | None = None
        self._headers = (self.tr("SKU"), self.tr("Product"), self.tr("Quantity"), self.tr("Unit"),
                         self.tr("List price"), self.tr("Promotion"), self.tr("Discount"), self.tr("Unit price"),
                         self.tr("Net"), self.tr("Shipped"))

    # -- the lines
    def set_lines(self, lines: list[EntryLine], read_only: bool = False) -> None:
        self.beginResetModel()
        self.lines = lines
        self.read_only = read_only
        self.endResetModel()

    def line(self, row: int) -> EntryLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def priced_lines(self) -> list[EntryLine]:
        return [line for line in self.lines if line.product_id is not None]

    def remove_row(self, row: int) -> bool:
        if self.read_only or not 0 <= row < len(self.lines):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def choose_product(self, row: int, hit) -> None:
        """`hit` (a ProductHit) on line `row`; the empty last line becomes a line and a new empty one follows."""
        if row == len(self.lines):
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)  # the new empty line below
            self.lines.append(EntryLine(quantity=Decimal(1)))
            self.endInsertRows()
        line = self.lines[row]
        if line.product_id != hit.id:
            line.offer, line.priced, line.promotion_removed = None, None, False
        line.product_id, line.sku, line.name, line.unit, line.vat_rate = hit.id, hit.sku, hit.name, hit.unit, \
            hit.vat_rate
        line.errors.pop("sku", None)
        self._row_changed(row)
        self.edited.emit()

    def apply_pricing(self, priced: dict[int, PricedLine], errors: dict[int, dict[str, str]], currency: str,
                      discount_limit: Decimal, promotions: dict | None = None) -> None:
        """Show the priced lines; `promotions` (product id -> promotion of the day, from the pricing) names
        the promotion a line had taken off, so it can be put back."""
        self.currency, self.discount_limit = currency, discount_limit
        for row, line in enumerate(self.lines):
            line.priced = priced.get(row)
            line.errors = errors.get(row, {})
            if line.priced is not None and line.priced.input.promotion is not None:
                line.offer = line.priced.input.promotion
            elif line.priced is not None and not line.promotion_removed:
                line.offer = None
            elif line.promotion_removed and line.offer is None and promotions:
                line.offer = promotions.get(line.product_id)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines) + (0 if self.read_only else 1)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        column = COLUMNS[index.column()]
        line = self.line(index.row())
        if column == "sku" or (line is not None and column in EDITABLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "promotion" and line is not None and line.offer is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        line = self.line(index.row())
        if line is None:  # the empty line where the next one is typed
            if role == Qt.ItemDataRole.DisplayRole and column == "sku":
                return self.tr("Type SKU or name…")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PLACEHOLDER)
            if role == Qt.ItemDataRole.EditRole:
                return ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                "quantity", "list_price", "discount", "unit_price", "net", "shipped_quantity"):
            return RIGHT
        if role == Qt.ItemDataRole.CheckStateRole and column == "promotion" and line.offer is not None \
                and not self.read_only:
            return Qt.CheckState.Unchecked if line.promotion_removed else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.BackgroundRole:
            if column in line.errors:
                return QBrush(ERROR_BACKGROUND)
            if column == "discount" and self._over_limit(line):
                return QBrush(WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in line.errors:
                return line.errors[column]
            if column == "discount" and self._over_limit(line):
                return self.tr("Above your limit of %1: needs the head's approval").replace(
                    "%1", format_percent(self.discount_limit))
            if column == "promotion" and line.offer is not None:
                text = (self.tr("%1: taken off this line; Space puts it back") if line.promotion_removed
                        else self.tr("%1: applied; Space takes it off this line"))
                return text.replace("%1", promotion_text(line.offer))
            if column == "name":
                return line.name
        if role == Qt.ItemDataRole.FontRole and column == "promotion" and line.promotion_removed:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "promotion" and line.promotion_removed:
            return QBrush(PLACEHOLDER)
        if role == Qt.ItemDataRole.FontRole and column == "net":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _over_limit(self, line: EntryLine) -> bool:
        return (self.discount_limit is not None and isinstance(line.discount, Decimal)
                and line.discount > self.discount_limit and not self.read_only)

    def _display(self, line: EntryLine, column: str) -> str:
        priced = line.priced
        if column in ("sku", "name", "unit"):
            return getattr(line, column)
        if column == "quantity":
            if isinstance(line.quantity, str):
                return line.quantity
            free = priced.free_quantity if priced is not None else ZERO
            text = format_quantity(line.quantity)
            return self.tr("%1 + %2 free").replace("%1", text).replace("%2", format_quantity(free)) if free else text
        if column == "discount":
            if isinstance(line.discount, str):
                return line.discount
            return format_percent(line.discount) if line.discount else ""
        if column == "promotion":
            if line.offer is not None:
                return promotion_text(line.offer)
            return line.promotion_name
        if column == "shipped_quantity":
            return format_quantity(line.delivered) if line.delivered is not None else ""
        if priced is None:
            return ""
        amount = {"list_price": priced.input.list_price, "unit_price": priced.unit_price,
                  "net": priced.net_amount}[column]
        return format_money(amount, self.currency, with_currency=False)

    @staticmethod
    def _edit_text(line: EntryLine, column: str) -> str:
        if column == "sku":
            return line.sku
        value = line.quantity if column == "quantity" else line.discount if column == "discount" else None
        if isinstance(value, Decimal):
            return format_decimal(value, None, grouped=False)
        return value or ""

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row, column = index.row(), COLUMNS[index.column()]
        line = self.line(row)
        if column == "sku" and role == Qt.ItemDataRole.EditRole and value is not None and hasattr(value, "sku"):
            self.choose_product(row, value)
            return True
        if line is None:
            return False
        if column == "promotion" and role == Qt.ItemDataRole.CheckStateRole and line.offer is not None:
            line.promotion_removed = Qt.CheckState(value) != Qt.CheckState.Checked
            self._row_changed(row)
            self.edited.emit()
            return True
        if column in ("quantity", "discount") and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if column == "discount" and not text:
                number: Decimal | str = ZERO
            else:
                try:
                    number = parse_decimal(text)
                except ValueError:
                    number = text
            if column == "quantity":
                line.quantity = number
            else:
                line.discount = number
            line.errors.pop(column, None)
            self._row_changed(row)
            self.edited.emit()
            return True
        return False

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal \
                    and COLUMNS[section] in ("quantity", "list_price", "discount", "unit_price", "net",
                                             "shipped_quantity"):
                return RIGHT
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if section < len(self.lines) else "*"
        return self._headers[section]


class LinesDelegate(QStyledItemDelegate):
    """The cell editors: products found by typing in the SKU cell, numbers elsewhere.

    Enter, Tab and Shift+Tab finish the editor and ask the entry where to go
    next (`advance(index, how)`: "chosen", "enter", "tab" or "backtab").
    """

    advance = Signal(object, str)

    def __init__(self, parent=None, search=None):
        super().__init__(parent)
        self.search = search
        self.editor: QWidget | None = None
        self._index: QPersistentModelIndex | None = None

    def createEditor(self, parent, option, index):
        if COLUMNS[index.column()] == "sku":
            editor = ProductEdit(parent, self.search)
            editor.chosen = None
            editor.product_chosen.connect(lambda hit, e=editor: self._chosen(e, hit))
        else:
            editor = QLineEdit(parent)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        self.editor, self._index = editor, QPersistentModelIndex(index)
        return editor

    def destroyEditor(self, editor, index) -> None:
        if editor is self.editor:
            self.editor, self._index = None, None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, ProductEdit):
            if editor.chosen is not None:
                model.setData(index, editor.chosen, Qt.ItemDataRole.EditRole)
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def commit_open_editor(self) -> None:
        """Take what is typed in an open cell editor (before saving)."""
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def _chosen(self, editor: ProductEdit, hit) -> None:
        index = QModelIndex(self._index) if self._index is not None else QModelIndex()
        editor.chosen = hit
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.advance.emit(index, "chosen")

    def _finish(self, editor, how: str) -> None:
        index = QModelIndex(self._index) if self._index is not None else QModelIndex()
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        self.advance.emit(index, how)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and editor is self.editor:
            if isinstance(editor, ProductEdit) and editor.handle_key(event):
                return True
            key, modifiers = event.key(), event.modifiers()
            plain = not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self._finish(editor, "enter")
                return True
            if key == Qt.Key.Key_Tab and plain:
                self._finish(editor, "tab")
                return True
            if key == Qt.Key.Key_Backtab:
                self._finish(editor, "backtab")
                return True
        return super().eventFilter(editor, event)


# ---------------------------------------------------------------- the entry view

def qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class LineEntry(UnsavedChanges, QWidget):
    """What the order and the offer entry share: the keyboard-first lines, live pricing, the totals.

    A subclass builds its header (`_build_client_fields`, `_build_error_labels`,
    `_header_top`), its side (`_build_side`, with `_build_totals()`), buttons,
    layout and shortcuts, in the order `_build_entry()` calls them, and says how
    to price: `_pricing_day()` (the date the prices and promotions are those of)
    and `_price(client_id, requests, day)` (an OrderPreview); `_approval_text(preview)`
    is the warning shown when a discount is above the manager's limit.
    New, opened and saved documents go through `_start_new`/`_show_new`,
    `_start_opening`/`_show_opened` and `_save_document(store)` (the subclass's
    `_stored_as(document)` keeps the id); `document_id()`, `new_document(client_id)`
    and `open_document(document_id)` are what the page holding the entry uses.
    """

    def __init__(self, parent: QWidget | None = None, product_search=None):
        super().__init__(parent)
        self.preview: sale.OrderPreview | None = None
        self._manager_id: int | None = None
        self.loaded_versions = LoadedVersions(lambda: self.open_document(self.document_id()))
        self._version_key: tuple[str, int] | None = None  # the shown document's (table, id); None: a new draft
        self._client = None
        self._loading = False
        self._dirty = False
        self._verbs: frozenset[str] = frozenset()  # what the manager at the desk may do to the document shown
        if product_search is None:
            from kamdesk.core.services.product_search import ProductSearch

            product_search = ProductSearch()
        self.product_search = product_search
        self.model = LinesModel(self)
        self._pricing_timer = QTimer(self)
        self._pricing_timer.setSingleShot(True)
        self._pricing_timer.setInterval(PRICING_DELAY_MS)
        self._pricing_timer.timeout.connect(self.reprice)

    # ------------------------------------------------------------ what a subclass says
    def _pricing_day(self):
        raise NotImplementedError

    def _price(self, client_id: int, requests: list[sale.LineRequest], day) -> sale.OrderPreview:
        raise NotImplementedError

    def _approval_text(self, preview: sale.OrderPreview) -> str:
        return ""

    # ------------------------------------------------------------ building
    def _build_totals(self) -> None:
        self.totals_box = QGroupBox(self.tr("Totals"), self)
        self.totals_box.setObjectName("totals_box")
        self.net_total = self._figure("net_total")
        self.vat_rows = QVBoxLayout()
        self.vat_rows.setSpacing(4)
        self.vat_total = self._figure("vat_total")
        self.gross_total = self._figure("gross_total", bold=True)
        font = self.gross_total.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.gross_total.setFont(font)
        self.column_label = QLabel(self)
        self.column_label.setObjectName("price_column")
        self.column_label.setStyleSheet("color: #555;")
        self.column_label.setWordWrap(True)
        totals = QGridLayout(self.totals_box)
        totals.setVerticalSpacing(4)
        totals.addWidget(QLabel(self.tr("Net total:"), self), 0, 0)
        totals.addWidget(self.net_total, 0, 1)
        totals.addLayout(self.vat_rows, 1, 0, 1, 2)
        totals.addWidget(QLabel(self.tr("VAT total:"), self), 2, 0)
        totals.addWidget(self.vat_total, 2, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        totals.addWidget(line, 3, 0, 1, 2)
        gross_caption = QLabel(self.tr("Gross total:"), self)
        gross_caption.setFont(self.gross_total.font())
        totals.addWidget(gross_caption, 4, 0)
        totals.addWidget(self.gross_total, 4, 1)
        totals.addWidget(self.column_label, 5, 0, 1, 2)
        self._vat_labels: list[QWidget] = []

    def _build_lines(self) -> None:
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("order_lines")
        self.lines_view.setModel(self.model)
        self.delegate = LinesDelegate(self.lines_view, self.product_search)
        self.delegate.advance.connect(self._advance)
        self.lines_view.setItemDelegate(self.delegate)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.lines_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.lines_view.installEventFilter(self)
        self.lines_view.viewport().installEventFilter(self)
        self.model.modelReset.connect(self._fit_columns)  # an order opened: its amounts set the widths
        self._fit_columns()
        self.remove_action = QAction(self.tr("&Remove line"), self.lines_view)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_current_line)
        self.promotion_action = QAction(self.tr("Take the &promotion off this line"), self.lines_view)
        self.promotion_action.triggered.connect(self.toggle_promotion)
        self.lines_view.addActions([self.promotion_action, self.remove_action])
        self.lines_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.lines_view.selectionModel().currentChanged.connect(lambda *_: self._update_line_actions())
        self.lines_message = QLabel(self)
        self.lines_message.setObjectName("lines_message")
        self.lines_message.setWordWrap(True)
        self.lines_message.setStyleSheet("color: #c62828;")
        self.lines_message.setTextFormat(Qt.TextFormat.PlainText)
        self.approval_warning = QLabel(self)
        self.approval_warning.setObjectName("approval_warning")
        self.approval_warning.setWordWrap(True)
        self.approval_warning.setStyleSheet(
            "QLabel { background: #fff1d6; border: 1px solid #f0b860; border-radius: 3px; padding: 5px 8px;"
            " color: #7a4b00; }")
        self.approval_warning.hide()

    def _figure(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def is_dirty(self) -> bool:
        return self._dirty

    def has_unsaved_changes(self) -> bool:
        if self.model.read_only:
            return False
        self.delegate.commit_open_editor()  # a value typed in a cell, Enter not pressed yet, is a change too
        return self._dirty

    def save_changes(self) -> bool:
        self.delegate.commit_open_editor()
        return self.save()

    @property
    def client_id(self) -> int | None:
        return self.client.client_id

    def load_requests(self, requests: list[sale.LineRequest]) -> None:
        """Fill the lines from `requests` (e.g. a suggested order), replacing what was typed; prices follow."""
        if self.model.read_only:
            return
        from kamdesk.core.services.product_search import product_hits

        hits = {hit.id: hit for hit in product_hits([r.product_id for r in requests])}
        lines = []
        for request in requests:
            hit = hits.get(request.product_id)
            if hit is None:
                continue
            lines.append(EntryLine(product_id=hit.id, sku=hit.sku, name=hit.name, unit=hit.unit,
                                   vat_rate=hit.vat_rate, quantity=Decimal(request.quantity),
                                   discount=Decimal(request.discount_percent or 0),
                                   promotion_removed=request.promotion_removed))
        self.model.set_lines(lines, read_only=False)
        self._set_dirty(True)
        self.reprice()

    def requests(self) -> list[sale.LineRequest]:
        return [line.request() for line in self.model.priced_lines()]

    def focus_lines(self) -> None:
        """The cursor to the SKU cell of the empty last line, where the next product is typed."""
        if self.model.read_only:
            self.lines_view.setFocus()
            return
        self.lines_view.setFocus()
        self.lines_view.setCurrentIndex(self.model.index(len(self.model.lines), COLUMNS.index("sku")))

    def _lines_edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)
        self._update_line_actions()
        self._pricing_timer.start()

    def reprice(self) -> None:
        """Price what is on screen now and show lines, totals, credit and the approval warning."""
        self._pricing_timer.stop()
        if self.model.read_only:
            return
        client_id = self.client.client_id
        lines = self.model.lines
        rows = [row for row, line in enumerate(lines) if line.product_id is not None]
        if not client_id:
            self.preview = None
            self.model.apply_pricing({}, {}, self.model.currency, self.model.discount_limit or ZERO)
            self._show_preview(None)
            self._show_line_messages({}, self.tr("Choose the client first: prices depend on its price column.")
                                     if rows else "")
            return
        day = self._pricing_day()
        errors: dict[int, dict[str, str]] = {}
        other: list[str] = []
        preview = None
        try:
            preview = self._price(client_id, [lines[r].request() for r in rows], day)
        except ValidationError as error:
            for key, message in error.errors.items():
                parts = key.split(".")
                if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit() and int(parts[1]) < len(rows):
                    row = rows[int(parts[1])]
                    errors.setdefault(row, {})[LINE_FIELDS.get(parts[2], "sku")] = translated(message)
                else:
                    other.append(translated(message))
        except KamdeskError as error:
            other.append(translated(error.message))
        if preview is None and errors:  # the totals of the lines that are right, while the others are corrected
            rows = [r for r in rows if r not in errors]
            try:
                preview = self._price(client_id, [lines[r].request() for r in rows], day)
            except KamdeskError:
                preview, rows = None, []
        priced = dict(zip(rows, preview.lines, strict=True)) if preview is not None else {}
        self.preview = preview
        currency = preview.currency if preview else self.model.currency
        limit = preview.discount_limit if preview else (self.model.discount_limit or ZERO)
        self.model.apply_pricing(priced, errors, currency, limit, preview.promotions if preview else None)
        self.lines_view.horizontalHeader().viewport().update()
        self._show_preview(preview)
        self._show_line_messages(errors, "\n".join(other))

    def _show_line_messages(self, errors: dict[int, dict[str, str]], other: str) -> None:
        texts = [message for row in sorted(errors) for message in errors[row].values()]
        if other:
            texts.append(other)
        self.lines_message.setText("\n".join(texts))
        self.lines_message.setVisible(bool(texts))

    def _show_preview(self, preview: sale.OrderPreview | None) -> None:
        if preview is None:
            self._show_totals(None, self.model.currency)
            self.approval_warning.hide()
            self.column_label.setText("")
            return
        self._show_totals(preview.totals, preview.currency)
        self.column_label.setText(self.tr("Prices of the “%1” column, in %2, net of VAT").replace(
            "%1", preview.column_name).replace("%2", preview.currency))
        if preview.needs_approval:
            self.approval_warning.setText(self._approval_text(preview))
            self.approval_warning.show()
        else:
            self.approval_warning.hide()

    def _show_totals(self, order_totals, currency: str) -> None:
        for widget in self._vat_labels:
            widget.hide()
            self.vat_rows.removeWidget(widget)
            widget.deleteLater()
        self._vat_labels = []
        if order_totals is None:
            for label in (self.net_total, self.vat_total, self.gross_total):
                label.setText(format_money(ZERO, currency))
            return
        self.net_total.setText(format_money(order_totals.net_total, currency))
        for rate, (net, vat) in order_totals.vat_by_rate.items():
            row = QWidget(self.totals_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(self.tr("VAT %1 on %2:").replace("%1", format_percent(rate)).replace(
                "%2", format_money(net, currency)), row)
            caption.setStyleSheet("color: #555;")
            value = QLabel(format_money(vat, currency), row)
            value.setObjectName(f"vat_{format_decimal(rate, None, grouped=False)}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(caption)
            line.addWidget(value, 1)
            self.vat_rows.addWidget(row)
            self._vat_labels.append(row)
        self.vat_total.setText(format_money(order_totals.vat_total, currency))
        self.gross_total.setText(format_money(order_totals.gross_total, currency))

    @staticmethod
    def _stored_line(line, read_only: bool) -> EntryLine:
        promotion = line.promotion
        entry = EntryLine(product_id=line.product_id, sku=line.sku, name=line.name, unit=line.unit,
                          vat_rate=line.vat_rate, quantity=line.quantity, discount=line.discount_percent,
                          promotion_removed=line.promotion_removed, line_id=line.id,
                          delivered=getattr(line, "delivered_quantity", None) if read_only else None,
                          promotion_name=promotion.name if promotion is not None else "")
        if read_only:
            item = LineInput(product_id=line.product_id, sku=line.sku, name=line.name, unit=line.unit,
                             quantity=line.quantity, list_price=line.list_price, vat_rate=line.vat_rate,
                             discount_percent=line.discount_percent)
            entry.priced = PricedLine(input=item, unit_price=line.unit_price, free_quantity=line.free_quantity,
                                      net_amount=line.net_amount)
        return entry

    def _fill_contacts(self, client_id: int | None) -> None:
        with QSignalBlocker(self.contact):
            self.contact.clear()
            self.contact.addItem(self.tr("(no contact)"), None)
            if client_id:
                for contact in party_service.client_contacts(client_id):
                    text = contact.name + (f" — {contact.position}" if contact.position else "")
                    self.contact.addItem(text, contact.id)
                if self.contact.count() > 1:
                    self.contact.setCurrentIndex(1)  # the primary contact comes first
        self.contact.setEnabled(bool(client_id) and not self.model.read_only)

    def _select_contact(self, contact_id: int | None) -> None:
        with QSignalBlocker(self.contact):
            self.contact.setCurrentIndex(max(0, self.contact.findData(contact_id)))

    def _header_edited(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty

    def _refresh_searches(self) -> None:
        """Products saved since the last order are found too; their list loads on a worker thread (clients are
        searched in the database, always current)."""
        search = self.product_search
        if hasattr(search, "invalidate"):
            search.invalidate()
        if hasattr(search, "preload"):
            start_quietly(search.preload)  # a head start only: the first keystroke loads the list itself

    def catalogue_changed(self) -> None:
        """Products or prices changed elsewhere (the catalogue page): search them afresh and price again."""
        if hasattr(self.product_search, "invalidate"):
            self.product_search.invalidate()
        if not self.model.read_only:
            self._pricing_timer.start()

    @cached_property
    def _field_errors(self) -> FieldErrors:
        """The header's messages beside their fields (`errors`); a bad client is focused."""
        return FieldErrors(self.errors, {"client": self.client_edit}, field_of=lambda key: key.split(".")[0])

    def _clear_errors(self) -> None:
        self._field_errors.clear()

    def _show_errors(self, errors: dict) -> None:
        """Header messages beside their fields, line messages on their cells and under the table."""
        line_errors: dict[int, dict[str, str]] = {}
        header = {}
        rows = [row for row, line in enumerate(self.model.lines) if line.product_id is not None]
        for key, message in errors.items():
            parts = key.split(".")
            if parts[0] == "lines" and len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(rows):
                line_errors.setdefault(rows[int(parts[1])], {})[LINE_FIELDS.get(parts[2], "sku")] = translated(message)
            else:
                header[key] = message
        other = self._field_errors.show(header)
        for row, fields in line_errors.items():
            self.model.lines[row].errors = fields
        if line_errors:
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, len(COLUMNS) - 1))
        self._show_line_messages(line_errors, "\n".join(other))
        if self._field_errors.first(header) is not None:
            return  # the header field has the focus
        if line_errors:
            row = min(line_errors)
            column = next(iter(line_errors[row]))
            self.lines_view.setFocus()
            self.lines_view.setCurrentIndex(self.model.index(row, COLUMNS.index(column)))
        elif "lines" in errors:
            self.focus_lines()

    def _advance(self, index: QModelIndex, how: str) -> None:
        if not index.isValid():
            return
        row, column = index.row(), COLUMNS[index.column()]
        line = self.model.line(row)
        edit = True
        if how == "chosen" or (how == "tab" and column == "sku" and line is not None):
            target = (row, "quantity")
        elif how == "tab":
            position = EDITABLE.index(column) if column in EDITABLE else len(EDITABLE) - 1
            target = (row, EDITABLE[position + 1]) if position + 1 < len(EDITABLE) else (row + 1, "sku")
            if line is None:
                return
        elif how == "backtab":
            position = EDITABLE.index(column) if column in EDITABLE else 0
            target = (row, EDITABLE[position - 1]) if position > 0 else (row - 1, "discount")
            if target[0] < 0:
                return
        elif how == "enter":
            if column == "sku":
                if line is None:
                    return
                target = (row, "quantity")
            else:
                target, edit = (row + 1, "sku"), False
        else:
            return
        QTimer.singleShot(0, lambda: self._go(*target, edit))

    def _go(self, row: int, column: str, edit: bool) -> None:
        if row >= self.model.rowCount():
            return
        index = self.model.index(row, COLUMNS.index(column))
        self.lines_view.setFocus()
        self.lines_view.setCurrentIndex(index)
        self.lines_view.scrollTo(index)
        if edit and index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.lines_view.edit(index)

    def _fit_columns(self, *_args) -> None:
        """Columns as wide as their header and lines need (an amount is never cut), and not narrower than their
        usual width, which on a narrow screen gives way a little so the product name shows."""
        if self.lines_view.state() == QAbstractItemView.State.EditingState:
            return  # resizing under an open cell editor loses keys typed into it
        widths = {column: width for column, width in COLUMN_WIDTHS.items()
                  if not self.lines_view.isColumnHidden(COLUMNS.index(column))}
        room = self.lines_view.viewport().width() - NAME_WIDTH
        scale = min(1.0, max(0.72, room / sum(widths.values()))) if room > 0 else 0.72
        fit_columns(self.lines_view, stretch=COLUMNS.index("name"),
                    text=[COLUMNS.index("sku"), COLUMNS.index("promotion")],  # the placeholder, promotion names
                    least={COLUMNS.index(column): int(width * scale) for column, width in widths.items()})

    def eventFilter(self, obj, event) -> bool:
        if obj is self.lines_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if obj is self.lines_view and event.type() == QEvent.Type.KeyPress \
                and self.lines_view.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            index = self.lines_view.currentIndex()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier) and index.isValid():
                if index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.lines_view.edit(index)
                    return True
            if key == Qt.Key.Key_Space and index.isValid() and COLUMNS[index.column()] != "sku":
                self.toggle_promotion()
                return True
        return super().eventFilter(obj, event)

    def remove_current_line(self) -> None:
        index = self.lines_view.currentIndex()
        if index.isValid() and self.model.remove_row(index.row()):
            row = min(index.row(), self.model.rowCount() - 1)
            self.lines_view.setCurrentIndex(self.model.index(row, max(0, index.column())))

    def toggle_promotion(self) -> None:
        """Take the promotion off the current line, or put it back."""
        line = self.model.line(self.lines_view.currentIndex().row())
        if line is None or line.offer is None or self.model.read_only:
            return
        index = self.model.index(self.lines_view.currentIndex().row(), COLUMNS.index("promotion"))
        state = Qt.CheckState.Checked if line.promotion_removed else Qt.CheckState.Unchecked
        self.model.setData(index, state, Qt.ItemDataRole.CheckStateRole)
        self._update_line_actions()

    def _update_line_actions(self) -> None:
        line = self.model.line(self.lines_view.currentIndex().row())
        editable = not self.model.read_only and line is not None
        self.remove_action.setEnabled(editable)
        self.promotion_action.setEnabled(editable and line.offer is not None)
        self.promotion_action.setText(self.tr("Put the &promotion back on this line")
                                      if editable and line.promotion_removed
                                      else self.tr("Take the &promotion off this line"))

    # ------------------------------------------------------------ the header both documents have
    def _build_client_fields(self, prefix: str, placeholder: str) -> None:
        """`client_edit` with its `client` picker, `client_info` under it and the `contact` combo."""
        self.client_edit = QLineEdit(self)
        self.client_edit.setObjectName(f"{prefix}_client")
        self.client_edit.setPlaceholderText(placeholder)
        self.client = ClientPicker(self.client_edit, self._client_changed)
        self.client_info = QLabel(self)
        self.client_info.setObjectName("client_info")
        self.client_info.setStyleSheet("color: #555;")
        self.contact = QComboBox(self)
        self.contact.setObjectName(f"{prefix}_contact")
        self.contact.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contact.setMinimumContentsLength(14)

    def _header_top(self, header: QGridLayout, captions: tuple[str, str, str], day: QWidget) -> None:
        """Row 0 of the header: client, contact and the document's `day` with their `captions`; the client's
        and the contact's messages under them, `client_info` under those."""
        for column, (text, widget) in enumerate(zip(captions, (self.client_edit, self.contact, day))):
            header.addWidget(field_caption(self, text, widget), 0, 2 * column)
            header.addWidget(widget, 0, 2 * column + 1)
        header.addWidget(self.errors["client"], 1, 1)
        header.addWidget(self.errors["contact"], 1, 3)
        header.addWidget(self.client_info, 2, 1)

    def _build_error_labels(self, names) -> None:
        """`errors`: a hidden message label under each header field."""
        self.errors: dict[str, QLabel] = {}
        for name in names:
            label = QLabel(self)
            label.setObjectName(f"{name}_error")
            label.setWordWrap(True)
            self.errors[name] = label
        prepare_error_labels(self)

    def _client_changed(self, client_id: int | None) -> None:
        self._client = party_service.get_client(client_id) if client_id else None
        self._fill_contacts(client_id)
        client = self._client
        if client is None:
            self.client_info.setText("")
        else:
            self.client_info.setText(" · ".join(self._client_parts(client)))
            self._client_chosen(client)
        self.errors["client"].hide()
        if not self._loading:
            self._set_dirty(True)
            self.reprice()
            if client_id and not self.model.lines:
                QTimer.singleShot(0, self.focus_lines)

    def _client_parts(self, client) -> list[str]:
        """What `client_info` says about the chosen client."""
        return []

    def _client_chosen(self, client) -> None:
        """A client was chosen (or shown): a subclass takes its defaults where they apply."""

    # ------------------------------------------------------------ showing, saving and leaving a document
    def _build_entry(self) -> None:
        """The parts in the order the tab order and the layout expect them."""
        self._build_header()
        self._build_lines()
        self._build_side()
        self._build_buttons()
        self._layout()
        self._build_shortcuts()
        self.model.edited.connect(self._lines_edited)

    def _start_new(self, workflow) -> None:
        """The beginning of a new draft: nothing typed, no messages, the verbs of a new document."""
        self._loading = True
        self.state, self._manager_id = workflow.initial, None
        self._verbs = allowed(workflow)
        self.preview = None
        self._clear_errors()
        self.model.set_lines([], read_only=False)

    def _start_opening(self, document, workflow) -> None:
        """The beginning of showing a saved document: its state, what may be done to it, its client and contact."""
        self._loading = True
        self._clear_errors()
        self.state, self._manager_id = document.state, document.manager_id
        self._verbs = allowed(workflow, document)
        client = party_service.get_client(document.client_id)
        self.client.set_client(client.id, client.name)
        self._select_contact(document.contact_id)

    def discard_changes(self) -> None:
        """The document as stored again (a new one: an empty draft)."""
        document_id = self.document_id()
        if document_id is None:
            self.new_document()
        else:
            self.open_document(document_id)

    def document_id(self) -> int | None:
        """The shown document's id (None: a new draft); with `new_document(client_id)` and
        `open_document(document_id)`, what the page holding the entry uses."""
        raise NotImplementedError

    def _show_new(self, client_id: int | None) -> None:
        """The end of starting a new draft: its client (when given), title, prices, and the focus."""
        self._version_key = None
        self.client.set_client(None, "")
        if client_id:
            client = party_service.get_client(client_id)
            self.client.set_client(client.id, client.name)
            self._new_client(client)
        self._set_read_only(False)
        self._loading = False
        self._set_dirty(False)
        self._update_title()
        self.reprice()
        self._refresh_searches()
        self._show_first_page()
        if client_id:
            self.focus_lines()
        else:
            self.client_edit.setFocus()

    def _show_opened(self, document, stored, read_only: bool) -> None:
        """The end of opening a saved document: its `stored` lines, title, figures, and the focus."""
        self.loaded_versions.remember(document)
        self._version_key = document.version_key
        lines = [self._stored_line(line, read_only) for line in stored]
        self.model.set_lines(lines, read_only=read_only)
        self._set_read_only(read_only)
        self._loading = False
        self._set_dirty(False)
        self._update_title(document)
        if read_only:
            self._show_stored(document, lines)
        else:
            self.reprice()
            self._refresh_searches()
        self._show_first_page()
        self.lines_view.setFocus()

    def _new_client(self, client) -> None:
        """A new draft was started for `client`."""

    def _show_first_page(self) -> None:
        """Where the entry opens (an entry with tabs: the lines)."""

    def _save_document(self, store):
        """Save through `store(values, requests)`; the document, or None when something must be corrected."""
        if self.model.read_only:
            return None
        self.delegate.commit_open_editor()
        self._clear_errors()
        values = self.values()
        if self._version_key is not None:
            values["row_version"] = self.loaded_versions.get(*self._version_key)
        try:
            document = store(values, self.requests())
        except ValidationError as error:
            self._show_errors(error.errors)
            self._shown_invalid(error.errors)
            return None
        except ChangedMeanwhile as error:
            return self.loaded_versions.settle(self, error, lambda: self._save_document(store))
        except KamdeskError as error:
            show_error(self, error)
            return None
        self.loaded_versions.remember(document)
        self._version_key = document.version_key
        self._stored_as(document)
        self._manager_id = document.manager_id
        self._set_dirty(False)
        self._update_title(document)
        self.reprice()
        return document

    def _shown_invalid(self, errors: dict) -> None:
        """The messages of a refused save are shown; a subclass may bring them into view."""

    def _stored_as(self, document) -> None:
        raise NotImplementedError

    def close_entry(self) -> bool:
        """Esc: leave the entry, asking first when there are unsaved changes."""
        if not settle(self):
            return False
        self.closed.emit()
        return True

    def _show_stored_figures(self, document, lines: list[EntryLine]) -> None:
        """The numbers saved with the document (not today's prices)."""
        self.model.currency = document.currency
        self.model.apply_pricing({row: line.priced for row, line in enumerate(lines)}, {}, document.currency, ZERO)
        self._show_totals(totals([line.priced for line in lines], document.currency), document.currency)
        column = document.price_column.name if document.price_column_id else ""
        self.column_label.setText(self.tr("Prices of the “%1” column, in %2, net of VAT").replace(
            "%1", column).replace("%2", document.currency))
        self.approval_warning.hide()
        self._show_line_messages({}, "")

    # ------------------------------------------------------------ read-only
    def _lock_fields(self, read_only: bool, texts, choices, dates) -> None:
        """A read-only document: `texts` stay readable and selectable, `choices` are disabled, `dates` plain."""
        self.lines_message.setStyleSheet("color: #c62828;")
        for widget in texts:
            widget.setReadOnly(read_only)  # still readable and selectable, unlike a disabled field
        for widget in choices:
            widget.setEnabled(not read_only)
        for edit in dates:
            edit.setCalendarPopup(not read_only)
            edit.setButtonSymbols(spin_buttons(read_only))

    def _lock_lines(self, read_only: bool, show_shipped: bool) -> None:
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else (
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed))
        self.lines_view.setColumnHidden(COLUMNS.index("shipped_quantity"), not show_shipped)
        self._fit_columns()


def spin_buttons(read_only: bool) -> QSpinBox.ButtonSymbols:
    """No arrows on a read-only date or number."""
    return QSpinBox.ButtonSymbols.NoButtons if read_only else QSpinBox.ButtonSymbols.UpDownArrows



class OrderEntry(LineEntry):
    """Type a new order or change a draft; view any other order with the actions its state allows.

    Public: `new_order(client_id=None)`, `open_order(order_id)`,
    `load_requests(requests)` (fills the lines, e.g. a suggested order),
    `save()`, `confirm()`, `close_entry()`, `catalogue_changed()`,
    `order_id`, `client_id`, `is_dirty()`.
    Signals: `saved(order_id)`, `order_changed(client_id)` after anything was
    saved, `closed()` when the user leaves the entry.
    """

    saved = Signal(int)
    order_changed = Signal(int)
    closed = Signal()
    _returnable: frozenset[int] | set[int] = frozenset()  # the lines a return may name (something was delivered)

    def __init__(self, parent: QWidget | None = None, product_search=None):
        super().__init__(parent, product_search)
        self.setObjectName("order_entry")
        self.order_id: int | None = None
        self.state = ORDER.initial
        self._build_entry()
        self.new_order()

    # ------------------------------------------------------------ building
    def _build_header(self) -> None:
        self.title = title_label(self, "order_title")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("order_state")
        self.approval_label = QLabel(self)
        self.approval_label.setObjectName("approval_state")
        self._build_client_fields("order", self.tr("Type the client's name…"))
        self.order_date = QDateEdit(self)
        self.order_date.setObjectName("order_date")
        self.order_date.setCalendarPopup(True)
        self.order_date.setDisplayFormat(date_format())
        self.order_date.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.delivery_switch = QCheckBox(self)
        self.delivery_switch.setObjectName("delivery_switch")
        self.delivery_switch.setToolTip(self.tr("The client asked for a delivery date"))
        self.delivery_date = QDateEdit(self)
        self.delivery_date.setObjectName("delivery_date")
        self.delivery_date.setCalendarPopup(True)
        self.delivery = OptionalDate(self.delivery_switch, self.delivery_date, self.tr("no date"))
        self.delivery_address = QLineEdit(self)
        self.delivery_address.setObjectName("delivery_address")
        self.payment_terms = QSpinBox(self)
        self.payment_terms.setObjectName("payment_terms")
        self.payment_terms.setRange(0, 365)
        self.payment_terms.setSuffix(self.tr(" days"))
        self.notes = QLineEdit(self)
        self.notes.setObjectName("order_notes")
        limit_line_edits(self, "order")
        self.notes.setPlaceholderText(self.tr("Notes for the order"))
        self._build_error_labels(("client", "contact", "delivery_date", "delivery_address", "payment_terms_days",
                                  "notes"))
        for signal in (self.contact.currentIndexChanged, self.delivery_address.textEdited,
                       self.payment_terms.valueChanged, self.notes.textEdited, self.delivery_switch.toggled,
                       self.delivery_date.dateChanged):
            signal.connect(self._header_edited)
        self.order_date.dateChanged.connect(self._order_date_changed)

    def _build_side(self) -> None:
        self.credit_box = QGroupBox(self.tr("Credit"), self)
        self.credit_box.setObjectName("credit_box")
        self.credit_limit = self._figure("credit_limit")
        self.credit_receivables = self._figure("credit_receivables")
        self.credit_overdue = self._figure("credit_overdue")
        self.credit_uninvoiced = self._figure("credit_uninvoiced")
        self.credit_this_order = self._figure("credit_this_order")
        self.credit_left_caption = QLabel(self.tr("Left after this order:"), self)
        self.credit_left = self._figure("credit_left", bold=True)
        self.credit_rating = self._figure("credit_rating")
        self.credit_suggested = self._figure("credit_suggested")
        self.credit_suggested.setToolTip(self.tr("From how late the client paid its invoices this year; the "
                                                 "rating itself is changed on the client's card"))
        self.credit_bar = QProgressBar(self)
        self.credit_bar.setObjectName("credit_bar")
        self.credit_bar.setTextVisible(False)
        self.credit_bar.setFixedHeight(8)
        self.credit_bar.setRange(0, 1000)
        self.credit_note = QLabel(self)
        self.credit_note.setObjectName("credit_note")
        self.credit_note.setWordWrap(True)
        box = QVBoxLayout(self.credit_box)  # the note under the figures wraps: a box layout gives it its height
        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        box.addLayout(grid)
        rows = ((self.tr("Credit limit:"), self.credit_limit),
                (self.tr("Open receivables:"), self.credit_receivables),
                (self.tr("of which overdue:"), self.credit_overdue),
                (self.tr("Not yet invoiced:"), self.credit_uninvoiced),
                (self.tr("This order:"), self.credit_this_order),
                (self.credit_left_caption, self.credit_left),
                (self.tr("Reliability:"), self.credit_rating),
                (self.tr("Suggested by payments:"), self.credit_suggested))
        for row, (caption, value) in enumerate(rows):
            label = caption if isinstance(caption, QLabel) else QLabel(caption, self)
            label.setWordWrap(True)  # long captions in Hungarian or Russian take two lines, not the figures' room
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(0, 1)
        self.credit_overdue.setWordWrap(True)  # "1 030 931 HUF, oldest 93 days" on two lines when it must
        box.addWidget(self.credit_bar)
        box.addWidget(self.credit_note)
        self._build_totals()

    def _build_buttons(self) -> None:
        def button(text: str, tip: str, slot, name: str) -> QPushButton:
            return push_button(self, text, tip, slot, name)

        self.save_button = button(self.tr("&Save draft"), self.tr("Save the draft (Ctrl+S)"), self.save,
                                  "save_order")
        self.confirm_button = button(self.tr("&Confirm order"), self.tr("Save and confirm (Ctrl+Enter)"),
                                     self.confirm, "confirm_order")
        self.ship_button = button(self.tr("S&hip…"), self.tr("Record what is shipped, line by line"),
                                  lambda: self._act("ship"), "ship_order")
        self.deliver_button = button(self.tr("Mark &delivered"), self.tr("Everything arrived at the client"),
                                     lambda: self._act("deliver"), "deliver_order")
        self.cancel_button = button(self.tr("Ca&ncel order…"), self.tr("Cancel with a reason"),
                                    lambda: self._act("cancel"), "cancel_order")
        self.close_button = button(self.tr("C&lose"), self.tr("Back to the orders (Esc)"), self.close_entry,
                                   "close_order")
        self.return_button = button(self.tr("&Return…"), self.tr("Record goods the client sent back"),
                                    self.record_return, "return_order")
        self.email_button = email_button(self, self.email, "email_order",
                                         self.tr("Send the order confirmation (PDF) by e-mail"))
        self.return_action = QAction(self.tr("Re&turn from this line…"), self.lines_view)
        self.return_action.triggered.connect(self.record_return)
        self.lines_view.addAction(self.return_action)
        self.confirm_button.setDefault(False)

    def _layout(self) -> None:
        title_line = title_row(self.title, [self.state_label, self.approval_label])
        header = header_grid()

        def caption(text: str, buddy: QWidget) -> QLabel:
            return field_caption(self, text, buddy)

        self._header_top(header, (self.tr("Cl&ient:"), self.tr("C&ontact:"), self.tr("Order &date:")),
                         self.order_date)
        self.payment_terms.setMinimumWidth(90)
        header.addWidget(caption(self.tr("Pa&yment:"), self.payment_terms), 2, 2)
        terms = QHBoxLayout()
        terms.addWidget(self.payment_terms)
        terms.addStretch(1)
        header.addLayout(terms, 2, 3)
        header.addWidget(caption(self.tr("Deli&ver by:"), self.delivery_switch), 2, 4)
        delivery = QHBoxLayout()
        delivery.setSpacing(4)
        delivery.addWidget(self.delivery_switch)
        delivery.addWidget(self.delivery_date, 1)
        self.delivery_date.setMinimumWidth(110)
        header.addLayout(delivery, 2, 5)
        header.addWidget(self.errors["delivery_date"], 3, 5)
        header.addWidget(caption(self.tr("Deliver &to:"), self.delivery_address), 3, 0)
        header.addWidget(self.delivery_address, 3, 1)
        header.addWidget(caption(self.tr("No&tes:"), self.notes), 3, 2)
        header.addWidget(self.notes, 3, 3, 1, 3)
        header.addWidget(self.errors["delivery_address"], 4, 1)
        header.addWidget(self.errors["notes"], 4, 3)
        stretch_header(header)
        side_widget = side_panel(self, [self.credit_box, self.totals_box])
        body = QHBoxLayout()
        lines = QVBoxLayout()
        lines.addWidget(self.lines_view, 1)
        lines.addWidget(self.approval_warning)
        lines.addWidget(self.lines_message)
        body.addLayout(lines, 1)
        body.addWidget(side_widget)
        buttons = QHBoxLayout()
        self.keys_hint = QLabel(self.tr("Enter: next line · Tab: next field · Del: remove line · Space: promotion "
                                        "on/off · Ctrl+S: save · Ctrl+Enter: confirm · Esc: close"), self)
        self.keys_hint.setStyleSheet("color: #777;")
        buttons.addWidget(self.keys_hint)
        buttons.addStretch(1)
        for widget in (self.email_button, self.ship_button, self.deliver_button, self.cancel_button,
                       self.save_button, self.confirm_button, self.close_button):
            buttons.addWidget(widget)
        buttons.insertWidget(buttons.indexOf(self.cancel_button), self.return_button)
        stack_page(self, [title_line, header, body, buttons], body)
        self.setTabOrder(self.client_edit, self.lines_view)
        self.setTabOrder(self.lines_view, self.contact)

    def _build_shortcuts(self) -> None:
        self.save_shortcut = shortcut(self, QKeySequence.StandardKey.Save, self.save)
        self.confirm_shortcuts = [shortcut(self, "Ctrl+Return", self.confirm),
                                  shortcut(self, "Ctrl+Enter", self.confirm)]
        self.close_shortcut = shortcut(self, QKeySequence.StandardKey.Cancel, self.close_entry)

    # ------------------------------------------------------------ public API
    def new_order(self, client_id: int | None = None) -> None:
        """An empty draft (for `client_id`, when given); the focus goes where typing starts."""
        self.order_id = None
        self._start_new(ORDER)
        self.order_date.setDate(QDate.currentDate())
        self.delivery.set_value(None)
        self.notes.clear()
        self.delivery_address.clear()
        self.payment_terms.setValue(0)
        self._show_new(client_id)
        self._offer_returns()

    def open_order(self, order_id: int) -> None:
        """A saved order: a draft to change, any other read-only with its actions."""
        order = sale.get_order(order_id)
        self.order_id = order.id
        self._start_opening(order, ORDER)
        self.order_date.setDate(qdate(order.order_date))
        self.delivery.set_value(order.delivery_date)
        self.delivery_address.setText(order.delivery_address)
        self.payment_terms.setValue(order.payment_terms_days)
        self.notes.setText(order.notes)
        self._show_opened(order, sale.order_lines(order.id), not is_editable(order.state))
        self._offer_returns()

    def values(self) -> dict:
        """The header as `sale.save_order` takes it."""
        return {"client_id": self.client.client_id, "contact_id": self.contact.currentData(),
                "order_date": self.order_date.date().toPython(), "delivery_date": self.delivery.value(),
                "delivery_address": self.delivery_address.text().strip(),
                "payment_terms_days": self.payment_terms.value(), "notes": self.notes.text().strip()}

    def save(self) -> bool:
        """Ctrl+S: save the draft (a new one gets its number); False when something must be corrected first."""
        client_id = self.client.client_id
        order = self._save_document(lambda values, requests: sale.save_order(values, requests, self.order_id))
        if order is None:
            return False
        self.saved.emit(order.id)
        self.order_changed.emit(client_id or order.client_id)
        return True

    def _stored_as(self, order) -> None:
        self.order_id = order.id

    def document_id(self) -> int | None:
        return self.order_id

    new_document = new_order
    open_document = open_order

    def confirm(self) -> bool:
        """Ctrl+Enter: save the draft and confirm it (credit and discount approval checked)."""
        if self.model.read_only or "confirm" not in self._verbs:
            return False
        self.delegate.commit_open_editor()
        if (self._dirty or self.order_id is None) and not self.save():
            return False
        if not confirm_interactively(self, self.order_id):
            self._refresh_approval()
            return False
        self.order_changed.emit(self.client.client_id or 0)
        self.open_order(self.order_id)
        return True

    def unsaved_question(self) -> str:
        return self.tr("The order has unsaved changes. Save them?")

    # ------------------------------------------------------------ pricing
    def _pricing_day(self):
        return self.order_date.date().toPython()

    def _price(self, client_id: int, requests: list[sale.LineRequest], day) -> sale.OrderPreview:
        return sale.price_order(client_id, requests, day, self._manager_id, self.order_id)

    def _approval_text(self, preview: sale.OrderPreview) -> str:
        return self.tr("⚠ A discount is above your limit of %1: the order needs the head's approval before it can "
                       "be confirmed. Saving the draft asks for it.").replace("%1", format_percent(preview.discount_limit))

    def _show_preview(self, preview: sale.OrderPreview | None) -> None:
        """The totals and the approval warning (LineEntry), and the client's credit."""
        super()._show_preview(preview)
        if preview is None:
            self._show_credit(None, self.model.currency)
        else:
            self._show_credit(preview.credit, preview.currency)

    def _show_credit(self, credit: sale.CreditStatus | None, currency: str) -> None:
        if credit is None:
            for label in (self.credit_limit, self.credit_receivables, self.credit_overdue, self.credit_uninvoiced,
                          self.credit_this_order, self.credit_left, self.credit_rating, self.credit_suggested):
                label.setText("–")
            self.credit_bar.setValue(0)
            self.credit_note.setText("")
            self._paint_credit(True)
            return
        self.credit_receivables.setText(format_money(credit.open_receivables, currency))
        self.credit_overdue.setText(overdue_figure(credit, currency))
        self.credit_uninvoiced.setText(format_money(credit.uninvoiced, currency))
        self.credit_this_order.setText(format_money(credit.this_order, currency))
        self.credit_rating.setText(credit.rating or self.tr("not rated"))
        self.credit_suggested.setText(credit.suggested_rating or self.tr("no payments yet"))
        notes = self._show_headroom(credit, currency)
        if credit.overdue_blocks:
            notes.append(self.tr("Debt overdue more than %1 days: confirming needs the head's override.")
                         .replace("%1", str(credit.block_overdue_days)))
        if credit.rating == "D":
            notes.append(self.tr("Reliability D: every order needs the head's override."))
        if credit.suggested_rating and credit.suggested_rating != credit.rating:
            notes.append(self.tr("The payments suggest rating %1; the card says %2.").replace(
                "%1", credit.suggested_rating).replace("%2", credit.rating or self.tr("not rated")))
        self.credit_note.setText("\n".join(notes))
        self._paint_credit(credit.ok)
        self.credit_overdue.setStyleSheet(f"color: {OVER_COLOUR}; font-weight: bold;" if credit.overdue_blocks
                                          else "")

    def _show_headroom(self, credit: sale.CreditStatus, currency: str) -> list[str]:
        """The limit, what is left of it after this order (or by how much it is over) and the bar; the notes."""
        self.credit_left_caption.setText(self.tr("Left after this order:"))
        if credit.limit is None:
            self.credit_limit.setText(self.tr("no limit"))
            self.credit_left.setText("–")
            self.credit_bar.setValue(0)
            return []
        self.credit_limit.setText(format_money(credit.limit, currency))
        left = credit.limit - credit.exposure - credit.this_order
        used = credit.exposure + credit.this_order
        share = 1000 if credit.limit <= 0 else max(0, min(1000, int(used * 1000 / credit.limit)))
        self.credit_bar.setValue(share)
        if left >= 0:
            self.credit_left.setText(format_money(left, currency))
            return []
        self.credit_left_caption.setText(self.tr("Over the limit by:"))
        self.credit_left.setText(format_money(-left, currency))
        return [self.tr("Over the credit limit: confirming needs the head's override.")]

    def _paint_credit(self, ok: bool) -> None:
        colour = OK_COLOUR if ok else OVER_COLOUR
        self.credit_left.setStyleSheet(f"color: {colour};")
        self.credit_note.setStyleSheet(f"color: {OVER_COLOUR};")
        self.credit_rating.setStyleSheet(f"color: {OVER_COLOUR}; font-weight: bold;" if not ok and
                                         self.credit_rating.text() == "D" else "")
        self.credit_bar.setStyleSheet(f"QProgressBar {{ border: 1px solid #bbb; border-radius: 3px; "
                                      f"background: #eee; }} QProgressBar::chunk {{ background: {colour}; }}")
        self.credit_box.setStyleSheet("" if ok else "QGroupBox#credit_box { border: 1px solid #c62828; "
                                      "border-radius: 4px; margin-top: 1.2em; padding-top: 4px; }"
                                      "QGroupBox#credit_box::title { subcontrol-origin: margin; left: 8px; "
                                      "color: #c62828; }")

    # ------------------------------------------------------------ a stored order
    def _show_stored(self, order, lines: list[EntryLine]) -> None:
        """The numbers saved with the order (not today's prices), its credit and what became of it."""
        self._show_stored_figures(order, lines)
        credit = sale.credit_status(order.client_id, order.gross_total, exclude_order_id=order.id,
                                    currency=order.currency)
        self._show_credit(credit, order.currency)
        notes = []
        if is_cancelled(order.state):
            reason = cancel_reason_labels().get(order.cancel_reason, order.cancel_reason)
            notes.append(self.tr("Cancelled: %1").replace("%1", reason) + (f" — {order.cancel_note}"
                                                                           if order.cancel_note else ""))
        if order.credit_override_reason:
            who = order.credit_override_by.name if order.credit_override_by_id else ""
            notes.append(self.tr("Credit limit overridden by %1: %2").replace("%1", who).replace(
                "%2", order.credit_override_reason))
        self.lines_message.setStyleSheet("color: #444;")
        self.lines_message.setText("\n".join(notes))
        self.lines_message.setVisible(bool(notes))

    def _set_read_only(self, read_only: bool) -> None:
        self._lock_fields(read_only, (self.client_edit, self.order_date, self.delivery_date, self.delivery_address,
                                      self.payment_terms, self.notes),
                          (self.contact, self.delivery_switch), (self.order_date, self.delivery_date))
        self.payment_terms.setButtonSymbols(spin_buttons(read_only))
        self.delivery_date.setEnabled(self.delivery_switch.isChecked())
        self._lock_lines(read_only, show_shipped=read_only)
        verbs = self._verbs
        self.save_button.setVisible(not read_only)
        self.confirm_button.setVisible(not read_only and "confirm" in verbs)
        self.keys_hint.setVisible(not read_only)
        self.ship_button.setVisible("ship" in verbs)
        self.deliver_button.setVisible("deliver" in verbs)
        self.cancel_button.setVisible("cancel" in verbs and self.order_id is not None)
        self.email_button.setVisible(self.order_id is not None and is_sold(self.state))
        self._update_line_actions()

    def _update_title(self, order=None) -> None:
        if order is None:
            self.title.setText(self.tr("New order"))
            self.state_label.setText("")
            self.approval_label.setText("")
            return
        self.title.setText(self.tr("Order %1").replace("%1", order.number))
        colour = state_colour(order.state).name()
        self.state_label.setText(state_labels().get(order.state, order.state))
        self.state_label.setStyleSheet(badge_style(colour))
        self._refresh_approval(order)

    def _refresh_approval(self, order=None) -> None:
        if self.order_id is None:
            self.approval_label.setText("")
            return
        order = order or sale.get_order(self.order_id)
        state = sale.approval_state(order)
        text = approval_labels().get(state, "")
        self.approval_label.setText(text)
        colour = approval_colour(state)
        self.approval_label.setStyleSheet(f"QLabel {{ color: {colour}; border: 1px solid {colour};"
                                          f" border-radius: 8px; padding: 1px 8px; }}" if colour else "")

    # ------------------------------------------------------------ actions on a saved order
    def _offer_returns(self) -> None:
        """Return… is there once something of the order was delivered; on a line, once that line was."""
        self._returnable = returns.returnable_line_ids(self.order_id) if self.order_id else set()
        self.return_button.setVisible(bool(self._returnable))
        self._update_line_actions()
        came_back = [self._came_back(row) for row in
                     (returns.returns_of_order(self.order_id) if self._returnable else [])]
        if came_back:
            shown = self.lines_message.text() if not self.lines_message.isHidden() else ""
            self.lines_message.setText("\n".join([*([shown] if shown else []), *came_back]))
            self.lines_message.setVisible(True)

    def _came_back(self, row: returns.ReturnRow) -> str:
        """"Returned on 2026. 12. 05.: 2 db TEJ-001 (Damaged)"."""
        return (self.tr("Returned on %1: %2 %3 %4 (%5)").replace("%1", format_date(row.returned_on))
                .replace("%2", format_quantity(row.quantity)).replace("%3", row.unit).replace("%4", row.sku)
                .replace("%5", translated(returns.REASON_TITLES.get(row.reason, row.reason))))

    def _update_line_actions(self) -> None:
        super()._update_line_actions()
        line = self.model.line(self.lines_view.currentIndex().row())
        self.return_action.setVisible(bool(self._returnable))
        self.return_action.setEnabled(line is not None and line.line_id in self._returnable)

    def record_return(self) -> None:
        """The Return dialog for the current line (or the first delivered one); the order shows what came back."""
        line = self.model.line(self.lines_view.currentIndex().row())
        if self.order_id is not None and self._returnable and record_return_interactively(
                self, self.order_id, line.line_id if line else None):
            self.open_order(self.order_id)

    def email(self):
        """Ctrl+Shift+E: the confirmed order's confirmation (PDF) by e-mail, in the Send dialog."""
        from kamdesk.core.services.mail import documents
        from kamdesk.gui.mail.compose import compose

        order_id = self.order_id
        if order_id is None or not is_sold(self.state):
            return None
        return compose(self, lambda: documents.order_draft(order_id))

    def _act(self, verb: str) -> None:
        if self.order_id is None:
            return
        done = {"ship": ship_interactively, "deliver": deliver_interactively, "cancel": cancel_interactively}[verb](
            self, self.order_id)
        if done:
            self.order_changed.emit(self.client.client_id or 0)
            self.open_order(self.order_id)

    # ------------------------------------------------------------ the header
    def _client_parts(self, client) -> list[str]:
        column = catalogue.client_column(client)
        parts = [self.tr("Price column: %1").replace("%1", column.name if column else "–"),
                 self.tr("payment %1 days").replace("%1", str(client.payment_terms_days))]
        if client.reliability:
            parts.append(self.tr("rating %1").replace("%1", client.reliability))
        return parts

    def _client_chosen(self, client) -> None:
        if not self._loading or self.order_id is None:  # a new order takes the client's defaults
            self.delivery_address.setText(activity_service.delivery_address(client))
            self.payment_terms.setValue(client.payment_terms_days)

    def _order_date_changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)
            self._pricing_timer.start()  # promotions depend on the day


# ---------------------------------------------------------------- confirming, shipping, cancelling

def overdue_figure(credit: sale.CreditStatus, currency: str) -> str:
    """The overdue debt, with the age of the oldest overdue item when there is some."""
    if credit.overdue <= 0:
        return format_money(credit.overdue, currency)
    return QCoreApplication.translate("OrderEntry", "%1, oldest %2 days").replace(
        "%1", format_money(credit.overdue, currency)).replace("%2", str(credit.oldest_overdue_days))


class CreditDialog(QDialog):
    """The figures of a refused confirmation; a head may override it with a reason."""

    def __init__(self, status: sale.CreditStatus, currency: str, can_override: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CreditDialog()
        self.ui.setupUi(self)
        self.setObjectName("credit_dialog")
        prepare_error_labels(self)
        ui = self.ui
        ui.form_error.hide()
        over = status.limit is not None and status.excess > 0
        text = "\n".join(self._reasons(status, over))
        if not can_override:
            text += "\n" + self.tr("Only the head of department can confirm it anyway, giving a reason.")
        ui.message.setText(text)
        ui.limit_value.setText(format_money(status.limit, currency) if status.limit is not None
                               else self.tr("no limit"))
        ui.receivables_value.setText(format_money(status.open_receivables, currency))
        ui.uninvoiced_value.setText(format_money(status.uninvoiced, currency))
        ui.this_order_value.setText(format_money(status.this_order, currency))
        ui.excess_value.setText(format_money(status.excess, currency))
        ui.overdue_value.setText(overdue_figure(status, currency))
        ui.rating_value.setText(status.rating or self.tr("not rated"))
        for label in (ui.limit_value, ui.receivables_value, ui.uninvoiced_value, ui.this_order_value,
                      ui.excess_value, ui.overdue_value):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold_red = f"color: {OVER_COLOUR}; font-weight: bold;"
        ui.excess_value.setStyleSheet(bold_red if over else "")
        ui.overdue_value.setStyleSheet(bold_red if status.overdue_blocks else "")
        ui.rating_value.setStyleSheet(bold_red if status.rating == "D" else "")
        ui.override_group.setVisible(can_override)
        ui.button_box.rejected.connect(self.reject)
        if can_override:
            self.override_button = ui.button_box.addButton(self.tr("&Override and confirm"),
                                                           QDialogButtonBox.ButtonRole.AcceptRole)
            self.override_button.setObjectName("override_button")
            ui.button_box.accepted.connect(self.accept)
            ui.reason.setFocus()
        else:
            ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.setWindowTitle(self.tr("Credit limit"))

    def _reasons(self, status: sale.CreditStatus, over: bool) -> list[str]:
        """Each reason the confirmation was refused, in the user's words."""
        reasons = []
        if over:
            reasons.append(self.tr("Confirming this order would take the client over its credit limit."))
        if status.overdue_blocks:
            reasons.append(self.tr("The client has debt overdue more than %1 days (the oldest %2 days).")
                           .replace("%1", str(status.block_overdue_days))
                           .replace("%2", str(status.oldest_overdue_days)))
        if status.rating == "D" or not reasons:
            reasons.append(self.tr("The client's reliability rating is D: its orders need the head of "
                                   "department's override."))
        return reasons

    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.ui.reason_error.setText(self.tr("Say why: the override is recorded with your name."))
            self.ui.reason_error.show()
            self.ui.reason.setFocus()
            return
        super().accept()


def confirm_interactively(parent: QWidget, order_id: int) -> bool:
    """Confirm a saved draft; over the credit limit show the figures and let a head override with a reason."""
    try:
        sale.confirm_order(order_id)
        return True
    except CreditLimitExceeded as error:
        head = company_service.current_head()
        order = sale.get_order(order_id)
        status = error.status or sale.credit_status(order.client_id, order.gross_total, exclude_order_id=order_id,
                                                    currency=order.currency)
        dialog = CreditDialog(status, order.currency, head is not None, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or head is None:
            return False
        try:
            sale.confirm_order(order_id, override_reason=dialog.reason(), by_manager_id=head.id)
        except KamdeskError as again:
            show_error(parent, again)
            return False
        return True
    except KamdeskError as error:
        show_error(parent, error, QCoreApplication.translate("OrderEntry", "Cannot confirm the order"))
        return False


def deliver_interactively(parent: QWidget, order_id: int) -> bool:
    return attempt(parent, lambda: sale.deliver_order(order_id))


class ShipDialog(QDialog):
    """What leaves the warehouse now, line by line (everything still to ship is proposed)."""

    def __init__(self, order_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ship_dialog")
        self.order_id = order_id
        order = sale.get_order(order_id)
        self.setWindowTitle(self.tr("Ship order %1").replace("%1", order.number))
        self.lines = sale.order_lines(order_id)
        self.table = QTableWidget(len(self.lines), 6, self)
        self.table.setObjectName("ship_table")
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Ordered"),
                                              self.tr("Shipped"), self.tr("Left"), self.tr("Ship now")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, line in enumerate(self.lines):
            ordered = line.quantity + line.free_quantity
            left = ordered - line.delivered_quantity
            cells = (line.sku, line.name, format_quantity(ordered), format_quantity(line.delivered_quantity),
                     format_quantity(left), format_decimal(left, None, grouped=False))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column < 5:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel(self)
        self.error.setObjectName("ship_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Ship"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Type the quantities leaving now; 0 leaves a line for later."), self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 140 + 30 * min(len(self.lines), 12))
        if self.lines:
            self.table.setCurrentCell(0, 5)
        self.table.setFocus()

    def set_quantity(self, row: int, text: str) -> None:
        self.table.item(row, 5).setText(text)

    def quantities(self) -> dict[int, Decimal | str]:
        result: dict[int, Decimal | str] = {}
        for row, line in enumerate(self.lines):
            text = self.table.item(row, 5).text().strip()
            if not text:
                continue
            try:
                amount = parse_decimal(text)
            except ValueError:
                result[line.id] = text  # the service names the line
                continue
            if amount != 0:
                result[line.id] = amount
        return result

    def accept(self) -> None:
        shipped, _ = FieldErrors({}, other=self.error).attempt(
            self, lambda: sale.ship_order(self.order_id, self.quantities()))
        if shipped:
            super().accept()


def ship_interactively(parent: QWidget, order_id: int) -> bool:
    return ShipDialog(order_id, parent).exec() == QDialog.DialogCode.Accepted


class ReasonDialog(QDialog):
    """A refusal with a reason from the list of cancelled orders (and a note, which "Other" needs).

    The form is `ui/cancel_order_dialog.ui`; a subclass sets the texts (`_texts`)
    and records the decision (`_decide(reason, note)`, raising a ValidationError
    whose keys name the form's fields).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CancelOrderDialog()
        self.ui.setupUi(self)
        self._field_errors = FieldErrors.of_form(self)
        ui = self.ui
        title, summary, ok_text, cancel_text = self._texts()
        self.setWindowTitle(title)
        ui.summary.setText(summary)
        ui.reason.addItem(self.tr("Choose a reason…"), "")
        labels = cancel_reason_labels()
        for code in CANCEL_REASONS:
            ui.reason.addItem(labels.get(code, code), code)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.reason.setFocus()

    def _texts(self) -> tuple[str, str, str, str]:
        """Window title, the question, the OK and the Cancel button's texts."""
        raise NotImplementedError

    def _decide(self, reason: str, note: str) -> None:
        raise NotImplementedError

    def choose(self, reason: str, note: str = "") -> None:
        self.ui.reason.setCurrentIndex(max(0, self.ui.reason.findData(reason)))
        self.ui.note.setPlainText(note)

    def accept(self) -> None:
        self._field_errors.clear()
        ui = self.ui
        decided, _ = self._field_errors.attempt(
            self, lambda: self._decide(ui.reason.currentData() or "", ui.note.toPlainText()))
        if decided:
            super().accept()


class CancelOrderDialog(ReasonDialog):
    """Cancel an order with a reason from the list (and a note, which "Other" needs)."""

    def __init__(self, order_id: int, parent: QWidget | None = None):
        self.order_id = order_id
        self._number = sale.get_order(order_id).number
        super().__init__(parent)
        self.setObjectName("cancel_order_dialog")

    def _texts(self) -> tuple[str, str, str, str]:
        return (self.tr("Cancel order %1").replace("%1", self._number),
                self.tr("Why is order %1 cancelled? The reasons are analysed to prevent refusals.")
                .replace("%1", self._number),
                self.tr("Cancel &order"), self.tr("&Keep it"))

    def _decide(self, reason: str, note: str) -> None:
        sale.cancel_order(self.order_id, reason, note)


def cancel_interactively(parent: QWidget, order_id: int) -> bool:
    return CancelOrderDialog(order_id, parent).exec() == QDialog.DialogCode.Accepted
