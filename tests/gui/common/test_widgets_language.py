"""The shared widgets' own words follow a change of the interface's language live."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jvdesk.gui.common.widgets import SourceMark
from tests.gui.common.catalogues import compile_catalogue, installed


def test_a_source_mark_rewords_its_tooltip_and_its_name_live(qtbot: QtBot, tmp_path: Path) -> None:
    catalogue = compile_catalogue(
        tmp_path,
        "ja",
        [
            ("SourceMark", "Show the source", "出典を表示"),
            ("SourceMark", "Source {mark}", "出典 {mark}"),
        ],
    )
    mark = SourceMark("[3]", ["official"])
    qtbot.addWidget(mark)
    assert (mark.toolTip(), mark.accessibleName()) == ("Show the source", "Source [3]")
    with installed(catalogue):
        qtbot.waitUntil(lambda: mark.toolTip() == "出典を表示")
        assert mark.accessibleName() == "出典 [3]"
        mark.set_mark("[4]")
        assert mark.accessibleName() == "出典 [4]"
    qtbot.waitUntil(lambda: mark.toolTip() == "Show the source")
    assert mark.accessibleName() == "Source [4]"
