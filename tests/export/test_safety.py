"""Bad templates and unwritable destinations at export: one clear message, and nothing lost.

How a template file itself is checked is tested in test_template.py.
"""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.export.atomic import ExportCancelled, ExportError
from jvdesk.export.pptx import DeckOptions, default_template, export_pptx
from jvdesk.export.template import POTX, PPTX
from tests.conftest import MINIMAL_PACK


@pytest.fixture(scope="module")
def small_plan() -> DeckPlan:
    return plan_deck(load_pack(MINIMAL_PACK))


def test_a_potx_template_is_accepted(tmp_path: Path, small_plan: DeckPlan) -> None:
    source = default_template("4:3").read_bytes()
    potx = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(potx, "w") as copy:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "[Content_Types].xml":
                data = data.replace(PPTX.encode(), POTX.encode())
            copy.writestr(entry, data)
    template = tmp_path / "house.potx"
    template.write_bytes(potx.getvalue())
    export_pptx(small_plan, tmp_path / "deck.pptx", DeckOptions(template=template))
    assert (tmp_path / "deck.pptx").stat().st_size > 10_000


def export_error(plan: DeckPlan, target: Path, **options: Any) -> str:
    with pytest.raises(ExportError) as caught:
        export_pptx(plan, target, DeckOptions(**options))
    return str(caught.value)


def test_a_folder_as_destination(tmp_path: Path, small_plan: DeckPlan) -> None:
    assert export_error(small_plan, tmp_path) == (
        f"{tmp_path} is a folder; give a file name, such as {tmp_path / 'briefing.pptx'}"
    )


def test_a_missing_folder(tmp_path: Path, small_plan: DeckPlan) -> None:
    target = tmp_path / "missing" / "deck.pptx"
    assert export_error(small_plan, target) == (
        f"the folder {target.parent} does not exist; create it or choose another"
    )


def test_a_bad_template_is_an_export_error(tmp_path: Path, small_plan: DeckPlan) -> None:
    template = tmp_path / "t.pptx"
    template.write_bytes(b"\x00" * 10)
    assert export_error(small_plan, tmp_path / "deck.pptx", template=template) == (
        "t.pptx is not a PowerPoint file (.pptx or .potx); choose a presentation or template "
        "saved by PowerPoint or LibreOffice"
    )


Mount = Callable[[str, str], Path]


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Mount]:
    """Mount small real file systems: a full disk, a read-only one."""
    mounts: list[Path] = []

    def mount(name: str, options: str) -> Path:
        if os.geteuid() != 0:
            pytest.skip("mounting a test file system needs root (CI runs as root)")
        point = tmp_path / name
        point.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)], check=True)
        mounts.append(point)
        return point

    yield mount
    for point in mounts:
        subprocess.run(["umount", str(point)], check=False)


def test_a_full_disk_leaves_the_old_file_and_no_partial_one(
    mounted,
    small_plan: DeckPlan,
) -> None:
    disk = mounted("full", "size=48k")
    target = disk / "deck.pptx"
    target.write_bytes(b"the previous deck")
    assert export_error(small_plan, target) == (
        f"the disk holding {disk} is full; free some space or choose another folder"
    )
    assert target.read_bytes() == b"the previous deck"
    assert sorted(p.name for p in disk.iterdir()) == ["deck.pptx"]


def test_a_read_only_disk(mounted: Mount, small_plan: DeckPlan) -> None:
    disk = mounted("readonly", "size=1m")
    (disk / "deck.pptx").write_bytes(b"old")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    assert export_error(small_plan, disk / "deck.pptx") == (
        f"{disk} is on a read-only disk; choose another folder"
    )
    assert (disk / "deck.pptx").read_bytes() == b"old"


def test_a_target_open_in_another_program(
    tmp_path: Path, small_plan: DeckPlan, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On Windows a deck open in PowerPoint cannot be replaced: the rename raises
    # PermissionError. Linux has no such lock, so the rename is made to fail the same way.
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"open in PowerPoint")

    def locked(self: Path, other: Path) -> Path:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(Path, "replace", locked)
    assert export_error(small_plan, target) == (
        "deck.pptx is open in another program or locked; close it and export again"
    )
    assert target.read_bytes() == b"open in PowerPoint"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


@pytest.mark.parametrize("stop", [KeyboardInterrupt, ExportCancelled])
def test_an_interrupted_export_writes_nothing(
    tmp_path: Path, small_plan: DeckPlan, stop: type[BaseException]
) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the previous deck")

    def progress(done: int, total: int) -> None:
        if done == 3:
            raise stop

    with pytest.raises(stop):
        export_pptx(small_plan, target, progress=progress)
    assert target.read_bytes() == b"the previous deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_an_interrupted_write_leaves_no_partial_file(
    tmp_path: Path, small_plan: DeckPlan, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the previous deck")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_pptx(small_plan, target)
    assert target.read_bytes() == b"the previous deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path, small_plan: DeckPlan) -> None:
    target = tmp_path / "deck.pptx"
    export_pptx(small_plan, target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
