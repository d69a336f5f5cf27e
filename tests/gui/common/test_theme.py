"""The theme at first start: the system's (high contrast, dark or light) until the user chooses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jvdesk.core.pack import ContentPack
from jvdesk.gui.common import theme
from jvdesk.gui.common.settings import Settings, open_store
from jvdesk.gui.common.theme import THEMES, apply_theme, system_theme_name
from tests.gui.conftest import SYSTEM_PREFERENCES

HIGH = Qt.ContrastPreference.HighContrast
NONE = Qt.ContrastPreference.NoPreference


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """What the system asks for: set ``system[:] = [contrast, scheme]`` (no preference, unknown)."""
    asked: list[object] = [NONE, Qt.ColorScheme.Unknown]
    monkeypatch.setattr(theme, "system_preferences", lambda: tuple(asked))
    yield asked


@pytest.fixture(autouse=True)
def _light_afterwards(qapp: QApplication) -> Iterator[None]:
    """Leave the application in the light theme, as the other tests expect it."""
    yield
    apply_theme(qapp, THEMES["light"], 1.0)


@pytest.mark.parametrize(
    ("contrast", "scheme", "expected"),
    [
        (HIGH, Qt.ColorScheme.Dark, "high-contrast"),
        (HIGH, Qt.ColorScheme.Light, "high-contrast"),
        (HIGH, Qt.ColorScheme.Unknown, "high-contrast"),
        (NONE, Qt.ColorScheme.Dark, "dark"),
        (NONE, Qt.ColorScheme.Light, "light"),
        (NONE, Qt.ColorScheme.Unknown, "light"),
    ],
)
def test_the_system_theme(
    system: list[object], contrast: object, scheme: object, expected: str
) -> None:
    system[:] = [contrast, scheme]
    assert system_theme_name() == expected


def test_qt_reports_the_system_preferences(qapp: QApplication) -> None:
    # The offscreen platform has no platform theme: no preference, an unknown scheme.
    contrast, scheme = SYSTEM_PREFERENCES()
    assert isinstance(contrast, Qt.ContrastPreference)
    assert isinstance(scheme, Qt.ColorScheme)
    assert system_theme_name() in THEMES


def test_with_no_theme_saved_the_settings_follow_the_system(system: list[object]) -> None:
    settings = Settings()
    system[:] = [NONE, Qt.ColorScheme.Dark]
    assert settings.theme == "dark"
    system[:] = [HIGH, Qt.ColorScheme.Dark]
    assert settings.theme == "high-contrast"
    settings.sync()
    assert Settings().theme == "high-contrast"  # nothing was saved: still the system's
    system[:] = [NONE, Qt.ColorScheme.Light]
    assert Settings().theme == "light"


def test_a_saved_choice_wins_over_the_system(system: list[object]) -> None:
    Settings().theme = "light"
    system[:] = [HIGH, Qt.ColorScheme.Dark]
    assert Settings().theme == "light"
    Settings().theme = "dark"
    assert Settings().theme == "dark"


def test_a_damaged_theme_setting_follows_the_system(system: list[object]) -> None:
    store = open_store()
    store.setValue("theme", "sepia")  # a hand-edited settings file
    store.sync()
    system[:] = [NONE, Qt.ColorScheme.Dark]
    assert Settings().theme == "dark"


def test_the_window_opens_in_high_contrast_when_the_system_asks(
    qtbot: QtBot, system: list[object], shipped_pack: ContentPack
) -> None:
    from jvdesk.gui.workspace.mainwindow import MainWindow

    system[:] = [HIGH, Qt.ColorScheme.Light]
    window = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(window)
    assert window.theme.name == "high-contrast"
    assert window.commands.theme_actions["high-contrast"].isChecked()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.name().upper() == THEMES["high-contrast"].window
    window.set_theme("light")  # the user's choice, kept from now on
    assert Settings().theme == "light"
