"""Briefings composed in the app: lengths, ids, and the Briefing they become."""

from __future__ import annotations

import pytest

from jvdesk.core.briefings import (
    CustomBriefing,
    as_briefing,
    clamp_length,
    custom_id,
    custom_number,
    is_valid_length,
)
from jvdesk.core.pack import ContentPack


def test_ids_round_trip() -> None:
    assert custom_id(3) == "custom-3"
    assert custom_number("custom-3") == 3


@pytest.mark.parametrize("briefing_id", ["full", "custom-", "custom-0", "custom-x", "customs-1"])
def test_a_pack_briefing_is_not_composed(briefing_id: str) -> None:
    assert custom_number(briefing_id) is None


def test_lengths_are_those_a_pack_allows() -> None:
    assert is_valid_length(1) and is_valid_length(600)
    assert not is_valid_length(0) and not is_valid_length(601)
    assert (clamp_length(-5), clamp_length(45), clamp_length(10_000)) == (1, 45, 600)


def test_usable_needs_a_name_panels_and_a_length() -> None:
    assert CustomBriefing("Minister", ["health"], 30).is_usable()
    assert not CustomBriefing("", ["health"], 30).is_usable()
    assert not CustomBriefing("Minister", [], 30).is_usable()
    assert not CustomBriefing("Minister", ["health"], 0).is_usable()


def test_as_briefing_clamps_and_numbers() -> None:
    briefing = as_briefing(CustomBriefing("Delegation", ["a", "b"], 900), 2)
    assert (briefing.id, briefing.title, briefing.duration_minutes, briefing.panels) == (
        "custom-2",
        "Delegation",
        600,
        ["a", "b"],
    )


def test_panel_headings_carry_the_direction_number(shipped_pack: ContentPack) -> None:
    direction = shipped_pack.panel("economic-partnership")
    assert direction.heading() == f"1. {direction.title}"
    assert direction.short_heading() == f"1. {direction.short_title}"
    document = next(panel for panel in shipped_pack.panels if panel.number is None)
    assert document.heading() == document.title
