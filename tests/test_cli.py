"""The command line: each sub-command on a temporary database, errors on stderr."""

import json
import sqlite3
import subprocess
import sys

import pytest

from kamdesk import __version__
from kamdesk.cli import main


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
