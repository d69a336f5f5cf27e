"""The desktop app's first window, on real widgets offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.gui import launch
from jvdesk.gui.packwindow import PackWindow
from tests.conftest import MINIMAL_PACK, Edit


def test_window_lists_the_panels_in_order(qtbot: QtBot) -> None:
    window = PackWindow(load_pack(MINIMAL_PACK))
    qtbot.addWidget(window)
    window.show()
    items = [window.panels.item(i).text().splitlines()[0] for i in range(window.panels.count())]
    assert items == ["1. Alpha direction", "Beta document"]
    assert window.windowTitle() == "jvdesk — Minimal pack"


def test_a_broken_pack_is_reported_and_the_shipped_pack_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    shown: list[PackError] = []
    monkeypatch.setattr(launch, "show_pack_error", lambda parent, error: shown.append(error))
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
