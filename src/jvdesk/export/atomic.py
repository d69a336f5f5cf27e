"""Write a file so that it is either complete or not there: never half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class ExportError(Exception):
    """An export that could not be written; the message says what to do."""


class ExportCancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user stopped an export; nothing was written."""


def _message(error: OSError, target: Path) -> str:
    folder = target.parent
    if error.errno == errno.ENOSPC:
        return f"the disk holding {folder} is full; free some space or choose another folder"
    if error.errno == errno.EDQUOT:
        return f"your disk quota for {folder} is used up; free some space or choose another folder"
    if error.errno == errno.EROFS:
        return f"{folder} is on a read-only disk; choose another folder"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"cannot write to {folder} (permission denied); choose another folder"
    if error.errno == errno.ENAMETOOLONG:
        return f"the file name {target.name} is too long; choose a shorter one"
    return f"cannot write {target} ({error.strerror or error}); choose another folder"


def check_target(target: Path) -> None:
    """Refuse, before any work, a destination that cannot be written.

    Raises:
        ExportError: when the path is a folder or its folder is missing.
    """
    try:
        if target.is_dir():
            raise ExportError(
                f"{target} is a folder; give a file name, such as {target / 'briefing.pptx'}"
            )
        if target.parent.exists() and not target.parent.is_dir():
            raise ExportError(f"{target.parent} is a file, not a folder; choose a folder")
        if not target.parent.is_dir():
            raise ExportError(
                f"the folder {target.parent} does not exist; create it or choose another"
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
                f"{target.name} is open in another program or locked; close it and export again"
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
