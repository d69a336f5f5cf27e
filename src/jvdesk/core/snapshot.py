"""A checked content pack as plain JSON, and loading a pack without the validator.

The desktop app never imports pydantic (``jvdesk.core.validation``): it would add about
18 MiB to every session. It loads the shipped pack from a snapshot written by
``make schema`` and verified against the pack's files by checksum, and has any other pack
checked by ``jvdesk validate --snapshot`` in a process of its own, which reports either
the checked pack or its problems in the same JSON. A pack that passed is kept in the user
cache folder (``jvdesk.core.snapshotcache``) and opens from there, verified the same way,
until any of its files changes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import time
import types
import typing
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from jvdesk.core import i18n, snapshotcache
from jvdesk.core.i18n import _, ngettext
from jvdesk.core.model import PackFile, Panel, Source, TranslationsFile
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError, Problem
from jvdesk.core.resources import SHIPPED_PACK, resources_root

# 2: packs carry translations and quotes their language; a snapshot of 1 is not read.
FORMAT = 2
# The shipped pack checks in about 0.2 s; a 1 MB panel file takes about 1.5 s, so a pack at
# the loader's limits (200 such files) about five minutes. The limit is well above that.
CHECK_TIMEOUT_S = 600


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
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    return value


Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


@cache
def _converter(annotation: Any) -> Convert:
    """How to rebuild a value of one model type: worked out once per type, not per value.

    (Asking ``typing`` about each of the ten thousand values of a large pack took most of
    the time to open it from a snapshot.)
    """
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        kinds = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return _converter(kinds[0])
    if origin is dict:
        _, item = typing.get_args(annotation)
        entry = _converter(item)
        if entry is _same:
            return dict
        return lambda value: {key: entry(one) for key, one in value.items()}
    if origin is list:
        (item,) = typing.get_args(annotation)
        entry = _converter(item)
        if entry is _same:
            return list
        return lambda value: [None if one is None else entry(one) for one in value]
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        fields = {
            name: _converter(hint) for name, hint in typing.get_type_hints(annotation).items()
        }
        return lambda value: annotation(
            **{name: None if item is None else fields[name](item) for name, item in value.items()}
        )
    return _same


def from_plain(annotation: Any, value: Any) -> Any:
    """Rebuild a value of a model type from what ``to_plain`` made of it.

    No checking: the data was checked before it was written, and its checksum matched.
    """
    return None if value is None else _converter(annotation)(value)


def pack_json(pack: ContentPack) -> str:
    """A checked pack as the snapshot text."""
    data = {
        "format": FORMAT,
        "checksum": pack.checksum,
        "files": list(pack.files),
        "meta": to_plain(pack.meta),
        "panels": to_plain(pack.panels),
        "sources": to_plain(list(pack.sources.values())),
        "translations": {lang: to_plain(file) for lang, file in pack.translations.items()},
        "numbering": numbering(pack),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def numbering(pack: ContentPack) -> dict[str, list[str]]:
    """The sources each of the pack's briefings cites, in the order its deck numbers them.

    Planned as the app plans them for its source marks (in English, without notes: the
    numbering is the same in every language), once, when the pack is checked, rather than
    at every start: planning the full briefing takes about 13 ms for the shipped pack and
    57 ms for the 10× pack of ``make bench`` (measured).
    """
    from jvdesk.core.planning import plan_deck  # the checker's work, not the app's

    return {
        briefing.id: [
            source_id
            for _number, source_id in plan_deck(pack, briefing, notes=False, language="en").sources
        ]
        for briefing in pack.meta.briefings
    }


def problems_json(error: PackError) -> str:
    """A pack's problems as the snapshot text."""
    problems = [dataclasses.asdict(problem) for problem in error.problems]
    return json.dumps({"format": FORMAT, "problems": problems}, ensure_ascii=False) + "\n"


class StaleSnapshot(ValueError):  # noqa: N818 (a condition, not a failure)
    """A snapshot whose pack's files have changed since it was written."""


def read_snapshot(text: str, folder: Path) -> ContentPack:
    """The pack, or its problems, from a snapshot's text, verified against the pack's files.

    Raises:
        PackError: the problems the snapshot lists.
        StaleSnapshot: when the pack's files are not the ones it was made from.
        ValueError: when the snapshot is not one this jvdesk wrote.
        OSError: when a file of the pack cannot be read.
    """
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(_("not a jvdesk pack snapshot of this version"))
    if "problems" in data:
        raise PackError(Problem(**problem) for problem in data["problems"])
    files = data["files"]
    if checksum(folder, files) != data["checksum"]:
        raise StaleSnapshot(_("the pack's files have changed since the snapshot was made"))
    sources = [from_plain(Source, item) for item in data["sources"]]
    return ContentPack(
        folder=folder,
        meta=from_plain(PackFile, data["meta"]),
        panels=tuple(from_plain(Panel, item) for item in data["panels"]),
        sources={source.id: source for source in sources},
        checksum=data["checksum"],
        files=tuple(files),
        translations={
            lang: from_plain(TranslationsFile, item)
            for lang, item in data.get("translations", {}).items()
        },
        numbering={  # numbered from 1, as DeckPlan.sources is
            briefing_id: tuple(enumerate(map(str, source_ids), start=1))
            for briefing_id, source_ids in data.get("numbering", {}).items()
        },
    )


# --- loading without the validator -----------------------------------------------------


def shipped_snapshot_path() -> Path:
    """Where the shipped pack's snapshot lives (written by ``make schema``)."""
    return resources_root() / f"{SHIPPED_PACK}.snapshot.json"


class CheckError(Exception):
    """A pack that could not be checked at all (the checker failed, not the pack)."""


class CheckCancelled(Exception):  # noqa: N818 (a signal, not an error)
    """The user stopped a check; nothing was opened."""


Waiting = Callable[[], bool]  # called while a check runs; False stops it


def _jvdesk_command() -> list[str]:
    """How to run jvdesk's command line from this process (a bundle is its own command).

    ``-P``: the child must not import a ``jvdesk`` that happens to sit in the folder the
    app was started from.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-P", "-m", "jvdesk"]


def check_in_child(folder: Path, waiting: Waiting | None = None) -> ContentPack:
    """Check a pack with ``jvdesk validate`` in a child process and load the result.

    Args:
        folder: the pack folder.
        waiting: called about 20 times a second while the child runs (a GUI keeps its
            window alive with it); when it returns False the child is stopped.

    Raises:
        PackError: the pack's problems.
        CheckError: why the pack could not be checked.
        CheckCancelled: ``waiting`` asked to stop.
    """
    import tempfile  # here, off the start-up path: the shipped pack never needs it

    try:
        with tempfile.TemporaryDirectory(
            prefix="jvdesk-check-", ignore_cleanup_errors=True
        ) as scratch:
            return _check(folder.absolute(), Path(scratch), waiting)
    except OSError as error:
        # Translators: {reason} is the operating system's own words.
        message = _("jvdesk could not check the pack: {reason}")
        raise CheckError(message.format(reason=error.strerror or error)) from None


def _wait(child: Any, waiting: Waiting | None) -> None:
    """Wait for the checker, asking ``waiting`` about 20 times a second whether to go on.

    Raises:
        CheckCancelled: ``waiting`` said stop.
        CheckError: the check took longer than CHECK_TIMEOUT_S.
    """
    import subprocess

    deadline = time.monotonic() + CHECK_TIMEOUT_S
    while True:
        try:
            child.wait(timeout=0.05)
            return
        except subprocess.TimeoutExpired:
            pass
        if waiting is not None and not waiting():
            raise CheckCancelled
        if time.monotonic() > deadline:
            minutes = CHECK_TIMEOUT_S // 60
            raise CheckError(
                ngettext(
                    "checking the pack took longer than {count} minute, so it was stopped; "
                    "a pack this large is unusual: check its files' sizes",
                    "checking the pack took longer than {count} minutes, so it was stopped; "
                    "a pack this large is unusual: check its files' sizes",
                    minutes,
                ).format(count=minutes)
            )


def _last_line(messages: BinaryIO) -> str:
    """The checker's last message line (it may have written megabytes: read only the end)."""
    size = messages.seek(0, os.SEEK_END)
    messages.seek(max(0, size - 4096))
    lines = messages.read().decode("utf-8", "replace").strip().splitlines()
    return (lines or [_("no message")])[-1][:300]


def _check(folder: Path, scratch: Path, waiting: Waiting | None) -> ContentPack:
    import subprocess  # here, off the start-up path

    result = scratch / "result.json"
    command = [*_jvdesk_command(), "validate", str(folder), "--snapshot", str(result)]
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing on Windows
    # The child's messages go to a file: a pack with thousands of problems would fill a pipe.
    with (scratch / "messages.txt").open("w+b") as messages:
        try:
            child = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=messages,
                cwd=scratch,
                creationflags=flags,
                # The checker words its problems in this process's language, not the
                # environment's (the app's may be set apart from it).
                env={**os.environ, "PYTHONIOENCODING": "utf-8", "LANGUAGE": i18n.current()},
            )
        except OSError as error:
            message = _("jvdesk could not start its pack checker ({reason})")
            raise CheckError(message.format(reason=error)) from None
        try:
            _wait(child, waiting)
        finally:
            if child.poll() is None:  # stopped, timed out, or `waiting` raised: no orphan
                child.kill()
                child.wait()
        last = _last_line(messages)
    try:
        text = result.read_text(encoding="utf-8")
    except OSError:
        # Translators: {message} is the checker's last line of output.
        message = _("the pack checker stopped without a result: {message}")
        raise CheckError(message.format(message=last)) from None
    try:
        return read_snapshot(text, folder)
    except StaleSnapshot:
        message = _("the pack's files changed while it was checked; open it again")
        raise CheckError(message) from None
    except (ValueError, KeyError, TypeError) as error:
        message = _("the pack checker gave a result jvdesk cannot read ({reason})")
        raise CheckError(message.format(reason=error)) from None
    except OSError as error:
        message = _("the pack's files cannot be read ({reason})")
        raise CheckError(message.format(reason=error)) from None


def open_pack(folder: Path, waiting: Waiting | None = None) -> ContentPack:
    """Load a pack without importing the validator into this process.

    The shipped pack comes from its snapshot when its files still match it. Any other
    pack (or a shipped one that was edited) comes from the snapshot cached when it last
    passed its check, when its files still match that; otherwise it is checked in a child
    process, and cached when it passes.

    Raises:
        PackError: listing every problem found.
        CheckError: why the pack could not be checked.
        CheckCancelled: ``waiting`` asked to stop.
    """
    folder = Path(folder)
    pack, key = from_snapshots(folder)
    if pack is not None:
        return pack
    pack = check_in_child(folder, waiting)
    if key is not None:  # only a pack that passed: problems are checked again every time
        snapshotcache.store(key, pack_json(pack))
    return pack


def from_snapshots(folder: Path) -> tuple[ContentPack | None, str | None]:
    """A pack from a snapshot still true to its files, else None; and its cache key.

    The shipped pack's snapshot is tried for the shipped pack, then the snapshot cached
    when the pack last passed its check. The key (None for a folder that gets none) is
    where a check's result can be kept (``snapshotcache.store``).
    """
    try:
        shipped = folder.resolve() == (resources_root() / SHIPPED_PACK).resolve()
    except OSError:
        shipped = False
    if shipped:
        try:
            return read_snapshot(shipped_snapshot_path().read_text(encoding="utf-8"), folder), None
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or stale: check the pack itself
    key = snapshotcache.pack_key(folder)
    cached = snapshotcache.load(key) if key is not None else None
    if cached is not None:
        try:
            return read_snapshot(cached, folder.absolute()), key
        except (PackError, OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # stale, or not one this jvdesk wrote: check the pack, and replace it
    return None, key
