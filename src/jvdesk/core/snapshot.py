"""A checked content pack as plain JSON, and loading a pack without the validator.

The desktop app never imports pydantic (``jvdesk.core.validation``): it would add about
18 MiB to every session. It loads the shipped pack from a snapshot written by
``make schema`` and verified against the pack's files by checksum, and has any other pack
checked by ``jvdesk validate --snapshot`` in a process of its own, which reports either
the checked pack or its problems in the same JSON.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import types
import typing
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from jvdesk.core.model import PackFile, Panel, Source
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError, Problem
from jvdesk.core.resources import SHIPPED_PACK, resources_root

FORMAT = 1
CHECK_TIMEOUT_S = 300  # a pack at the loader's limits (200 panels of 1 MB) checks well within
T = TypeVar("T")


def checksum(folder: Path, files: Sequence[str]) -> str:
    """SHA-256 over a pack's files, each with its name, in the order the loader reads them.

    Raises:
        OSError: when a file cannot be read.
    """
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.encode() + b"\0")
        digest.update((folder / file).read_bytes())
    return digest.hexdigest()


# --- plain data ----------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """A record (and everything in it) as JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return {item.name: to_plain(getattr(value, item.name)) for item in fields}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    return value


@cache
def _hints(model: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(model)


def from_plain(annotation: Any, value: Any) -> Any:
    """Rebuild a value of a model type from what ``to_plain`` made of it.

    No checking: the data was checked before it was written, and its checksum matched.
    """
    origin = typing.get_origin(annotation)
    if value is None:
        return None
    if origin in (typing.Union, types.UnionType):
        kinds = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return from_plain(kinds[0], value)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [from_plain(item, entry) for entry in value]
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        hints = _hints(annotation)
        return annotation(**{name: from_plain(hints[name], item) for name, item in value.items()})
    return value


def pack_json(pack: ContentPack) -> str:
    """A checked pack as the snapshot text."""
    data = {
        "format": FORMAT,
        "checksum": pack.checksum,
        "files": list(pack.files),
        "meta": to_plain(pack.meta),
        "panels": to_plain(pack.panels),
        "sources": to_plain(list(pack.sources.values())),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def problems_json(error: PackError) -> str:
    """A pack's problems as the snapshot text."""
    problems = [dataclasses.asdict(problem) for problem in error.problems]
    return json.dumps({"format": FORMAT, "problems": problems}, ensure_ascii=False) + "\n"


def read_snapshot(text: str, folder: Path) -> ContentPack:
    """The pack, or its problems, from a snapshot's text, verified against the pack's files.

    Raises:
        PackError: the problems the snapshot lists.
        ValueError: when the snapshot is not one this jvdesk wrote, or the pack's files
            are not the ones it was made from.
        OSError: when a file of the pack cannot be read.
    """
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a jvdesk pack snapshot of this version")
    if "problems" in data:
        raise PackError(Problem(**problem) for problem in data["problems"])
    files = data["files"]
    if checksum(folder, files) != data["checksum"]:
        raise ValueError("the pack's files have changed since the snapshot was made")
    sources = [from_plain(Source, item) for item in data["sources"]]
    return ContentPack(
        folder=folder,
        meta=from_plain(PackFile, data["meta"]),
        panels=tuple(from_plain(Panel, item) for item in data["panels"]),
        sources={source.id: source for source in sources},
        checksum=data["checksum"],
        files=tuple(files),
    )


# --- loading without the validator -----------------------------------------------------


def shipped_snapshot_path() -> Path:
    """Where the shipped pack's snapshot lives (written by ``make schema``)."""
    return resources_root() / f"{SHIPPED_PACK}.snapshot.json"


def _jvdesk_command() -> list[str]:
    """How to run jvdesk's command line from this process (a bundle is its own command)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "jvdesk"]


def _problem(folder: Path, message: str) -> PackError:
    return PackError([Problem(str(folder), 0, 0, "", message)])


def check_in_child(folder: Path) -> ContentPack:
    """Check a pack with ``jvdesk validate`` in a child process and load the result.

    Raises:
        PackError: the pack's problems, or why it could not be checked.
    """
    # Imported here, off the start-up path: the shipped pack never needs them.
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jvdesk-check-") as scratch:
        result = Path(scratch) / "result.json"
        command = [*_jvdesk_command(), "validate", str(folder), "--snapshot", str(result)]
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing on Windows
        try:
            done = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=CHECK_TIMEOUT_S,
                creationflags=flags,
                env={**os.environ, "PYTHONIOENCODING": "utf-8"},
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise _problem(folder, "checking the pack took too long; is it very large?") from None
        except OSError as error:
            raise _problem(folder, f"jvdesk could not start its pack checker ({error})") from None
        try:
            text = result.read_text(encoding="utf-8")
        except OSError:
            lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            raise _problem(
                folder, f"the pack checker stopped without a result: {lines[-1][:300]}"
            ) from None
        try:
            return read_snapshot(text, folder)
        except (ValueError, KeyError, TypeError, OSError) as error:
            raise _problem(folder, f"the pack changed while it was checked ({error})") from None


def open_pack(folder: Path) -> ContentPack:
    """Load a pack without importing the validator into this process.

    The shipped pack comes from its snapshot when its files still match it; any other
    pack (or a shipped one that was edited) is checked in a child process.

    Raises:
        PackError: listing every problem found, or why the pack could not be checked.
    """
    folder = Path(folder)
    try:
        shipped = folder.resolve() == (resources_root() / SHIPPED_PACK).resolve()
    except OSError:
        shipped = False
    if shipped:
        try:
            return read_snapshot(shipped_snapshot_path().read_text(encoding="utf-8"), folder)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or stale: check the pack itself
    return check_in_child(folder)
