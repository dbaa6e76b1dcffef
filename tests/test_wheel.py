"""The wheel carries everything an installed kamdesk needs: packages, resources, compiled forms.

The wheel is built from a copy of the checkout (so the build never touches the
working tree others are editing), installed with --no-deps into a fresh venv,
and used from a folder outside the repository. The fresh venv sees the
dependencies (peewee, PySide6 ...) of the test venv through a .pth line: this
proves the wheel's own content without downloading the dependencies again.
A .pth line only adds the folder to sys.path, it does not run the .pth files
inside it, so the editable install of the checkout stays invisible.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

import kamdesk

REPO = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
                              ".pytest_cache", "*.db", "*.db-wal", "*.db-shm")

pytestmark = pytest.mark.slow


def run(args, cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def source_files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(REPO, source, ignore=SKIP)
    run([sys.executable, "-m", "build", "--wheel", "--outdir", work / "dist", source], cwd=work)
    [built] = (work / "dist").glob("kamdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed; its dependencies come from the test venv."""
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=venv.parent)
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet",
         wheel], cwd=venv.parent)
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=venv.parent).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return venv


def test_wheel_holds_every_package_resource_and_form(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    # every package of the checkout (a folder with __init__.py) is in the wheel
    for init in (REPO / "kamdesk").rglob("__init__.py"):
        if "__pycache__" not in init.parts:
            assert init.relative_to(REPO).as_posix() in names
    # every Python file, including the numbered migrations and the compiled forms
    for path in source_files(REPO / "kamdesk"):
        if path.endswith(".py"):
            assert f"kamdesk/{path}" in names, path
    # resources/ of the checkout becomes kamdesk/resources/
    resources = source_files(REPO / "resources")
    assert resources, "resources/ is empty"
    for path in resources:
        assert f"kamdesk/resources/{path}" in names, path
    assert any(n.startswith("kamdesk/gui/forms/") and n.endswith("_ui.py") for n in names)
    assert any(n.startswith("kamdesk/core/migrations/0001_") for n in names)


def test_installed_wheel_runs_from_outside_the_checkout(installed, tmp_path):
    python = installed / "bin" / "python"
    check = textwrap.dedent(f"""
        import importlib, importlib.resources, pathlib, sys
        import kamdesk
        package = pathlib.Path(kamdesk.__file__).resolve().parent
        assert package.is_relative_to(pathlib.Path({str(installed)!r}).resolve()), package
        assert {str(REPO)!r} not in [str(pathlib.Path(p).resolve()) for p in sys.path], sys.path

        from kamdesk.resources_path import resources_dir
        resources = resources_dir().resolve()
        assert resources == package / "resources", resources
        files = [p for p in resources.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        assert files, "no resources installed"
        assert list((resources / "icons").iterdir()), "no icons"
        assert importlib.resources.files("kamdesk.resources").joinpath("icons").is_dir()

        import kamdesk.gui.forms
        forms = sorted(p.name for p in pathlib.Path(kamdesk.gui.forms.__file__).parent.glob("*_ui.py"))
        assert forms, "no compiled forms"
        for name in forms:
            importlib.import_module("kamdesk.gui.forms." + name[:-3])

        # the numbered migrations are shipped: a new database gets the whole schema
        from kamdesk.core import db
        database = db.connect("sqlite:///" + str(pathlib.Path("new.db").resolve()))
        applied, pending, unknown = db.schema_status(database)
        assert applied and not pending and not unknown, (applied, pending, unknown)
        assert pathlib.Path(db.MIGRATIONS_DIR).resolve().is_relative_to(package)
        database.close()
        print("forms:", ", ".join(forms))
    """)
    result = run([python, "-c", check], cwd=tmp_path)
    assert "forms:" in result.stdout


def test_installed_console_script(installed, tmp_path):
    result = run([installed / "bin" / "kamdesk", "--version"], cwd=tmp_path)
    assert result.stdout.strip() == f"kamdesk {kamdesk.__version__}"
    result = run([installed / "bin" / "python", "-m", "kamdesk", "--version"], cwd=tmp_path)
    assert result.stdout.strip() == f"kamdesk {kamdesk.__version__}"


def test_installed_app_renders_a_client_card(installed, tmp_path):
    """A command that needs the compiled forms and resources/ (the window icon), from the wheel alone."""
    kamdesk_script = installed / "bin" / "kamdesk"
    url = f"sqlite:///{tmp_path / 'wheel.db'}"
    run([kamdesk_script, "--database", url, "demo", "--clients", "20"], cwd=tmp_path)
    run([kamdesk_script, "--database", url, "screenshot", "client:1", tmp_path / "card.png"], cwd=tmp_path)
    assert (tmp_path / "card.png").stat().st_size > 10_000
