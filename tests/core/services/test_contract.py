"""The contract register: saving and validation, states, expiry and renewal, obligations, files, documents."""

import datetime as dt
import os
import subprocess
import sys

import pytest
from docx import Document
from pypdf import PdfReader

from kamdesk.core import db as kdb
from kamdesk.core.documents import contract_context as contract_document
from kamdesk.core.errors import NotFound, ValidationError, WorkflowError
from kamdesk.core.models import Contract, ContractFile, ContractFilePart, ContractTemplate
from kamdesk.core.services import contract as contracts
from kamdesk.core.services import party
from kamdesk.core.services.suggestions import suggestions_for_week
from tests import factories

TODAY = dt.date.today()


@pytest.fixture
def client(company):
    factories.company_details()
    factories.head_of_department(email="toth.zoltan@example.hu")
    return factories.contract_client({"phone": "+36 94 555 123"}, tax_number="10537914-2-44")


def template_id(key: str) -> int:
    contracts.ensure_builtin_templates()
    return ContractTemplate.get(ContractTemplate.key == key).id


def draft(client, **values) -> Contract:
    base = {"client_id": client.id, "template_id": template_id("supply_hu"), "start_date": TODAY,
            "end_date": TODAY + dt.timedelta(days=364)}
    return contracts.save_contract({**base, **values})


def test_builtin_templates_are_seeded_once(client):
    first = contracts.list_templates()
    again = contracts.list_templates()
    assert {t.key for t in first} >= {"supply_en", "supply_hu", "framework_en", "framework_hu"}
    assert [t.id for t in first] == [t.id for t in again]


def test_a_template_that_never_ends_with_the_sample_data_is_not_saved(client, monkeypatch):
    from kamdesk.core.documents import template_worker

    monkeypatch.setattr(template_worker, "MAX_SECONDS", 0.3)  # the time limit, shortened for the test
    count = ContractTemplate.select().count()
    endless = "name: Endless\n---\n# Subject\n{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}" \
              "{% endfor %}\n"
    with pytest.raises(ValidationError) as caught:
        contracts.save_template({"name": "Endless", "source": endless})
    assert caught.value.errors["source"].startswith("Line 4: The template takes longer than 0.3 seconds")
    monkeypatch.undo()  # the doubling text reaches the memory limit within the usual time limit
    doubling = "name: Doubling\n---\n{% set ns = namespace(s='ab') %}\n{% for i in range(40) %}" \
               "{% set ns.s = ns.s ~ ns.s %}{% endfor %}\n"
    with pytest.raises(ValidationError) as caught:
        contracts.save_template({"name": "Doubling", "source": doubling})
    assert caught.value.errors["source"].startswith("Line 4: The template needs too much memory")
    assert ContractTemplate.select().count() == count
    assert contracts.save_template({"name": "Plain", "source": "name: Plain\n---\n# Subject\nGoods.\n"}).id


def test_a_draft_takes_its_defaults_and_a_number_from_its_series(client):
    contract = draft(client)
    assert contract.number == f"CT-{TODAY.year}-0001"
    assert draft(client).number == f"CT-{TODAY.year}-0002"
    assert contract.state == "draft" and contract.kind == "supply" and contract.language == "hu"
    assert contract.payment_terms_days == 15 and contract.place == "Budapest"
    assert "Szállítási" in contract.template_source or contract.template_source  # the template's text is kept
    contracts.save_template({"source": "name: x\n---\nchanged"}, template_id=contract.template_id)
    assert "changed" not in Contract.get_by_id(contract.id).template_source


def test_bad_input_names_every_field_and_saves_nothing(client):
    with pytest.raises(ValidationError) as caught:
        contracts.save_contract({"client_id": client.id, "start_date": TODAY,
                                 "end_date": TODAY - dt.timedelta(days=1), "amount": "sok", "notice_days": -3,
                                 "kind": "lease"})
    assert set(caught.value.errors) >= {"end_date", "amount", "notice_days", "kind"}
    assert "before it starts" in caught.value.errors["end_date"]
    with pytest.raises(ValidationError) as caught:
        contracts.save_contract({"start_date": TODAY})
    assert "client" in caught.value.errors
    assert Contract.select().count() == 0


def test_only_a_draft_changes_and_transitions_follow_the_table(client):
    contract = draft(client)
    contracts.send_contract(contract.id)
    with pytest.raises(WorkflowError):
        contracts.save_contract({"notes": "x"}, contract.id)
    with pytest.raises(WorkflowError, match="cannot be terminated"):
        contracts.terminate_contract(contract.id, "no")
    contracts.withdraw_contract(contract.id)
    contracts.save_contract({"notes": "after the lawyers"}, contract.id)
    contracts.send_contract(contract.id)
    with pytest.raises(ValidationError):
        contracts.sign_contract(contract.id, TODAY + dt.timedelta(days=3))
    signed = contracts.sign_contract(contract.id, TODAY)
    assert signed.state == "active" and signed.signed_date == TODAY
    with pytest.raises(ValidationError):
        contracts.terminate_contract(contract.id, "  ")
    ended = contracts.terminate_contract(contract.id, "Breach of payment terms")
    assert ended.state == "terminated" and ended.terminated_on == TODAY
    with pytest.raises(WorkflowError):
        contracts.sign_contract(contract.id)


def test_expiry_and_auto_renewal(client):
    start = TODAY - dt.timedelta(days=400)
    ends = draft(client, start_date=start, end_date=TODAY - dt.timedelta(days=35))
    renews = draft(client, start_date=start, end_date=TODAY - dt.timedelta(days=35), auto_renewal=True,
                   renewal_months=1)
    for item in (ends, renews):
        contracts.sign_contract(item.id, start)
    assert contracts.expire_contracts() == 2
    assert Contract.get_by_id(ends.id).state == "expired"
    renewed = Contract.get_by_id(renews.id)
    assert renewed.state == "active" and renewed.end_date >= TODAY
    assert renewed.end_date - dt.timedelta(days=40) < TODAY


def test_expiring_and_due_for_renewal(client):
    soon = draft(client, start_date=TODAY - dt.timedelta(days=300), end_date=TODAY + dt.timedelta(days=20),
                 notice_days=5)
    later = draft(client, start_date=TODAY, end_date=TODAY + dt.timedelta(days=300))
    notice = draft(client, start_date=TODAY, end_date=TODAY + dt.timedelta(days=80), notice_days=90,
                   auto_renewal=True)
    for item in (soon, later, notice):
        contracts.sign_contract(item.id, TODAY)
    window = contracts.renewal_days()
    assert window == 60
    shown = {c.id: contracts.display_state(c) for c in contracts.list_contracts()}
    assert shown == {soon.id: "expiring", later.id: "active", notice.id: "expiring"}
    assert [c.id for c in contracts.list_contracts(state="expiring")] == [notice.id, soon.id]
    assert [c.id for c in contracts.due_for_renewal()] == [soon.id, notice.id]
    contracts.set_renewal_days(10)
    assert [c.id for c in contracts.due_for_renewal()] == [notice.id]  # its notice date has come
    renewal = contracts.renew_contract(notice.id)
    assert contracts.due_for_renewal() == []
    assert renewal.previous_id == notice.id and renewal.relation == "renewal" and renewal.state == "draft"
    assert renewal.start_date == TODAY + dt.timedelta(days=81)
    assert renewal.auto_renewal and renewal.notice_days == 90 and renewal.template_source


def test_renewal_keeps_whole_months_and_history_reads_in_order(client):
    start = dt.date(2025, 1, 1)
    first = draft(client, start_date=start, end_date=dt.date(2025, 12, 31))
    contracts.sign_contract(first.id, start)
    second = contracts.renew_contract(first.id)
    assert (second.start_date, second.end_date) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    contracts.sign_contract(second.id, dt.date(2025, 12, 20))
    amendment = contracts.amend_contract(second.id)
    assert amendment.relation == "amendment" and amendment.end_date == second.end_date
    assert [c.id for c in contracts.chain(second.id)] == [first.id, second.id, amendment.id]
    assert [c.id for c in contracts.client_contracts(client.id)] == [first.id, second.id, amendment.id]
    with pytest.raises(WorkflowError):
        contracts.renew_contract(amendment.id)  # a draft is not renewed


def test_obligations_and_overdue(client):
    contract = draft(client)
    with pytest.raises(ValidationError) as caught:
        contracts.add_obligation(contract.id, {"kind": "lunch", "party": "them", "description": " "})
    assert set(caught.value.errors) == {"kind", "party", "due_date", "description"}
    late = contracts.add_obligation(contract.id, {"kind": "payment", "party": "client", "description": "Első részlet",
                                                  "due_date": TODAY - dt.timedelta(days=3)})
    contracts.add_obligation(contract.id, {"kind": "report", "party": "us", "description": "Negyedéves jelentés",
                                           "due_date": TODAY + dt.timedelta(days=10)})
    assert contracts.overdue_obligations(client_id=client.id) == []  # a draft binds no one yet
    contracts.sign_contract(contract.id, TODAY)
    assert [o.id for o in contracts.overdue_obligations(client_id=client.id)] == [late.id]
    assert contracts.overdue_counts([contract.id]) == {contract.id: 1}
    contracts.mark_obligation_done(late.id)
    assert contracts.overdue_obligations() == []
    assert [o.description for o in contracts.contract_obligations(contract.id)] == ["Első részlet",
                                                                                    "Negyedéves jelentés"]


def test_an_attached_scan_is_kept_in_the_database(client, tmp_path):
    contract = draft(client)
    scan = tmp_path / "aláírt példány.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    first = contracts.attach_file(contract.id, scan)
    second = contracts.attach_file(contract.id, scan)
    scan.unlink()  # the original may go: the copy stays
    paths = [contracts.open_copy(f.id) for f in (first, second)]
    assert all(p.read_bytes() == b"%PDF-1.4 scan" and p.name == "aláírt példány.pdf" for p in paths)
    assert paths[0] != paths[1] and not paths[0].is_relative_to(tmp_path)
    contracts.remove_file(first.id)
    assert ContractFile.select().count() == 1
    assert [part.file_id for part in ContractFilePart.select()] == [second.id]
    with pytest.raises(ValidationError):
        contracts.attach_file(contract.id, tmp_path / "nincs ilyen.pdf")


def test_missing_client_data_is_named_before_anything_is_written(client, tmp_path):
    bare = party.save_client({"name": "Ёлочка ООО", "legal_country": "RU"})
    contract = draft(bare, template_id=template_id("supply_en"))
    rendered = contract_document.preview(contract)
    assert "client.tax_number" in rendered.missing
    with pytest.raises(ValidationError) as caught:
        contracts.generate_documents(contract.id)
    assert any("tax number" in str(message) for message in caught.value.errors.values())
    assert ContractFile.select().count() == 0 and ContractFilePart.select().count() == 0


def test_generated_documents_carry_the_accented_data(client):
    contract = draft(client, amount="12000000", discount_percent="3")
    files = contracts.generate_documents(contract.id)
    assert sorted(f.kind for f in files) == ["docx", "pdf"]
    pdf = next(contracts.open_copy(f.id) for f in files if f.kind == "pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Őrség Fűszer Kft.", "Čapek Jiří", "10537914-2-44", contract.number, "01-09-123456"):
        assert expected in text
    docx = next(contracts.open_copy(f.id) for f in files if f.kind == "docx")
    words = "\n".join(p.text for p in Document(docx).paragraphs)
    tables = "\n".join(cell.text for table in Document(docx).tables for row in table.rows for cell in row.cells)
    assert "Őrség Fűszer Kft." in words + tables
    again = contracts.generate_documents(contract.id)  # replaces, never piles up
    assert ContractFile.select().count() == 2 and all(contracts.open_copy(f.id).stat().st_size for f in again)
    assert {part.file_id for part in ContractFilePart.select()} == {f.id for f in again}  # the old ones' gone


def test_generating_the_documents_writes_no_file(client, monkeypatch):
    """Made in memory and kept in the database: a copy in a temporary folder would lie readable beside an
    encrypted database (and stay there after a crash)."""
    import tempfile

    folders = []
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *args, **kwargs: folders.append(args) or 1 / 0)
    files = contracts.generate_documents(draft(client).id)
    assert folders == [] and sorted(f.kind for f in files) == ["docx", "pdf"]


def test_planner_suggests_contracts_ending(client):
    contract = draft(client, start_date=TODAY - dt.timedelta(days=300), end_date=TODAY + dt.timedelta(days=12))
    contracts.sign_contract(contract.id, TODAY - dt.timedelta(days=300))
    suggestions = suggestions_for_week(TODAY)
    mine = [s for s in suggestions if s.client_id == client.id]
    assert mine and contract.number in str(mine[0].reason) and mine[0].kind == "visit"


@pytest.mark.own_database("the command line reads what the test wrote through a connection of its own")
def test_cli_lists_and_exports(client, tmp_path, monkeypatch):
    contract = draft(client)
    contracts.sign_contract(contract.id, TODAY)
    run = [sys.executable, "-m", "kamdesk", "--database", os.environ[kdb.ENV_VAR]]
    listed = subprocess.run([*run, "list", "contracts", "--json", "--state", "active"], capture_output=True,
                            text=True, check=True)
    import json

    rows = json.loads(listed.stdout)
    assert rows[0]["number"] == contract.number and rows[0]["client"] == "Őrség Fűszer Kft."
    assert rows[0]["state"] == "active" and rows[0]["end_date"] == contract.end_date.isoformat()
    pdf, docx = tmp_path / "c.pdf", tmp_path / "c.docx"
    subprocess.run([*run, "export", "contract", contract.number, "--pdf", str(pdf), "--docx", str(docx)],
                   check=True, capture_output=True)
    assert pdf.read_bytes().startswith(b"%PDF") and docx.stat().st_size > 0
    missing = subprocess.run([*run, "export", "contract", "CT-1999-0001", "--pdf", str(pdf)], capture_output=True,
                             text=True)
    assert missing.returncode == 1 and "CT-1999-0001" in missing.stderr


def test_unknown_numbers(client):
    with pytest.raises(NotFound):
        contracts.contract_by_number("CT-1999-0001")


def test_a_draft_is_deleted_with_its_obligations_and_files(client, tmp_path):
    contract = draft(client)
    contracts.add_obligation(contract.id, {"kind": "payment", "party": "client", "description": "Előleg",
                                           "due_date": TODAY})
    scan = tmp_path / "vázlat.pdf"
    scan.write_bytes(b"%PDF-1.4 draft")
    contracts.attach_file(contract.id, scan)
    signed = draft(client)
    contracts.sign_contract(signed.id, TODAY)
    with pytest.raises(WorkflowError):
        contracts.delete_draft(signed.id)
    contracts.delete_draft(contract.id)
    assert ContractFile.select().count() == 0 and ContractFilePart.select().count() == 0
    assert [c.id for c in Contract.select()] == [signed.id]
    with pytest.raises(NotFound):
        contracts.delete_draft(contract.id)


def test_overdue_counts_only_contracts_in_force(client):
    waiting = draft(client)
    contracts.add_obligation(waiting.id, {"kind": "delivery", "party": "us", "description": "Első szállítás",
                                          "due_date": TODAY - dt.timedelta(days=2)})
    assert contracts.overdue_counts([waiting.id]) == {}  # a draft binds no one yet
    contracts.send_contract(waiting.id)
    assert contracts.overdue_counts([waiting.id]) == {waiting.id: 1}


def test_a_new_contract_starts_from_a_template_in_the_clients_language(client):
    assert contracts.default_template(client).key == "supply_hu"
    foreign = party.save_client({"name": "Ёлочка ООО", "legal_country": "RU"})
    assert contracts.default_template(foreign).key == "supply_en"
    assert contracts.default_template(client, "framework").key == "framework_hu"
    assert contracts.default_template(client, "service") is None  # nothing shipped for services


def test_an_unreadable_scan_is_refused_and_leaves_nothing(client, tmp_path, monkeypatch):
    contract = draft(client)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF")
    real_open = type(scan).open

    def refuse(self, *args, **kwargs):
        if self == scan:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(scan), "open", refuse)
    with pytest.raises(ValidationError, match="Permission denied"):
        contracts.attach_file(contract.id, scan)
    assert ContractFile.select().count() == 0 and ContractFilePart.select().count() == 0


def test_a_foreign_clients_contract_names_countries_and_skips_an_empty_registration_number(client):
    polish = party.save_client({"name": "Nowak Trade Sp. z o.o.", "legal_country": "PL", "legal_city": "Kraków",
                                "legal_postcode": "30-001", "legal_street": "ul. Długa 5",
                                "tax_number": "PL5260250274", "payment_terms_days": 30},
                               contacts=[{"name": "Jan Nowak", "is_primary": True}])
    contract = draft(polish, template_id=template_id("supply_en"))
    rendered = contract_document.preview(contract)
    text = rendered.text()
    assert not rendered.missing
    assert "30-001 Kraków, ul. Długa 5, Poland" in text
    assert "1132 Budapest, Váci út 1., Hungary" in text  # an international contract names both countries
    assert "registration number: 01-09-123456" in text and "registration number: ," not in text
    assert "governed by the laws of Hungary" in text
    assert ", Hungary" not in contract_document.preview(draft(client, template_id=template_id("supply_en"))).text()


def test_an_unedited_template_of_an_earlier_release_gets_todays_text(client):
    from kamdesk.core.documents.contract_template import builtin_templates

    today = next(t.source for t in builtin_templates() if t.key == "supply_en")
    old = today  # the text shipped before, when the registration numbers were printed even when empty
    old = old.replace("{% if client.registration_number %}, company registration number: "
                      "{{ client.registration_number }}{% endif %}",
                      ", company registration number: {{ client.registration_number }}")
    assert old != today
    contracts.ensure_builtin_templates()
    # the row as an earlier release shipped it, never saved by the user (save_template would be a user edit)
    ContractTemplate.update(source=old).where(ContractTemplate.key == "supply_en").execute()
    edited = ContractTemplate.get(ContractTemplate.key == "supply_hu")
    contracts.save_template({"source": "name: mine\n---\nedited"}, template_id=edited.id)
    contracts.ensure_builtin_templates()
    assert "{% if client.registration_number %}" in ContractTemplate.get(ContractTemplate.key == "supply_en").source
    assert ContractTemplate.get(ContractTemplate.key == "supply_hu").source.endswith("edited")
