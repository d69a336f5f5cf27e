"""One source numbering: the app shows the chosen briefing's deck numbers."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from jvdesk.core.briefings import CustomBriefing, as_briefing
from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.widgets import SourceMark
from jvdesk.gui.workspace import briefings
from jvdesk.gui.workspace.mainwindow import MainWindow


def _marks_on(window: MainWindow, panel_id: str) -> set[str]:
    window.show_panel(panel_id)
    return {mark.text() for mark in window.stack.currentWidget().findChildren(SourceMark)}


def _assert_app_matches_deck(window: MainWindow) -> None:
    plan = plan_deck(window.pack, window.briefings.chosen())
    for slide in plan.slides:
        if slide.kind != "panel" or slide.panel_id is None:
            continue
        shown = _marks_on(window, slide.panel_id)
        wanted = {figure.mark for figure in slide.figures}
        if slide.chart is not None:
            wanted.add(slide.chart_mark)
        assert wanted <= shown, slide.panel_id


def test_the_investment_chart_cites_what_the_deck_cites(window: MainWindow) -> None:
    plan = plan_deck(window.pack, window.briefings.chosen())
    slide = next(s for s in plan.slides if s.panel_id == "economic-partnership" and s.chart)
    assert slide.chart_mark in _marks_on(window, "economic-partnership")


def test_every_panel_slide_mark_is_the_apps(window: MainWindow) -> None:
    _assert_app_matches_deck(window)


def test_choosing_another_briefing_renumbers_the_marks(qtbot: QtBot, window: MainWindow) -> None:

    box = window.briefings.box
    for index in range(box.count()):
        if box.itemData(index) not in (None, "__compose__", window.briefings.chosen().id):
            box.setCurrentIndex(index)
            window.briefings._on_activated(index)
            break
    _assert_app_matches_deck(window)
    assert window.briefings.chosen().id != "full"


def test_the_packs_own_briefings_are_numbered_from_the_snapshot(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app opens the pack from its snapshot, whose numbers were worked out when the pack
    # was checked: the window shows the deck's numbers without planning the deck. A briefing
    # the user composes is planned.
    planned: list[str] = []

    def plan(*args: object, **kwargs: object) -> DeckPlan:
        planned.append(str(args[1]))
        return plan_deck(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(briefings, "plan_deck", plan)
    window = MainWindow(open_pack(shipped_pack_path()), Settings())
    qtbot.addWidget(window)
    assert planned == []
    _assert_app_matches_deck(window)
    composed = as_briefing(CustomBriefing("Two panels", ["health", "mobility"], 10), 1)
    monkeypatch.setattr(window.briefings, "chosen", lambda: composed)
    window.briefings.source_index()
    assert len(planned) == 1
