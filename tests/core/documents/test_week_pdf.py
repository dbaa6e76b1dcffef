"""The printed week: read back with pypdf (text, fonts, page size) and the lane layout it shares with the screen."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4

from kamdesk.core.documents.week_layout import KIND_COLOURS, lanes
from kamdesk.core.documents.week_pdf import WeekDocument, WeekLabels, ellipsized, hour_range, write_week_pdf
from kamdesk.core.services.activity import ActivityView

BUD = ZoneInfo("Europe/Budapest")
MONDAY = dt.date(2026, 11, 30)
NAMES = ["Őrségi Pékáru Kft.", "Čokoládovna Třebíč", "Łódzkie Młyny", "Иван Трейд ООО"]


def view(n, day, hour, minutes=60, client="Őrségi Pékáru Kft.", subject="", kind="call", state="planned",
         all_day=False, overdue=False, minute=0) -> ActivityView:
    start = dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute), BUD)
    end = start + (dt.timedelta(days=1) if all_day else dt.timedelta(minutes=minutes))
    return ActivityView(id=n, uid=f"{n}@test", kind=kind, state=state, subject=subject, start=start, end=end,
                        all_day=all_day, client_id=n, client_name=client, contact_name="", owner_id=1,
                        owner_name="Kiss Anna", location="", overdue=overdue)


def document(activities, **changes) -> WeekDocument:
    values = dict(title="Week plan — Kiss Anna", week_label="2026-W49", monday=MONDAY,
                  day_headers=[f"{(MONDAY + dt.timedelta(days=n)):%a %d %b}" for n in range(7)],
                  activities=activities, working_hours=(8, 18), printed_on="Printed on 2026-11-29 10:15")
    values.update(changes)
    return WeekDocument(**values)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def week_pdf(tmp_path):
    activities = [view(n, day=n, hour=9 + n, minutes=120, client=name, subject=f"Subject {n}")
                  for n, name in enumerate(NAMES)]
    activities += [
        view(10, 4, 10, subject="Kept", state="done"),
        view(11, 4, 13, subject="Dropped", state="cancelled"),
        view(12, 0, 15, client="Késésben Bt.", overdue=True),
        view(13, 5, 0, client="", kind="task", subject="Heti jelentés", all_day=True),
    ]
    path = tmp_path / "week.pdf"
    write_week_pdf(path, document(activities))
    return path


def test_names_in_every_script_are_printed_exactly(week_pdf):
    text = text_of(week_pdf)
    for name in NAMES:
        assert name in text
    assert "Week plan — Kiss Anna" in text and "Week 49" in text and "2026-W49" in text
    assert "Mon 30 Nov" in text and "Sun 06 Dec" in text
    assert "Printed on 2026-11-29 10:15" in text and "Page 1 of 1" in text
    assert "09:00–11:00" in text and "Subject 0" in text


def test_done_is_marked_cancelled_left_out_overdue_marked(week_pdf):
    text = text_of(week_pdf)
    assert "✓ Őrségi Pékáru Kft." in text and "Kept" in text
    assert "Dropped" not in text
    assert "⚠ Késésben Bt." in text
    assert "Task — Heti jelentés" in text  # all day, no client: the kind stands in


def test_every_font_is_embedded_and_the_page_is_a4_landscape(week_pdf):
    reader = PdfReader(week_pdf)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width, 1), round(height, 1)) == (round(A4[1], 1), round(A4[0], 1))
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
        assert "DejaVuSans" in font["/BaseFont"]


def test_hours_stretch_to_take_in_early_and_late_activities(tmp_path):
    path = tmp_path / "long.pdf"
    write_week_pdf(path, document([view(1, 0, 6, minute=30), view(2, 2, 19, minutes=90)]))
    text = text_of(path)
    assert "06:00" in text and "20:00" in text and "21:00" not in text
    assert hour_range([view(1, 0, 6, minute=30), view(2, 2, 19, minutes=90)], (8, 18)) == (6, 21)
    assert hour_range([view(1, 0, 23, minutes=120)], (8, 18)) == (8, 24)  # past midnight: cut at 24:00
    assert hour_range([], (8, 18)) == (8, 18)


def test_the_labels_come_from_the_caller(tmp_path):
    path = tmp_path / "hu.pdf"
    labels = WeekLabels(week="{number}. hét", all_day="Egész nap", page="{page}/{pages}. oldal",
                        more="+{count} további", done="kész", overdue="késés", kinds={"call": "Hívás"})
    many = [view(n, 3, 0, client=f"Ügyfél {n}", all_day=True) for n in range(5)]
    write_week_pdf(path, document(many + [view(9, 1, 10, client="")], labels=labels,
                                  day_headers=["H", "K", "Sze", "Cs", "P", "Szo", "V"]))
    grid, rest = (page.extract_text() for page in PdfReader(path).pages)
    assert "49. hét" in grid and "1/2. oldal" in grid
    assert re.search(r"Egész\n\s*nap", grid)  # two lines in the narrow hours' column
    assert "+3 további" in grid and "Ügyfél 1" in grid and "Ügyfél 2" not in grid
    assert "Hívás" in grid and "✓ kész" in grid
    assert "Visit" in grid  # a kind the caller did not name keeps its English name
    assert "2/2. oldal" in rest and "Egész nap" in rest  # the three the all-day row has no room for
    assert all(f"Ügyfél {n}" in rest for n in (2, 3, 4)) and "Ügyfél 1" not in rest


def test_a_week_needs_seven_day_headers(tmp_path):
    with pytest.raises(ValueError):
        write_week_pdf(tmp_path / "x.pdf", document([], day_headers=["Mon"]))
    assert not (tmp_path / "x.pdf").exists()


def font_sizes(path) -> set[float]:
    """Every text size the PDF sets (the Tf operator; reportlab draws text unscaled)."""
    sizes = set()
    for page in PdfReader(path).pages:
        for operands, operator in ContentStream(page.get_contents(), None).operations:
            if operator == b"Tf":
                sizes.add(float(operands[1]))
    return sizes


def test_a_crowded_week_goes_on_to_more_pages_and_stays_readable(tmp_path):
    crowded = [view(n, n % 5, 8 + (n // 5) % 10, minutes=45, client=f"Kunde {n:03d}", minute=(n * 7) % 60,
                    subject=f"Thema {n:03d}") for n in range(200)]
    path = tmp_path / "crowded.pdf"
    write_week_pdf(path, document(crowded))
    pages = PdfReader(path).pages
    assert len(pages) > 1
    text = text_of(path)
    for n in range(200):
        assert f"Kunde {n:03d}" in text and f"Thema {n:03d}" in text
    assert min(font_sizes(path)) >= 6
    assert "more" in pages[0].extract_text()  # the grid says the column continues
    assert f"Page 1 of {len(pages)}" in pages[0].extract_text()
    assert "More activities of the week" in pages[1].extract_text()


def test_a_long_day_keeps_short_calls_readable(tmp_path):
    calls = [view(n, 2, n // 2, minutes=5, client=f"Kunde {n:03d}", minute=30 * (n % 2)) for n in range(48)]
    path = tmp_path / "long.pdf"
    write_week_pdf(path, document(calls))
    text = text_of(path)
    assert all(f"Kunde {n:03d}" in text for n in range(48))
    assert min(font_sizes(path)) >= 6


def test_every_manager_starts_a_new_page(tmp_path):
    anna = document([view(1, 0, 9, client="Őrségi Pékáru Kft.")], title="Week plan — Kiss Anna")
    peter = document([view(2, 1, 10, client="Иван Трейд ООО")], title="Week plan — Nagy Péter")
    path = tmp_path / "team.pdf"
    write_week_pdf(path, anna, peter)
    first, second = (page.extract_text() for page in PdfReader(path).pages)
    assert "Week plan — Kiss Anna" in first and "Őrségi Pékáru Kft." in first and "Иван" not in first
    assert "Week plan — Nagy Péter" in second and "Иван Трейд ООО" in second and "Őrségi" not in second
    assert "Page 1 of 1" in first and "Page 1 of 1" in second


def test_ellipsized_fits_the_width():
    assert ellipsized("Őrségi Pékáru Kft.", "KamdeskSans", 7, 500) == "Őrségi Pékáru Kft."
    cut = ellipsized("Őrségi Pékáru Kft.", "KamdeskSans", 7, 30)
    assert cut.endswith("…") and cut[:-1] and "Őrségi Pékáru Kft.".startswith(cut[:-1])
    assert ellipsized("Őrségi", "KamdeskSans", 7, 1) == ""


def test_kind_colours_are_the_screens():
    assert KIND_COLOURS == {"call": "#4a90d9", "visit": "#e67e22", "meeting": "#8e44ad", "email": "#16a085",
                            "presentation": "#c0392b", "negotiation": "#d4ac0d", "task": "#7f8c8d"}


# ---------------------------------------------------------------- lanes

def test_lanes_of_separate_intervals_are_full_width():
    assert lanes([(0, 10), (10, 20), (30, 40)]) == [(0, 1), (0, 1), (0, 1)]
    assert lanes([]) == []


def test_overlapping_intervals_go_side_by_side():
    #  9:00-9:30, 9:15-10:45, 10:00-11:00 -> lanes 0, 1, 0 of 2 (the third reuses the first lane)
    assert lanes([(540, 570), (555, 645), (600, 660)]) == [(0, 2), (1, 2), (0, 2)]
    # three at once, then one alone
    assert lanes([(0, 60), (0, 60), (15, 45), (120, 130)]) == [(0, 3), (1, 3), (2, 3), (0, 1)]


def test_a_chain_of_overlaps_is_one_cluster():
    # a overlaps b, b overlaps c; a and c do not: c takes a's lane, all three are half width
    assert lanes([(0, 30), (20, 50), (40, 70)]) == [(0, 2), (1, 2), (0, 2)]


def test_lanes_keep_the_input_order_and_take_datetimes():
    nine = dt.datetime(2026, 12, 7, 9, tzinfo=BUD)
    hour = dt.timedelta(hours=1)
    assert lanes([(nine + hour, nine + 2 * hour), (nine, nine + 2 * hour)]) == [(1, 2), (0, 2)]


def test_empty_intervals_at_the_same_moment_do_not_hide_each_other():
    assert lanes([(5, 5), (5, 5)]) == [(0, 2), (1, 2)]
    assert lanes([(5, 5), (6, 6)]) == [(0, 1), (0, 1)]
