"""Write the traceback of an unexpected error to the user's log folder, never to the screen."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

LOG_ENV = "JVDESK_LOG_DIR"


def log_dir() -> Path:
    """The folder for jvdesk's logs (``JVDESK_LOG_DIR`` overrides it, for tests)."""
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    import platformdirs  # here, not at start-up: only a crash needs it

    return Path(platformdirs.user_log_dir("jvdesk", appauthor=False))


def write_crash_report(error: BaseException) -> Path | None:
    """Append an error and its traceback to ``crash.log``.

    Returns:
        The log file's path, or None when the log could not be written either.
    """
    path = log_dir() / "crash.log"
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(error))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {stamp}\n{text}\n")
    except OSError:
        return None
    return path
