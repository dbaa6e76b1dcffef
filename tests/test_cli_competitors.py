"""`kamdesk list competitors`: the demo's competitors with their clients, prices and actions, as JSON for scripts."""

import json

from kamdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_demo_s_competitors_are_listed(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run(capsys, "--database", url, "demo", "--clients", "150", "--seed", "4", "--lang", "en")[0] == 0
    code, out, _ = run(capsys, "--database", url, "list", "competitors", "--json")
    listed = json.loads(out)
    assert code == 0
    assert [row["name"] for row in listed] == sorted(row["name"] for row in listed) and len(listed) == 4
    assert all(row["clients"] and row["prices"] and row["actions"] for row in listed)
    assert "wholesaler" in " ".join(row["notes"] for row in listed)  # in the demo's language
    code, out, err = run(capsys, "--database", url, "list", "competitors")
    assert code == 0 and listed[0]["name"] in out.splitlines()[0] and "4 competitors" in err


def test_observed_prices_are_imported_from_a_sheet_once(capsys, tmp_path):
    from tests.fuzz.imports import set_up_database

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    set_up_database(url)  # a product FZ-00000 and the competitor Tejút Zrt.
    sheet = tmp_path / "arak.csv"
    sheet.write_text("Cikkszám;Ár;Forrás\nFZ-00000;95,50;árlista\nNINCS;10;polc\n", encoding="utf-8")
    rejected = tmp_path / "rejected.xlsx"
    code, out, err = run(capsys, "--database", url, "import", "competitor-prices", str(sheet))
    assert code == 1 and "give the competitor of every row with --competitor NAME" in err
    code, out, err = run(capsys, "--database", url, "import", "competitor-prices", str(sheet), "--competitor",
                         "tejut zrt.", "--observed-on", "2026-11-30", "--dry-run")
    assert code == 1 and "row 3: There is no product with the SKU NINCS." in err and "nothing imported" in out
    code, out, err = run(capsys, "--database", url, "import", "competitor-prices", str(sheet), "--competitor",
                         "Tejút Zrt.", "--observed-on", "2026-11-30", "--rejected", str(rejected))
    assert code == 0 and "added 1 prices" in out and rejected.exists()
    code, out, _ = run(capsys, "--database", url, "import", "competitor-prices", str(sheet), "--competitor",
                       "Tejút Zrt.", "--observed-on", "2026-11-30")
    assert "1 recorded before" in out and "added 0 prices" in out
    code, out, _ = run(capsys, "--database", url, "list", "competitors", "--json")
    assert json.loads(out)[0]["prices"] == 1
