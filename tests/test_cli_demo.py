"""`kamdesk demo` on a terminal: a bar for every step, each step named as the navigation names its area."""

import gc
import io
import sys

from kamdesk.cli import BAR_WIDTH, main, step_bars
from kamdesk.core.services import demo


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_demo_draws_a_full_bar_for_every_step_on_a_terminal(capsys, tmp_path, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    was_on = gc.isenabled()  # the GUI tests' collector may have switched it off for the session
    gc.enable()  # as a command line starts
    try:
        assert main(["--database", f"sqlite:///{tmp_path / 'demo.db'}", "demo", "--clients", "30", "--lang",
                     "en"]) == 0
        assert gc.isenabled()  # off while the demo was made, on again
    finally:
        if not was_on:
            gc.disable()

    assert "created 30 demo clients" in capsys.readouterr().out
    finished = [line.rpartition("\r")[2] for line in terminal.getvalue().split("\n") if line]
    steps = ["Catalogue", "Clients", "Calendar", *(title for title, _ in demo._area_steps()), "Finishing"]
    assert [line.split(" [")[0].strip() for line in finished] == steps
    assert all(line.endswith(f"[{'#' * BAR_WIDTH}] 100%") for line in finished)


def test_the_step_bars_redraw_only_when_they_move_and_stay_off_pipes():
    terminal, pipe = Terminal(), io.StringIO()
    draw, silent = step_bars(terminal), step_bars(pipe)
    for done in range(0, 100_001, 10):
        draw(done, 100_000, "Clients")
        silent(done, 100_000, "Clients")
    draw(0, 1, "Orders")
    draw(1, 4, "Orders")  # a step may learn its total on the way
    draw(4, 4, "Orders")
    draw(4, 4, "Orders")

    clients, orders, rest = terminal.getvalue().split("\n")
    assert clients.count("\r") == 101  # each per cent once, not each of 10,001 calls
    assert "\rClients              [" + "#" * 15 + "-" * 15 + "]  50%" in clients
    assert orders.endswith("\rOrders               [" + "#" * BAR_WIDTH + "] 100%")
    assert orders.count("\r") == 3 and rest == ""
    assert pipe.getvalue() == ""


def test_a_step_left_unfinished_keeps_its_line():
    terminal = Terminal()
    draw = step_bars(terminal)
    draw(1, 2, "Orders")
    draw(0, 1, "Finishing")

    assert terminal.getvalue().split("\n")[0].endswith("]  50%")
