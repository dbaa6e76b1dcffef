"""Who sits at a single-user desk (SQLite, no login): chosen per process, remembered only as the next default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kamdesk.core.services import company as company_service

ROOT = Path(__file__).resolve().parents[3]
SWITCH = """
import sys
from kamdesk.core import db
from kamdesk.core.services import company
db.connect(sys.argv[1])
print(company.current_manager().name)
if len(sys.argv) > 2:
    company.set_current_manager(int(sys.argv[2]))
    print(company.current_manager().name)
"""


def other_process(url: str, *switch_to: int) -> list[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SWITCH, url, *map(str, switch_to)], capture_output=True,
                          text=True, env=environment, timeout=120, check=True)
    return done.stdout.split("\n")[:-1]


def test_switching_in_another_process_leaves_this_one_alone(company, peter, tmp_path):
    url = f"sqlite:///{tmp_path / 'kamdesk.db'}"
    anna = company[1]
    assert company_service.current_manager().id == anna.id
    assert other_process(url, peter.id) == ["Kiss Anna", "Nagy Péter"]
    assert company_service.current_manager().id == anna.id
    assert other_process(url) == ["Nagy Péter"]  # the next start begins with the last choice


def test_a_process_keeps_its_choice_when_the_default_changes(company, peter):
    anna = company[1]
    assert company_service.current_manager().id == anna.id
    company_service.set_setting(company_service.CURRENT_MANAGER_KEY, str(peter.id))  # as another process would
    assert company_service.current_manager().id == anna.id
    company_service.set_current_manager(peter.id)
    assert company_service.current_manager().id == peter.id


def test_a_single_user_desk_needs_no_login_and_may_do_everything(company):
    from kamdesk.core.services import catalogue

    assert company_service.has_role("admin")
    product = catalogue.save_product({"sku": "SAJT-1", "name": "Sajt", "unit": "kg"})
    assert product.id
