"""The command line: each sub-command on a temporary database, errors on stderr."""

import io
import json
import sqlite3
import subprocess
import sys

import pytest

from kamdesk import __version__
from kamdesk.cli import main
from tests import factories


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kamdesk {__version__}"


def test_python_dash_m_runs_the_same_entry_point():
    result = subprocess.run([sys.executable, "-m", "kamdesk", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"kamdesk {__version__}"


def test_demo_then_list_json_with_accent_insensitive_search(capsys, url):
    code, out, _ = run(capsys, "--database", url, "demo", "--clients", "300", "--seed", "7")
    assert code == 0 and "300" in out
    code, out, _ = run(capsys, "--database", url, "list", "clients", "--json")
    everyone = json.loads(out)
    assert len(everyone) == 300
    assert set(everyone[0]) >= {"id", "name", "tax_number", "city", "status"}
    target = next(c for c in everyone if any(ch in c["name"] for ch in "áéíóöőúüű"))
    plain = target["name"].split()[0].translate(str.maketrans("áéíóöőúüűÁÉÍÓÖŐÚÜŰ", "aeiooouuuAEIOOOUUU"))
    code, out, _ = run(capsys, "--database", url, "list", "clients", "--search", plain.upper(), "--json")
    assert target["id"] in [c["id"] for c in json.loads(out)]


@pytest.mark.parametrize(("language", "segment", "column"), [("en", "Wholesale", "List price"),
                                                               ("hu", "Nagykereskedelem", "Listaár")])
def test_demo_is_written_in_the_language_asked_for(capsys, tmp_path, language, segment, column):
    path = tmp_path / f"{language}.db"
    code, _, _ = run(capsys, "--database", f"sqlite:///{path}", "demo", "--clients", "5", "--lang", language)
    assert code == 0
    database = sqlite3.connect(path)
    assert (segment,) in database.execute("select name from segment").fetchall()
    assert (column,) in database.execute("select name from price_column").fetchall()


def test_demo_language_follows_the_locale():
    from kamdesk.core.services.demo_words import demo_language

    assert [demo_language(name) for name in ("hu-HU", "hu_HU", "en-US", "C", "ru-RU", "", None)] == \
        ["hu", "hu", "en", "en", "en", "en", "en"]


def test_demo_refuses_a_database_with_clients(capsys, url):
    run(capsys, "--database", url, "demo", "--clients", "5")
    code, _, err = run(capsys, "--database", url, "demo", "--clients", "5")
    assert code == 1
    assert "already has clients" in err


def test_environment_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("KAMDESK_DATABASE", f"sqlite:///{path}")
    code, _, _ = run(capsys, "demo", "--clients", "3")
    assert code == 0
    assert sqlite3.connect(path).execute("select count(*) from client").fetchone()[0] == 3


def test_newer_database_is_refused_with_a_message(capsys, url, tmp_path):
    run(capsys, "--database", url, "list", "clients")
    con = sqlite3.connect(tmp_path / "cli.db")
    con.execute("insert into schema_migration (name, applied) values ('0999_future', '2030-01-01')")
    con.commit()
    con.close()
    code, out, err = run(capsys, "--database", url, "list", "clients")
    assert code == 1
    assert "newer version of kamdesk" in err
    assert out == ""


def test_unknown_screenshot_view_is_an_error(capsys, url, tmp_path):
    code, _, err = run(capsys, "--database", url, "screenshot", "nowhere", str(tmp_path / "x.png"))
    assert code == 1
    assert "Unknown view" in err


def test_screenshot_of_the_client_list(capsys, url, tmp_path):
    run(capsys, "--database", url, "demo", "--clients", "50")
    out_file = tmp_path / "clients.png"
    code, _, _ = run(capsys, "--database", url, "screenshot", "clients", str(out_file), "--size", "1024x640")
    assert code == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out_file))
    assert (image.width(), image.height()) == (1024, 640)


def write_sheet(path, rows):
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


SHEET = [
    ("Név", "Adószám", "Város", "E-mail"),
    ("Őrségi Pékáru Kft.", "12892312-2-42", "Szombathely", "info@orseg.hu"),
    ("Hibás Bt.", "12892313-2-42", "Pécs", ""),
    ("Иван Трейд ООО", "", "Москва", "ivan@trade.ru"),
]


def test_import_dry_run_reports_rows_and_imports_nothing(capsys, url, tmp_path):
    write_sheet(tmp_path / "in.xlsx", SHEET)
    code, out, err = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"), "--dry-run")
    assert code == 1
    assert "2 valid, 1 rejected, 0 duplicates; nothing imported" in out
    assert "row 3: " in err and "check digit" in err
    code, out, _ = run(capsys, "--database", url, "list", "clients", "--json")
    assert json.loads(out) == []


def test_import_valid_rows_writes_the_rejected_ones(capsys, url, tmp_path):
    import openpyxl

    write_sheet(tmp_path / "in.xlsx", SHEET)
    rejected = tmp_path / "rejected.xlsx"
    code, out, _ = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"),
                       "--rejected", str(rejected))
    assert code == 0 and "imported 2 clients" in out
    sheet = openpyxl.load_workbook(rejected).active
    assert [c.value for c in sheet[2]][:2] == ["Hibás Bt.", "12892313-2-42"]
    code, out, _ = run(capsys, "--database", url, "list", "clients", "--search", "orsegi", "--json")
    assert [c["name"] for c in json.loads(out)] == ["Őrségi Pékáru Kft."]
    # the same file again: every row is now a duplicate or rejected, nothing is doubled
    code, out, _ = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"))
    assert "0 valid, 1 rejected, 2 duplicates; imported 0 clients" in out


def test_rejected_rows_never_overwrite_the_input_and_take_the_format_of_their_extension(capsys, url, tmp_path):
    source = tmp_path / "in.xlsx"
    write_sheet(source, SHEET)
    before = source.read_bytes()
    (tmp_path / "link.xlsx").symlink_to(source)
    for target in (source, tmp_path / "." / "in.xlsx", tmp_path / "link.xlsx"):
        code, out, err = run(capsys, "--database", url, "import", "clients", str(source), "--dry-run",
                             "--rejected", str(target))
        assert (code, out) == (1, "")
        assert f"cannot be saved to {target.name}: that is the file being imported" in err
    assert source.read_bytes() == before
    code, _, err = run(capsys, "--database", url, "import", "clients", str(source), "--rejected",
                       str(tmp_path / "rejected.txt"))
    assert code == 1 and "saved to .xlsx or .csv, not to “rejected.txt”" in err

    code, out, _ = run(capsys, "--database", url, "import", "clients", str(source), "--dry-run",
                       "--rejected", str(tmp_path / "rejected.csv"))
    data = (tmp_path / "rejected.csv").read_bytes()
    assert code == 1 and data.startswith(b"\xef\xbb\xbf") and not data[3:].startswith(b"PK")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Név;Adószám;Város;E-mail;Row;Reason" and lines[1].startswith("Hibás Bt.;12892313-2-42;Pécs;;3;")


def test_import_prices_writes_its_rejected_rows(capsys, url, tmp_path):
    sheet = [("Cikkszám", "Megnevezés", "Listaár"), ("TEJ-001", "Friss tej 1 l", "339"), ("VAJ-1", "Vaj", "sok")]
    write_sheet(tmp_path / "prices.xlsx", sheet)
    code, out, _ = run(capsys, "--database", url, "import", "prices", str(tmp_path / "prices.xlsx"),
                       "--create-columns", "--rejected", str(tmp_path / "rejected.xlsx"))
    assert code == 1 and "1 rejected" in out
    import openpyxl

    rows = list(openpyxl.load_workbook(tmp_path / "rejected.xlsx").active.values)
    assert rows[0] == ("Cikkszám", "Megnevezés", "Listaár", "Row", "Reason")
    assert rows[1][:4] == ("VAJ-1", "Vaj", "sok", 3)


def test_import_of_a_missing_file_is_a_clear_error(capsys, url, tmp_path):
    code, _, err = run(capsys, "--database", url, "import", "clients", str(tmp_path / "nope.xlsx"))
    assert code == 1
    assert err.startswith("kamdesk: ") and "nope.xlsx" in err


def test_export_csv_has_a_bom_and_the_searched_clients(capsys, url, tmp_path):
    write_sheet(tmp_path / "in.xlsx", SHEET)
    run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"))
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "--database", url, "export", "clients", str(target), "--search", "иван")
    assert code == 0 and "exported 1 clients" in out
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Иван Трейд ООО" in text and "Őrségi" not in text


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_export_and_import_draw_a_progress_bar_on_a_terminal(capsys, url, tmp_path, monkeypatch):
    write_sheet(tmp_path / "in.xlsx", SHEET)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"))
    code, out, _ = run(capsys, "--database", url, "export", "clients", str(tmp_path / "out.xlsx"))

    assert code == 0 and "exported 2 clients" in out  # one row of the three is refused
    lines = terminal.getvalue().split("\n")
    assert any(line.endswith("checking rows [" + "#" * 30 + "] 3/3") for line in lines)
    assert any(line.endswith("importing clients [" + "#" * 30 + "] 2/2") for line in lines)
    assert any(line.endswith("exporting clients [" + "#" * 30 + "] 2/2") for line in lines)


def test_the_progress_bar_redraws_only_when_it_moves_and_stays_off_pipes():
    from kamdesk.commands import progress_bar

    terminal, pipe = _Terminal(), io.StringIO()
    draw, silent = progress_bar("exporting clients", terminal), progress_bar("exporting clients", pipe)
    for done in range(0, 100_001, 10):
        draw(done, 100_000)
        silent(done, 100_000)

    drawn = terminal.getvalue()
    assert drawn.startswith("\rexporting clients [" + "-" * 30 + "] 0/100000")
    assert drawn.endswith("\rexporting clients [" + "#" * 30 + "] 100000/100000\n")
    assert "[" + "#" * 15 + "-" * 15 + "] 50000/100000" in drawn
    assert drawn.count("\r") == 1001  # each tenth of a per cent once, not each of 10,001 calls
    assert pipe.getvalue() == ""


def test_a_screenshot_speaks_the_desks_language(capsys, url, tmp_path, monkeypatch):
    from kamdesk.core import db as kdb
    from kamdesk.core.services import company as company_service
    from kamdesk.gui import app as gui_app

    run(capsys, "--database", url, "demo", "--clients", "20")
    kdb.connect(url)
    company_service.set_language("hu")
    kdb.close()
    spoken = []
    monkeypatch.setattr(gui_app, "install_translations", lambda app, language="system": spoken.append(language))
    code, _, _ = run(capsys, "--database", url, "screenshot", "clients", str(tmp_path / "hu.png"), "--size", "800x600")
    assert code == 0
    assert spoken[-1] == "hu"


def test_screenshot_of_a_calendar_week(capsys, url, tmp_path):
    run(capsys, "--database", url, "demo", "--clients", "60")
    out_file = tmp_path / "week.png"
    code, _, _ = run(capsys, "--database", url, "screenshot", "calendar:2026-W49", str(out_file), "--size", "1200x800")
    assert code == 0
    from PySide6.QtGui import QImage

    assert QImage(str(out_file)).width() == 1200
    code, _, err = run(capsys, "--database", url, "screenshot", "calendar:49", str(tmp_path / "x.png"))
    assert code == 1 and "2026-W49" in err


def test_export_and_list_offers(capsys, url, tmp_path):
    import datetime as dt
    from decimal import Decimal as D

    from kamdesk.core.services import offer, party, sale

    run(capsys, "--database", url, "list", "clients")  # creates the schema
    from kamdesk.core.services import company as company_service

    company_service.set_up({"name": "Teszt Kft.", "country": "HU"}, {"name": "Kiss Anna"})
    milk = factories.listed_milk()
    client = party.save_client({"name": "Иван Трейд ООО", "legal_country": "RU"})
    saved = offer.save_offer({"client_id": client.id, "offer_date": dt.date.today()}, [sale.LineRequest(milk.id, D(3))])
    code, out, _ = run(capsys, "--database", url, "list", "offers", "--json")
    listed = json.loads(out)
    assert code == 0 and [(o["number"], o["client"], o["gross_total"]) for o in listed] == [
        (saved.number, "Иван Трейд ООО", str(saved.gross_total))]
    pdf, xlsx = tmp_path / "offer.pdf", tmp_path / "offer.xlsx"
    code, _, _ = run(capsys, "--database", url, "export", "offer", saved.number, "--pdf", str(pdf), "--xlsx",
                     str(xlsx), "--lang", "hu")
    assert code == 0 and pdf.stat().st_size > 5000 and xlsx.stat().st_size > 3000
    from pypdf import PdfReader

    assert "Иван Трейд ООО" in "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    code, _, err = run(capsys, "--database", url, "export", "offer", saved.number)
    assert code == 1 and "--pdf" in err


def _commands(parser, path=()):
    """(words, dummy positionals and required options) of every command the parser has, sub-commands' too."""
    import argparse

    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        required = [[a.option_strings[0], a.choices[0] if a.choices else "x"] for a in parser._actions
                    if a.option_strings and a.required]
        yield path, ["x" for a in parser._actions if not a.option_strings] + sum(required, [])
        return
    for name, child in subs[0].choices.items():
        yield from _commands(child, (*path, name))


def test_every_command_takes_the_database_before_and_after_it():
    from kamdesk.cli import build_parser

    parser = build_parser()
    commands = list(_commands(parser))
    assert len(commands) > 15 and ("list", "clients") in [words for words, _ in commands]
    for words, positionals in commands:
        after = parser.parse_args([*words, *positionals, "--database", "sqlite:///after.db"])
        before = parser.parse_args(["--database", "sqlite:///before.db", *words, *positionals])
        both = parser.parse_args(["--database", "sqlite:///before.db", *words, *positionals,
                                  "--database", "sqlite:///after.db"])
        assert (after.database, before.database, both.database) == (
            "sqlite:///after.db", "sqlite:///before.db", "sqlite:///after.db"), words


def test_the_database_after_the_command_is_the_one_used(capsys, url, tmp_path):
    run(capsys, "demo", "--clients", "5", "--database", url)
    code, out, _ = run(capsys, "list", "clients", "--json", "--database", url)
    assert code == 0 and len(json.loads(out)) == 5


TITLED_SHEET = [
    ("Ügyféllista — exportálva 2026.11.20",),
    (),
    ("Cégnév", "Adószám", "Város"),
    ("Őrségi Pékáru Kft.", "12892312-2-42", "Szombathely"),
    ("Иван Трейд ООО", "", "Москва"),
]


def test_import_finds_the_headers_below_a_title(capsys, url, tmp_path):
    write_sheet(tmp_path / "in.xlsx", TITLED_SHEET)
    code, out, err = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"))
    assert code == 0 and "2 valid, 0 rejected, 0 duplicates; imported 2 clients" in out
    assert "headers in row 3" in err


def test_import_reads_the_headers_from_the_row_given(capsys, url, tmp_path):
    write_sheet(tmp_path / "in.xlsx", TITLED_SHEET)
    code, _, err = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"), "--header-row", "1")
    assert code == 1 and "headers found in row 1: Ügyféllista" in err and "--header-row" in err
    code, out, _ = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"), "--header-row", "3",
                       "--dry-run")
    assert code == 0 and "2 valid" in out
    code, _, err = run(capsys, "--database", url, "import", "clients", str(tmp_path / "in.xlsx"), "--header-row", "2")
    assert code == 1 and "Row 2 of in.xlsx is empty" in err


def test_import_prices_finds_the_headers_below_a_title(capsys, url, tmp_path):
    sheet = [("Árlista 2026",), ("Cikkszám", "Megnevezés", "Listaár"), ("TEJ-001", "Friss tej 1 l", "339")]
    write_sheet(tmp_path / "prices.xlsx", sheet)
    code, out, err = run(capsys, "--database", url, "import", "prices", str(tmp_path / "prices.xlsx"),
                         "--create-columns")
    assert code == 0 and "created 1 and updated 0 products" in out and "headers in row 2" in err
    code, _, err = run(capsys, "--database", url, "import", "prices", str(tmp_path / "prices.xlsx"),
                       "--header-row", "1")
    assert code == 1 and "headers found in row 1: Árlista 2026" in err


def test_clients_exported_from_a_demo_import_into_a_fresh_database(capsys, tmp_path):
    demo, exported = f"sqlite:///{tmp_path / 'demo.db'}", tmp_path / "clients.xlsx"
    run(capsys, "--database", demo, "demo", "--clients", "40")
    run(capsys, "--database", demo, "export", "clients", str(exported))
    _, out, _ = run(capsys, "--database", demo, "list", "clients", "--json")
    managers = {c["name"]: c["manager"] for c in json.loads(out)}

    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"
    code, out, err = run(capsys, "--database", fresh, "import", "clients", str(exported))
    assert code == 1 and out == "" and err.count("\n") == 1  # the managers named once, not once per row
    assert "There are no managers called" in err and "--create-managers" in err and "--without-manager" in err
    assert all(name in err for name in set(managers.values()))

    code, out, _ = run(capsys, "--database", fresh, "import", "clients", str(exported), "--create-managers")
    assert code == 0 and "40 valid, 0 rejected, 0 duplicates; new managers: " in out and "imported 40" in out
    _, out, _ = run(capsys, "--database", fresh, "list", "clients", "--json")
    assert {c["name"]: c["manager"] for c in json.loads(out)} == managers

    bare = f"sqlite:///{tmp_path / 'bare.db'}"
    code, out, _ = run(capsys, "--database", bare, "import", "clients", str(exported), "--without-manager")
    assert code == 0 and "imported 40 clients" in out
    _, out, _ = run(capsys, "--database", bare, "list", "clients", "--json")
    assert {c["manager"] for c in json.loads(out)} == {""}


def test_create_managers_and_without_manager_exclude_each_other(capsys, url, tmp_path):
    with pytest.raises(SystemExit):
        main(["--database", url, "import", "clients", str(tmp_path / "x.xlsx"), "--create-managers",
              "--without-manager"])
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.parametrize("row", ["0", "-1", "two"])
def test_a_header_row_is_counted_from_one(capsys, url, tmp_path, row):
    with pytest.raises(SystemExit) as exit_info:
        main(["--database", url, "import", "clients", str(tmp_path / "in.xlsx"), "--header-row", row])
    assert exit_info.value.code == 2
    assert f"rows are counted from 1, not '{row}'" in capsys.readouterr().err


def test_typed_numbers_out_of_range_are_refused_in_one_line(capsys, tmp_path, monkeypatch):
    """An id beyond what a column holds, a negative limit or count: argparse's one line, never a traceback."""
    import pytest

    from kamdesk import cli

    monkeypatch.setenv("KAMDESK_DATABASE", f"sqlite:///{tmp_path / 'k.db'}")
    for argv, words in ((["list", "orders", "--client", "1" + "0" * 24], "an id is a whole number"),
                        (["list", "clients", "--limit", "-1"], "the limit is a whole number"),
                        (["demo", "--clients", "-5"], "the number of clients is a whole number from 1 to 1,000,000"),
                        (["demo", "--clients", "10000000000000"], "the number of clients"),
                        (["list", "contracts", "--client", "x" * 10_000], "not 'xxxx")):
        with pytest.raises(SystemExit) as stopped:
            cli.main(argv)
        err = capsys.readouterr().err
        assert stopped.value.code == 2 and words in err and "Traceback" not in err and len(err) < 1000
    assert not (tmp_path / "k.db").exists()


def test_running_out_of_memory_is_a_sentence_not_a_traceback(capsys, tmp_path, monkeypatch):
    from kamdesk import cli
    from kamdesk.core.services import party_io

    monkeypatch.setenv("KAMDESK_DATABASE", f"sqlite:///{tmp_path / 'k.db'}")
    (tmp_path / "in.csv").write_text("Név\nJó Kft.\n", encoding="utf-8")

    def exhausted(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(party_io, "check_rows", exhausted)
    assert cli.main(["import", "clients", str(tmp_path / "in.csv")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kamdesk: this needs more memory") and "Traceback" not in err


def test_a_screenshot_waits_for_what_the_view_reads_on_a_worker_thread(capsys, url, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QLabel

    from kamdesk.gui import screenshot
    from kamdesk.gui.operations import Operation

    run(capsys, "--database", url, "demo", "--clients", "5")
    release, grabbed = threading.Event(), []

    def build(view):
        label = QLabel("Reading…")
        Operation(label, lambda _task: release.wait(20)).success(lambda _: label.setText("Read")).run()
        threading.Timer(0.2, release.set).start()  # the reading ends after the first events were processed
        return label

    monkeypatch.setattr(screenshot, "_build", build)
    grab = QLabel.grab
    monkeypatch.setattr(QLabel, "grab", lambda label: grabbed.append(label.text()) or grab(label))
    code, _, _ = run(capsys, "--database", url, "screenshot", "clients", str(tmp_path / "x.png"))
    assert code == 0 and grabbed == ["Read"]


def test_the_window_starts_without_building_every_commands_parser(monkeypatch, capsys):
    """`kamdesk` and `kamdesk --database URL` open the window at once; anything else meets the whole parser."""
    from kamdesk import cli

    started = []
    monkeypatch.setattr(cli, "start_gui", lambda database: started.append(database) or 0)
    built = []
    whole = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", lambda: built.append(1) or whole())
    assert cli.main([]) == 0 and cli.main(["--database", "sqlite:///x.db"]) == 0
    assert started == [None, "sqlite:///x.db"] and built == []
    with pytest.raises(SystemExit):
        cli.main(["--database"])  # no URL: the whole parser says so
    assert "expected one argument" in capsys.readouterr().err and built == [1]
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert "kamdesk" in capsys.readouterr().out and built == [1, 1]


def test_the_window_starts_with_the_collector_off(monkeypatch):
    """The window's start switches the cyclic garbage collector off before it imports the GUI (the GUI collects from
    its own thread's timer): not only once the window's modules, whose new objects it would walk for nothing, are in."""
    import gc

    from kamdesk import cli, qt_libraries
    from kamdesk.gui import app

    monkeypatch.setattr(qt_libraries, "check", lambda environment: None)
    seen = []
    monkeypatch.setattr(app, "run_gui", lambda database: seen.append(gc.isenabled()) or 0)
    was = gc.isenabled()
    gc.enable()
    try:
        assert cli.start_gui(None) == 0 and seen == [False]
    finally:
        gc.enable() if was else gc.disable()
