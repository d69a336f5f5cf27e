"""The export benchmark's floor writes what jvdesk's deck holds (benchmarks/pptx_floor.py)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.pptx_floor import build, read_recipe, write_recipe

from jvdesk.core.deckplan import DeckPlan
from jvdesk.export.pptx import export_pptx


def test_the_floor_rebuilds_the_same_slides_text_tables_notes_and_charts(
    minimal_plan: DeckPlan, tmp_path: Path
) -> None:
    deck = tmp_path / "deck.pptx"
    export_pptx(minimal_plan, deck)
    assert write_recipe(deck, tmp_path / "recipe.json") == len(minimal_plan.slides)
    recipe = json.loads((tmp_path / "recipe.json").read_text(encoding="utf-8"))
    kinds = {item["kind"] for slide in recipe["slides"] for item in slide["shapes"]}
    assert kinds == {"text", "rectangle", "table", "chart"}
    assert all(slide["notes"] for slide in recipe["slides"][1:])
    build(recipe, tmp_path / "floor.pptx")
    assert read_recipe(tmp_path / "floor.pptx") == recipe
