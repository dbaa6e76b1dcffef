"""Starting the window on a Linux without the X11 libraries Qt needs names the command that installs them."""

import sys

import pytest

from kamdesk import qt_libraries
from kamdesk.cli import main

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2e)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f2e)
\tlibX11-xcb.so.1 => not found
\tlibglib-2.0.so.0 => not found
\tlibxcb-icccm.so.4 => not found
"""


@pytest.fixture
def linux_without_libraries(tmp_path, monkeypatch):
    """Linux where `ldd` reports the libraries of LDD as not found; the window would be started on X11."""
    ldd = tmp_path / "bin" / "ldd"
    ldd.parent.mkdir()
    (tmp_path / "ldd-output").write_text(LDD, encoding="utf-8")
    ldd.write_text(f"#!/bin/sh\ncat '{tmp_path / 'ldd-output'}'\n", encoding="utf-8")
    ldd.chmod(0o755)
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setenv("PATH", f"{ldd.parent}:/usr/bin:/bin")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(qt_libraries, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(qt_libraries, "found_marker", lambda: tmp_path / "cache" / "found")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    started = []
    monkeypatch.setattr("kamdesk.gui.app.run_gui", lambda database: started.append(database) or 0)
    return started


def test_the_window_does_not_start_and_the_install_command_names_every_missing_package(
        capsys, linux_without_libraries):
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "libxcb-icccm.so.4" in err
    assert ("sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libx11-xcb1 libglib2.0-0"
            in [line.strip() for line in err.splitlines()])
    assert linux_without_libraries == []


@pytest.mark.parametrize("platform", ["offscreen", "wayland", "wayland;xcb"])
def test_another_qt_platform_needs_no_x11_libraries(capsys, linux_without_libraries, monkeypatch, platform):
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    assert main([]) == 0
    assert capsys.readouterr().err == ""
    assert linux_without_libraries == [None]


def test_x11_is_checked_when_asked_for_or_the_default_outside_wayland(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert qt_libraries.uses_xcb({})
    assert qt_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert qt_libraries.uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1", "WAYLAND_DISPLAY": "wayland-0"})
    assert not qt_libraries.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})  # Qt takes its Wayland plugin there
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not qt_libraries.uses_xcb({})


def test_nothing_missing_starts_the_window(capsys, linux_without_libraries, tmp_path):
    (tmp_path / "ldd-output").write_text("\tlibxcb-cursor.so.0 => /lib/libxcb-cursor.so.0 (0x1)\n", encoding="utf-8")
    assert main([]) == 0
    assert capsys.readouterr().err == ""
    assert linux_without_libraries == [None]


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11.so.6", "libx11-6"), ("libEGL.so.1", "libegl1"),
    ("libdbus-1.so.3", "libdbus-1-3"), ("libgthread-2.0.so.0", "libglib2.0-0"), ("libz.so.1", "zlib1g"),
])
def test_debian_package_of_a_library(library, package):
    assert qt_libraries.package(library) == package


def test_the_plugin_of_the_installed_pyside6_is_found():
    plugin = qt_libraries.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"


def test_once_every_library_is_found_later_starts_do_not_ask_ldd_again(capsys, linux_without_libraries, tmp_path):
    (tmp_path / "ldd-output").write_text("\tlibxcb-cursor.so.0 => /lib/libxcb-cursor.so.0 (0x1)\n", encoding="utf-8")
    assert main([]) == 0
    (tmp_path / "ldd-output").write_text(LDD, encoding="utf-8")  # would refuse now: but ldd is not asked
    assert main([]) == 0
    assert linux_without_libraries == [None, None]
    (tmp_path / "libqxcb.so").write_bytes(b"another PySide6")  # a new plugin is checked again
    assert main([]) == 1
