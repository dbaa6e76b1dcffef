"""The offer view's documents: texts in the offer's language, the folder the files go to."""

from pathlib import Path

from PySide6.QtCore import Qt
from pypdf import PdfReader

from kamdesk.core.services import offer as offer_service
from kamdesk.gui.sale import offer_entry
from tests.gui.test_offer_entry import open_entry, saved_offer
from tests.gui.test_order_entry import press
from tests.gui.waiting import finish, settled

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
    finish(qtbot, entry.save_pdf(str(tmp_path / "o.pdf")))
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "o.pdf").pages)
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


def test_save_excel_starts_where_the_pdf_just_went(qtbot, shop, tmp_path, monkeypatch):
    folder = tmp_path / "Ajánlatok"
    folder.mkdir()
    offered = []

    def dialog(parent, title, start, filters):
        offered.append(start)
        return str(folder / Path(start).name), filters

    monkeypatch.setattr(offer_entry.QFileDialog, "getSaveFileName", dialog)
    offer = saved_offer(shop)
    entry = open_entry(qtbot)
    entry.open_offer(offer.id)
    press(qtbot, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Save PDF…
    qtbot.waitUntil(lambda: (folder / f"{offer.number}.pdf").exists())
    settled(qtbot)  # and the window takes keys again
    assert Path(offered[0]).parent == Path.home()  # nothing remembered yet
    press(qtbot, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Save Excel…
    qtbot.waitUntil(lambda: (folder / f"{offer.number}.xlsx").exists())
    settled(qtbot)
    assert offered[1] == str(folder / f"{offer.number}.xlsx")
    again = open_entry(qtbot)  # remembered for the next offer view too
    again.open_offer(offer.id)
    finish(qtbot, again.save_pdf())
    assert offered[2] == str(folder / f"{offer.number}.pdf")
