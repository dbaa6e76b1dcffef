"""`kamdesk export contacts FILE.vcf [--client ID]`: the file read back by vobject; an unknown client in words."""

from __future__ import annotations

import vobject

from kamdesk.cli import main
from tests import factories


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_all_or_one_clients_contacts(capsys, company, tmp_path):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    orseg = factories.client("Őrség Fűszer Kft.", contacts=[{"name": "Čapek Jiří", "phone": "06 30 123 4567"}])
    factories.client("Ромашка ООО", legal_country="RU", contacts=[{"name": "Иванов Иван Иванович"}])
    every, one = tmp_path / "all.vcf", tmp_path / "one.vcf"
    code, out, _ = run(capsys, "--database", url, "export", "contacts", str(every))
    assert (code, out.strip()) == (0, f"exported 2 contacts to {every}")
    assert [c.fn.value for c in vobject.readComponents(every.read_text("utf-8"))] == [
        "Čapek Jiří", "Иванов Иван Иванович"]
    code, _, _ = run(capsys, "--database", url, "export", "contacts", str(one), "--client", str(orseg.id))
    (card,) = vobject.readComponents(one.read_text("utf-8"))
    assert (code, card.tel.value, card.org.value) == (0, "+36301234567", ["Őrség Fűszer Kft."])


def test_unknown_client_and_no_contacts_in_one_line(capsys, company, tmp_path):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    code, _, err = run(capsys, "--database", url, "export", "contacts", str(tmp_path / "x.vcf"), "--client", "99")
    assert code != 0 and "There is no client with id 99." in err and "Traceback" not in err
    code, _, err = run(capsys, "--database", url, "export", "contacts", str(tmp_path / "x.vcf"))
    assert code != 0 and "There are no contacts to export." in err
    assert not (tmp_path / "x.vcf").exists()
