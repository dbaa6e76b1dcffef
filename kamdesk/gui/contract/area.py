"""The contract area as the application registers it: the contract register, the client card's
Contracts tab, its views, commands and demo data. The party area knows nothing of contracts:
this area extends the client card, as a later Tryton module extends the party."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def contract_view(argument: str):
    """`screenshot contract:<number>`: the contract view."""
    from kamdesk.core.services.contract import contract_by_number
    from kamdesk.gui.contract.contract_dialog import ContractDialog

    return ContractDialog(contract_by_number(argument).id)


def attach(window, page) -> None:
    """Ctrl+N is the window's "New contract…" here: the page's own shortcut gives way."""
    page.new_shortcut.setEnabled(False)


AREA = Area(
    key="contracts",
    title=QT_TRANSLATE_NOOP("MainWindow", "Contracts"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Co&ntracts"),
    shortcut="Ctrl+7",
    page="kamdesk.gui.contract.contracts_page:ContractsPage",
    new_text=QT_TRANSLATE_NOOP("MainWindow", "&New contract…"),
    new_slot="new_contract",
    attach="kamdesk.gui.contract.area:attach",
    card_tabs=("kamdesk.gui.contract.client_tab:ContractsTab",),
    screenshots=(ScreenshotView("contracts"),
                 ScreenshotView("contract", "kamdesk.gui.contract.area:contract_view", "number")),
    commands="kamdesk.gui.contract.commands:add_commands",
    demo="kamdesk.core.services.demo:contracts_step",
)
