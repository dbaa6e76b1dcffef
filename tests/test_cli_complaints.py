"""`kamdesk list complaints`: the demo's complaints in every state, filtered by state, as JSON for scripts."""

import json

from kamdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_demo_s_complaints_are_listed_in_every_state_and_filtered(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert run(capsys, "--database", url, "demo", "--clients", "150", "--seed", "4", "--lang", "en")[0] == 0
    code, out, _ = run(capsys, "--database", url, "list", "complaints", "--json")
    listed = json.loads(out)
    assert code == 0
    assert {row["state"] for row in listed} == {"received", "investigating", "resolved", "rejected"}
    assert {"overdue", "due_soon"} <= {row["deadline_status"] for row in listed}
    assert all(row["number"].startswith("CMP-") and row["description"] for row in listed)
    assert any(row["order"] and row["product"] for row in listed)
    assert any(row["compensation"] for row in listed if row["state"] == "resolved")
    code, out, _ = run(capsys, "--database", url, "list", "complaints", "--state", "rejected", "--json")
    rejected = json.loads(out)
    assert rejected and {row["state"] for row in rejected} == {"rejected"} and all(r["resolution"] for r in rejected)
    client_id = listed[0]["client_id"]
    code, out, err = run(capsys, "--database", url, "list", "complaints", "--client", str(client_id))
    assert code == 0 and out.startswith(listed[0]["number"]) and "complaints" in err
    code, _, err = run(capsys, "--database", url, "list", "complaints", "--state", "closed")
    assert code == 1 and "Unknown state “closed”: use received, investigating, resolved, rejected." in err
