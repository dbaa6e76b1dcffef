"""`make test` installs the Debian packages its tests run (LibreOffice, poppler) when they are missing.

tests/debian-packages.sh runs here with stand-ins for dpkg-query, id and apt-get on the PATH.
"""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tests" / "debian-packages.sh"
INSTALL = "install -y --no-install-recommends"


@pytest.fixture
def system(tmp_path):
    """A Debian system with poppler-utils installed, package lists fetched, and apt-get writing to a log."""
    bin_dir, lists = tmp_path / "bin", tmp_path / "lists"
    bin_dir.mkdir()
    lists.mkdir()
    (lists / "deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4").touch()
    stubs = {
        "dpkg-query": 'for last; do :; done\n'  # the package is the last argument
                      'case " $INSTALLED " in *" $last "*) echo "install ok installed";; *) exit 1;; esac',
        "id": 'echo "$FAKE_UID"',
        "apt-get": f'echo "$*" >> {tmp_path / "apt.log"}',
    }
    for name, body in stubs.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin", "APT_LISTS": str(lists), "FAKE_UID": "0",
           "INSTALLED": "poppler-utils"}

    def run(*packages: str, **changes: str) -> tuple[subprocess.CompletedProcess, list[str]]:
        result = subprocess.run(["sh", str(SCRIPT), *packages], env={**env, **changes}, capture_output=True,
                                text=True, timeout=60)
        log = tmp_path / "apt.log"
        return result, log.read_text(encoding="utf-8").splitlines() if log.exists() else []

    run.lists = lists
    return run


def test_root_installs_only_the_missing_packages(system):
    result, apt = system("libreoffice-calc", "poppler-utils", "libreoffice-writer")
    assert result.returncode == 0
    assert apt == [f"{INSTALL} libreoffice-calc libreoffice-writer -o DPkg::Lock::Timeout=600"]


def test_a_fresh_machine_fetches_the_package_lists_first(system):
    for listed in system.lists.iterdir():
        listed.unlink()
    result, apt = system("libreoffice-calc")
    assert result.returncode == 0
    assert apt == ["update", f"{INSTALL} libreoffice-calc -o DPkg::Lock::Timeout=600"]


def test_nothing_missing_does_nothing(system):
    result, apt = system("poppler-utils")
    assert result.returncode == 0 and apt == []


def test_a_user_is_told_the_command_and_the_tests_do_not_run(system):
    result, apt = system("libreoffice-calc", "poppler-utils", FAKE_UID="1000")
    assert result.returncode == 1 and apt == []
    assert f"sudo apt-get update && sudo apt-get {INSTALL} libreoffice-calc" in result.stderr


def test_make_test_runs_it_with_the_packages_the_tests_use():
    dry_run = subprocess.run(["make", "-n", "test-packages"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "tests/debian-packages.sh libreoffice-calc libreoffice-writer poppler-utils" in dry_run.stdout
    prerequisites = subprocess.run(["make", "-pn", "test"], cwd=ROOT, capture_output=True, text=True).stdout
    assert any(line.startswith("test:") and "test-packages" in line for line in prerequisites.splitlines())
