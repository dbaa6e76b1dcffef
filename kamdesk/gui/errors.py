"""One presenter for errors: domain errors as a plain message, bugs logged and shown once."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.core.errors import KamdeskError
from kamdesk.gui.messages import error_text

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Tell the user what went wrong. Domain errors are expected; anything else is logged."""
    if isinstance(error, KamdeskError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "Cannot do that"), error_text(error))
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    # a sentence for the user; the traceback goes only to the log, for whoever looks into it
    text = QCoreApplication.translate("Errors", "Something went wrong inside kamdesk. Your saved data is safe; "
                                      "what happened was written to %1.").replace("%1", str(log_file()))
    QMessageBox(QMessageBox.Icon.Critical, title or QCoreApplication.translate("Errors", "Unexpected error"), text,
                parent=parent).exec()


def log_file() -> Path:
    """Where kamdesk writes its log (`gui.app` opens it at start)."""
    from kamdesk.core import db

    return db.data_dir() / "kamdesk.log"


_shown_unexpected = False


def install_excepthook() -> None:
    """Unhandled exceptions in slots: log with traceback, show the first one, never swallow."""

    def hook(exc_type, exc, tb):
        global _shown_unexpected
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        if isinstance(exc, KamdeskError) or not _shown_unexpected:
            _shown_unexpected = not isinstance(exc, KamdeskError)
            show_error(None, exc)

    sys.excepthook = hook
