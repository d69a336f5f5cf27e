"""Fixtures for the desktop app's tests."""

from __future__ import annotations

import pytest

from jvdesk.gui.dialogs.errors import ErrorDialog


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, message) of every error dialog the app shows, instead of showing it."""
    shown: list[tuple[str, str]] = []

    def record(parent: object, title: str, message: str, details: str = "") -> None:
        shown.append((title, message))

    monkeypatch.setattr(ErrorDialog, "show_error", record)
    return shown
