"""No import cycle in kamdesk: a walk over every module's imports, those inside functions too.

A later area imports an earlier one, never the other way round (the contract area adds the
client card's Contracts tab; the card does not import the contract dialog).
"""

from __future__ import annotations

import ast
from pathlib import Path

import kamdesk

PACKAGE = Path(kamdesk.__file__).parent


def module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def import_graph() -> dict[str, set[str]]:
    """Module → the kamdesk modules it imports (anywhere in it), packages it lives in left out."""
    names = module_names()

    def known(name: str) -> str:
        while name and name not in names:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for name, path in names.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found |= {known(f"{node.module}.{alias.name}") for alias in node.names}
            elif isinstance(node, ast.Import):
                found |= {known(alias.name) for alias in node.names}
        graph[name] = {other for other in found if other and other != name and not name.startswith(other + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    order, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in order:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], order[other])
        if low[node] == order[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
                on_stack.discard(group[-1])
            if len(group) > 1:
                groups.append(sorted(group))

    for node in graph:
        if node not in order:
            visit(node)
    return groups


def test_no_module_of_kamdesk_imports_itself_round_a_cycle():
    assert cycles(import_graph()) == []


def test_the_walk_finds_a_cycle_made_by_an_import_inside_a_function():
    graph = {"kamdesk.gui.party.client_card": {"kamdesk.gui.contract.contract_dialog"},
             "kamdesk.gui.contract.contract_dialog": {"kamdesk.gui.party.client_card"}, "kamdesk.gui.app": set()}
    assert cycles(graph) == [["kamdesk.gui.contract.contract_dialog", "kamdesk.gui.party.client_card"]]
    assert "kamdesk.gui.contract.contract_dialog" not in import_graph()["kamdesk.gui.party.client_card"]


CORRESPONDENCE = ("kamdesk.gui.letters", "kamdesk.gui.mail", "kamdesk.mail_commands", "kamdesk.package_commands")


def imports_of(graph: dict[str, set[str]], prefix: str, of: tuple[str, ...]) -> dict[str, list[str]]:
    """The modules named `prefix` (or under it) that import a module of `of` (or under one), with what."""
    def within(name: str, packages) -> bool:
        return any(name == package or name.startswith(package + ".") for package in packages)

    return {name: sorted(other for other in imported if within(other, of))
            for name, imported in graph.items() if within(name, (prefix,)) and any(within(o, of) for o in imported)}


def test_the_party_area_and_the_command_line_know_nothing_of_letters_and_mail():
    """Letters and mail come later than the party: they add their buttons, actions and commands through their
    `Area`; the client list and card and `kamdesk.cli` import neither."""
    graph = import_graph()
    assert imports_of(graph, "kamdesk.gui.party", CORRESPONDENCE) == {}
    assert imports_of(graph, "kamdesk.cli", CORRESPONDENCE) == {}
    assert imports_of(graph, "kamdesk.gui.contract", ("kamdesk.gui.letters",)) == {}  # letters extend contracts
    assert imports_of({"kamdesk.gui.party.client_card": {"kamdesk.gui.mail.package_dialog"}}, "kamdesk.gui.party",
                      CORRESPONDENCE) == {"kamdesk.gui.party.client_card": ["kamdesk.gui.mail.package_dialog"]}
