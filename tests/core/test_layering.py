"""kamdesk.core never imports Qt: every core module is imported in a clean interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import kamdesk.core

CORE_DIR = Path(kamdesk.core.__file__).parent

IMPORT_ALL_CORE = textwrap.dedent("""
    import importlib, importlib.util, json, pkgutil, sys
    from pathlib import Path

    import kamdesk.core

    imported = ["kamdesk.core"]
    for info in pkgutil.walk_packages(kamdesk.core.__path__, "kamdesk.core.",
                                      onerror=lambda name: (_ for _ in ()).throw(ImportError(name))):
        if info.name.startswith("kamdesk.core.migrations.") and info.name.rsplit(".", 1)[1][:1].isdigit():
            continue  # numbered migration files are loaded by path, below, as the runner does
        importlib.import_module(info.name)
        imported.append(info.name)

    migrations = Path(kamdesk.core.__file__).parent / "migrations"
    for path in sorted(migrations.glob("[0-9]*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
        imported.append(path.name)

    qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"})
    print(json.dumps({"imported": imported, "qt": qt}))
""")


def expected_names() -> set[str]:
    names = set()
    for path in CORE_DIR.rglob("*.py"):
        relative = path.relative_to(CORE_DIR.parent.parent).with_suffix("")
        if relative.parent.name == "migrations" and path.stem[:1].isdigit():
            names.add(path.name)
        elif path.stem == "__init__":
            names.add(".".join(relative.parent.parts))
        else:
            names.add(".".join(relative.parts))
    return names


def run_isolated(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_core_imports_no_qt():
    report = run_isolated(IMPORT_ALL_CORE)
    imported = report["imported"]
    # the walk really covered the core: every .py file under kamdesk/core was imported
    # (a folder without __init__.py would be skipped by walk_packages: this notices)
    assert set(imported) == expected_names()
    for must in ("kamdesk.core.db", "kamdesk.core.money", "kamdesk.core.models.party",
                 "kamdesk.core.services.party", "kamdesk.core.services.client_search",
                 "kamdesk.core.services.demo", "0001_client_base.py"):
        assert must in imported
    assert report["qt"] == [], f"kamdesk.core pulled in Qt: {report['qt']}"


def test_the_check_does_see_qt():
    """Control: the same detection reports PySide6 once a GUI module is imported."""
    report = run_isolated(IMPORT_ALL_CORE.replace("import kamdesk.core\n",
                                                  "import kamdesk.core\nimport kamdesk.gui.errors\n", 1))
    assert "PySide6" in report["qt"]
