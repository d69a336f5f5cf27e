"""Starting the desktop app: the pack it opens, no screen, and the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jvdesk.core.problems import PackError
from jvdesk.gui import app as launch
from jvdesk.gui.dialogs.errors import ProblemsDialog
from tests.conftest import Edit


def test_a_broken_pack_is_reported_and_the_shipped_pack_opens(
    qapp: object, monkeypatch: pytest.MonkeyPatch, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    shown: list[PackError] = []
    monkeypatch.setattr(
        ProblemsDialog, "show_problems", classmethod(lambda cls, error, parent: shown.append(error))
    )
    pack = launch.open_pack(pack_dir)
    assert [str(p) for p in shown[0].problems] == [
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'"
    ]
    assert pack.meta.id == "india-japan-joint-vision-2025"


def test_no_screen_gives_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(launch.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert launch.run(None) == 1
    assert capsys.readouterr().err == (
        "jvdesk: no screen to open the desktop app on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set). Run it from a desktop session; on a server, `jvdesk validate` and `jvdesk info` "
        "work without one.\n"
    )


def test_self_test_opens_every_panel_without_a_screen() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "jvdesk", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "jvdesk self-test: 11 pages opened\n"


def test_self_test_reports_a_bad_pack_instead_of_waiting(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "jvdesk", "--pack", str(pack_dir), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'",
        "jvdesk self-test: The content pack has 1 problem; fix it and load it again.",
    ]


def test_a_damaged_settings_file_does_not_stop_the_app(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from jvdesk.gui.common.settings import Settings

    store = QSettings(str(tmp_path / "jvdesk.ini"), QSettings.Format.IniFormat)
    store.setValue(
        "custom_briefings",
        '[{"title": "", "panels": []}, {"title": "Kept", "panels": ["health"]}, "junk"]',
    )
    assert [b.title for b in Settings(store).custom_briefings] == ["Kept"]
    store.setValue("custom_briefings", "not json")
    assert Settings(store).custom_briefings == []


def test_a_damaged_install_says_so_instead_of_vanishing(
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[tuple[str, str]],
    tmp_path: Path,
) -> None:
    # The shipped snapshot is missing and its pack cannot be checked: a windowed app must say
    # why it stops rather than just disappear.
    from jvdesk.core import snapshot

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(snapshot, "shipped_snapshot_path", lambda: tmp_path / "missing.json")
    crash = [sys.executable, "-c", "import sys; sys.exit('checker crashed')"]
    monkeypatch.setattr(snapshot, "_jvdesk_command", lambda: crash)
    assert launch.run(None) == 1
    assert errors_shown == [
        (
            "jvdesk cannot start",
            "jvdesk's own content pack cannot be opened (the pack checker stopped without a "
            "result: checker crashed). Reinstall jvdesk.",
        )
    ]


def test_missing_resources_say_so_instead_of_vanishing(
    qapp: object, monkeypatch: pytest.MonkeyPatch, errors_shown: list[tuple[str, str]]
) -> None:
    from jvdesk.core.resources import ResourceError

    def missing() -> Path:
        raise ResourceError("jvdesk's resources are missing (looked in /x); reinstall jvdesk")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(launch, "shipped_pack_path", missing)
    assert launch.run(None) == 1
    assert errors_shown[0][0] == "jvdesk cannot start"
    assert "jvdesk's resources are missing" in errors_shown[0][1]
