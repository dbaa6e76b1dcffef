"""Compile ui/*.ui into kamdesk/gui/forms/<name>_ui.py with pyside6-uic (`make forms`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if exe is None:
        raise SystemExit("pyside6-uic not found; install PySide6-Essentials")
    return [exe]


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of `ui_file`."""
    result = subprocess.run([*uic_command(), "-g", "python", str(ui_file)],
                            check=True, capture_output=True, text=True)
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"{ui_file.stem}_ui.py"


def main() -> None:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
