"""Packaging rules that protect users: the PySide6 pin, and the installed Qt honouring it."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
PYSIDE = "pyside6-essentials"


def dependencies() -> list[Requirement]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def pyside_requirements_for(python: str) -> list[Requirement]:
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    return [r for r in dependencies()
            if r.name.lower() == PYSIDE and (r.marker is None or r.marker.evaluate(environment))]


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13", "3.14"])
def test_exactly_one_pyside_requirement_applies(python):
    assert len(pyside_requirements_for(python)) == 1


def test_python_3_11_excludes_pyside_6_12():
    [requirement] = pyside_requirements_for("3.11")
    for bad in ("6.12.0", "6.12.1", "6.13.0"):
        assert not requirement.specifier.contains(bad, prereleases=True), bad
    for good in ("6.11.3", "6.11.0", "6.8.0"):
        assert requirement.specifier.contains(good), good
    assert not requirement.specifier.contains("6.7.3")


def test_newer_pythons_may_use_6_12():
    [requirement] = pyside_requirements_for("3.12")
    assert requirement.specifier.contains("6.12.0")
    assert requirement.specifier.contains("6.11.3")


def test_installed_pyside_honours_the_pin():
    installed = version("PySide6-Essentials")
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    [requirement] = pyside_requirements_for(python)
    assert requirement.specifier.contains(installed, prereleases=True), (installed, str(requirement))
    if sys.version_info[:2] == (3, 11):
        assert Version(installed).release[:2] != (6, 12), installed
    import PySide6

    assert PySide6.__version__ == installed  # the module imported is the distribution checked
