"""Write a file so that it is either complete or not there: never half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from jvdesk.core.i18n import _


class ExportError(Exception):
    """An export that could not be written; the message says what to do."""


class ExportCancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user stopped an export; nothing was written."""


def _message(error: OSError, target: Path) -> str:
    folder = target.parent
    if error.errno == errno.ENOSPC:
        message = _("the disk holding {folder} is full; free some space or choose another folder")
    elif error.errno == errno.EDQUOT:
        message = _(
            "your disk quota for {folder} is used up; free some space or choose another folder"
        )
    elif error.errno == errno.EROFS:
        message = _("{folder} is on a read-only disk; choose another folder")
    elif error.errno in (errno.EACCES, errno.EPERM):
        message = _("cannot write to {folder} (permission denied); choose another folder")
    elif error.errno == errno.ENAMETOOLONG:
        message = _("the file name {name} is too long; choose a shorter one")
    else:
        # Translators: {reason} is the operating system's own words.
        message = _("cannot write {file} ({reason}); choose another folder")
    return message.format(
        folder=folder, name=target.name, file=target, reason=error.strerror or error
    )


def check_target(target: Path) -> None:
    """Refuse, before any work, a destination that cannot be written.

    Raises:
        ExportError: when the path is a folder or its folder is missing.
    """
    try:
        if target.is_dir():
            raise ExportError(
                _("{folder} is a folder; give a file name, such as {example}").format(
                    folder=target, example=target / "briefing.pptx"
                )
            )
        if target.parent.exists() and not target.parent.is_dir():
            raise ExportError(
                _("{file} is a file, not a folder; choose a folder").format(file=target.parent)
            )
        if not target.parent.is_dir():
            raise ExportError(
                _("the folder {folder} does not exist; create it or choose another").format(
                    folder=target.parent
                )
            )
    except OSError as error:
        raise ExportError(_message(error, target)) from None


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder.

    On any failure the file that was at ``target`` is untouched and no temporary file
    remains.

    Raises:
        ExportError: with a one-line message saying what to do.
    """
    check_target(target)
    handle: int | None = None
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            handle = None
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            temporary.chmod(target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            temporary.chmod(0o666 & ~umask)
        try:
            temporary.replace(target)
        except PermissionError:
            # On Windows a file open in PowerPoint cannot be replaced.
            raise ExportError(
                _("{name} is open in another program or locked; close it and export again").format(
                    name=target.name
                )
            ) from None
        temporary = None
    except OSError as error:
        raise ExportError(_message(error, target)) from None
    finally:
        if handle is not None:
            os.close(handle)
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
