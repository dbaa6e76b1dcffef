"""Plan or change one activity: kind, client (found by typing), time, place, owner, repetition.

The form comes from ui/activity_dialog.ui. The dialog collects what the user
entered into the dict `activity.create_activity` / `update_activity` take and
shows the service's validation messages beside their fields; nothing typed
is lost when the service says no. Changing an occurrence of a series asks
whether the change is for that occurrence or the whole series
(`ask_scope`, also used by the calendar page for drag and drop and cancel).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from kamdesk.core.models.activity import KINDS
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import company as company_service
from kamdesk.core.services import party as party_service
from kamdesk.gui.activity.labels import kind_icon, kind_labels, result_labels, state_labels
from kamdesk.gui.forms.activity_dialog_ui import Ui_ActivityDialog
from kamdesk.gui.formatting import date_format
from kamdesk.gui.screen_fit import fit_to_screen
from kamdesk.gui.unsaved import DirtyFlag, settle
from kamdesk.gui.widgets.changed_meanwhile import LoadedVersions
from kamdesk.gui.widgets.client_picker import ClientPicker
from kamdesk.gui.widgets.dialogs import choose
from kamdesk.gui.widgets.field_errors import FieldErrors
from kamdesk.gui.widgets.max_length import limit_line_edits

# A sensible length for each kind when the user has not chosen one.
DEFAULT_MINUTES = {"call": 30, "visit": 90, "meeting": 60, "email": 15, "presentation": 120,
                   "negotiation": 60, "task": 30}
MONTH_WEEKS = (1, 2, 3, 4, -1)


# ---------------------------------------------------------------- this one or the whole series

def ask_scope(parent: QWidget | None, action: str = "change") -> str | None:
    """'this', 'series' or None (cancelled): what a change to an occurrence of a series is for.

    `action` is "change", "move" or "cancel" (cancelling the series cancels
    this occurrence and the ones after it).
    """
    translate = QCoreApplication.translate
    titles = {
        "change": translate("ActivityDialog", "Change a repeating activity"),
        "move": translate("ActivityDialog", "Move a repeating activity"),
        "cancel": translate("ActivityDialog", "Cancel a repeating activity"),
    }
    box = QMessageBox(QMessageBox.Icon.Question, titles.get(action, titles["change"]),
                      translate("ActivityDialog", "This activity is one of a series."), parent=parent)
    if action == "cancel":
        box.setInformativeText(translate("ActivityDialog", "Cancel only this one, or this one and all that follow?"))
        series_text = translate("ActivityDialog", "This and all &following")
    else:
        box.setInformativeText(translate("ActivityDialog", "Change only this one, or the whole series?"))
        series_text = translate("ActivityDialog", "The &whole series")
    this_button = box.addButton(translate("ActivityDialog", "&Only this one"), QMessageBox.ButtonRole.AcceptRole)
    series_button = box.addButton(series_text, QMessageBox.ButtonRole.AcceptRole)
    return choose(box, {this_button: "this", series_button: "series"}, this_button)


# ---------------------------------------------------------------- the dialog

class ActivityDialog(DirtyFlag, QDialog):
    """Plan a new activity (`activity_id=None`) or change one; read-only once done or cancelled.

    After a successful save, `saved` is emitted with the activity's id (the
    first occurrence for a new series) and the dialog closes; `client_ids`
    then names the clients whose contact dates may have changed.
    """

    saved = Signal(int)

    def __init__(self, activity_id: int | None = None, parent: QWidget | None = None, *,
                 start: dt.datetime | dt.date | None = None, all_day: bool = False, client_id: int | None = None,
                 kind: str = "call", owner_id: int | None = None, subject: str = ""):
        super().__init__(parent)
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "activity")
        self.setObjectName("activity_dialog")
        self._activity_id = activity_id
        self._zone = activity_service.local_zone()
        self._series_id: int | None = None
        self._series_recurrence: activity_service.Recurrence | None = None
        self._open = True  # planned: it can still be changed
        self._loading = True
        self._dirty = False
        self._duration_touched = activity_id is not None
        self._end_before_start = False
        self.client_ids: set[int] = set()
        self._versions = LoadedVersions(self._show_stored)
        self.client = ClientPicker(self.ui.client, self._client_changed)
        ui = self.ui
        self._field_errors = FieldErrors.of_form(self, {
            "kind": ui.kind, "client": ui.client, "contact": ui.contact, "subject": ui.subject, "start": ui.date,
            "end": ui.end_time, "location": ui.location, "owner": ui.owner, "recurrence": ui.repeat})
        self._prepare_widgets()
        if activity_id is None:
            self._fill_new(start, all_day, client_id, kind, owner_id)
            self.ui.subject.setText(subject)  # proposed (the Collection page's): not a change of the user's
        else:
            self._load(activity_id)
        self._connect()
        self._loading = False
        self._update_recurrence_rows()
        self._update_title()
        self._set_dirty(False)
        fit_to_screen(self, max(600, self.sizeHint().width()), self.sizeHint().height())
        (self.ui.client if activity_id is None and client_id is None else self.ui.subject).setFocus()

    # ------------------------------------------------------------ public API
    @property
    def activity_id(self) -> int | None:
        return self._activity_id

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict:
        """What the user entered, in the form `create_activity` / `update_activity` take."""
        ui = self.ui
        day = ui.date.date().toPython()
        values = {"kind": ui.kind.currentData(), "client_id": self.client.client_id,
                  "contact_id": ui.contact.currentData(), "subject": ui.subject.text().strip(),
                  "location": ui.location.text().strip(), "owner_id": ui.owner.currentData(),
                  "all_day": ui.all_day.isChecked()}
        if ui.all_day.isChecked():
            values["start"] = day
        else:
            start = dt.datetime.combine(day, ui.start_time.time().toPython(), self._zone)
            values["start"] = start
            if self._end_before_start:
                values["end"] = dt.datetime.combine(day, ui.end_time.time().toPython(), self._zone)
            else:
                values["duration_minutes"] = ui.duration.value()
        return values

    def recurrence(self) -> activity_service.Recurrence | None:
        """The repetition chosen (None: it does not repeat)."""
        ui = self.ui
        freq = ui.repeat.currentData()
        if not freq:
            return None
        weekdays: tuple[int, ...] = ()
        month_week = None
        if freq == "weekly":
            weekdays = tuple(d for d in range(7) if getattr(ui, f"weekday_{d}").isChecked())
        elif freq == "monthly" and ui.month_by.currentData() == "weekday":
            month_week = ui.month_week.currentData()
            weekdays = (ui.month_weekday.currentData(),)
        until = ui.until.date().toPython() if ui.ends_until.isChecked() else None
        count = ui.count.value() if ui.ends_count.isChecked() else None
        return activity_service.Recurrence(freq=freq, interval=ui.interval.value(), weekdays=weekdays,
                                           month_week=month_week, until=until, count=count)

    def save(self) -> bool:
        """Save and close (Ctrl+S, Save); False when the service said no (the messages are shown)."""
        if not self._open:
            return False
        self._field_errors.clear()
        values = self.values()

        def save_values():
            values["row_version"] = self._versions.get("activity", self._activity_id)  # anew after Overwrite
            return (activity_service.create_activity(values, recurrence=self.recurrence()) if self._activity_id is None
                    else self._update(values))

        saved, activity = self._field_errors.attempt(self, save_values, self._versions)
        if not saved or activity is None:
            return False  # refused, or the user cancelled the this-or-series question
        self.client_ids |= {c for c in (values.get("client_id"), activity.client_id) if c}
        self._activity_id = activity.id
        self._set_dirty(False)
        self.saved.emit(activity.id)
        super().accept()
        return True

    def _update(self, values: dict):
        recurrence = self.recurrence()
        if self._series_id is None and recurrence is not None:  # a single activity starts repeating
            return activity_service.update_activity(self._activity_id, values, recurrence=recurrence)
        recurrence_changed = self._series_id is not None and recurrence != self._series_recurrence
        scope = "this"
        if self._series_id is not None:
            # a new rule is for the series; any other change asks
            scope = "series" if recurrence_changed else ask_scope(self, "change")
            if scope is None:
                return None
        old_client = activity_service.get_activity(self._activity_id).client_id
        if old_client:
            self.client_ids.add(old_client)
        return activity_service.update_activity(self._activity_id, values, scope=scope,
                                                recurrence=recurrence if scope == "series" and recurrence_changed
                                                else None)

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Escape, Cancel and the close button: ask before unsaved changes are lost."""
        if settle(self) and self.result() != QDialog.DialogCode.Accepted:  # Save closes the dialog itself
            super().reject()

    # ------------------------------------------------------------ UnsavedChanges
    def has_unsaved_changes(self) -> bool:
        return self._dirty and self._open

    def unsaved_question(self) -> str:
        return self.tr("Save the changes to the activity?")

    # ------------------------------------------------------------ setting up
    def _prepare_widgets(self) -> None:
        ui = self.ui
        kinds = kind_labels()
        for code in KINDS:
            ui.kind.addItem(kind_icon(code), kinds.get(code, code), code)
        for manager in company_service.list_managers(active_only=True):
            ui.owner.addItem(manager.name, manager.id)
        locale = QLocale()
        ui.date.setDisplayFormat(f"ddd {date_format(locale)}")
        ui.date.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        ui.until.setDisplayFormat(date_format(locale))
        ui.until.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
        for edit in (ui.start_time, ui.end_time):
            edit.setDisplayFormat(time_format)
        ui.duration.setAccelerated(True)
        ui.repeat.addItem(self.tr("Does not repeat"), "")
        ui.repeat.addItem(self.tr("Daily"), "daily")
        ui.repeat.addItem(self.tr("Weekly"), "weekly")
        ui.repeat.addItem(self.tr("Monthly"), "monthly")
        for day in range(7):
            box = getattr(ui, f"weekday_{day}")
            box.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            ui.month_weekday.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
        ui.month_by.addItem("", "day")  # "On day 30": the text follows the date
        ui.month_by.addItem(self.tr("On the"), "weekday")
        for week, text in zip(MONTH_WEEKS, (self.tr("first"), self.tr("second"), self.tr("third"),
                                            self.tr("fourth"), self.tr("last")), strict=True):
            ui.month_week.addItem(text, week)
        ui.count.setValue(10)
        ui.series_note.setStyleSheet("color: #555;")
        ui.series_note.hide()
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(self.tr("Save (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self._client_changed(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.all_day.toggled.connect(self._all_day_toggled)
        ui.start_time.timeChanged.connect(self._start_changed)
        ui.end_time.timeChanged.connect(self._end_changed)
        ui.duration.valueChanged.connect(self._duration_changed)
        ui.date.dateChanged.connect(self._date_changed)
        ui.repeat.currentIndexChanged.connect(self._update_recurrence_rows)
        ui.interval.valueChanged.connect(self._update_recurrence_rows)
        ui.month_by.currentIndexChanged.connect(self._update_recurrence_rows)
        for signal in (ui.subject.textChanged, ui.location.textChanged, ui.client.textChanged,
                       ui.contact.currentIndexChanged, ui.owner.currentIndexChanged, ui.kind.currentIndexChanged,
                       ui.all_day.toggled, ui.start_time.timeChanged, ui.end_time.timeChanged,
                       ui.duration.valueChanged, ui.date.dateChanged, ui.repeat.currentIndexChanged,
                       ui.interval.valueChanged, ui.month_by.currentIndexChanged, ui.month_week.currentIndexChanged,
                       ui.month_weekday.currentIndexChanged, ui.ends_until.toggled, ui.count.valueChanged,
                       ui.until.dateChanged, *[getattr(ui, f"weekday_{d}").toggled for d in range(7)]):
            signal.connect(self._changed)
        ui.ends_until.toggled.connect(self._update_recurrence_rows)
        ui.ends_count.toggled.connect(self._update_recurrence_rows)
        for field, signals in self._field_signals().items():
            label = getattr(ui, f"{field}_error")
            for signal in signals:
                signal.connect(lambda *_args, label=label: (label.clear(), label.hide()))

    def _field_signals(self) -> dict[str, list]:
        """The signals that change each field's value: a field's error goes as soon as the user changes it."""
        ui = self.ui
        when = [ui.date.dateChanged, ui.start_time.timeChanged, ui.all_day.toggled]
        return {
            "kind": [ui.kind.currentIndexChanged], "client": [ui.client.textChanged],
            "contact": [ui.contact.currentIndexChanged], "subject": [ui.subject.textChanged],
            "location": [ui.location.textChanged], "owner": [ui.owner.currentIndexChanged],
            "start": when, "end": [*when, ui.end_time.timeChanged, ui.duration.valueChanged],
            "recurrence": [ui.date.dateChanged, ui.repeat.currentIndexChanged, ui.interval.valueChanged,
                           ui.month_by.currentIndexChanged, ui.month_week.currentIndexChanged,
                           ui.month_weekday.currentIndexChanged, ui.ends_until.toggled, ui.ends_count.toggled,
                           ui.count.valueChanged, ui.until.dateChanged,
                           *[getattr(ui, f"weekday_{d}").toggled for d in range(7)]],
        }

    # ------------------------------------------------------------ filling
    def _fill_new(self, start, all_day: bool, client_id: int | None, kind: str, owner_id: int | None) -> None:
        ui = self.ui
        self._select(ui.kind, kind if kind in KINDS else "call")
        if owner_id is None:
            manager = company_service.current_manager()
            owner_id = manager.id if manager else None
        self._select(ui.owner, owner_id)
        if start is None:
            now = dt.datetime.now(self._zone)
            start = (now + dt.timedelta(minutes=30 - now.minute % 30)).replace(second=0, microsecond=0)
        if isinstance(start, dt.datetime):
            local = start.astimezone(self._zone) if start.tzinfo else start
            day, time = local.date(), local.time()
        else:
            day, time = start, dt.time(9, 0)
            all_day = True
        ui.date.setDate(QDate(day.year, day.month, day.day))
        ui.start_time.setTime(QTime(time.hour, time.minute))
        ui.duration.setValue(DEFAULT_MINUTES.get(ui.kind.currentData(), 30))
        self._sync_end()
        ui.all_day.setChecked(all_day)
        self._all_day_toggled(all_day)
        self._default_recurrence(day)
        if client_id:
            client = party_service.get_client(client_id)
            self.client.set_client(client.id, client.name)

    def _load(self, activity_id: int) -> None:
        ui = self.ui
        activity = activity_service.get_activity(activity_id)
        self._versions.remember(activity)
        view = activity_service.get_view(activity_id)
        values = activity_service.current_values(activity)
        self._open = activity_service.is_open(view)
        self._select(ui.kind, view.kind)
        if view.owner_id is not None and ui.owner.findData(view.owner_id) < 0:
            ui.owner.addItem(view.owner_name, view.owner_id)  # no longer active: shown, kept
        self._select(ui.owner, view.owner_id)
        if view.client_id:
            self.client.set_client(view.client_id, view.client_name)
        self._select(ui.contact, activity.contact_id)
        ui.subject.setText(view.subject)
        ui.location.setText(view.location)
        start = values["start"]
        day = start.date() if isinstance(start, dt.datetime) else start
        ui.date.setDate(QDate(day.year, day.month, day.day))
        if not view.all_day:
            ui.start_time.setTime(QTime(start.hour, start.minute))
            ui.duration.setValue(view.duration_minutes)
        else:
            ui.start_time.setTime(QTime(9, 0))
            ui.duration.setValue(DEFAULT_MINUTES.get(view.kind, 30))
        self._sync_end()
        ui.all_day.setChecked(view.all_day)
        self._all_day_toggled(view.all_day)
        self._default_recurrence(day)
        self._series_id = view.series_id
        if view.series_id:
            self._series_recurrence = activity_service.series_recurrence(view.series_id)
            self._fill_recurrence(self._series_recurrence)
            ui.series_note.setText(self.tr("This is one occurrence of a repeating series. Saving asks whether the "
                                           "change is for this one or for the whole series; a new repetition "
                                           "applies to the whole series."))
            ui.series_note.show()
            ui.repeat.model().item(0).setEnabled(False)  # a series ends by cancelling the rest of it
        if not activity_service.is_open(view):
            self._make_read_only(view)

    def _show_stored(self) -> None:
        """Show the activity as stored, dropping what was typed (Reload after someone else saved it)."""
        self._loading = True
        try:
            self._load(self._activity_id)
        finally:
            self._loading = False
        self._set_dirty(False)

    def _make_read_only(self, view) -> None:
        ui = self.ui
        for widget in (ui.kind, ui.client, ui.contact, ui.subject, ui.date, ui.start_time, ui.end_time,
                       ui.duration, ui.all_day, ui.location, ui.owner, ui.recurrence_group):
            widget.setEnabled(False)
        state = state_labels().get(view.state, view.state)
        text = state
        if view.result:
            text += " — " + result_labels().get(view.result, view.result)
        if view.outcome:
            text += "\n" + view.outcome
        ui.series_note.setText(text)
        ui.series_note.show()
        ui.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _default_recurrence(self, day: dt.date) -> None:
        ui = self.ui
        for d in range(7):
            getattr(ui, f"weekday_{d}").setChecked(d == day.weekday())
        nth = (day.day - 1) // 7 + 1
        self._select(ui.month_week, -1 if nth == 5 else nth)
        self._select(ui.month_weekday, day.weekday())
        ui.until.setDate(QDate(day.year, day.month, day.day).addMonths(3))

    def _fill_recurrence(self, rule: activity_service.Recurrence) -> None:
        ui = self.ui
        self._select(ui.repeat, rule.freq)
        ui.interval.setValue(rule.interval)
        if rule.freq == "weekly":
            for d in range(7):
                getattr(ui, f"weekday_{d}").setChecked(d in rule.weekdays)
        if rule.freq == "monthly" and rule.month_week:
            self._select(ui.month_by, "weekday")
            self._select(ui.month_week, rule.month_week)
            if rule.weekdays:
                self._select(ui.month_weekday, rule.weekdays[0])
        if rule.until:
            ui.ends_until.setChecked(True)
            ui.until.setDate(QDate(rule.until.year, rule.until.month, rule.until.day))
        else:
            ui.ends_count.setChecked(True)
            ui.count.setValue(rule.count or 10)

    @staticmethod
    def _select(combo, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # ------------------------------------------------------------ reacting
    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.setWindowModified(dirty)

    def _update_title(self) -> None:
        if self._activity_id is None:
            title = self.tr("New activity")
        else:
            title = self.tr("Activity")
        self.setWindowTitle(title + "[*]")

    def _client_changed(self, client_id: int | None) -> None:
        ui = self.ui
        current = ui.contact.currentData()
        ui.contact.clear()
        ui.contact.addItem(self.tr("(no contact)"), None)
        if client_id:
            contacts = party_service.client_contacts(client_id)
            for contact in contacts:
                text = contact.name + (f" — {contact.position}" if contact.position else "")
                ui.contact.addItem(text, contact.id)
            self._select(ui.contact, current)
            loading_saved = self._loading and self._activity_id is not None  # its own contact, or none, stands
            if ui.contact.currentData() is None and not loading_saved:
                self._select(ui.contact, next((c.id for c in contacts if c.is_primary), None))
        ui.contact.setEnabled(bool(client_id) and self._open)
        self._fill_location()

    def _kind_changed(self, *_args) -> None:
        if not self._duration_touched and not self._loading:
            self.ui.duration.blockSignals(True)
            self.ui.duration.setValue(DEFAULT_MINUTES.get(self.ui.kind.currentData(), 30))
            self.ui.duration.blockSignals(False)
            self._sync_end()
        self._fill_location()

    def _fill_location(self) -> None:
        """A visit goes to the client's delivery address unless a place is given (as the core does on save)."""
        ui = self.ui
        if self._loading and self._activity_id is not None:
            return
        if ui.kind.currentData() == "visit" and self.client.client_id and not ui.location.text().strip():
            client = party_service.get_client(self.client.client_id)
            ui.location.setText(activity_service.delivery_address(client))

    def _all_day_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.start_time, ui.end_time, ui.duration, ui.to_label):
            widget.setVisible(not on)

    def _sync_end(self) -> None:
        ui = self.ui
        end = ui.start_time.time().addSecs(ui.duration.value() * 60)
        ui.end_time.blockSignals(True)
        ui.end_time.setTime(end)
        ui.end_time.blockSignals(False)
        self._end_before_start = False

    def _start_changed(self, *_args) -> None:
        self._sync_end()  # the length stays, the end moves

    def _duration_changed(self, *_args) -> None:
        if not self._loading:
            self._duration_touched = True
        self._sync_end()

    def _end_changed(self, end: QTime) -> None:
        ui = self.ui
        start = ui.start_time.time()
        minutes = start.secsTo(end) // 60
        if end == QTime(0, 0) and start != QTime(0, 0):
            minutes = 24 * 60 - (start.hour() * 60 + start.minute())  # until midnight
        if minutes <= 0:
            self._end_before_start = True  # the service says so on save, nothing is changed here
            return
        self._end_before_start = False
        self._duration_touched = True
        ui.duration.blockSignals(True)
        ui.duration.setValue(minutes)
        ui.duration.blockSignals(False)

    def _date_changed(self, *_args) -> None:
        if self._series_id is None and not self._loading:
            self._default_recurrence(self.ui.date.date().toPython())
        self._update_recurrence_rows()

    def _update_recurrence_rows(self, *_args) -> None:
        ui = self.ui
        freq = ui.repeat.currentData()
        repeating = bool(freq)
        for widget in (ui.every_label, ui.interval, ui.interval_unit, ui.ends_row):
            widget.setVisible(repeating)
        ui.weekly_row.setVisible(freq == "weekly")
        ui.monthly_row.setVisible(freq == "monthly")
        units = {"daily": self.tr("day(s)"), "weekly": self.tr("week(s)"), "monthly": self.tr("month(s)")}
        ui.interval_unit.setText(units.get(freq, ""))
        day = ui.date.date().day()
        ui.month_by.setItemText(0, self.tr("On day %1").replace("%1", str(day)))
        by_weekday = ui.month_by.currentData() == "weekday"
        ui.month_week.setVisible(by_weekday)
        ui.month_weekday.setVisible(by_weekday)
        ui.until.setEnabled(ui.ends_until.isChecked())
        ui.count.setEnabled(ui.ends_count.isChecked())

