"""The area registry: one description per area, readable without Qt, and what the CLI and the demo take from it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from kamdesk import areas
from kamdesk.area import load

WITHOUT_QT = textwrap.dedent("""
    import json, sys
    from kamdesk import areas, cli
    from kamdesk.area import load

    cli.build_parser()
    for area in areas.AREAS:
        for path in (area.commands, area.demo, area.attach, area.shown, *(s.build for s in area.screenshots)):
            if path:
                load(path)
    print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"})))
""")


def test_every_area_has_its_own_key_and_the_shortcuts_of_before():
    assert areas.keys() == ("clients", "calendar", "orders", "catalogue", "company", "offers", "contracts",
                            "receivables", "refusals", "complaints", "kpis", "competitors", "reports", "analytics",
                            "admin", "mail", "letters")
    assert [area.shortcut for area in areas.AREAS if area.shortcut] == [
        f"Ctrl+{n}" for n in (1, 2, 3, 4, 5, 6, 7, 9, 0, 8)]
    assert areas.area("refusals").shortcut == ""  # an analysis looked at now and then: no key of its own
    assert areas.area("competitors").shortcut == ""
    assert areas.area("reports").shortcut == ""
    assert areas.area("analytics").shortcut == ""
    assert [areas.index(key) for key in areas.keys()] == list(range(17))
    assert areas.area("contracts").card_tabs == ("kamdesk.gui.contract.client_tab:ContractsTab",)


def test_the_registry_the_command_line_and_the_areas_parts_load_without_qt():
    done = subprocess.run([sys.executable, "-c", WITHOUT_QT], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == []


def test_the_demo_runs_the_steps_the_areas_register_in_their_order():
    from kamdesk.core.services import demo

    from kamdesk.core.services import competitor_demo, complaint_demo, plans_demo, returns_demo, settlement_demo

    assert demo.registered_steps() == [demo.orders_step, demo.offers_step, demo.contracts_step, settlement_demo.step,
                                       returns_demo.step, complaint_demo.step, plans_demo.step, competitor_demo.step]


def test_a_dotted_path_names_a_module_attribute():
    assert load("kamdesk.areas:keys") is areas.keys
    assert load("kamdesk.areas") is areas


def test_every_table_says_who_may_see_its_rows():
    from kamdesk.core.models import ALL_MODELS
    from kamdesk.core.models.access import access_of

    for model in ALL_MODELS:
        access_of(model)  # raises for a table without a row_access declaration
