"""Filling in a contract template in the application's process or in a child process: what a clean render costs.

Issue 15 asks templates to run within a time and a memory limit without a
clean render getting noticeably slower. Figures (median ms over RUNS, the four
shipped templates with the sample data):

- in process: `_render_here` (check and render, as before issue 15, no limits);
- warm child: `render_contract` through the long-lived child (`template_worker`);
- first call: the child started, then the render (once per session, and after a
  hostile template had the child killed);
- child per render: a new process for every render (the alternative not taken);
- check: `check_template` through the child, and `_check_here` in process.

The warm child's render is measured alternately with the in-process render, its floor
(`figures.paired`); recorded: `template_render_child_ms` (the slowest template's median, its in-process
median as the floor and the ratio) and `template_first_render_ms`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from common import ROOT
from figures import paired, record

RUNS = 30


def median_ms(work, runs: int = RUNS) -> float:
    figures = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        figures.append((time.perf_counter() - start) * 1000)
    return statistics.median(figures)


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kamdesk.core.documents import template_worker
    from kamdesk.core.documents.contract_template import (
        _check_here,
        _render_here,
        builtin_templates,
        check_template,
        render_contract,
        sample_context,
    )

    templates = builtin_templates()
    contexts = {language: sample_context(language) for language in ("en", "hu")}
    template_worker.stop()
    start = time.perf_counter()
    render_contract(templates[0].source, contexts[templates[0].language])
    first = (time.perf_counter() - start) * 1000
    print(f"first call (child started, then one render): {first:.0f} ms")
    record("template_first_render_ms", first, "ms")
    print(f"{'template':<14}{'in process':>12}{'warm child':>12}{'check here':>12}{'check child':>12}")
    slowest = None
    for template in templates:
        context = contexts[template.language]
        pair = paired(lambda: render_contract(template.source, context),
                      lambda: _render_here(template.source, context, False), RUNS)
        here, child = pair.floor.median, pair.work.median
        slowest = pair if slowest is None or child > slowest.work.median else slowest
        check_here = median_ms(lambda: _check_here(template.source))
        check_child = median_ms(lambda: check_template(template.source))
        print(f"{template.key:<14}{here:>10.1f}ms{child:>10.1f}ms{check_here:>10.1f}ms{check_child:>10.1f}ms")
    script = ("from kamdesk.core.documents.contract_template import _render_here, builtin_templates, sample_context;"
              "t = builtin_templates()[0]; _render_here(t.source, sample_context(t.language), False)")
    spawned = median_ms(lambda: subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT), runs=5)
    print(f"child per render (start Python, import, render): {spawned:.0f} ms")
    print(slowest.line("the slowest template, warm child against in process"))
    record("template_render_child_ms", slowest.work.median, "ms", floor=slowest.floor.median)


if __name__ == "__main__":
    main()
