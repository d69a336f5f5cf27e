"""Loading a pack without the validator: the shipped snapshot and the child-process check."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import pytest

from jvdesk.core import snapshot
from jvdesk.core.loader import load_pack
from jvdesk.core.model import Rules
from jvdesk.core.planning import plan_deck
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import (
    CheckCancelled,
    CheckError,
    open_pack,
    pack_json,
    read_snapshot,
    shipped_snapshot_path,
)
from jvdesk.core.validation import validate
from tests.conftest import MINIMAL_PACK, Edit


def test_the_shipped_snapshot_is_current() -> None:
    current = pack_json(load_pack(shipped_pack_path()))
    shipped = shipped_snapshot_path().read_text(encoding="utf-8")
    assert shipped == current, "run `make schema` and commit the snapshot"


def test_a_snapshot_rebuilds_the_pack_the_loader_built() -> None:
    pack = load_pack(shipped_pack_path())
    rebuilt = read_snapshot(pack_json(pack), shipped_pack_path())
    assert rebuilt == pack
    target = rebuilt.panels[0].targets[0]
    assert type(target).__name__ == "Target" and isinstance(target.value, float)
    assert target.baseline is not None and type(target.baseline).__name__ == "Baseline"


def test_a_snapshot_numbers_each_briefings_sources_as_its_deck_does() -> None:
    # The app shows these numbers beside every figure without planning the deck at start:
    # they must be the deck's own, for every briefing of the pack.
    pack = load_pack(shipped_pack_path())
    rebuilt = read_snapshot(pack_json(pack), shipped_pack_path())
    assert set(rebuilt.numbering) == {briefing.id for briefing in pack.meta.briefings}
    for briefing in pack.meta.briefings:
        plan = plan_deck(pack, briefing, notes=False, language="en")
        assert rebuilt.numbering[briefing.id] == plan.sources, briefing.id
    assert rebuilt.localized("ja").numbering == rebuilt.numbering


def test_a_snapshot_is_refused_once_a_file_of_its_pack_changes(pack_dir: Path, edit: Edit) -> None:
    text = pack_json(load_pack(pack_dir))
    edit("panels/alpha.yaml", "value: 10", "value: 11")
    with pytest.raises(ValueError, match="changed"):
        read_snapshot(text, pack_dir)


def test_a_snapshot_of_another_format_is_refused(pack_dir: Path) -> None:
    data = json.loads(pack_json(load_pack(pack_dir)))
    data["format"] = 99
    with pytest.raises(ValueError, match="not a jvdesk pack snapshot"):
        read_snapshot(json.dumps(data), pack_dir)


def test_the_shipped_pack_opens_from_its_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_child(folder: Path) -> None:
        raise AssertionError("the shipped pack should not need a child process")

    monkeypatch.setattr(snapshot, "check_in_child", no_child)
    assert open_pack(shipped_pack_path()) == load_pack(shipped_pack_path())


def test_a_stale_shipped_snapshot_falls_back_to_checking(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stale = json.loads(shipped_snapshot_path().read_text(encoding="utf-8"))
    stale["checksum"] = "0" * 64
    path = tmp_path / "stale.json"
    path.write_text(json.dumps(stale), encoding="utf-8")
    monkeypatch.setattr(snapshot, "shipped_snapshot_path", lambda: path)
    assert open_pack(shipped_pack_path()) == load_pack(shipped_pack_path())


def test_another_pack_is_checked_in_a_child_process(pack_dir: Path) -> None:
    assert open_pack(pack_dir) == load_pack(pack_dir.resolve())


def test_a_child_check_reports_every_problem_the_loader_finds(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    edit("pack.yaml", "id: minimal", "id: Minimal")
    with pytest.raises(PackError) as direct:
        load_pack(pack_dir)
    with pytest.raises(PackError) as child:
        open_pack(pack_dir)
    assert child.value.problems == direct.value.problems
    assert len(child.value.problems) == 2


def test_a_missing_folder_is_reported_by_the_child(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="does not exist; choose a pack folder"):
        open_pack(tmp_path / "nowhere")


def test_a_checker_that_cannot_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "_jvdesk_command", lambda: ["/nonexistent/jvdesk"])
    with pytest.raises(CheckError, match="could not start its pack checker"):
        open_pack(MINIMAL_PACK)


def _fake_checker(monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """Make the child a Python script; it gets: validate FOLDER --snapshot RESULT."""
    monkeypatch.setattr(snapshot, "_jvdesk_command", lambda: [sys.executable, "-c", script])


def test_a_checker_that_stops_without_a_result_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_checker(monkeypatch, "import sys; sys.exit('checker crashed')")
    with pytest.raises(CheckError, match="stopped without a result: checker crashed"):
        open_pack(MINIMAL_PACK)


def test_a_result_of_another_format_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_checker(monkeypatch, "import sys; open(sys.argv[-1], 'w').write('{\"format\": 2}')")
    with pytest.raises(CheckError, match="a result jvdesk cannot read"):
        open_pack(MINIMAL_PACK)


def test_a_pack_edited_during_its_check_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = json.loads(pack_json(load_pack(MINIMAL_PACK)))
    stale["checksum"] = "0" * 64
    script = f"import sys; open(sys.argv[-1], 'w').write({json.dumps(stale)!r})"
    _fake_checker(monkeypatch, script)
    with pytest.raises(CheckError, match="changed while it was checked; open it again"):
        open_pack(MINIMAL_PACK)


def test_a_check_that_takes_too_long_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_checker(monkeypatch, "import time; time.sleep(60)")
    monkeypatch.setattr(snapshot, "CHECK_TIMEOUT_S", 0)
    with pytest.raises(CheckError, match="took longer than 0 minutes"):
        open_pack(MINIMAL_PACK)


def test_a_check_can_be_cancelled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    marker = tmp_path / "still-running"
    _fake_checker(monkeypatch, f"import time; time.sleep(1); open({str(marker)!r}, 'w')")
    calls: list[int] = []
    with pytest.raises(CheckCancelled):
        open_pack(MINIMAL_PACK, lambda: calls.append(1) or len(calls) < 3)
    assert len(calls) == 3
    time.sleep(1.5)
    assert not marker.exists()  # the child was stopped, not left to run


def test_a_jvdesk_in_the_current_folder_is_not_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    impostor = tmp_path / "jvdesk"
    impostor.mkdir()
    (impostor / "__init__.py").write_text("", encoding="utf-8")
    (impostor / "__main__.py").write_text("raise SystemExit('impostor')", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert open_pack(MINIMAL_PACK) == load_pack(MINIMAL_PACK.resolve())


def test_validate_writes_the_problems_to_the_snapshot(
    pack_dir: Path, edit: Edit, tmp_path: Path
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    result = tmp_path / "result.json"
    done = subprocess.run(
        [sys.executable, "-m", "jvdesk", "validate", str(pack_dir), "--snapshot", str(result)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    problems = json.loads(result.read_text(encoding="utf-8"))["problems"]
    assert problems == [
        {
            "file": "panels/alpha.yaml",
            "line": 11,
            "column": 12,
            "path": "targets[0].value",
            "message": "expected a number, got 'ten'",
        }
    ]


def test_a_rule_on_an_optional_value_is_refused() -> None:
    # pydantic would silently skip a bound put on `int | None`; the model says so instead.
    @dataclass(frozen=True, kw_only=True)
    class Wrong:
        number: Annotated[int | None, Rules(ge=1)] = None

    with pytest.raises(TypeError, match="ge cannot apply"):
        validate(Wrong, {"number": 0})


def test_no_checker_outlives_a_check_that_is_interrupted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    marker = tmp_path / "still-running"
    _fake_checker(monkeypatch, f"import time; time.sleep(1); open({str(marker)!r}, 'w')")

    def interrupted() -> bool:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        open_pack(MINIMAL_PACK, interrupted)
    time.sleep(1.5)
    assert not marker.exists()


def test_the_checker_ignores_the_current_folder() -> None:
    assert "-P" in snapshot._jvdesk_command()  # no `jvdesk` from wherever the app started
