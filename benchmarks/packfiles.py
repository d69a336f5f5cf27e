"""Pack files (.jvpack): how fast hostile ones are refused, and in how little memory."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

from benchmarks.harness import Row, median_ms
from jvdesk.core import jvpack
from jvdesk.core.jvpack import JvpackError
from jvdesk.core.loader import load_pack
from jvdesk.core.resources import shipped_pack_path

BOMB_MB = 40


def _hostile(folder: Path) -> dict[str, Path]:
    """Hostile pack files an attacker could send, each with a valid pack inside."""
    base = folder / "base.jvpack"
    jvpack.build(load_pack(shipped_pack_path()), base)
    with zipfile.ZipFile(base) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    made = {
        f"a {BOMB_MB} MB compression bomb": [*entries, ("bomb.yaml", bytes(BOMB_MB << 20))],
        "2,001 entries": [(f"f{n}.yaml", b"a: 1\n") for n in range(2001)],
        "a path out of the pack": [*entries, ("../../evil.yaml", b"a: 1\n")],
    }
    paths = {}
    for index, (label, items) in enumerate(made.items()):
        path = folder / f"hostile-{index}.jvpack"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in items:
                archive.writestr(name, data)
        paths[label] = path
    return paths


def _refuse(path: Path) -> None:
    try:
        with jvpack.opened(path):
            pass
    except JvpackError:
        return
    raise AssertionError(f"{path} was accepted")


def _open(path: Path) -> None:
    with jvpack.opened(path):
        pass


def pack_file_rows(folder: Path) -> list[Row]:
    """Refusing hostile pack files, beside opening (checking and extracting) a good one."""
    good = folder / "shipped.jvpack"
    jvpack.build(load_pack(shipped_pack_path()), good)
    opening = median_ms(lambda: _open(good), repeat=9, warmup=1)
    rows = []
    hostile = _hostile(folder)
    for label, path in hostile.items():
        rows.append(
            Row(
                f"refuse a .jvpack with {label}",
                median_ms(lambda path=path: _refuse(path), repeat=9, warmup=1),
                "open the shipped pack's .jvpack",
                opening,
                "< 5,000 ms each",
            )
        )
    bomb = hostile[f"a {BOMB_MB} MB compression bomb"]
    tracemalloc.start()
    _refuse(bomb)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Bounded memory: refusing reads the central directory, never the 40 MB it would expand to.
    rows.append(
        Row(
            f"refuse the {BOMB_MB} MB bomb: peak memory (KiB)",
            peak / 1024,
            "the bomb file's size (KiB)",
            bomb.stat().st_size / 1024,
            "ratio ≤ 1 (nothing expanded)",
        )
    )
    return rows
