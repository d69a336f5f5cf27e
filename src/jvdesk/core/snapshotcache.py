"""Checked snapshots of packs other than the shipped one, kept in the user cache folder.

A pack the app opened once opens again without a child check: ``jvdesk.core.snapshot``
looks its snapshot up here by the key of the pack folder's files, and trusts it only when
the snapshot's own checksum still matches the files it lists, as with the shipped pack.
Everything here is best effort: a cache that cannot be read or written costs a check in a
child process, never an error for the user.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from functools import cache
from pathlib import Path

from jvdesk import __version__

# The 20 packs opened most recently (a user works with a handful; each entry is about the
# size of its pack's files, about 0.9 MB for a pack ten times the shipped one), and at most
# 256 MB together, so the folder never grows without bound. The newest entry is always kept.
KEEP_ENTRIES = 20
KEEP_BYTES = 256 * 1024 * 1024
# Hashing is bounded: a folder with more entries than this to walk, or more YAML than this
# to read, gets no key, and is checked in a child process on every opening, as before.
# A pack at the loader's limits (200 panel files of 1 MB) stays under both; reading and
# hashing 256 MB takes about a second, against minutes to check such a pack.
MAX_KEY_ENTRIES = 5_000
MAX_KEY_BYTES = 256 * 1024 * 1024
CACHE_ENV = "JVDESK_CACHE_DIR"  # make bench keeps its own cache (tests set XDG_CACHE_HOME)
SUFFIX = ".json"
PART_SUFFIX = ".part"  # an entry being written; left behind only by a process that died
STALE_PART_S = 3600


def cache_dir() -> Path:
    """The folder of cached snapshots: in the user cache folder, or ``JVDESK_CACHE_DIR``."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # here, not at start-up: the shipped pack never needs it

    return Path(platformdirs.user_cache_dir("jvdesk", "jvdesk")) / "snapshots"


@cache
def _checker() -> bytes:
    """What checks packs: this jvdesk's version, and its core modules' sources when present.

    A snapshot is only as good as the checker that wrote it; changing a rule (in a source
    checkout, without a new version) must not let an old verdict through. A bundle holds
    no ``.py`` files, but a bundle is a release and its version says it all.
    """
    digest = hashlib.sha256(__version__.encode() + b"\0")
    for source in sorted(Path(__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.digest()


def _yaml_files(folder: Path) -> list[tuple[str, Path]] | None:
    """Every ``*.yaml`` file under a folder, by relative path, sorted; None past the bounds.

    Hidden folders (``.git``) are not walked and linked folders not followed: a panel file
    there is not in the key, but the snapshot's checksum, over the files the checker
    read, still covers it.
    """
    found: list[tuple[str, Path]] = []
    pending = [(folder, "")]
    visited = size = 0
    while pending:
        where, prefix = pending.pop()
        with os.scandir(where) as entries:
            for entry in entries:
                visited += 1
                if visited > MAX_KEY_ENTRIES:
                    return None
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        pending.append((Path(entry.path), name + "/"))
                elif entry.name.endswith(".yaml") and entry.is_file():
                    size += entry.stat().st_size
                    if size > MAX_KEY_BYTES:
                        return None
                    found.append((name, Path(entry.path)))
    return sorted(found)


def pack_key(folder: Path) -> str | None:
    """The key of a pack folder's files: SHA-256 over every ``*.yaml`` file in it.

    The app cannot read pack.yaml to learn which files make the pack (it never loads the
    YAML reader), so every YAML file counts, each by its relative path and its content:
    any change to any of them, a new panel file included, gives a new key. The key only
    finds an entry; the snapshot's checksum decides whether it is trusted.

    Returns:
        The key, or None when the folder holds no pack.yaml, cannot be read, or is too
        large to hash quickly.
    """
    try:
        if not (folder / "pack.yaml").is_file():
            return None
        files = _yaml_files(folder)
        if files is None:
            return None
        digest = hashlib.sha256(_checker())
        for name, path in files:
            data = path.read_bytes()
            # fsencode: a name that is not valid UTF-8 keeps its bytes rather than failing.
            digest.update(os.fsencode(name) + b"\0" + len(data).to_bytes(8, "big"))
            digest.update(data)
    except (OSError, ValueError):  # ValueError: a path no file can have (a NUL in it)
        return None
    return digest.hexdigest()


def _entry(key: str) -> Path:
    return cache_dir() / f"{key}{SUFFIX}"


def load(key: str) -> str | None:
    """The snapshot text kept under a key, or None when there is none or it is damaged.

    An entry is its snapshot's SHA-256 on the first line, then the snapshot: an entry cut
    short or altered on disk does not match, and is ignored (the next check replaces it).
    """
    path = _entry(key)
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    digest, _, body = raw.partition(b"\n")
    if digest != hashlib.sha256(body).hexdigest().encode():
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # used now: pruned last
    return text


def store(key: str, text: str) -> None:
    """Keep a checked pack's snapshot under its key, then prune the oldest entries.

    Never raises: a full disk or a read-only cache folder only means no cache.
    """
    body = text.encode("utf-8")
    data = hashlib.sha256(body).hexdigest().encode() + b"\n" + body
    target = _entry(key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_whole(target, data)
        _prune(target.parent)
    except OSError:
        pass


def write_whole(target: Path, data: bytes) -> None:
    """Write a file through a temporary one and a rename, so it is whole or absent.

    Not ``jvdesk.export.atomic``: core may not import the export layer, and that helper's
    errors speak to a user choosing a destination, which a cache never does. No fsync: an
    entry torn by a power cut fails its digest and is written again.

    Raises:
        OSError: when it cannot be written; no temporary file is left.
    """
    import tempfile  # here, off the start-up path

    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=PART_SUFFIX, dir=target.parent
    )
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def _prune(folder: Path) -> None:
    """Remove all but the newest entries (KEEP_ENTRIES, KEEP_BYTES) and stale part files."""
    entries: list[tuple[float, int, Path]] = []
    now = time.time()
    with os.scandir(folder) as found:
        for item in found:
            if not item.is_file(follow_symlinks=False):
                continue
            stat = item.stat(follow_symlinks=False)
            if item.name.endswith(SUFFIX):
                entries.append((stat.st_mtime, stat.st_size, Path(item.path)))
            elif item.name.endswith(PART_SUFFIX) and now - stat.st_mtime > STALE_PART_S:
                with contextlib.suppress(OSError):
                    Path(item.path).unlink()
    entries.sort(reverse=True)
    total = 0
    for index, (_, size, path) in enumerate(entries):
        total += size
        if index and (index >= KEEP_ENTRIES or total > KEEP_BYTES):
            with contextlib.suppress(OSError):
                path.unlink()
