"""Fixtures for the desktop app's tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jvdesk.gui.common import theme
from jvdesk.gui.dialogs.errors import ErrorDialog

SYSTEM_PREFERENCES = theme.system_preferences  # what Qt reports, for the test that reads it


@pytest.fixture(autouse=True)
def _system_asks_for_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system asks for no contrast or colour scheme: a developer's desktop theme (or
    QT_QPA_PLATFORMTHEME) never starts a test dark. Tests of following the system set
    their own."""
    monkeypatch.setattr(
        theme,
        "system_preferences",
        lambda: (Qt.ContrastPreference.NoPreference, Qt.ColorScheme.Unknown),
    )


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, message) of every error dialog the app shows, instead of showing it."""
    shown: list[tuple[str, str]] = []

    def record(parent: object, title: str, message: str, details: str = "") -> None:
        shown.append((title, message))

    monkeypatch.setattr(ErrorDialog, "show_error", record)
    return shown
