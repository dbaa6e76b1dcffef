"""The client list as a user drives it: typing, filters, archive, restore, open."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.core.models import Client
from kamdesk.core.services.party import save_client
from kamdesk.gui.party.client_list import ClientListView
from kamdesk.gui.party.client_model import PAGE_SIZE, ClientTableModel
from tests.gui.keyboard import type_text


@pytest.fixture
def view(qtbot, clients):
    widget = ClientListView()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def visible_names(view) -> list[str]:
    model = view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("typed, expected", [
    ("kovacs", ["Kovács és Társa Kft."]),
    ("Kovács", ["Kovács és Társa Kft."]),
    ("SZŰ", ["Szűcs Élelmiszer Bt."]),
    ("szuc", ["Szűcs Élelmiszer Bt."]),
    ("иван", ["Иван Трейд ООО"]),
    ("ИВАНОВ", ["Иван Трейд ООО"]),          # a contact's name
    ("ilona@kovacs", ["Kovács és Társa Kft."]),  # a contact's e-mail
    ("gyor", ["Szűcs Élelmiszer Bt."]),      # the city
    ("nothing like this", []),
])
def test_typing_finds_clients_with_and_without_accents(qtbot, view, typed, expected):
    type_text(view.search, typed)
    assert visible_names(view) == expected
    assert view.count_label.text() == ("1 client" if len(expected) == 1 else f"{len(expected)} clients")


@pytest.fixture
def held_counts(monkeypatch):
    """Counts on the worker thread wait until the test lets them go: yields (started, release)."""
    import threading

    from PySide6.QtCore import QThreadPool

    from kamdesk.core.services.client_search import ClientResult

    started, release = threading.Event(), threading.Event()
    original = ClientResult.count_unless

    def held(self, stop):
        started.set()
        release.wait(timeout=5)
        return original(self, stop)

    monkeypatch.setattr(ClientResult, "count_unless", held)
    yield started, release
    release.set()
    QThreadPool.globalInstance().waitForDone()


def test_many_matches_show_at_once_and_their_count_follows(qtbot, company, held_counts):
    from kamdesk.core.services.client_search import ClientFilter, ClientSearch
    from kamdesk.core.services.demo import create_demo

    create_demo(PAGE_SIZE * 2 + 50, seed=5)
    started, release = held_counts
    view = ClientListView()
    qtbot.addWidget(view)
    view.show()
    type_text(view.search, "e")
    assert view.model.rowCount() == PAGE_SIZE and view.count_label.text() == "Counting the clients…"
    qtbot.waitUntil(started.is_set)  # once typing pauses
    expected = ClientSearch().find(ClientFilter(text="e")).count
    release.set()
    qtbot.waitUntil(lambda: view.count_label.text() == f"{expected} clients")


def test_no_count_while_typing_goes_on(qtbot, company, held_counts):
    from kamdesk.core.services.demo import create_demo

    create_demo(PAGE_SIZE * 2 + 50, seed=5)
    started, _release = held_counts
    view = ClientListView()
    qtbot.addWidget(view)
    view.show()
    for typed in ("e", "", "a", "", "e"):  # keystrokes closer together than the count's delay
        view.search.setText(typed)
    assert not started.is_set() and view.count_label.text() == "Counting the clients…"
    qtbot.waitUntil(started.is_set)


def test_a_count_finished_after_typing_on_is_not_shown(qtbot, company, held_counts):
    from kamdesk.core.services.demo import create_demo

    create_demo(PAGE_SIZE * 2 + 50, seed=5)
    started, release = held_counts
    view = ClientListView()
    qtbot.addWidget(view)
    view.show()
    type_text(view.search, "e")
    qtbot.waitUntil(started.is_set)
    type_text(view.search, "zzz-no-such-client")
    assert view.count_label.text() == "0 clients"
    release.set()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # the count's late answer is delivered by the event loop, and dropped
    assert view.count_label.text() == "0 clients"


def test_clearing_the_search_shows_everyone_sorted_by_name(qtbot, view):
    qtbot.keyClicks(view.search, "kov")
    view.search.clear()
    # sorted on the folded name: "Kovács" sorts with "Kovacs", not after "Z"
    assert visible_names(view) == ["Alfa Logisztika Zrt.", "Kovács és Társa Kft.", "Szűcs Élelmiszer Bt.",
                                   "Иван Трейд ООО"]


def test_status_filter(qtbot, view, clients):
    save_client({"name": "Prospekt Kft.", "status": "prospect"}, [])
    view.refresh()
    view.status.setCurrentIndex(view.status.findData("prospect"))
    assert visible_names(view) == ["Prospekt Kft."]


def test_down_and_enter_open_the_card(qtbot, view, clients):
    qtbot.keyClicks(view.search, "alfa")
    with qtbot.waitSignal(view.open_client) as signal:
        qtbot.keyClick(view.search, Qt.Key.Key_Down)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [clients[3].id]


def test_archive_with_confirmation_then_restore(qtbot, view, clients, monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClicks(view.search, "kovacs")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and "Kovács és Társa Kft." in asked[0]
    assert visible_names(view) == []
    assert Client.get_by_id(clients[0].id).archived_at is not None

    view.archived.setChecked(True)
    assert visible_names(view) == ["Kovács és Társa Kft."]
    assert view.count_label.text() == "1 archived client"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert visible_names(view) == []
    view.archived.setChecked(False)
    assert visible_names(view) == ["Kovács és Társa Kft."]


def test_archive_cancelled_keeps_the_client(qtbot, view, clients, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.keyClicks(view.search, "kovacs")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert visible_names(view) == ["Kovács és Társa Kft."]
    assert Client.get_by_id(clients[0].id).archived_at is None


def test_rows_are_fetched_on_demand(qtbot, company):
    from kamdesk.core.services.demo import create_demo

    create_demo(PAGE_SIZE * 2 + 50, seed=5)
    model = ClientTableModel()
    model.set_filter(model.filter)
    assert model.match_count == PAGE_SIZE * 2 + 50
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    assert not model.canFetchMore()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    keys = [n.casefold() for n in names]
    assert len(set(model.client_id(r) for r in range(model.rowCount()))) == model.rowCount()
    assert keys[0] <= keys[-1]


def test_model_passes_qtmodeltester(qtmodeltester, clients):
    model = ClientTableModel()
    model.set_filter(model.filter)
    qtmodeltester.check(model, force_py=True)


def test_sorting_by_city_descending(qtbot, view):
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    cities = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert cities == sorted(cities, reverse=True)


# ---------------------------------------------------------------- last and next contact

@pytest.fixture
def contacted(clients):
    """Kovács: called 10 days ago, a visit in 5 days; Szűcs: a call planned 2 days ago, never done (overdue)."""
    from datetime import datetime, timedelta

    from kamdesk.core.services import activity as act

    now = datetime.now(act.local_zone()).replace(second=0, microsecond=0)
    call = act.create_activity({"kind": "call", "client_id": clients[0].id, "start": now - timedelta(days=10)})
    act.complete_activity(call.id, "reached")
    act.create_activity({"kind": "visit", "client_id": clients[0].id, "start": now + timedelta(days=5)})
    act.create_activity({"kind": "call", "client_id": clients[1].id, "start": now - timedelta(days=2)})
    return {"last": now - timedelta(days=10), "next": now + timedelta(days=5), "overdue": now - timedelta(days=2)}


def short_date(moment) -> str:
    from kamdesk.gui.formatting import format_date

    return format_date(moment.date())


def column_of(model, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def test_last_and_next_contact_columns(qtbot, view, contacted):
    view.refresh()
    model = view.model
    last, upcoming = column_of(model, "Last contact"), column_of(model, "Next contact")
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    kovacs, szucs, alfa = rows["Kovács és Társa Kft."], rows["Szűcs Élelmiszer Bt."], rows["Alfa Logisztika Zrt."]
    assert model.index(kovacs, last).data() == short_date(contacted["last"])
    assert model.index(kovacs, upcoming).data() == short_date(contacted["next"])
    assert model.index(szucs, last).data() == ""  # never contacted
    assert model.index(szucs, upcoming).data() == short_date(contacted["overdue"])
    assert (model.index(alfa, last).data(), model.index(alfa, upcoming).data()) == ("", "")


def test_an_overdue_next_contact_is_red(qtbot, view, contacted):
    view.refresh()
    model = view.model
    upcoming = column_of(model, "Next contact")
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    overdue = model.index(rows["Szűcs Élelmiszer Bt."], upcoming)
    color = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert color is not None and color.red() > 150 and color.green() < 100
    assert "(overdue)" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows["Kovács és Társa Kft."], upcoming).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(rows["Alfa Logisztika Zrt."], upcoming).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(rows["Kovács és Társa Kft."], column_of(model, "Last contact")).data(
        Qt.ItemDataRole.ForegroundRole) is None


def test_sorting_by_last_and_next_contact_puts_the_never_contacted_first(qtbot, view, contacted):
    model = view.model
    view.table.sortByColumn(column_of(model, "Next contact"), Qt.SortOrder.AscendingOrder)
    assert visible_names(view) == ["Alfa Logisztika Zrt.", "Иван Трейд ООО", "Szűcs Élelmiszer Bt.",
                                   "Kovács és Társa Kft."]
    view.table.sortByColumn(column_of(model, "Next contact"), Qt.SortOrder.DescendingOrder)
    assert visible_names(view)[:2] == ["Kovács és Társa Kft.", "Szűcs Élelmiszer Bt."]
    view.table.sortByColumn(column_of(model, "Last contact"), Qt.SortOrder.AscendingOrder)
    assert visible_names(view)[-1] == "Kovács és Társa Kft."
    type_text(view.search, "kft")  # the in-memory search keeps the order
    assert visible_names(view) == ["Kovács és Társa Kft."]


def test_model_with_contact_dates_passes_qtmodeltester(qtmodeltester, contacted):
    model = ClientTableModel()
    model.set_filter(model.filter)
    qtmodeltester.check(model, force_py=True)
