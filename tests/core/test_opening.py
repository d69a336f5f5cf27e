"""Opening a pack for export and info: from a checked snapshot when one vouches for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jvdesk.core import loader
from jvdesk.core.opening import open_checked
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from tests.conftest import Edit


def test_the_shipped_pack_opens_without_the_validator() -> None:
    script = (
        "import sys; from jvdesk.core.opening import open_checked; "
        "from jvdesk.core.resources import shipped_pack_path; "
        "pack = open_checked(shipped_pack_path()); "
        "print(pack.meta.id, 'pydantic' in sys.modules, 'yaml' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["india-japan-joint-vision-2025", "False", "False"]


def test_another_pack_is_checked_once_then_read_from_the_cache(
    pack_dir: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[Path] = []
    real = loader.load_pack

    def counting(folder: Path) -> object:
        loads.append(folder)
        return real(folder)

    monkeypatch.setattr(loader, "load_pack", counting)
    first = open_checked(pack_dir)
    second = open_checked(pack_dir)
    assert loads == [pack_dir] and first.checksum == second.checksum
    edit("panels/alpha.yaml", "title: Alpha direction", "title: Alpha direction, edited")
    assert open_checked(pack_dir).panel("alpha").title == "Alpha direction, edited"
    assert len(loads) == 2


def test_a_pack_with_problems_is_checked_every_time(
    pack_dir: Path, edit: Edit, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    for _ in range(2):
        with pytest.raises(PackError):
            open_checked(pack_dir)


def test_an_edited_shipped_pack_is_checked(tmp_path: Path) -> None:
    copy = tmp_path / "pack"
    import shutil

    shutil.copytree(shipped_pack_path(), copy)
    assert open_checked(copy).meta.id == "india-japan-joint-vision-2025"
