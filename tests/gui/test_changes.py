"""The application-wide changed signal carries what changed and for which clients."""

from kamdesk.gui.changes import CLIENTS, ORDERS, changes, notify


def test_a_subscriber_hears_the_kinds_and_the_client(qapp):
    heard = []
    changes().changed.connect(heard.append)
    try:
        notify(ORDERS, client_id=7)
    finally:
        changes().changed.disconnect(heard.append)
    assert len(heard) == 1
    assert heard[0].touches(ORDERS) and not heard[0].touches(CLIENTS)
    assert heard[0].touches_client(7) and not heard[0].touches_client(8)


def test_a_change_about_no_client_concerns_every_client(qapp):
    change = notify(CLIENTS)
    assert change.touches_client(123)
