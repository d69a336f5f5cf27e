"""Starting the desktop app: the pack it opens, no screen, and the self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.gui import app as launch
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.dialogs.errors import ErrorDialog, ProblemsDialog
from jvdesk.gui.workspace.mainwindow import MainWindow
from tests.conftest import Edit


def test_a_broken_pack_at_start_opens_the_shipped_pack_and_says_so(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    shown: list[tuple[PackError, object, str]] = []
    monkeypatch.setattr(
        ProblemsDialog,
        "show_problems",
        classmethod(
            lambda cls, error, parent, instead="kept": shown.append((error, parent, instead))
        ),
    )
    pack, failure = launch.open_pack(pack_dir)
    assert pack.meta.id == "india-japan-joint-vision-2025" and shown == []  # not yet
    assert isinstance(failure, PackError)
    window = MainWindow(pack, Settings())
    qtbot.addWidget(window)
    window.show()
    window.report_start_failure(pack_dir, failure)
    qtbot.waitUntil(lambda: bool(shown))
    error, parent, instead = shown[0]
    assert [str(p) for p in error.problems] == [
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'"
    ]
    assert parent is window and window.isVisible() and instead == "shipped"
    assert window.notice.isVisible()
    assert window.notice.text.text() == (
        f"{pack_dir} was not opened: it has 1 problem. jvdesk shows its own pack, "
        "India–Japan Joint Vision 2025, instead."
    )
    window.notice.action_button.click()  # Show problems, again
    assert len(shown) == 2
    window.notice.dismiss_button.click()
    assert not window.notice.isVisible()


def test_the_problems_dialog_at_start_says_what_is_shown_instead(
    qtbot: QtBot, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    dialog = ProblemsDialog(caught.value, None, "shipped")
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "1 problem was found, so the pack was not opened; jvdesk shows its own pack instead. "
        "Fix it in the pack's files and open it again."
    )
    assert "keeps the pack it had" not in dialog.summary.text()


def test_problem_lines_wrap_and_copying_says_so(qtbot: QtBot, pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    edit("panels/alpha.yaml", "sources: [", "sources: [no-such-source-with-a-long-name, ")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    dialog = ProblemsDialog(caught.value, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    details = dialog.details
    assert details.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    assert details.document().size().width() <= details.viewport().width()
    assert details.horizontalScrollBar().maximum() == 0
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(caught.value)
    assert dialog.copy_button.text() == "Copied"
    assert dialog.copied.text() == (
        "The problems are on the clipboard: paste them into an e-mail or a note."
    )


def test_an_error_dialog_says_its_details_were_copied(qtbot: QtBot) -> None:
    box = ErrorDialog(None, "Something went wrong", "jvdesk carried on.", "RuntimeError: x")
    qtbot.addWidget(box)
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "RuntimeError: x"
    assert box.copy_button.text() == "Copied"


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


def test_a_file_the_system_asks_to_open_is_opened(qtbot: QtBot, tmp_path: Path) -> None:
    """macOS gives a double-clicked file to a running app as an event, not an argument."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from jvdesk.gui.app import FileOpener

    opened: list[Path] = []

    class Window(QWidget):
        def open_pack(self, path: Path) -> bool:
            opened.append(path)
            return True

    window = Window()
    qtbot.addWidget(window)
    opener = FileOpener(window)  # type: ignore[arg-type]
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(opener)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(tmp_path / "update.jvpack")))
        qtbot.waitUntil(lambda: opened == [tmp_path / "update.jvpack"])
    finally:
        app.removeEventFilter(opener)
