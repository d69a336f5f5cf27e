"""Fixtures for the dialogs' tests: a home folder of their own, as on a fresh Linux account."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake home folder with no Documents folder and no user-dirs.dirs in its config.

    The export dialog may create a Documents folder; it must never be the real user's.
    """
    folder = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder
