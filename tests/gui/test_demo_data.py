"""Demo data from the GUI: the progress dialog names each step, in the desk's language."""

import gc

from PySide6.QtCore import QCoreApplication

from kamdesk.core.services import demo
from kamdesk.core.services.demo import FINISHING, create_demo
from kamdesk.gui.demo_data import step_progress
from kamdesk.gui.messages import translated
from kamdesk.gui.operations import Task


def test_the_dialog_names_every_step_under_its_title_in_the_desks_language(db, language):
    language("hu")
    seen = []
    was_on = gc.isenabled()
    gc.disable()  # as the GUI's own collector leaves it: the demo must not switch automatic collection back on
    try:
        create_demo(12, progress=step_progress(Task(lambda *report: seen.append(report)), "Demo adatok…"))
        assert not gc.isenabled()
    finally:
        if was_on:
            gc.enable()

    titles = [title for title, _ in demo._area_steps()]
    expected = [QCoreApplication.translate("MainWindow", title) for title in ("Catalogue", "Clients", "Calendar",
                                                                               *titles)]
    assert "Ügyfelek" in expected and "Orders" not in expected  # the navigation's own translations
    shown = list(dict.fromkeys(text for _, _, text in seen))
    assert shown == [f"Demo adatok…\n{name}" for name in [*expected, translated(FINISHING)]]
    assert shown[-1].endswith("Befejezés")
