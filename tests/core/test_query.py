"""The helpers every service's queries share: `narrowed` filters and `get_or_not_found`."""

from __future__ import annotations

import pytest

from kamdesk.core.errors import NotFound
from kamdesk.core.messages import Message
from kamdesk.core.models import Segment
from kamdesk.core.models.query import narrowed


@pytest.fixture
def segments(db):
    return [Segment.create(name=name) for name in ("HoReCa", "Ipar", "Webáruházak")]


def names(query) -> list[str]:
    return [s.name for s in query.order_by(Segment.name)]


def test_narrowed_applies_only_the_conditions_that_are_set(segments):
    ipar = segments[1]
    assert names(narrowed(Segment.select(), (Segment.name, None), (Segment.id, None))) == [
        "HoReCa", "Ipar", "Webáruházak"]
    assert names(narrowed(Segment.select(), (Segment.name, ""), (Segment.id, ipar.id))) == ["Ipar"]
    assert names(narrowed(Segment.select(), (Segment.name, "Ipar"), (Segment.id, segments[0].id))) == []


def test_get_or_not_found_gives_the_record_or_raises_the_message(segments):
    assert Segment.get_or_not_found(Segment.name == "Ipar", Message("No {name}.", name="Ipar")) == segments[1]
    with pytest.raises(NotFound) as raised:
        Segment.get_or_not_found(Segment.name == "Bank", Message("There is no segment called {name}.", name="Bank"))
    assert str(raised.value) == "There is no segment called Bank."
    assert raised.value.message.template == "There is no segment called {name}."
