"""Saving the shown week as the printed PDF (reportlab), in the user's language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk.core.documents.week_layout import KIND_LABELS
from kamdesk.core.documents.week_pdf import WeekDocument, WeekLabels, write_week_pdf
from kamdesk.core.errors import KamdeskError
from kamdesk.core.messages import Message
from kamdesk.core.services import activity as activity_service
from kamdesk.gui.activity.week_view import format_day
from kamdesk.gui.errors import show_error
from kamdesk.gui.formatting import format_moment
from kamdesk.gui.messages import translated

translate = QCoreApplication.translate


def week_document(monday: dt.date, flt: activity_service.ActivityFilter | None, owner_name: str,
                  today: dt.date) -> WeekDocument:
    """The week as the PDF prints it, with the reader's day names, dates and words."""
    days = [monday + dt.timedelta(days=n) for n in range(7)]
    sunday = days[-1]
    year, number, _ = monday.isocalendar()
    views = activity_service.week_activities(monday, flt) if flt is not None else []
    title = (translate("WeekPdf", "Week plan — %1").replace("%1", owner_name) if owner_name
             else translate("WeekPdf", "Week plan"))
    printed = translate("WeekPdf", "Printed on %1").replace("%1", format_moment(dt.datetime.now().astimezone()))
    return WeekDocument(
        title=title, week_label=f"{year}-W{number:02d}", monday=monday,
        day_headers=[format_day(day, "day_short") for day in days], activities=views,
        working_hours=activity_service.working_hours(), printed_on=printed,
        date_range=f"{format_day(monday, 'date_long')} – {format_day(sunday, 'date_long_year')}",
        today=today, labels=translated_labels())


def week_documents(monday: dt.date, flt: activity_service.ActivityFilter | None,
                   owners: Sequence[tuple[int, str]], today: dt.date) -> list[WeekDocument]:
    """One document per owner (id, name), each with only that owner's activities: the whole team prints one
    manager after another, never all in one grid."""
    return [week_document(monday, dataclasses.replace(flt, owner_ids=(owner_id,)) if flt is not None else None,
                          name, today)
            for owner_id, name in owners]


def translated_labels() -> WeekLabels:
    """The PDF's words in the user's language; the templates keep their {placeholders}."""
    english = WeekLabels()
    words = {field.name: _template(getattr(english, field.name))
             for field in dataclasses.fields(WeekLabels) if field.name != "kinds"}
    return WeekLabels(**words, kinds={kind: translated(label) for kind, label in KIND_LABELS.items()})


def _template(message: Message) -> str:
    return translate("Messages", message.template)


def save_week_pdf(parent: QWidget, monday: dt.date, flt, owners: Sequence[tuple[int, str]],
                  today: dt.date) -> str | None:
    """Ask where to and write the week's PDF, each owner's (id, name) week from a new page; the path written,
    or None."""
    year, number, _ = monday.isocalendar()
    path, _ = QFileDialog.getSaveFileName(parent, translate("WeekPdf", "Save the week as PDF"),
                                          f"week-{year}-W{number:02d}.pdf", translate("WeekPdf", "PDF (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        write_week_pdf(path, *week_documents(monday, flt, owners, today))
    except OSError as error:
        show_error(parent, KamdeskError(Message("Cannot write {file}: {reason}", file=path,
                                                reason=error.strerror or str(error))))
        return None
    return path
