"""Reports: sales, activity, receivables, refusals and the variable-pay KPI summary, each a
`build(ReportRequest) -> ReportDocument` drawn to PDF and Excel by one renderer (see `model`).

`REPORTS` names each report's builder by dotted path, imported only when used, in the order the
Reports page and `kamdesk report --help` list them.
"""

from __future__ import annotations

import importlib

REPORTS: dict[str, str] = {
    "sales": "kamdesk.core.reports.sales:build",
    "activity": "kamdesk.core.reports.activity:build",
    "receivables": "kamdesk.core.reports.receivables:build",
    "refusals": "kamdesk.core.reports.refusals:build",
    "kpi": "kamdesk.core.reports.kpi:build",
}


def builder(name: str):
    """The `build` function of report `name` (a key of REPORTS)."""
    module, _, function = REPORTS[name].partition(":")
    return getattr(importlib.import_module(module), function)


def available() -> list[str]:
    """The names of REPORTS whose builder is installed, in their order (found without importing them)."""
    from importlib.util import find_spec

    return [name for name, path in REPORTS.items() if find_spec(path.partition(":")[0]) is not None]
