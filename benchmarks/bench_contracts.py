"""The contract documents: render the template, write the PDF and the DOCX (warm), from sample data.

No budget is named in the issue; the figures show what "Generate" costs a
manager. Rendering is the sandboxed Jinja2 template with the placeholder
check; the PDF and DOCX are written from the same rendered contract. Recorded (`figures.record`, medians,
no goal): `contract_render_ms`, `contract_pdf_ms`, `contract_docx_ms`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import ROOT
from figures import recorded

RUNS = 10


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from kamdesk.core.documents.contract_data import ContractDocument, ContractParty
    from kamdesk.core.documents.contract_docx import write_contract_docx
    from kamdesk.core.documents.contract_pdf import write_contract_pdf
    from kamdesk.core.documents.contract_template import builtin_templates, render_contract, sample_context

    source = next(t.source for t in builtin_templates() if t.key == "supply_hu")
    context = sample_context("hu")
    rendered = render_contract(source, context)
    document = ContractDocument(
        number="CT-2026-0007", language="hu", rendered=rendered,
        company=ContractParty("Kamdesk Demo Kereskedelmi Kft.", ("1117 Budapest, Október 23. utca 8.",),
                              rendered.company_role, "Tóth Zoltán", "ügyvezető"),
        client=ContractParty("Őrség Fűszer Kft.", ("9935 Szőce, Fő út 12.",), rendered.client_role,
                             "Čapek Jiří", "beszerzési vezető"),
        place="Budapest", signed_date="2026. 11. 29.")
    folder = Path(tempfile.mkdtemp(prefix="kamdesk-contracts-"))
    recorded("contract_render_ms", lambda: render_contract(source, context),
             "render template (check + Jinja2 sandbox)", runs=RUNS)
    recorded("contract_pdf_ms", lambda: write_contract_pdf(folder / "c.pdf", document), "contract PDF", runs=RUNS)
    recorded("contract_docx_ms", lambda: write_contract_docx(folder / "c.docx", document), "contract DOCX", runs=RUNS)


if __name__ == "__main__":
    main()
