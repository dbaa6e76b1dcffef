"""The command line's calendar exports: the printed week (PDF) and the .ics file."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from pypdf import PdfReader

from kamdesk.cli import main
from kamdesk.core import db as kdb

BUD = ZoneInfo("Europe/Budapest")


@pytest.fixture
def url(tmp_path):
    """A database with the company, a second manager and a week of activities (2026-W49)."""
    from kamdesk.core.services import activity, company, party

    address = f"sqlite:///{tmp_path / 'cli.db'}"
    database = kdb.connect(address)
    company.set_up({"name": "Teszt Kft.", "city": "Budapest", "country": "HU", "currency": "HUF"},
                   {"name": "Kiss Anna"})
    other = company.save_manager({"name": "Nagy Péter"})
    orseg = party.save_client({"name": "Őrségi Pékáru Kft."})
    ivan = party.save_client({"name": "Иван Трейд ООО"})
    activity.create_activity({"kind": "visit", "client_id": orseg.id, "subject": "Karácsonyi rendelés",
                              "start": dt.datetime(2026, 12, 1, 10, tzinfo=BUD), "duration_minutes": 90})
    activity.create_activity({"kind": "call", "client_id": ivan.id, "subject": "Звонок",
                              "start": dt.datetime(2026, 12, 3, 9, tzinfo=BUD), "owner_id": other.id},
                             recurrence=activity.Recurrence("weekly", weekdays=(3,), count=3))
    database.close()
    return address


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def pages_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_export_week_prints_the_current_managers_week(capsys, url, tmp_path):
    target = tmp_path / "week.pdf"
    code, out, err = run(capsys, "--database", url, "export", "week", "--week", "2026-W49", str(target))
    assert (code, err) == (0, "")
    assert "2026-W49" in out and "(1 activity) for Kiss Anna" in out
    [text] = pages_of(target)
    assert "Week plan — Kiss Anna" in text and "Őrségi Pékáru Kft." in text
    assert "Иван" not in text  # Nagy Péter's call
    assert "Week 49" in text and "Tue 1 Dec" in text and "30 Nov – 6 Dec 2026" in text


def test_export_week_for_one_manager(capsys, url, tmp_path):
    target = tmp_path / "peter.pdf"
    code, out, _ = run(capsys, "--database", url, "export", "week", str(target), "--week", "2026-w49",
                       "--manager", "nagy peter")
    assert code == 0
    [text] = pages_of(target)
    assert "Week plan — Nagy Péter" in text and "Иван Трейд ООО" in text
    assert "Őrségi" not in text
    assert "(1 activity) for Nagy Péter" in out


def test_export_week_for_several_managers_one_after_another(capsys, url, tmp_path):
    target = tmp_path / "two.pdf"
    code, out, _ = run(capsys, "--database", url, "export", "week", str(target), "--week", "2026-W49",
                       "--manager", "Nagy Péter", "--manager", "Kiss Anna")
    assert code == 0 and "(2 activities) for Nagy Péter, Kiss Anna" in out
    peter, anna = pages_of(target)
    assert "Week plan — Nagy Péter" in peter and "Иван Трейд ООО" in peter and "Őrségi" not in peter
    assert "Week plan — Kiss Anna" in anna and "Őrségi Pékáru Kft." in anna and "Иван" not in anna


def test_export_week_for_all_managers(capsys, url, tmp_path):
    target = tmp_path / "team.pdf"
    code, out, _ = run(capsys, "--database", url, "export", "week", str(target), "--week", "2026-W49",
                       "--all-managers")
    assert code == 0 and "(2 activities) for Kiss Anna, Nagy Péter" in out
    anna, peter = pages_of(target)
    assert "Week plan — Kiss Anna" in anna and "Week plan — Nagy Péter" in peter


def test_manager_and_all_managers_do_not_go_together(capsys, url, tmp_path):
    with pytest.raises(SystemExit):
        main(["--database", url, "export", "week", str(tmp_path / "x.pdf"), "--all-managers", "--manager", "Kiss"])
    assert "not allowed with" in capsys.readouterr().err


def test_export_week_defaults_to_this_week(capsys, url, tmp_path):
    code, out, _ = run(capsys, "--database", url, "export", "week", str(tmp_path / "now.pdf"))
    year, week, _ = dt.datetime.now(BUD).isocalendar()
    assert code == 0 and f"{year}-W{week:02d}" in out


@pytest.mark.parametrize("week", ["2026-W60", "next week", "W49"])
def test_a_bad_week_is_a_clear_error(capsys, url, tmp_path, week):
    target = tmp_path / "bad.pdf"
    code, out, err = run(capsys, "--database", url, "export", "week", "--week", week, str(target))
    assert code == 1 and out == ""
    assert err == f"kamdesk: “{week}” is not a week such as 2026-W49.\n"
    assert not target.exists()


def test_an_unknown_manager_is_a_clear_error(capsys, url, tmp_path):
    code, _, err = run(capsys, "--database", url, "export", "week", str(tmp_path / "x.pdf"), "--manager", "Senki")
    assert code == 1
    assert "no manager called “Senki”" in err and "Kiss Anna" in err


def test_export_calendar_parses(capsys, url, tmp_path):
    target = tmp_path / "cal.ics"
    code, out, err = run(capsys, "--database", url, "export", "calendar", str(target),
                         "--from", "2026-11-30", "--to", "2026-12-06")
    assert (code, err) == (0, "")
    assert "exported 2 events (2026-11-30 to 2026-12-06)" in out
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    assert {str(e["SUMMARY"]) for e in events} == {"Őrségi Pékáru Kft. — Karácsonyi rendelés",
                                                    "Иван Трейд ООО — Звонок"}
    series = next(e for e in events if "RRULE" in e)
    assert series["RRULE"]["COUNT"] == [3]


def test_export_calendar_defaults_to_eight_weeks_from_today(capsys, url, tmp_path):
    code, out, _ = run(capsys, "--database", url, "export", "calendar", str(tmp_path / "cal.ics"))
    today = dt.datetime.now(BUD).date()
    assert code == 0 and f"({today} to {today + dt.timedelta(days=55)})" in out


def test_from_after_to_is_a_clear_error(capsys, url, tmp_path):
    target = tmp_path / "cal.ics"
    code, out, err = run(capsys, "--database", url, "export", "calendar", str(target),
                         "--from", "2026-12-07", "--to", "2026-12-01")
    assert code == 1 and out == ""
    assert err == "kamdesk: The last day (2026-12-01) is before the first day (2026-12-07).\n"
    assert not target.exists()


def test_a_bad_date_is_a_clear_error(capsys, url, tmp_path):
    code, _, err = run(capsys, "--database", url, "export", "calendar", str(tmp_path / "c.ics"), "--from", "12/07")
    assert code == 1
    assert err == "kamdesk: --from “12/07” is not a date such as 2026-12-07\n"
