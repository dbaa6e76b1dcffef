"""PySide6's `__feature__` import hook is out once the GUI has loaded PySide6 (kamdesk.gui.pyside)."""

import builtins
import sys

import kamdesk.gui.app  # noqa: F401 (the GUI's start, which loads kamdesk.gui.pyside)
from kamdesk.gui import pyside


def test_imports_after_the_gui_loaded_pyside_go_past_its_feature_hook(tmp_path, monkeypatch):
    import PySide6.support.feature as feature

    assert builtins.__import__ is builtins.__orig_import__  # PySide6's own lazy import underneath stays
    (tmp_path / "kamdesk_probe_module.py").write_text("import PySide6\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        import kamdesk_probe_module  # noqa: F401
    finally:
        sys.modules.pop("kamdesk_probe_module", None)
    assert "kamdesk_probe_module" not in feature.pyside_feature_dict  # its source was not read to look for PySide6


def test_taking_the_hook_out_again_changes_nothing():
    before = builtins.__import__
    pyside.take_out_feature_hook()
    assert builtins.__import__ is before
