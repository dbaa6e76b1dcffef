"""Complete an activity: the result, what came of it, and the next step, planned in the same OK.

The form comes from ui/complete_dialog.ui. The next step starts as the same
kind of activity with the same client, on the next working day at the same
time; one OK calls `competitors.complete_with_action(..., next_step=..., action=...)` (the activity's
completion, and the competitor action seen in it when that optional part is ticked), which checks
everything before it saves anything.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kamdesk.core.models.activity import KINDS
from kamdesk.core.services import activity as activity_service
from kamdesk.core.services import competitors as competitor_service
from kamdesk.gui.activity.activity_dialog import DEFAULT_MINUTES
from kamdesk.gui.activity.labels import kind_icon, kind_labels
from kamdesk.gui.activity.week_view import describe_when
from kamdesk.gui.competitor.action_box import CompetitorActionBox
from kamdesk.gui.forms.complete_dialog_ui import Ui_CompleteDialog
from kamdesk.gui.formatting import date_format
from kamdesk.gui.unsaved import UnsavedFields
from kamdesk.gui.widgets.field_errors import FieldErrors, prepare_error_labels
from kamdesk.gui.widgets.max_length import limit_line_edits

NEXT_STEP_FIELDS = ("kind", "client", "contact", "owner", "start", "end", "subject", "location")


def next_working_day(day: dt.date) -> dt.date:
    """The next day from Monday to Friday after `day`."""
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


class CompleteDialog(UnsavedFields, QDialog):
    """Log the result of one planned activity and, optionally, plan the follow-up.

    After OK, `follow_up_id` is the id of the activity planned as the next
    step (None when none was planned).
    """

    def __init__(self, activity_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CompleteDialog()
        self.ui.setupUi(self)
        limit_line_edits(self.ui, "activity", prefix="next_")
        self.setObjectName("complete_dialog")
        self.view = activity_service.get_view(activity_id)
        self.follow_up_id: int | None = None
        self._zone = activity_service.local_zone()
        prepare_error_labels(self)
        ui = self.ui
        self._field_errors = FieldErrors(  # the next step's messages under it, the outcome's under the form
            {"result": ui.result_error, "next": ui.next_error}, {"next": ui.next_date}, other=ui.form_error,
            field_of=lambda key: "next" if key in NEXT_STEP_FIELDS else key)
        self._duration_touched = False
        self._prepare()
        self._fill()
        self._duration_touched = False  # what _fill set is no choice of the user's
        self.ui.outcome.setFocus()

    @property
    def activity_id(self) -> int:
        return self.view.id

    # ------------------------------------------------------------ building
    def _prepare(self) -> None:
        ui = self.ui
        kinds = kind_labels()
        for code in KINDS:
            ui.next_kind.addItem(kind_icon(code), kinds.get(code, code), code)
        locale = QLocale()
        ui.next_date.setDisplayFormat(f"ddd {date_format(locale)}")
        ui.next_date.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        ui.next_time.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        ui.next_all_day.toggled.connect(self._all_day_toggled)
        ui.next_kind.currentIndexChanged.connect(self._kind_changed)
        ui.next_duration.valueChanged.connect(self._duration_set)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)
        self.competitor_action = CompetitorActionBox(self)
        ui.dialog_layout.insertWidget(ui.dialog_layout.indexOf(ui.next_step), self.competitor_action)
        self.setWindowTitle(self.tr("Complete activity"))

    def _fill(self) -> None:
        ui, view = self.ui, self.view
        kind = kind_labels().get(view.kind, view.kind)
        title = " — ".join(escape(p) for p in (kind, view.client_name) if p)
        lines = [f"<b>{title}</b>"] + [escape(p) for p in (view.subject, describe_when(view, "day_full"), view.contact_name) if p]
        ui.summary.setText("<br>".join(lines))
        ui.result_reached.setChecked(True)
        index = ui.next_kind.findData(view.kind)
        ui.next_kind.setCurrentIndex(max(0, index))
        day = next_working_day(max(view.start.date(), dt.datetime.now(self._zone).date()))
        ui.next_date.setDate(QDate(day.year, day.month, day.day))
        ui.next_time.setTime(QTime(view.start.hour, view.start.minute) if not view.all_day else QTime(9, 0))
        ui.next_duration.setValue(view.duration_minutes if not view.all_day else 30)
        ui.next_all_day.setChecked(view.all_day)
        self._all_day_toggled(view.all_day)
        ui.next_subject.setText(view.subject)

    def _kind_changed(self, *_args) -> None:
        """The next step's length follows its kind (a call after a 90-minute visit is 30), unless set by hand."""
        if not self._duration_touched:
            self.ui.next_duration.blockSignals(True)
            self.ui.next_duration.setValue(DEFAULT_MINUTES.get(self.ui.next_kind.currentData(), 30))
            self.ui.next_duration.blockSignals(False)

    def _duration_set(self, *_args) -> None:
        self._duration_touched = True

    def _all_day_toggled(self, on: bool) -> None:
        self.ui.next_time.setVisible(not on)
        self.ui.next_duration.setVisible(not on)

    # ------------------------------------------------------------ values
    def chosen_result(self) -> str:
        ui = self.ui
        for code, button in (("reached", ui.result_reached), ("not_reached", ui.result_not_reached),
                             ("moved", ui.result_moved)):
            if button.isChecked():
                return code
        return ""

    def next_step(self) -> dict | None:
        """The follow-up's values (client, contact and owner come from the activity), or None."""
        ui = self.ui
        if not ui.next_step.isChecked():
            return None
        day = ui.next_date.date().toPython()
        values = {"kind": ui.next_kind.currentData(), "subject": ui.next_subject.text().strip(),
                  "all_day": ui.next_all_day.isChecked()}
        if values["all_day"]:
            values["start"] = day
        else:
            values["start"] = dt.datetime.combine(day, ui.next_time.time().toPython(), self._zone)
            values["duration_minutes"] = ui.next_duration.value()
        return values

    # ------------------------------------------------------------ saving
    def accept(self) -> None:
        self._field_errors.clear()
        record_now = activity_service.is_ahead(self.view)
        if record_now and not self._record_now_agreed():
            return
        done, result = self._field_errors.attempt(self, lambda: competitor_service.complete_with_action(
            self.view.id, self.chosen_result(), self.ui.outcome.toPlainText(), next_step=self.next_step(),
            record_now=record_now, action=self.competitor_action.values()))
        if not done:
            return
        _activity, follow_up = result
        self.follow_up_id = follow_up.id if follow_up is not None else None
        super().accept()

    def _record_now_agreed(self) -> bool:
        """What is done has happened: an activity still to come is recorded as done now, if the user agrees."""
        answer = QMessageBox.question(
            self, self.tr("Complete activity"),
            self.tr("This activity is planned for %1. Record it as done now?").replace("%1", describe_when(self.view, "day_full")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes
