"""Command line: no sub-command starts the GUI; sub-commands drive the same services headless."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from kamdesk import __version__
from kamdesk.commands import BAR_WIDTH, bar  # noqa: F401 (BAR_WIDTH: the width the demo's bars are drawn at)
from kamdesk.core import db, redaction
from kamdesk.core.errors import DatabaseFault, KamdeskError

log = logging.getLogger("kamdesk")

MAX_DEMO_CLIENTS = 1_000_000  # the largest base the speed figures are measured at


def build_parser() -> argparse.ArgumentParser:
    from kamdesk import (
        areas,
        audit_commands,
        safety_commands,
        server_commands,
        sync_commands,
    )
    from kamdesk.area import load
    from kamdesk.commands import whole_number
    from kamdesk.gui.screenshot import view_names

    parser = argparse.ArgumentParser(prog="kamdesk", description="The desk of a key account manager.")
    parser.add_argument("--version", action="version", version=f"kamdesk {__version__}")
    database_help = f"database URL (default: ${db.ENV_VAR} or {db.default_url()})"
    parser.add_argument("--database", metavar="URL", help=database_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--clients", type=whole_number(1, MAX_DEMO_CLIENTS, "the number of clients"), default=2000,
                      help=f"number of clients (default 2000, at most {MAX_DEMO_CLIENTS:,})")
    demo.add_argument("--seed", type=whole_number(0, 2**63 - 1, "the seed"), default=1, help="random seed: the same seed gives the same data")
    demo.add_argument("--lang", choices=("en", "hu"),
                      help="language of the demo's texts (default: the system's, as the application's)")

    verbs = {"import": sub.add_parser("import", help="import data from a file"),
             "export": sub.add_parser("export", help="export data to a file"),
             "list": sub.add_parser("list", help="list records"),
             "report": sub.add_parser("report", help="a report as text, PDF or Excel"),
             "mail": sub.add_parser("mail", help="send a document by e-mail, or save it as a draft for your mail "
                                                 "program")}
    verbs = {name: verb.add_subparsers(dest="what", metavar="WHAT", required=True) for name, verb in verbs.items()}
    verbs["kamdesk"] = sub  # an area's command of its own (`kamdesk letters …`)
    for area in areas.AREAS:
        if area.commands:
            load(area.commands)(verbs)
    safety_commands.add_commands(sub, verbs)
    server_commands.add_commands(sub, verbs)
    audit_commands.add_commands(verbs)
    sync_commands.add_commands(sub, verbs)

    shot = sub.add_parser("screenshot", help="render a view offscreen into a PNG")
    shot.add_argument("view", help="one of: " + view_names())
    shot.add_argument("out", type=Path)
    shot.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    _database_on_every_command(parser, database_help)
    return parser


def _database_on_every_command(parser: argparse.ArgumentParser, help_text: str) -> None:
    """`--database` after any command too (`kamdesk list clients --database URL`), not only before it.

    SUPPRESS as the default: a command's parser sets the value only when it is
    given there, so one given before the command is not overwritten by None.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=help_text)
                _database_on_every_command(command, help_text)


def window_asked(argv: list[str]) -> argparse.Namespace | None:
    """`kamdesk` or `kamdesk --database URL`, read without building every command's parser (which imports
    every area's commands: time the window's start would wait for); None for anything else."""
    parser = argparse.ArgumentParser(prog="kamdesk", add_help=False, exit_on_error=False)
    parser.add_argument("--database")
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --database without its URL: the whole parser says so
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    args = window_asked(sys.argv[1:] if argv is None else argv) or build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    redaction.guard_log_handlers()
    if args.command is None:
        return start_gui(args.database)
    try:
        unlock_database(args.database)
        return args.run(args) if "run" in args else COMMANDS[args.command](args)
    except DatabaseFault as error:  # damaged or unreadable: say so, and which backup would replace it
        print(f"kamdesk: {redaction.scrub(str(error.message))}", file=sys.stderr)
        from kamdesk import safety_commands

        advice = safety_commands.damaged_database_advice(args.database)
        if advice:
            print(f"kamdesk: {advice}", file=sys.stderr)
        return 1
    except KamdeskError as error:
        print(f"kamdesk: {redaction.scrub(str(error.message))}", file=sys.stderr)
        return 1
    except MemoryError:  # beyond what the bounded readers foresee: a sentence, not a traceback
        print("kamdesk: this needs more memory than the computer has free; what was being done is not saved "
              "(its transaction was rolled back).", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except OSError as error:
        print(redaction.scrub(f"kamdesk: {error.strerror or error}: {error.filename or ''}".rstrip(": ")),
              file=sys.stderr)
        return 1


PASSPHRASE_TRIES = 3


def unlock_database(url: str | None) -> None:
    """Unlock an encrypted database file once, for whatever the command does with it.

    The passphrase comes from $KAMDESK_PASSPHRASE, else from a prompt on the terminal
    (three tries); with neither, PassphraseNeeded says how to give it.
    """
    from kamdesk.core import cipher
    from kamdesk.core.errors import PassphraseWrong

    path = db.sqlite_path(db.resolve_url(url))
    if path is None or not db.is_encrypted(path):
        return
    if os.environ.get(cipher.PASSPHRASE_VAR) or not sys.stdin.isatty():
        cipher.key_for(path)
        return
    import getpass

    for attempt in range(1, PASSPHRASE_TRIES + 1):
        try:
            db.unlock(path, getpass.getpass(f"Passphrase of {path.name}: "))
            return
        except PassphraseWrong as error:
            if attempt == PASSPHRASE_TRIES:
                raise
            print(f"kamdesk: {error.message}", file=sys.stderr)


def start_gui(database: str | None) -> int:
    """The window, or the command that installs the system libraries Qt needs for it."""
    from kamdesk import qt_libraries

    problem = qt_libraries.check(os.environ)
    if problem:
        print(f"kamdesk: {problem}", file=sys.stderr)
        return 1
    import gc

    # the window collects garbage from a timer on its own thread (kamdesk.gui.main_thread_gc): off from here, not
    # only once its modules are imported, whose new objects the collector would walk again and again for nothing
    gc.disable()
    from kamdesk.gui.app import run_gui

    return run_gui(database)


def cmd_demo(args) -> int:
    from kamdesk.core.services.demo import create_demo
    from kamdesk.core.services.demo_words import demo_language

    language = args.lang
    if language is None:  # the language the application's window speaks
        from PySide6.QtCore import QLocale

        language = demo_language(next(iter(QLocale.system().uiLanguages()), ""))
    db.connect(args.database)
    create_demo(args.clients, args.seed, progress=step_bars(), language=language)
    print(f"created {args.clients} demo clients in {db.redacted(db.resolve_url(args.database))}")
    return 0


def cmd_screenshot(args) -> int:
    from kamdesk.gui.screenshot import take_screenshot

    width, _, height = args.size.partition("x")
    take_screenshot(args.database, args.view, args.out, (int(width), int(height)))
    print(f"saved {args.out}")
    return 0


STEP_WIDTH = 20  # the steps' names padded to one width, so that their bars line up


def step_bars(stream=None):
    """A `progress(done, total, step)` drawing one line per step on a terminal (stderr):
    "Orders               [############------------------]  40%".

    A step's line is redrawn only when its bar or percentage moves, and ends when
    the next step begins or the step reaches its total. Not on a terminal (a
    script, a pipe) it draws nothing.
    """
    out = stream or sys.stderr
    shown: list = [None, None]  # the step on the open line, and what its line shows

    def progress(done: int, total: int, step: str) -> None:
        if not out.isatty():
            return
        if step != shown[0] and shown[1] is not None and not shown[1][1]:
            print(file=out)  # the previous step's line stays as it was
        ratio = min(done / total, 1.0) if total > 0 else 1.0
        state = (int(ratio * 100), done >= total)
        if (step, state) == tuple(shown):
            return
        shown[:] = [step, state]
        print(f"\r{step:<{STEP_WIDTH}} {bar(ratio)} {state[0]:3d}%",
              end="\n" if state[1] else "", file=out, flush=True)

    return progress


COMMANDS = {"demo": cmd_demo, "screenshot": cmd_screenshot}  # the areas' commands say what runs them (args.run)
