"""The offer view's documents: texts in the offer's language, the folder the files go to."""

from PySide6.QtCore import Qt
from pypdf import PdfReader

from kamdesk.core.services import offer as offer_service
from tests.gui import test_order_entry
from tests.gui.test_offer_entry import open_entry, saved_offer
from tests.gui.test_order_entry import press

shop = test_order_entry.shop
CTRL = Qt.KeyboardModifier.ControlModifier


def choose_language(qtbot, entry, code: str) -> None:
    """The language box by the keyboard: focus it, arrow down (wrapping to the top) until `code`."""
    entry.language.setFocus()
    for _ in range(2 * entry.language.count()):
        if entry.language.currentData() == code:
            return
        key = Qt.Key.Key_Down if entry.language.currentIndex() < entry.language.count() - 1 else Qt.Key.Key_Home
        qtbot.keyClick(entry.language, key)
    raise AssertionError(f"no language {code!r}")


def test_a_saved_offer_put_into_russian_prints_russian_payment_terms(qtbot, shop, tmp_path):
    offer = saved_offer(shop)
    assert offer.payment_terms == "30 napon belül, átutalással"
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)
    choose_language(qtbot, entry, "ru")
    assert entry.payment_terms.text() == "30 дн. с даты счёта, банковским переводом"
    assert entry.introduction.toPlainText() == offer_service.DEFAULT_INTRODUCTIONS["ru"]
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert offer_service.get_offer(offer.id).payment_terms == "30 дн. с даты счёта, банковским переводом"
    text = " ".join(page.extract_text() for page in PdfReader(entry.save_pdf(str(tmp_path / "o.pdf"))).pages)
    assert "Условия оплаты: 30 дн. с даты счёта, банковским переводом" in " ".join(text.split())
    assert "napon" not in text


def test_payment_terms_of_ones_own_stay_when_the_language_changes(qtbot, shop):
    entry = open_entry(qtbot)
    entry.open_offer(saved_offer(shop).id)
    entry.payment_terms.setFocus()
    entry.payment_terms.selectAll()
    qtbot.keyClicks(entry.payment_terms, "Cash on delivery")
    choose_language(qtbot, entry, "en")
    assert entry.payment_terms.text() == "Cash on delivery"
