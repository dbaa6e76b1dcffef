"""Broken and hostile files through every import: each ends in an import or a clear error, within its limits.

For every import of the registry (tests/fuzz/imports.py) the named hostile
files (tests/fuzz/hostile.py) and seeded random mutations of valid files
(tests/fuzz/mutations.py) go through the command line and through the
services, in two child processes side by side with memory and time limits
(tests/fuzz/batch.py). Of every run: no traceback, no MemoryError or
RecursionError, no limit passed; an error is one line a person can read;
no U+FFFD stored; after an error the database is as it was, after an import
it holds as many new records as the import reported. Some files must also be
refused, named in the error, stored exactly, or never stored.

KAMDESK_FUZZ_SEED and KAMDESK_FUZZ_MUTATIONS make another or a longer run
(e.g. 500 mutations) for a search beyond what the suite runs each time;
KAMDESK_FUZZ_BATCH_SECONDS gives such a run its time (tests/fuzz/batch.py).
"""

from __future__ import annotations

import os
import random
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.fuzz import batch, hostile, mutations
from tests.fuzz.imports import KINDS

SEED = int(os.environ.get("KAMDESK_FUZZ_SEED", "15"))
MUTATIONS = int(os.environ.get("KAMDESK_FUZZ_MUTATIONS", "12"))  # per import
MAX_MESSAGE_CHARS = 1000  # an error or a row's reason a person reads: never a page of the file
# Python's own words for its exceptions: an error quoting them was not written for the user
PYTHON_WORDS = re.compile(r"index out of range|NoneType|has no attribute|invalid literal for|not subscriptable|"
                          r"unexpected keyword|codec can't (de|en)code|Traceback|object is not|KeyError|"
                          r"unsupported operand|takes \d+ positional")
PATHS = ("cli", "services")
BATCHES = 2  # child processes side by side: the cores of the machine the suite runs on
ERROR_LINE = re.compile(r"kamdesk: |row \d+: ")
pytestmark = pytest.mark.timeout(batch.BATCH_SECONDS + 60)  # the first test waits for the module's batches
REPLACEMENT_BYTES = (b"\xef\xbf\xbd", b"\xfd\xff", b"\xff\xfd")  # U+FFFD in UTF-8 or UTF-16: the file has one

CASES = [*hostile.GENERATORS, *(f"mutation-{index:02d}" for index in range(MUTATIONS))]


def generate(kind_name: str, case: str, folder) -> hostile.HostileFile:
    kind = KINDS[kind_name]
    context = hostile.Context(random.Random(f"{SEED}/{kind_name}/{case}"), folder)
    if case.startswith("mutation-"):
        return mutations.mutated(kind, context)
    return hostile.GENERATORS[case](kind, context)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Every file of every import through both paths: (import, case) → (file, {path: result})."""
    folder = tmp_path_factory.mktemp("fuzz")
    files, runs = {}, []
    for kind_name in KINDS:
        for case in CASES:
            made = generate(kind_name, case, folder)
            path = folder / f"{kind_name}-{case}{made.suffix}"
            path.write_bytes(made.data)
            files[kind_name, case] = made
            runs += [{"key": f"{kind_name}/{case}/{way}", "file": str(path), "kind": kind_name, "path": way,
                      "stored": list(made.expect.stored), "never_stored": list(made.expect.never_stored)}
                     for way in PATHS]
    results = run_side_by_side(runs, tmp_path_factory)
    return {key: (made, {way: results[f"{key[0]}/{key[1]}/{way}"] for way in PATHS}) for key, made in files.items()}


def run_side_by_side(runs: list[dict], tmp_path_factory) -> dict[str, dict]:
    """The runs dealt into BATCHES batches, each in its child, side by side; the small files first (when a
    batch's time is over, the big ones are left)."""
    runs = sorted(runs, key=lambda run: (Path(run["file"]).stat().st_size, run["key"]))
    batches = [(tmp_path_factory.mktemp(f"batch{index}"), runs[index::BATCHES]) for index in range(BATCHES)]
    with ThreadPoolExecutor(BATCHES) as pool:
        done = pool.map(lambda batch_: batch.run_batch(batch_[1], batch_[0]), batches)
        return {key: result for finished in done for key, result in finished.items()}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("kind", list(KINDS))
def test_a_file_ends_in_an_import_or_a_clear_error(outcomes, kind, case):
    made, results = outcomes[kind, case]
    found = [f"{way}: {problem}" for way, result in results.items() for problem in problems(way, result, made)]
    assert not found, "\n".join(found)


def problems(way: str, result: dict, made: hostile.HostileFile) -> list[str]:
    """What is wrong with one run's outcome (nothing: an empty list)."""
    if "ended" in result:
        return [result["ended"]]
    found = []
    if result["exception"]:
        found.append(f"escaped as a traceback: {result['exception']}")
    if result["file_changed"]:
        found.append("the file imported was changed")
    found += _cli_problems(result) if way == "cli" else _service_problems(result)
    if result["replacement_char"] and not any(marks in made.data for marks in REPLACEMENT_BYTES):
        found.append(f"U+FFFD stored: {'; '.join(result['replacement_char'])}")
    if result["found"]:
        found.append(f"stored what must never be: {', '.join(result['found'])}")
    told = _message_text(way, result)
    python = [line for line in told.splitlines() if PYTHON_WORDS.search(line)]
    found += [f"an error in Python's words: {line[:300]}" for line in python[:1]]
    return found + _expected(result, made.expect, told)


def _cli_problems(result: dict) -> list[str]:
    found = []
    if result["exit"] not in (0, 1) and not result["exception"]:
        found.append(f"exit code {result['exit']}: {result['stderr'][-3:]}")
    if any("Traceback" in line for line in result["stderr"] + result["stdout"]):
        found.append(f"a traceback on the output: {result['stderr'][:5]}")
    errors = [line for line in result["stderr"] if ERROR_LINE.match(line)]
    found += [f"an error line of {len(line)} characters: {line[:200]}…" for line in errors
              if len(line) > MAX_MESSAGE_CHARS][:1]
    if result["exit"] == 1:
        if not errors:
            found.append(f"exit code 1 without an error: {result['stderr'][:3]}")
        if not result["unchanged"]:
            found.append("exit code 1 and yet the database was changed")
    if result["exit"] == 0 and result["written"] != result["added"]:
        found.append(f"reported {result['written']} written, the database has {result['added']} more")
    return found


def _service_problems(result: dict) -> list[str]:
    found = []
    if result["exception"]:
        return found
    if result["refusal"] is not None:
        if result["refusal_lines"] > 1:
            found.append(f"an error of {result['refusal_lines']} lines: {result['refusal'][:300]}")
        if result["refusal_chars"] > MAX_MESSAGE_CHARS:
            found.append(f"an error of {result['refusal_chars']} characters: {result['refusal'][:200]}…")
        if not result["unchanged"]:
            found.append(f"refused ({result['refusal'][:200]}) and yet the database was changed")
        return found
    if result["reason_lines"] > 1:
        found.append(f"a row's reason of {result['reason_lines']} lines")
    if result["reason_chars"] > MAX_MESSAGE_CHARS:
        found.append(f"a row's reason of {result['reason_chars']} characters")
    if result["written"] != result["added"]:
        found.append(f"wrote {result['written']} records, the database has {result['added']} more")
    return found


def _message_text(way: str, result: dict) -> str:
    """What the user was told: the error, or the reasons of the rows not imported."""
    if way == "cli":
        return "\n".join(line for line in result.get("stderr", []) if ERROR_LINE.match(line))
    return result.get("refusal") or "\n".join(result.get("reasons", []))


def _expected(result: dict, expect: hostile.Expect, told: str) -> list[str]:
    found = []
    if expect.refused and not result["unchanged"]:
        found.append(f"imported from a file that must be refused (told: {told[:300]!r})")
    if expect.refused:
        found += [f"the message does not name {pattern!r}: {told[:300]!r}" for pattern in expect.mentions
                  if not re.search(pattern, told)]
    if result["missing"]:
        found.append(f"not stored as written: {result['missing']} (told: {told[:300]!r})")
    return found
