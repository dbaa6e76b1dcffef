"""Page furniture shared by the A4 documents (offer, contract): text escaping and "page X of Y" footers.

reportlab is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>"))


def numbered_canvas(left: str, page: str, colour, font: str, size: float = 7.5):
    """A Canvas class that writes `left` and `page` ("Page {page} of {pages}") at the foot of every page.

    It keeps every page until the end, so that the page count is known.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, size)
                self.setFillColor(colour)
                self.drawString(18 * mm, 10 * mm, left)
                self.drawRightString(A4[0] - 18 * mm, 10 * mm, page.format(page=self._pageNumber, pages=count))
                super().showPage()
            super().save()

    return NumberedCanvas
