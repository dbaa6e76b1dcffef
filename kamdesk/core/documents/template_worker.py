"""Contract templates checked and filled in a child process, within a time and a memory limit.

A template is a small program: a loop inside a loop, a macro calling itself
twice, `'a' * 10**9` or `'a'|center(10**9)` would hang the application or
exhaust its memory if run in it (the Jinja sandbox refuses unsafe attributes,
not unbounded work, and Python cannot stop a thread). `call(function, *args)`
runs a module-level function (`contract_template`'s checking and filling in) in a
long-lived child process instead: started on first use (about 0.1 s), then
reused, so a clean render costs one pipe round trip more
(benchmarks/bench_template_render.py measured the choice).

The child stops a job after MAX_SECONDS with `TemplateTimeout` raised where the
template is (so the problem names its line), and cannot grow past
MAX_MEMORY_BYTES where the system bounds a process's address space (Linux; a
`MemoryError` there is a template problem too; elsewhere the time limit holds).
A child that does not answer within MAX_SECONDS + GRACE_SECONDS (one huge
operation in C) is killed, `call` raises `TemplateTimeout`, and the next call
starts a new child. Calls from several threads take turns.

    python -m kamdesk.core.documents.template_worker   # the child: jobs on stdin, answers on stdout
"""

from __future__ import annotations

import atexit
import os
import pickle
import queue
import subprocess
import sys
import threading
from pathlib import Path

MAX_SECONDS = 2.0  # a contract fills in within ~20 ms; one still busy after 2 s loops or recurses without end
GRACE_SECONDS = 1.0  # for the child to stop the job itself and name the line before it is killed
MAX_MEMORY_BYTES = 512 << 20  # the child's address space: ~15 times what Python and a large contract take (~35 MB)
START_SECONDS = 60.0  # starting Python on a busy laptop is slow sometimes; that is not the template's fault


class TemplateTimeout(Exception):
    """A template's job ran longer than MAX_SECONDS (raised in the child where the template was)."""


class WorkerGone(Exception):
    """The child process ended without answering (the system ended it, e.g. out of memory)."""


class _Child:
    """One child process, with a thread reading its answers into a queue (pipes cannot be polled everywhere)."""

    def __init__(self):
        root = str(Path(__file__).resolve().parents[3])  # the directory holding the kamdesk package
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [root] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])}
        self.owner = os.getpid()  # a forked copy of the application starts a child of its own
        self.process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=environment)
        self.answers: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, name="template-worker-reader", daemon=True).start()
        if self._answer(START_SECONDS) != ("ready", None):
            self.stop()
            raise RuntimeError("the process filling in contract templates did not start")

    def _read(self) -> None:
        try:
            while True:
                self.answers.put(pickle.load(self.process.stdout))
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):  # the child ended (or was killed)
            self.answers.put(None)
        finally:
            self.process.stdout.close()  # here, not in stop(): closing it under a blocked read breaks the read

    def _answer(self, timeout: float):
        try:
            return self.answers.get(timeout=timeout)
        except queue.Empty:
            return None

    def ask(self, job: tuple, timeout: float):
        """The child's answer to `job`, or None when it did not answer in time (or died)."""
        try:
            pickle.dump(job, self.process.stdin)
            self.process.stdin.flush()
        except OSError:
            return None
        return self._answer(timeout)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        try:
            self.process.stdin.close()
        except OSError:  # the pipe broke when the child died
            pass


_lock = threading.Lock()
_child: _Child | None = None


def call(function, *args):
    """`function(*args)` run in the child (a module-level function of kamdesk, its result picklable).

    Raises TemplateTimeout or WorkerGone when the child could not finish it.
    """
    global _child
    with _lock:
        if _child is None or _child.owner != os.getpid() or not _child.alive():
            _child = _Child()
        job = (function.__module__, function.__name__, args, MAX_SECONDS)
        answer = _child.ask(job, MAX_SECONDS + GRACE_SECONDS)
        if answer is None:
            timed_out = _child.alive()
            _child.stop()
            _child = None
            raise TemplateTimeout() if timed_out else WorkerGone()
    kind, value = answer
    if kind == "timeout":
        raise TemplateTimeout()
    if kind == "memory":
        raise WorkerGone()
    if kind == "failed":  # a bug in kamdesk, not a template problem: the child sent its traceback
        raise RuntimeError(value)
    return value


def stop() -> None:
    """End the child (it is started again when needed)."""
    global _child
    with _lock:
        if _child is not None and _child.owner == os.getpid():
            _child.stop()
        _child = None


atexit.register(stop)


# ---------------------------------------------------------------- the child

def _on_alarm(_signal, _frame):
    import signal

    signal.setitimer(signal.ITIMER_REAL, 0.5)  # again soon, should the template's code swallow this one
    raise TemplateTimeout()


def _limit_resources() -> None:
    """Bound the child's memory (its address space)."""
    try:
        import resource
    except ImportError:  # Windows has none: there the time limit holds
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MAX_MEMORY_BYTES, MAX_MEMORY_BYTES))
    except (ValueError, OSError):  # a system that does not bound the address space (macOS): the time limit holds
        pass


def _run(function, args, seconds: float):
    import signal
    import traceback

    global MAX_SECONDS
    MAX_SECONDS = seconds  # the parent's limit (tests shorten it), also for the message naming it
    timer = hasattr(signal, "setitimer")
    if timer:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return ("done", function(*args))
    except TemplateTimeout:  # outside the template's own code (reading its structure after rendering)
        return ("timeout", None)
    except MemoryError:
        return ("memory", None)
    except Exception:  # noqa: BLE001 (sent to the parent, which raises it as a bug)
        return ("failed", traceback.format_exc())
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _serve() -> None:
    import importlib
    import signal

    channel = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not break the answers
    jobs = sys.stdin.buffer
    _limit_resources()
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, _on_alarm)
    import jinja2.sandbox  # noqa: F401 (imported before "ready": the first job's time limit is not spent on it)

    pickle.dump(("ready", None), channel)
    channel.flush()
    while True:
        try:
            module, name, args, seconds = pickle.load(jobs)
        except EOFError:
            return
        answer = _run(getattr(importlib.import_module(module), name), args, seconds) \
            if module.startswith("kamdesk.") else ("failed", module)
        pickle.dump(answer, channel)
        channel.flush()


if __name__ == "__main__":
    from kamdesk.core.documents.template_worker import _serve as serve  # this module's one copy, not __main__'s

    serve()
