"""Service test fixtures: the shop most order and offer tests sell from; every test runs on both backends."""

import pytest

from tests import backends, factories


def pytest_generate_tests(metafunc):
    backends.parametrize(metafunc)


@pytest.fixture
def shop_client() -> dict:
    """The shop client's fields besides its name, city and street; a test module overrides it for its checks."""
    return {"legal_postcode": "9021", "tax_number": "12892312-2-42"}


@pytest.fixture
def shop(company, shop_client):
    """A head of department, milk and bread at list price, and a client buying 10 % below it."""
    return factories.shop(**shop_client)
