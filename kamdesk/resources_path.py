"""Where kamdesk's resources (icons, templates, translations) are.

In an installed wheel they are packaged as `kamdesk/resources`; in a checkout
they sit in `resources/` at the top of the repository.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
