"""Where an export goes: a file name made from a briefing's title, in a folder that exists."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
XDG_DOCUMENTS_LINE = re.compile(r"^XDG_DOCUMENTS_DIR=(.*)$")
PLATFORMS_WITH_DOCUMENTS = ("win32", "darwin")  # their shells always show a Documents folder


def file_name_for(title: str, suffix: str) -> str:
    """A file name for a briefing title, safe on Windows, macOS and Linux."""
    stem = UNSAFE_IN_FILE_NAMES.sub("-", title).strip(" .") or QCoreApplication.translate(
        "Destination", "briefing", "a file name, for a briefing whose title gives none"
    )
    return f"{stem}.{suffix}"


def export_folder(remembered: str) -> Path:
    """The folder to suggest for an export: the last one exported to, while it still exists.

    Args:
        remembered: the folder of the last export (the ``export_folder`` setting), or "".

    Returns:
        That folder when it still exists, else ``documents_folder()``.
    """
    if remembered:
        folder = Path(remembered)
        if folder.is_absolute() and folder.is_dir():
            return folder
    return documents_folder()


def documents_folder(platform: str = sys.platform) -> Path:
    """The user's Documents folder, created if the platform expects one, else their home.

    Windows and macOS always give a user a Documents folder (Explorer and Finder show it, and
    the system puts it back), so a missing one is an accident that creating it repairs. On
    Linux it is only the convention of xdg-user-dirs: Qt reports ~/Documents even where there
    is none (a minimal install, a fresh account), and making an English-named folder the user
    never asked for would litter their home. There it is created only when the user's own XDG
    configuration names it; otherwise the home folder, which exists, is used.

    Args:
        platform: ``sys.platform``, or another one's name (tests).

    Returns:
        A folder that exists (unless even the home folder is missing).
    """
    home = Path.home()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not location:
        return home
    documents = Path(location)
    if documents.is_dir():
        return documents
    if platform in PLATFORMS_WITH_DOCUMENTS or _xdg_documents_folder() == documents:
        try:
            documents.mkdir(parents=True, exist_ok=True)
        except OSError:
            return home
        return documents
    return home


def _xdg_documents_folder() -> Path | None:
    """The folder XDG_DOCUMENTS_DIR names in the user's user-dirs.dirs, read as Qt reads it."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    config_folder = Path(config) if config.startswith("/") else Path.home() / ".config"
    try:
        text = (config_folder / "user-dirs.dirs").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        match = XDG_DOCUMENTS_LINE.match(line)
        if match is None:
            continue
        value = match.group(1)
        if len(value) > 2 and value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        if value.startswith("$HOME"):
            return Path(str(Path.home()) + value[len("$HOME") :])
        if value.startswith("/"):
            return Path(value)
    return None
