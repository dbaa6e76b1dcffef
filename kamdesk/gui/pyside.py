"""PySide6 loaded as kamdesk's GUI uses it: without PySide6's `__feature__` import hook.

For its opt-in `from __feature__ import snake_case, true_property`, PySide6 puts a hook in front of every
import statement that, for each module named in one for the first time, reads the module's source to see
whether it mentions PySide6: about 20 ms of CPU for the ~130 modules (peewee's 300 KB among them) that
the start imports after PySide6. kamdesk selects no feature, and PySide6 treats a module its hook never
saw as selecting none, so the hook is taken out once PySide6 is loaded. The import it put itself in
front of (PySide6's lazy loading of its types, `builtins.__orig_import__`) stays. Import this module
before kamdesk's own wherever the GUI starts (kamdesk.gui.app).
"""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401 (loads PySide6, which puts the hook in)


def take_out_feature_hook() -> None:
    """Python's import statement back to what it was before PySide6's `__feature__` hook (if it is there)."""
    underneath = getattr(builtins, "__orig_import__", None)
    if underneath is not None and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = underneath


take_out_feature_hook()
