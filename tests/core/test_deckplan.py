"""The deck plan: slide order, content, source marks and notes for a briefing."""

from __future__ import annotations

import re

import pytest

from jvdesk.core.deckplan import DeckPlan, plan_deck
from jvdesk.core.loader import load_pack
from tests.conftest import MINIMAL_PACK


@pytest.fixture(scope="module")
def plan() -> DeckPlan:
    return plan_deck(load_pack(MINIMAL_PACK))


def test_slide_order(plan: DeckPlan) -> None:
    assert [(s.kind, s.title) for s in plan.slides] == [
        ("title", "Minimal pack"),
        ("agenda", "Agenda"),
        ("panel", "1. Alpha direction"),
        ("quotes", "Alpha: in their words"),
        ("panel", "Beta document"),
        ("glance", "Targets at a glance"),
        ("timeline", "Since the summit"),
        ("sources", "Sources"),
    ]


def test_title_slide_names_the_occasion(plan: DeckPlan) -> None:
    title = plan.slides[0]
    assert title.subtitle == "Test Summit · Tokyo · 29–30 Aug 2025"
    assert title.bullets == ("Leader One, Prime Minister of India",)


def test_panel_slide_content(plan: DeckPlan) -> None:
    panel = plan.slides[2]
    figure = panel.figures[0]
    assert (figure.value, figure.unit, figure.label) == ("10", "JPY trillion", "Investment")
    assert figure.detail == "next decade · Japan → India"
    assert figure.mark == "[1]"
    assert panel.chart is not None and panel.chart.id == "a-chart"
    assert panel.chart_mark == "[2]"
    assert panel.bullets == ("An initiative",)
    assert panel.notes.startswith("• Say this.\n\nSources:\n[1] A ministry: The official text.")


def test_panel_without_targets_says_so(plan: DeckPlan) -> None:
    beta = plan.slides[4]
    assert beta.figures == ()
    assert beta.footnote == "The document sets no quantified target."


def test_every_mark_resolves_on_the_sources_slide(plan: DeckPlan) -> None:
    listed = {row[0] for slide in plan.slides if slide.kind == "sources" for row in slide.rows}
    marks = set()
    for slide in plan.slides:
        texts = (
            [f.mark for f in slide.figures] + [q.mark for q in slide.quotes] + [slide.chart_mark]
        )
        texts += [cell for row in slide.rows for cell in row] if slide.kind != "sources" else []
        for text in texts:
            marks.update(f"[{n}]" for n in re.findall(r"\d+", text) if text.startswith("["))
    assert marks and marks <= listed
    assert [number for number, _ in plan.sources] == list(range(1, len(plan.sources) + 1))


def test_every_content_slide_has_notes(plan: DeckPlan) -> None:
    assert all(slide.notes for slide in plan.slides if slide.kind != "sources")


def test_no_notes_on_request() -> None:
    plan = plan_deck(load_pack(MINIMAL_PACK), notes=False)
    assert all(slide.notes == "" for slide in plan.slides)


def test_only_some_panels_in_briefing_order() -> None:
    plan = plan_deck(load_pack(MINIMAL_PACK), only=["beta"])
    assert [s.panel_id for s in plan.slides if s.kind == "panel"] == ["beta"]
    with pytest.raises(KeyError):
        plan_deck(load_pack(MINIMAL_PACK), only=["gamma"])
