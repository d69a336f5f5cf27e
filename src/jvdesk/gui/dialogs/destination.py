"""Where an export goes: a file name made from a briefing's title, in a folder that exists."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def file_name_for(title: str, suffix: str) -> str:
    """A file name for a briefing title, safe on Windows, macOS and Linux."""
    stem = UNSAFE_IN_FILE_NAMES.sub("-", title).strip(" .") or "briefing"
    return f"{stem}.{suffix}"


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder when the system names none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
