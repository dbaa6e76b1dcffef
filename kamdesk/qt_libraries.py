"""The system libraries Qt's X11 platform plugin (xcb) needs, which PyPI cannot bring.

On a fresh Debian or Ubuntu machine the PySide6 wheel imports, but its xcb plugin does not load
(libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 ... are missing) and Qt's message names only one of
them, sometimes the wrong one. Before the window opens, `kamdesk` asks `ldd` which libraries of the
plugin (and of the Qt libraries it loads) the system cannot find, and names the one command that
installs them all. Only on Linux, and only when Qt is going to use xcb: QT_QPA_PLATFORM is xcb, or
it is unset outside a Wayland session.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Mapping
from pathlib import Path

# the Debian/Ubuntu packages whose names do not follow from the library's (libxcb-icccm.so.4 → libxcb-icccm4)
PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libz.so.1": "zlib1g",
    "libgcc_s.so.1": "libgcc-s1",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will load its xcb plugin: on Linux, asked for, or the default outside Wayland."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return chosen == "xcb" or (not chosen and not environ.get("WAYLAND_DISPLAY"))


def xcb_plugin() -> Path | None:
    """PySide6's libqxcb.so, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries `ldd` cannot find for `plugin`, each once ([] where there is no ldd)."""
    import shutil  # only when Qt is going to use xcb: not at every start
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = [line.split("=>")[0].strip() for line in output.splitlines() if "=> not found" in line]
    return list(dict.fromkeys(missing))


def package(library: str) -> str:
    """The Debian/Ubuntu package of a library: libxcb-cursor.so.0 → libxcb-cursor0, libX11.so.6 → libx11-6."""
    if library in PACKAGES:
        return PACKAGES[library]
    name, _, version = library.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def install_command(libraries: list[str]) -> str:
    packages = dict.fromkeys(package(library) for library in libraries)
    return "sudo apt-get install " + " ".join(packages)


def found_marker() -> Path:
    """Where a check that found every library is remembered (ldd costs tens of ms at each start)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("kamdesk")) / "qt-xcb-libraries-found"


def check(environ: Mapping[str, str]) -> str | None:
    """What to tell the user when Qt cannot open a window for missing libraries; None when all is well.

    Once every library was found for this plugin (path, size, time), later starts do not ask ldd again.
    """
    plugin = xcb_plugin() if uses_xcb(environ) else None
    if plugin is None:
        return None
    stat = plugin.stat()
    key = f"{plugin}\n{stat.st_size}\n{stat.st_mtime_ns}\n"
    marker = found_marker()
    try:
        if marker.read_text(encoding="utf-8") == key:
            return None
    except (OSError, UnicodeDecodeError):
        pass  # never checked here, or the note is unreadable: ask ldd
    missing = missing_libraries(plugin)
    if not missing:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(key, encoding="utf-8")
        except OSError:
            pass  # a read-only cache only costs the check next time
        return None
    return (f"Qt cannot open windows on X11: these system libraries are missing: {', '.join(missing)}.\n"
            f"Install them with:\n    {install_command(missing)}")
