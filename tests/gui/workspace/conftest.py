"""The main window on the shipped pack, shown offscreen, for the workspace's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from jvdesk.core.pack import ContentPack
from jvdesk.gui.common import language
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.workspace.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Leave the interface in English, with no catalogue installed, after every test."""
    yield
    language.apply("en")


@pytest.fixture
def window(qtbot: QtBot, shipped_pack: ContentPack) -> Iterator[MainWindow]:
    """The main window on the shipped pack, with fresh settings, shown."""
    main = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()


def shown(window: MainWindow) -> str:
    """The id of the page the window shows ("" for the overview)."""
    return window.current_panel_id()
