"""The complaint area as the application registers it: the complaints list, the client card's Complaints tab,
its views, command and demo data. The party area knows nothing of complaints: this area extends the card."""

from __future__ import annotations

from kamdesk.area import QT_TRANSLATE_NOOP, Area, ScreenshotView


def complaint_view(argument: str = ""):
    """`screenshot complaint[:<number>]`: a complaint's dialog (the first one listed when no number is given)."""
    from kamdesk.core.services import complaint as complaint_service
    from kamdesk.gui.complaint.complaint_dialog import ComplaintDialog

    if argument:
        return ComplaintDialog(complaint_service.complaint_by_number(argument).id)
    listed = complaint_service.list_complaints(open_only=True) or complaint_service.list_complaints()
    return ComplaintDialog(listed[0].id if listed else None)


def attach(window, page) -> None:
    """Ctrl+N is the window's "New complaint…" here: the page's own shortcut gives way."""
    page.new_shortcut.setEnabled(False)


AREA = Area(
    key="complaints",
    title=QT_TRANSLATE_NOOP("MainWindow", "Complaints"),
    menu_text=QT_TRANSLATE_NOOP("MainWindow", "Compla&ints"),
    shortcut="Ctrl+0",
    page="kamdesk.gui.complaint.complaints_page:ComplaintsPage",
    new_text=QT_TRANSLATE_NOOP("MainWindow", "&New complaint…"),
    new_slot="new_complaint",
    attach="kamdesk.gui.complaint.area:attach",
    card_tabs=("kamdesk.gui.complaint.client_tab:ComplaintsTab",),
    screenshots=(ScreenshotView("complaints"),
                 ScreenshotView("complaint", "kamdesk.gui.complaint.area:complaint_view", "number", optional=True)),
    commands="kamdesk.gui.complaint.commands:add_commands",
    demo="kamdesk.core.services.complaint_demo:step",
)
