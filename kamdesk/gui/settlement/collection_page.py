"""The Collection page: the clients with overdue debt and the dunning step each is due for.

The list is `dunning.cases(manager_id=…, due_only=…)`, the most urgent first: one line per client and currency
with the overdue amount, the age of the oldest overdue invoice, the step due now (or when the next falls due),
and the last step taken. Under it, the selected client's overdue invoices and the steps taken with it.
Actions: Open client; Plan a call… (Plan a visit… for the final notice), which opens the activity dialog
filled in and takes the step once the activity is saved; Letter…, which saves the step's letter as PDF and
DOCX side by side and takes the step; E-mail…, which mails the letter of a step taken (the one chosen under
Steps taken, else the latest). No database query here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.core.services import company as company_service
from kamdesk.core.services import dunning, dunning_letters
from kamdesk.core.text_fold import fold
from kamdesk.gui.changes import ACTIVITIES, CLIENTS, Change, changes, notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_date
from kamdesk.gui.lists import fill_choices
from kamdesk.gui.mail.compose import email_button
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Operation
from kamdesk.gui.settlement.labels import OVERDUE, SETTLEMENT
from kamdesk.gui.settlement.receivables_page import fill_items, item_row, line_id
from kamdesk.gui.settlement.rows import RowsModel, amount_text, detail_table
from kamdesk.gui.widgets.lazy_model import Loaded
from kamdesk.gui.widgets.list_detail import list_over_detail
from kamdesk.gui.widgets.list_page import Hint, ListPage

translate = QCoreApplication.translate

COLUMNS = ("client", "manager", "currency", "overdue", "oldest_overdue_days", "next_step", "next_step_on",
           "last_step", "last_taken_on")
FOLDER_KEY = "collection/letter_folder"  # QSettings: where the last letter was saved
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the steps taken: each row's DunningStep id


@dataclass(frozen=True)
class CaseRow:
    """One line of the list: a client's overdue debt in one currency and where its collection stands."""

    id: int
    client_id: int
    client: str
    manager: str
    currency: str
    overdue: Decimal
    oldest_overdue_days: int
    next_step: str  # "" while the last step taken still stands
    next_step_on: dt.date | None
    last_step: str
    last_taken_on: dt.date | None


def case_rows(manager_id: int | None = None, due_only: bool = False, text: str = "") -> list[CaseRow]:
    """The cases as the page lists them, the most urgent first; typed text matched in the client's name."""
    managers = {manager.id: manager.name for manager in company_service.list_managers(active_only=False)}
    needle = fold(text.strip())
    return [CaseRow(id=line_id(case.client_id, case.currency), client_id=case.client_id, client=case.client,
                    manager=managers.get(case.manager_id, ""), currency=case.currency, overdue=case.overdue,
                    oldest_overdue_days=case.oldest_overdue_days, next_step=case.next_step or "",
                    next_step_on=case.next_step_on, last_step=case.last_step or "", last_taken_on=case.last_taken_on)
            for case in dunning.cases(manager_id=manager_id, due_only=due_only)
            if not needle or needle in fold(case.client)]


def step_labels() -> dict[str, str]:
    """Each step's name in the user's language."""
    return {step: translated(title) for step, title in dunning.STEP_TITLES.items()}


class CasesModel(RowsModel):
    COLUMNS = COLUMNS
    MONEY = ("overdue",)
    COUNTS = ("oldest_overdue_days",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter: dict = {}
        self.labels = {"next_step": step_labels(), "last_step": step_labels()}
        self.headers = (self.tr("Client"), self.tr("Manager"), self.tr("Currency"), self.tr("Overdue"),
                        self.tr("Oldest, days"), self.tr("Step due"), self.tr("Next step on"), self.tr("Last step"),
                        self.tr("Taken on"))

    def query(self) -> Loaded:
        return Loaded(case_rows(**self.filter))

    def colour(self, row: CaseRow, column: str) -> QColor | None:
        return OVERDUE if column in ("overdue", "next_step") and row.next_step else None

    def bold(self, row: CaseRow, column: str) -> bool:
        return column == "next_step"


class CollectionPage(QWidget):
    """Overdue clients, their next dunning step, and the actions that take it.

    Public: `refresh()`, `current_row()`, `open_current_client()`, `plan()`, `letter()`; signal
    `open_client(client_id)`; `dialog`: the activity dialog `plan()` opened, while it is open.
    """

    open_client = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collection_page")
        self.dialog = None
        self.model = CasesModel(self)
        self._build_list()
        self._build_detail()
        list_over_detail(self, self.listing, self.detail, detail_stretch=2)
        self.listing.current_changed.connect(self._show_current)
        changes().changed.connect(self._saved_elsewhere)
        self.refresh()

    # ------------------------------------------------------------ building
    def _build_list(self) -> None:
        self.listing = ListPage(
            self.model, self, search_name="collection_search", placeholder=self.tr("Search client…"),
            table_name="collection_table", count_name="collection_count", filter_of=self._filter,
            count_text=lambda n: ListPage.number(n, self.tr("1 client with overdue debt"),
                                                 self.tr("%1 clients with overdue debt")),
            no_match=lambda text: self.tr("No client with overdue debt matches “%1”.").replace("%1", text) if text
            else self.tr("No client with overdue debt matches these filters."),
            empty_hint=self._empty_hint, activate=self.open_current_client, up_to_search=True)
        self.table = self.listing.table
        self.manager = self.listing.add_filter("collection_manager", self.tr("All managers"))
        self.due_only = self.listing.add_check(self.tr("Step &due now only"))
        self.due_only.setObjectName("due_only")
        self.listing.fit(stretch=COLUMNS.index("client"), text=[COLUMNS.index("manager")])
        self.open_button = self.listing.add_action(self.tr("&Open client"), self.open_current_client, "open_client")
        self.plan_button = self.listing.add_action(self.tr("&Plan a call…"), self.plan, "plan_step")
        self.letter_button = self.listing.add_action(self.tr("&Letter…"), self.letter, "dunning_letter")
        self.email_button = email_button(self, self.email, "email_dunning", self.tr(
            "E-mail the letter of the step chosen under Steps taken (the latest unless another is chosen)"))
        self.listing.actions.addWidget(self.email_button)

    def _build_detail(self) -> None:
        self.detail = QWidget(self)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("collection_title")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.items = detail_table(self.detail, "overdue_items", (
            self.tr("Number"), self.tr("Kind"), self.tr("Issued"), self.tr("Due"), self.tr("Currency"),
            self.tr("Gross"), self.tr("Open"), self.tr("Days overdue")))
        self.steps_title = QLabel(self.tr("Steps taken"), self.detail)
        self.steps = detail_table(self.detail, "steps_taken", (
            self.tr("Taken on"), self.tr("Step"), self.tr("Overdue"), self.tr("Currency"), self.tr("By"),
            self.tr("Invoices")))
        self.message = QLabel(self.detail)
        self.message.setObjectName("collection_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.items, 2)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)

    # ------------------------------------------------------------ public API
    def refresh(self) -> None:
        """Read the managers, the list and the selected client's details again (the selection stays)."""
        fill_choices(self.manager, self.tr("All managers"),
                     ((manager.name, manager.id) for manager in company_service.list_managers()))
        self.listing.refresh()

    def current_row(self) -> CaseRow | None:
        return self.listing.current_row()

    def open_current_client(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_client.emit(row.client_id)

    def plan(self):
        """The activity dialog for the selected client's step (a call, a visit for the final notice), filled in;
        the step is taken when the activity is saved."""
        row = self.current_row()
        if row is None or not row.next_step:
            return None
        from kamdesk.gui.activity.activity_dialog import ActivityDialog

        case = dunning.client_case(row.client_id, currency=row.currency)
        if case is None or case.next_step is None:  # paid, or the step taken, since the list was read
            self.refresh()
            return None
        me = company_service.current_manager()
        try:
            dialog = ActivityDialog(None, self, client_id=row.client_id, kind="visit" if case.visit else "call",
                                    owner_id=me.id if me else None, subject=translated(dunning.planned_subject(case)))
        except KamdeskError as error:
            show_error(self, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda activity_id: self._planned(row.client_id, case, activity_id))
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def letter(self) -> Operation | None:
        """Save the letter of the selected client's step (or its last one) as PDF and DOCX and take the step."""
        row = self.current_row()
        if row is None:
            return None
        try:
            made = dunning_letters.letter(row.client_id, row.next_step or None, currency=row.currency)
        except KamdeskError as error:
            show_error(self, error)
            return None
        folder = QSettings().value(FOLDER_KEY, str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as"),
                                              str(Path(folder) / f"{dunning_letters.file_stem(made)}.pdf"),
                                              self.tr("PDF document (*.pdf)"))
        if not path:
            return None
        pdf = Path(path).with_suffix(".pdf")
        docx = pdf.with_suffix(".docx")
        QSettings().setValue(FOLDER_KEY, str(pdf.parent))
        return (Operation(self, lambda _task: dunning_letters.write_letter(
                    row.client_id, made.step, pdf=pdf, docx=docx, currency=row.currency))
                .success(lambda _step: self._letter_saved(row, pdf, docx))
                .notifies(SETTLEMENT, client_id=row.client_id)
                .run())

    def email(self) -> Operation | None:
        """Ctrl+Shift+E: the letter of the chosen step taken (the latest by default) by e-mail, in the Send dialog."""
        from kamdesk.core.services.mail import documents
        from kamdesk.gui.mail.compose import compose

        rows = self.steps.selectionModel().selectedRows()
        item = self.steps.item(rows[0].row() if rows else 0, 0)
        if item is None:
            return None
        step_id = item.data(STEP_ID_ROLE)
        return compose(self, lambda: documents.dunning_draft(step_id))

    # ------------------------------------------------------------ behaviour
    def _filter(self) -> dict:
        return {"manager_id": self.manager.currentData(), "due_only": self.due_only.isChecked(),
                "text": self.listing.search.text()}

    def _empty_hint(self) -> Hint:
        return (self.tr("No client owes anything past due. Overdue debt appears here once invoices and payments "
                        "are imported from the accounting system."), [])

    def _planned(self, client_id: int, case: dunning.Case, activity_id: int) -> None:
        try:
            dunning.take_step(client_id, case.next_step, currency=case.currency, activity_id=activity_id)
        except KamdeskError as error:
            show_error(self, error)
            return
        self.message.setText(self.tr("%1 planned with %2; the step is recorded.")
                             .replace("%1", step_labels()[case.next_step]).replace("%2", case.client))
        notify(SETTLEMENT, ACTIVITIES, client_id=client_id, source=self)
        self.listing.refresh()

    def _letter_saved(self, row: CaseRow, pdf: Path, docx: Path) -> None:
        self.message.setText(self.tr("The letter to %1 is saved as %2 and %3; the step is recorded.")
                             .replace("%1", row.client).replace("%2", pdf.name).replace("%3", docx.name))
        self.listing.refresh()

    def _show_current(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.letter_button.setEnabled(row is not None)
        self.email_button.setEnabled(False)  # until the steps taken are listed
        self.plan_button.setEnabled(row is not None and bool(row.next_step))
        self.plan_button.setText(self.tr("&Plan a visit…") if row is not None and row.next_step == "final"
                                 else self.tr("&Plan a call…"))
        if row is None:
            self.detail_title.setText(self.tr("Choose a client to see its overdue invoices and the steps taken."))
            self.items.setRowCount(0)
            self.steps.setRowCount(0)
            return
        self.detail_title.setText(self.tr("%1: overdue invoices").replace("%1", row.client))
        fill_items(self.items, [item_row(item) for item in dunning.overdue_items(row.client_id, row.currency)])
        self._fill_steps(row.client_id)

    def _fill_steps(self, client_id: int) -> None:
        labels = step_labels()
        taken = dunning.steps_taken(client_id)
        self.steps.setRowCount(len(taken))
        for index, step in enumerate(taken):
            texts = (format_date(step.taken_on), labels.get(step.step, step.step),
                     amount_text(step.amount_overdue, step.currency), step.currency,
                     step.taken_by.name if step.taken_by else "", ", ".join(step.invoice_numbers))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(STEP_ID_ROLE, step.id)
                self.steps.setItem(index, column, item)
        self.email_button.setEnabled(bool(taken))

    def _saved_elsewhere(self, change: Change) -> None:
        if change.touches(SETTLEMENT, CLIENTS) and change.source is not self:
            self.refresh()

