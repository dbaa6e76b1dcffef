"""The office programs the document tests run: LibreOffice (headless) and poppler's pdftoppm/pdftotext.

`make test` installs them (`make test-packages`); a test that needs one fails with that hint when it is
missing, it never skips. `recalculated` opens workbooks in LibreOffice set to recalculate every formula
on load, so a test reads what the formulas compute, not the values the writer cached.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def program(name: str) -> str:
    """The path of an installed program; fails the test with the way to install it when it is missing."""
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed: `make test-packages` installs what the tests need")
    return found


def run(command: list[str], timeout: int) -> subprocess.CompletedProcess:
    """Run a program in its own process group, so that a stuck child (soffice.bin) is ended with it."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{Path(command[0]).name} did not finish within {timeout} s")
    assert process.returncode == 0, stderr
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def convert(paths: list[Path], target: str, outdir: Path, timeout: int = 240) -> list[Path]:
    """Convert files with one headless LibreOffice run (the start is the slow part), recalculating on load.

    `target` is what --convert-to takes: "xlsx", "pdf", "csv:Text - txt - csv (StarCalc):44,34,76" ...
    The profile is a fresh one in `outdir`, so the user's settings and a running LibreOffice do not matter.
    """
    profile = outdir / "libreoffice-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALCULATE_ON_LOAD, encoding="utf-8")
    converted = outdir / "converted"
    command = [program("soffice"), "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
               "--convert-to", target, "--outdir", str(converted), *map(str, paths)]
    run(command, timeout)
    extension = target.split(":")[0]
    results = [converted / f"{Path(path).stem}.{extension}" for path in paths]
    missing = [path.name for path in results if not path.exists()]
    assert not missing, f"LibreOffice did not write {missing}"
    return results


def recalculated(paths: list[Path], outdir: Path) -> list[Path]:
    """The workbooks as LibreOffice computes them, saved again as .xlsx (read the values with openpyxl)."""
    return convert(paths, "xlsx", outdir)
