"""Every ui/*.ui compiles to exactly the committed kamdesk/gui/forms/<name>_ui.py (run `make forms`)."""

import re

import pytest

from kamdesk.gui.forms.compile import UI_DIR, compile_form, target_for

UI_FILES = sorted(UI_DIR.glob("*.ui"))
# pyside6-uic writes its own version into the header; a newer uic must not make forms "stale".
UIC_HEADER = re.compile(r"^## Created by: Qt User Interface Compiler.*$", re.MULTILINE)


def without_header(source: str) -> str:
    return UIC_HEADER.sub("", source)


def test_there_are_forms():
    assert UI_FILES, f"no .ui files in {UI_DIR}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.name)
def test_compiled_form_is_fresh(ui_file):
    target = target_for(ui_file)
    assert target.exists(), f"{target.name} is missing: run `make forms` and commit it"
    committed = target.read_text(encoding="utf-8")
    assert without_header(compile_form(ui_file)) == without_header(committed), (
        f"{target.name} is stale: run `make forms` and commit it")
