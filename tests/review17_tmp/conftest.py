import pytest
from tests import factories

@pytest.fixture
def shop(company):
    return factories.shop(legal_postcode="9021", tax_number="12892312-2-42")
