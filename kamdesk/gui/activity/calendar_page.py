"""The calendar page: the week of calls and visits, today's agenda and planning the week.

Toolbar (previous / today / next, a date picker that jumps to any week, the
week's label, the manager and kind filters, new and print), the week view in
the middle, and on the right the agenda (today and the overdue ones, each
completed with Ctrl+Enter) above the "Plan my week" suggestions. Everything
the user asks for in the week view arrives here as a signal and is done
through the activity service; errors go to the one error presenter.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.core.errors import KamdeskError
from kamdesk.core.models.activity import KINDS
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import company as company_service
from kamdesk.gui.activity.labels import KIND_COLOURS, kind_icon, kind_labels
from kamdesk.gui.activity.suggestions_panel import SuggestionsPanel
from kamdesk.gui.activity.week_view import DONE_MARK, MUTED, OVERDUE, OVERDUE_MARK, WeekView, describe, describe_when, format_day
from kamdesk.gui.changes import ACTIVITIES, COMPANY, Change, changes, notify
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import date_format
from kamdesk.gui.lists import fit_columns
from kamdesk.gui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from kamdesk.gui.activity.activity_dialog import ActivityDialog
    from kamdesk.gui.activity.complete_dialog import CompleteDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEAM = 0  # the manager filter's "whole team"
SUGGESTIONS_DELAY_MS = 150


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (a function of its own so tests can answer it)."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def week_label(monday: dt.date) -> str:
    """ "2026-W49 · 30 Nov – 6 Dec 2026", dates as the locale writes them."""
    sunday = monday + dt.timedelta(days=6)
    year, week, _ = monday.isocalendar()
    first = format_day(monday, "date_short" if monday.year == sunday.year else "date_short_year")
    return f"{year}-W{week:02d} · {first} – {format_day(sunday, 'date_short_year')}"


class CalendarPage(QWidget):
    """The week of the chosen manager(s), the agenda of today and the week's suggestions.

    Public: `show_week(monday)`, `refresh()`, `open_new_activity(client_id, kind)`,
    `complete_activity(id)`, `print_week()`; `activity_changed(client_id or 0)`
    after every change, so the main window can refresh the client list and cards.
    """

    activity_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendar_page")
        self._zone = activity_service.local_zone()
        self._monday = activity_service.week_start(self._today())
        self.dialog: QDialog | None = None  # the activity or completion dialog open now
        self._shown_once = False
        self._build_toolbar()
        self._build_body()
        self._build_actions()
        self._layout()
        self.week_view.set_zone(self._zone)
        self.week_view.set_working_hours(*activity_service.working_hours())
        self.week_view.set_week(self._monday)
        self._suggestions_timer = QTimer(self)
        self._suggestions_timer.setSingleShot(True)
        self._suggestions_timer.setInterval(SUGGESTIONS_DELAY_MS)
        self._suggestions_timer.timeout.connect(self._reload_suggestions)
        self.setFocusProxy(self.week_view)
        self.activity_changed.connect(lambda client_id: notify(ACTIVITIES, client_id=client_id or None, source=self))
        changes().changed.connect(self._saved_elsewhere)
        self.show_week(self._monday)

    def _saved_elsewhere(self, change: Change) -> None:
        """The working hours or the managers changed on a Company page: the week shows them."""
        if change.touches(COMPANY):
            self.refresh()

    # ------------------------------------------------------------ building
    def _build_toolbar(self) -> None:
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous week (PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self._monday - dt.timedelta(days=7)))
        self.today_button = QPushButton(self.tr("T&oday"), self)
        self.today_button.setToolTip(self.tr("This week (T)"))
        self.today_button.clicked.connect(self.show_today)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next week (PgDn)"))
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self._monday + dt.timedelta(days=7)))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("week_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.date_edit.setToolTip(self.tr("Go to the week of a date"))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.week_title = QLabel(self)
        self.week_title.setObjectName("week_label")
        font = self.week_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.week_title.setFont(font)
        self.manager_combo = QComboBox(self)
        self.manager_combo.setObjectName("manager_filter")
        self.manager_combo.setToolTip(self.tr("Whose activities"))
        self._fill_managers()
        self.manager_combo.currentIndexChanged.connect(self._filters_changed)
        self.kind_button = QToolButton(self)
        self.kind_button.setObjectName("kind_filter")
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self.kind_button)
        self.kind_actions: dict[str, QAction] = {}
        for code, label in kind_labels().items():
            action = self.kind_menu.addAction(kind_icon(code), label)
            action.setCheckable(True)
            action.setChecked(True)
            action.setData(code)
            action.toggled.connect(self._filters_changed)
            self.kind_actions[code] = action
        self.kind_menu.addSeparator()
        self.kind_menu.addAction(self.tr("Show all kinds"), self._all_kinds)
        self.kind_button.setMenu(self.kind_menu)
        self._update_kind_button()
        self.new_button = QPushButton(self.tr("&New activity…"), self)
        self.new_button.setToolTip(self.tr("Plan a call, visit or other activity (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_new_activity())
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the week (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_week)
        self.pdf_button = QPushButton(self.tr("PDF…"), self)
        self.pdf_button.setToolTip(self.tr("Save the week as a PDF to send or print later (Ctrl+Shift+P)"))
        self.pdf_button.clicked.connect(self.save_pdf)

    def _fill_managers(self) -> None:
        """The manager filter: the head starts on the whole team, a manager on their own week; a choice made stays."""
        combo = self.manager_combo
        chosen = combo.currentData() if combo.count() else None
        me = company_service.current_manager()
        combo.blockSignals(True)
        combo.clear()
        if me is not None and me.role == "head":
            combo.addItem(self.tr("Whole team"), TEAM)
        for manager in company_service.list_managers(active_only=True):
            combo.addItem(manager.name, manager.id)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        elif me is not None and me.role != "head":
            combo.setCurrentIndex(max(0, combo.findData(me.id)))
        combo.blockSignals(False)

    def _build_body(self) -> None:
        self.week_view = WeekView(self, zone=self._zone)
        view = self.week_view
        view.create_requested.connect(lambda start, all_day: self.open_new_activity(start=start, all_day=all_day))
        view.open_requested.connect(self.open_activity)
        view.move_requested.connect(self.move_activity)
        view.cancel_requested.connect(self.cancel_activity)
        view.complete_requested.connect(self.complete_activity)
        view.week_change_requested.connect(lambda delta: self.show_week(self._monday + dt.timedelta(days=7 * delta)))
        view.today_requested.connect(self.show_today)
        view.selection_changed.connect(lambda _id: self._update_complete_button())

        self.agenda_title = QLabel(self.tr("Agenda"), self)
        self.agenda_title.setStyleSheet("font-weight: bold;")
        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("agenda")
        self.agenda.setAccessibleName(self.tr("Agenda: today and overdue"))
        self.agenda.setColumnCount(2)
        self.agenda.setHeaderHidden(True)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setIndentation(0)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setUniformRowHeights(True)
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.agenda.itemActivated.connect(self._agenda_activated)
        self.agenda.currentItemChanged.connect(self._agenda_current_changed)
        self.complete_button = QPushButton(self.tr("&Complete…"), self)
        self.complete_button.setObjectName("complete_button")
        self.complete_button.setToolTip(self.tr("Log the result and plan the next step (Ctrl+Enter)"))
        self.complete_button.clicked.connect(self.complete_current)
        self.suggestions = SuggestionsPanel(self)
        self.suggestions.scheduled.connect(self._scheduled)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self._update_legend()

    def _build_actions(self) -> None:
        def action(text, shortcuts, slot, name) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        # Ctrl+N belongs to the main window's File › New, which opens a new activity while this page shows
        self.new_action = action(self.tr("&New activity…"), [], lambda: self.open_new_activity(), "new_activity")
        self.print_action = action(self.tr("&Print week…"), ["Ctrl+P"], self.print_week, "print_week")
        self.pdf_action = action(self.tr("Save week as P&DF…"), ["Ctrl+Shift+P"], self.save_pdf, "save_week_pdf")
        self.complete_action = action(self.tr("&Complete…"), ["Ctrl+Return", "Ctrl+Enter"], self.complete_current,
                                      "complete_activity")
        self.open_action = action(self.tr("&Open"), [], self._open_agenda_current, "open_activity")
        self.agenda.addActions([self.complete_action, self.open_action])

    def _layout(self) -> None:
        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        for widget in (self.previous_button, self.today_button, self.next_button, self.date_edit):
            toolbar.addWidget(widget)
        toolbar.addSpacing(10)
        toolbar.addWidget(self.week_title)
        toolbar.addStretch(1)
        for widget in (self.manager_combo, self.kind_button, self.new_button, self.print_button, self.pdf_button):
            toolbar.addWidget(widget)
        side = QWidget(self)
        agenda_box = QVBoxLayout()
        agenda_box.setContentsMargins(0, 0, 0, 0)
        agenda_box.addWidget(self.agenda_title)
        agenda_box.addWidget(self.agenda, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)
        agenda_box.addLayout(buttons)
        agenda_widget = QWidget(side)
        agenda_widget.setLayout(agenda_box)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(agenda_widget)
        right.addWidget(self.suggestions)
        right.setChildrenCollapsible(False)
        right.setSizes([360, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.week_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1000, 380])
        right.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.legend)

    # ------------------------------------------------------------ public API
    def monday(self) -> dt.date:
        return self._monday

    def show_week(self, monday: dt.date) -> None:
        """Show the week of `monday` (any day of the week will do)."""
        monday = activity_service.week_start(monday)
        self._monday = monday
        self.week_view.set_week(monday)
        self.week_title.setText(week_label(monday))
        picked = self.date_edit.date().toPython()
        if activity_service.week_start(picked) != monday:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(monday.year, monday.month, monday.day))
            self.date_edit.blockSignals(False)
        self._reload()
        self._suggestions_timer.stop()
        self._reload_suggestions()

    def show_today(self) -> None:
        self.show_week(self._today())
        now = dt.datetime.now(self._zone)
        start, end = activity_service.working_hours()
        if start <= now.hour < end:
            self.week_view.scroll_to_hour(max(start, now.hour - 1))

    def refresh(self, select: int | None = None) -> None:
        """Load everything again after changes elsewhere: settings (zone, working hours), managers, the week,
        the agenda and the suggestions."""
        zone, hours = activity_service.local_zone(), activity_service.working_hours()
        if zone != self._zone:
            self._zone = zone
            self.week_view.set_zone(zone)
        if hours != self.week_view.working_hours():
            self.week_view.set_working_hours(*hours)
        self._fill_managers()
        self._reload(select)
        self._suggestions_timer.start()

    def _reload(self, select: int | None = None) -> None:
        """Load the week and the agenda again (after a change made here)."""
        keep = select if select is not None else self.week_view.selected_id()
        flt = self.current_filter()
        if flt is None:
            views, today, overdue = [], [], []
        else:
            views = activity_service.week_activities(self._monday, flt)
            today, overdue = activity_service.agenda(self._today(), flt)
        self.week_view.set_activities(views)
        self.week_view.select(keep)
        self._fill_agenda(today, overdue)

    def current_filter(self) -> activity_service.ActivityFilter | None:
        """The filter of the toolbar (None when every kind is unticked: nothing to show)."""
        owner = self.manager_combo.currentData()
        kinds = tuple(code for code, action in self.kind_actions.items() if action.isChecked())
        if not kinds:
            return None
        return activity_service.ActivityFilter(owner_ids=(owner,) if owner else (),
                                               kinds=() if len(kinds) == len(KINDS) else kinds)

    def owner_id(self) -> int | None:
        """The manager chosen in the filter (None: the whole team)."""
        return self.manager_combo.currentData() or None

    def open_new_activity(self, client_id: int | None = None, kind: str = "call", start=None,
                          all_day: bool = False) -> ActivityDialog | None:
        """Plan an activity (the client card's "Plan call/visit" buttons call this)."""
        if start is None and not self._monday <= self._today() < self._monday + dt.timedelta(days=7):
            first_hour = activity_service.working_hours()[0]
            start = dt.datetime.combine(self._monday, dt.time(first_hour), self._zone)
        owner = self.owner_id()
        if owner is None:
            me = company_service.current_manager()
            owner = me.id if me else None
        from kamdesk.gui.activity.activity_dialog import ActivityDialog  # the dialogs load when first opened

        try:
            dialog = ActivityDialog(None, self, start=start, all_day=all_day, client_id=client_id, kind=kind,
                                    owner_id=owner)
        except KamdeskError as error:
            show_error(self, error)
            return None
        return self._open_dialog(dialog)

    def open_activity(self, activity_id: int) -> ActivityDialog | None:
        from kamdesk.gui.activity.activity_dialog import ActivityDialog

        try:
            dialog = ActivityDialog(activity_id, self)
        except KamdeskError as error:
            show_error(self, error)
            return None
        return self._open_dialog(dialog)

    def complete_activity(self, activity_id: int) -> CompleteDialog | None:
        """Open the completion dialog for a planned activity."""
        from kamdesk.gui.activity.complete_dialog import CompleteDialog

        try:
            view = activity_service.get_view(activity_id)
            if not activity_service.is_open(view):
                QMessageBox.information(self, self.tr("Complete activity"),
                                        self.tr("Only a planned activity can be completed."))
                return None
            dialog = CompleteDialog(activity_id, self)
        except KamdeskError as error:
            show_error(self, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog, c=view.client_id: self._completed(d, c))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def complete_current(self) -> None:
        """Ctrl+Enter: complete the activity chosen in the agenda (when it has the focus) or the week."""
        activity_id = None
        if self.agenda.hasFocus() or self.week_view.selected_id() is None:
            activity_id = self._agenda_current_id()
        if activity_id is None:
            activity_id = self.week_view.selected_id()
        if activity_id is not None:
            self.complete_activity(activity_id)

    def move_activity(self, activity_id: int, start: dt.datetime, duration_minutes: int) -> None:
        """A block dropped at a new time or resized: save it (asking this-or-series for a series)."""
        view = next((a for a in self.week_view.activities() if a.id == activity_id), None)
        try:
            view = view or activity_service.get_view(activity_id)
            scope = "this"
            if view.series_id:
                from kamdesk.gui.activity import activity_dialog

                scope = activity_dialog.ask_scope(self, "move")
                if scope is None:
                    self._reload()
                    return
            moved = activity_service.move_activity(activity_id, start, None if view.all_day else duration_minutes,
                                                   scope=scope)
        except KamdeskError as error:
            show_error(self, error)
            self._reload()
            return
        self._reload(select=moved.id)
        self._changed(view.client_id)

    def cancel_activity(self, activity_id: int) -> None:
        """Del: cancel the activity after asking (for a series: only this one, or this and the following)."""
        try:
            view = activity_service.get_view(activity_id)
            if not activity_service.is_open(view):
                return
            if view.series_id:
                from kamdesk.gui.activity import activity_dialog

                scope = activity_dialog.ask_scope(self, "cancel")
                if scope is None:
                    return
            else:
                scope = "this"
                what = " · ".join(p for p in (kind_labels().get(view.kind, view.kind), view.client_name,
                                              view.subject) if p)
                question = self.tr("Cancel “%1” on %2?").replace("%1", what).replace("%2", describe_when(view))
                if not confirm(self, self.tr("Cancel activity"), question):
                    return
            activity_service.cancel_activity(activity_id, scope=scope)
        except KamdeskError as error:
            show_error(self, error)
            return
        self._reload()
        self._changed(view.client_id)
        self._suggestions_timer.start()

    def print_week(self) -> None:
        """Print preview of the week, landscape, as the screen shows it."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self.make_printer()
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print week %1").replace("%1", week_label(self._monday)))
        preview.paintRequested.connect(self.paint_pages)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(preview, 1100, 800)
        self.dialog = preview
        preview.open()

    def save_pdf(self) -> str | None:
        """The week as a PDF file (reportlab, fonts embedded): the same layout as printed."""
        from kamdesk.gui.activity.week_pdf_export import save_week_pdf

        return save_week_pdf(self, self._monday, self.current_filter(), self._pdf_owners(), self._today())

    def _pdf_owners(self) -> list[tuple[int, str]]:
        """Whose weeks the PDF prints, (id, name): the chosen manager's, or for the whole team every manager's
        one after another (and a former manager's who still has activities in the week)."""
        combo = self.manager_combo
        if self.owner_id():
            return [(self.owner_id(), combo.currentText())]
        owners = {combo.itemData(n): combo.itemText(n) for n in range(combo.count()) if combo.itemData(n)}
        for view in self.week_view.activities():
            owners.setdefault(view.owner_id, view.owner_name)
        return list(owners.items())

    @staticmethod
    def make_printer():
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                          QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
        return printer

    def paint_pages(self, printer) -> None:
        """Draw the week on the printer's page (the preview and the print use this)."""
        painter = QPainter(printer)
        paint = printer.pageLayout().paintRectPixels(printer.resolution())
        owner = self.manager_combo.currentText()
        title = f"{owner} — {week_label(self._monday)}" if owner else week_label(self._monday)
        self.week_view.render_week(painter, QRectF(0, 0, paint.width(), paint.height()), title)
        painter.end()

    # ------------------------------------------------------------ behaviour
    def _today(self) -> dt.date:
        return dt.datetime.now(self._zone).date()

    def _open_dialog(self, dialog: ActivityDialog) -> ActivityDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda activity_id, d=dialog: self._saved(d, activity_id))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, *_args) -> None:
        self.dialog = None
        self.week_view.setFocus()

    def _saved(self, dialog: ActivityDialog, activity_id: int) -> None:
        try:
            view = activity_service.get_view(activity_id)
        except KamdeskError:
            self._reload()
            return
        if activity_service.week_start(view.start.date()) != self._monday:
            self.show_week(view.start.date())
        self._reload(select=activity_id)
        for client_id in dialog.client_ids or {0}:
            self.activity_changed.emit(client_id)
        self._suggestions_timer.start()

    def _completed(self, dialog: CompleteDialog, client_id: int | None) -> None:
        self._reload()
        self._changed(client_id)
        self._suggestions_timer.start()

    def _changed(self, client_id: int | None) -> None:
        self.activity_changed.emit(client_id or 0)

    def _scheduled(self, client_ids: list) -> None:
        self._reload()
        for client_id in client_ids:
            self.activity_changed.emit(client_id)

    def _reload_suggestions(self) -> None:
        owner = self.owner_id()
        me = company_service.current_manager()
        self.suggestions.set_week(self._monday, owner, owner or (me.id if me else None))

    def _filters_changed(self, *_args) -> None:
        self._update_kind_button()
        self._reload()
        self._suggestions_timer.stop()
        self._reload_suggestions()

    def _all_kinds(self) -> None:
        for action in self.kind_actions.values():
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)
        self._filters_changed()

    def _update_kind_button(self) -> None:
        checked = [a for a in self.kind_actions.values() if a.isChecked()]
        if len(checked) == len(self.kind_actions):
            text = self.tr("All kinds")
        elif len(checked) == 1:
            text = checked[0].text()
        elif not checked:
            text = self.tr("No kinds")
        else:
            text = self.tr("%1 kinds").replace("%1", str(len(checked)))
        self.kind_button.setText(text)
        self.kind_button.setToolTip(self.tr("Which kinds of activity to show"))

    def _date_picked(self, date: QDate) -> None:
        self.show_week(date.toPython())

    def _update_legend(self) -> None:
        parts = [f"<span style='color:{KIND_COLOURS.get(code, '#7f8c8d')}'>■</span>&nbsp;{escape(label)}"
                 for code, label in kind_labels().items()]
        overdue, done = self.tr("overdue"), self.tr("done")  # outside the f-strings, where lupdate finds them
        parts.append(f"<span style='color:{OVERDUE.name()}'>{OVERDUE_MARK}&nbsp;{escape(overdue)}</span>")
        parts.append(f"<span style='color:{MUTED.name()}'>{DONE_MARK}&nbsp;{escape(done)}</span>")
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    # -- the agenda
    def _fill_agenda(self, today: list, overdue: list) -> None:
        keep = self._agenda_current_id()
        agenda = self.agenda
        agenda.blockSignals(True)
        agenda.clear()
        bold = QFont(agenda.font())
        bold.setBold(True)
        locale = QLocale()
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        current = None
        for heading, items, late in (
                (self.tr("Overdue (%1)").replace("%1", str(len(overdue))), overdue, True),
                (self.tr("Today, %1 (%2)").replace("%1", format_day(self._today(), "day_long"))
                 .replace("%2", str(len(today))), today, False)):
            if late and not items:
                continue
            group = QTreeWidgetItem([heading, ""])
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if late:
                group.setForeground(0, QBrush(OVERDUE))
            agenda.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # spans only once in the tree
            if not items:
                empty = QTreeWidgetItem([self.tr("Nothing planned."), ""])
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                empty.setForeground(0, QBrush(MUTED))
                agenda.addTopLevelItem(empty)
                empty.setFirstColumnSpanned(True)
            for view in items:
                if view.all_day:
                    when = self.tr("all day")
                else:
                    when = locale.toString(view.start.time(), time_format)
                if late:  # this week's by weekday, older ones by date
                    recent = (self._today() - view.start.date()).days < 7
                    when = f"{format_day(view.start.date(), 'weekday' if recent else 'date_short')} {when}"
                what = " · ".join(p for p in (view.client_name or kind_labels().get(view.kind, view.kind),
                                              view.subject) if p)
                if activity_service.is_done(view):
                    what = f"{DONE_MARK} {what}"
                item = QTreeWidgetItem([when, what])
                item.setData(0, ID_ROLE, view.id)
                item.setIcon(1, kind_icon(view.kind))
                tooltip = describe(view, rich=True)
                item.setToolTip(0, tooltip)
                item.setToolTip(1, tooltip)
                if late:
                    item.setForeground(0, QBrush(OVERDUE))
                if activity_service.is_done(view):
                    for column in (0, 1):
                        item.setForeground(column, QBrush(MUTED))
                agenda.addTopLevelItem(item)
                if view.id == keep:
                    current = item
        fit_columns(agenda, stretch=1)  # the headings span both columns: only the times set the first one's width
        if current is not None:
            agenda.setCurrentItem(current)
        agenda.blockSignals(False)
        self._update_complete_button()

    def _agenda_current_id(self) -> int | None:
        item = self.agenda.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def agenda_ids(self) -> list[int]:
        """The activities listed in the agenda, top to bottom."""
        return [self.agenda.topLevelItem(row).data(0, ID_ROLE) for row in range(self.agenda.topLevelItemCount())
                if self.agenda.topLevelItem(row).data(0, ID_ROLE) is not None]

    def select_in_agenda(self, activity_id: int) -> bool:
        for row in range(self.agenda.topLevelItemCount()):
            item = self.agenda.topLevelItem(row)
            if item.data(0, ID_ROLE) == activity_id:
                self.agenda.setCurrentItem(item)
                return True
        return False

    def _agenda_current_changed(self, current, _previous) -> None:
        activity_id = current.data(0, ID_ROLE) if current is not None else None
        if activity_id is not None and any(a.id == activity_id for a in self.week_view.activities()):
            self.week_view.select(activity_id)
        self._update_complete_button()

    def _agenda_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        activity_id = item.data(0, ID_ROLE)
        if activity_id is not None:
            self.open_activity(activity_id)

    def _open_agenda_current(self) -> None:
        activity_id = self._agenda_current_id()
        if activity_id is not None:
            self.open_activity(activity_id)

    def _update_complete_button(self) -> None:
        item = self.agenda.currentItem()
        planned = item is not None and item.data(0, ID_ROLE) is not None and not item.text(1).startswith(DONE_MARK)
        self.complete_button.setEnabled(planned or self.week_view.selected_id() is not None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_once:  # back on the page: what changed meanwhile (client cards, settings) shows
            self.refresh()
        self._shown_once = True
        self.week_view.setFocus()
