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
