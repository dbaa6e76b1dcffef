"""The week view on its own: layout, mouse, keyboard and painting, with activities made in memory."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from kamdesk.core.services.activity import ActivityView
from kamdesk.gui.activity.week_view import WeekView

ZONE = ZoneInfo("Europe/Budapest")
MONDAY = dt.date(2026, 11, 30)  # 2026-W49
NOW = dt.datetime(2026, 12, 2, 10, 37, tzinfo=ZONE)  # Wednesday of that week


def view(id_, day, hour, minute=0, minutes=30, kind="call", state="planned", all_day=False, overdue=False,
         client="Kovács és Társa Kft.", subject="Árajánlat", start_day=MONDAY):
    start = dt.datetime.combine(start_day + dt.timedelta(days=day), dt.time(hour, minute), ZONE)
    end = start + (dt.timedelta(days=1) if all_day else dt.timedelta(minutes=minutes))
    return ActivityView(id=id_, uid=f"{id_}@test", kind=kind, state=state, subject=subject, start=start, end=end,
                        all_day=all_day, client_id=1, client_name=client, contact_name="", owner_id=1,
                        owner_name="Kiss Anna", location="", overdue=overdue)


@pytest.fixture
def week(qtbot):
    widget = WeekView(zone=ZONE)
    widget.set_now_function(lambda: NOW)
    widget.set_working_hours(8, 18)
    widget.set_week(MONDAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def centre(rect: QRectF) -> QPoint:
    return rect.center().toPoint()


def test_it_opens_on_the_working_hours_and_scrolls_to_the_rest(week):
    assert week.top_hour() == pytest.approx(8, abs=0.05)
    assert week.point_at(0, 18).y() == pytest.approx(week.height(), abs=2)  # 8–18 fill the view
    week.scroll_bar.setValue(week.scroll_bar.maximum())
    assert week.point_at(0, 24).y() == pytest.approx(week.height(), abs=2)  # midnight at the bottom
    week.scroll_bar.setValue(0)
    assert week.top_hour() == 0


def test_focus_and_accessibility(week):
    assert week.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert week.accessibleName() == "Week calendar"


def test_overlapping_blocks_stand_side_by_side_and_cancelled_ones_are_hidden(week):
    week.set_activities([view(1, 0, 9, minutes=60), view(2, 0, 9, 30, minutes=60), view(3, 0, 10, 30),
                         view(4, 1, 9, state="cancelled")])
    first, second, third = (week.block_rect(i) for i in (1, 2, 3))
    assert not first.intersects(second)
    assert first.width() == pytest.approx(second.width()) and first.left() < second.left()
    assert third.left() == first.left()  # 10:30 starts after the first one ends: back in the first lane
    assert week.block_rect(4) is None
    assert first.top() == pytest.approx(week.point_at(0, 9).y(), abs=2)
    assert first.bottom() == pytest.approx(week.point_at(0, 10).y(), abs=2)


def test_double_click_on_an_empty_slot_asks_to_create_there(qtbot, week):
    created = []
    week.create_requested.connect(lambda start, all_day: created.append((start, all_day)))
    point = week.point_at(2, 14, 20)  # Wednesday 14:20 -> 14:15
    qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=point)
    assert created == [(dt.datetime(2026, 12, 2, 14, 15, tzinfo=ZONE), False)]
    qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=week.all_day_point(4))
    assert created[-1] == (dt.datetime(2026, 12, 4, 0, 0, tzinfo=ZONE), True)


def test_double_click_on_a_block_opens_it(qtbot, week):
    week.set_activities([view(7, 3, 11)])
    opened = []
    week.open_requested.connect(opened.append)
    qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=centre(week.block_rect(7)))
    assert opened == [7] and week.selected_id() == 7


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    steps = 6
    for n in range(1, steps + 1):
        point = start + (end - start) * (n / steps)
        qtbot.mouseMove(widget, QPoint(int(point.x()), int(point.y())))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_block_asks_to_move_it_snapped_to_a_quarter_hour(qtbot, week):
    week.set_activities([view(5, 0, 9, minutes=45)])
    moves = []
    week.move_requested.connect(lambda *args: moves.append(args))
    rect = week.block_rect(5)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 6)
    target = week.point_at(3, 14, 7) + QPoint(0, 6)  # Thursday ~14:07 -> 14:00
    drag(qtbot, week, grab, target)
    assert moves == [(5, dt.datetime(2026, 12, 3, 14, 0, tzinfo=ZONE), 45)]


def test_dragging_the_lower_edge_changes_the_length(qtbot, week):
    week.set_activities([view(6, 1, 10, minutes=30)])
    moves = []
    week.move_requested.connect(lambda *args: moves.append(args))
    rect = week.block_rect(6)
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 1)
    drag(qtbot, week, edge, week.point_at(1, 11, 32))  # ends ~11:30
    assert moves == [(6, dt.datetime(2026, 12, 1, 10, 0, tzinfo=ZONE), 90)]


def test_an_all_day_block_drags_to_another_day(qtbot, week):
    week.set_activities([view(8, 0, 0, all_day=True, kind="task")])
    moves = []
    week.move_requested.connect(lambda *args: moves.append(args))
    drag(qtbot, week, centre(week.block_rect(8)), week.all_day_point(2))
    assert moves and moves[0][:2] == (8, dt.datetime(2026, 12, 2, 0, 0, tzinfo=ZONE))


def test_a_done_block_does_not_move(qtbot, week):
    week.set_activities([view(9, 0, 9, state="done")])
    moves = []
    week.move_requested.connect(lambda *args: moves.append(args))
    drag(qtbot, week, centre(week.block_rect(9)), week.point_at(2, 15))
    assert moves == []


def test_keyboard_weeks_today_arrows_enter_and_delete(qtbot, week):
    week.set_activities([view(1, 0, 9), view(2, 0, 11), view(3, 2, 10), view(4, 2, 16), view(5, 5, 0, all_day=True)])
    signals = []
    week.week_change_requested.connect(lambda delta: signals.append(("week", delta)))
    week.today_requested.connect(lambda: signals.append(("today",)))
    week.open_requested.connect(lambda i: signals.append(("open", i)))
    week.cancel_requested.connect(lambda i: signals.append(("cancel", i)))
    week.setFocus()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_T):
        qtbot.keyClick(week, key)
    assert signals == [("week", 1), ("week", -1), ("today",)]
    qtbot.keyClick(week, Qt.Key.Key_Right)  # nothing selected: the first of today (Wednesday)
    assert week.selected_id() == 3
    qtbot.keyClick(week, Qt.Key.Key_Down)
    assert week.selected_id() == 4
    qtbot.keyClick(week, Qt.Key.Key_Left)  # Monday, nearest in time to 16:00
    assert week.selected_id() == 2
    qtbot.keyClick(week, Qt.Key.Key_Up)
    assert week.selected_id() == 1
    qtbot.keyClick(week, Qt.Key.Key_Right)
    qtbot.keyClick(week, Qt.Key.Key_Right)  # skips the empty days to Saturday
    assert week.selected_id() == 5
    qtbot.keyClick(week, Qt.Key.Key_Return)
    qtbot.keyClick(week, Qt.Key.Key_Delete)
    assert signals[-2:] == [("open", 5), ("cancel", 5)]


def test_select_scrolls_the_block_into_view(week):
    week.set_activities([view(1, 0, 21)])
    assert week.block_rect(1).top() > week.height()
    week.select(1)
    rect = week.block_rect(1)
    assert week.week_layout.hours_top <= rect.top() and rect.bottom() <= week.height()


def test_summer_time_week_shows_wall_clock_times(qtbot, week):
    monday = dt.date(2026, 10, 19)  # the week ending with the change to winter time (Sunday 25 October)
    week.set_week(monday)
    week.set_activities([view(1, 6, 9, start_day=monday), view(2, 0, 9, start_day=monday)])
    assert week.block_rect(1).top() == pytest.approx(week.block_rect(2).top())
    assert week.block_rect(1).top() == pytest.approx(week.point_at(6, 9).y(), abs=2)


def test_paints_blocks_in_kind_colours_with_the_now_line(week):
    week.set_activities([view(1, 2, 9, kind="visit", minutes=90), view(2, 0, 9, overdue=True)])
    image = week.grab().toImage()
    rect = week.block_rect(1)
    inside = QColor(image.pixel(int(rect.left()) + 2, int(rect.center().y())))  # the kind's bar
    assert inside == QColor("#e67e22")
    y = week.point_at(2, 10, 37).y()
    x = int(week.point_at(2, 10).x())
    assert QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).green() < 100  # the red now line


def test_render_week_draws_the_same_week_on_a_page(week):
    week.set_activities([view(1, 2, 7, kind="meeting", minutes=60), view(2, 4, 19, kind="visit")])
    image = QImage(1754, 1240, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    week.render_week(painter, QRectF(0, 0, 1754, 1240), "Kiss Anna — 2026-W49")
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 1754, 5) for y in range(0, 1240, 5)}
    assert QColor("#8e44ad").rgb() in colours and QColor("#e67e22").rgb() in colours  # 7:00 and 19:00 stretched in


def test_only_changed_days_are_laid_out_again_and_lanes_follow(week):
    week.set_activities([view(1, 0, 9, minutes=60), view(2, 0, 9, 30), view(3, 4, 9)])
    untouched = week.week_layout.day_blocks[4]
    assert week.block_rect(1).width() < week.week_layout.column_width / 2 + 1
    week.set_activities([view(1, 0, 9, minutes=60), view(2, 2, 9, 30), view(3, 4, 9)])  # 2 dropped on Wednesday
    assert week.week_layout.day_blocks[4] is untouched
    assert week.block_rect(1).width() > week.week_layout.column_width - 6  # alone on Monday: the full width
    assert week.block_rect(2).left() > week.point_at(2, 9).x() - week.week_layout.column_width / 2
    week.forget_layout()
    week.set_activities(week.activities())
    assert week.week_layout.day_blocks[4] is not untouched
