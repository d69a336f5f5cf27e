"""The deck fits its briefing (issue 11, item 12): about a slide a minute, quotes grouped, a
target listed once, and a sources appendix that is short and readable.

What the plan decides is tested in tests/core/test_deckplan.py; here, what the written deck
holds.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from pptx import Presentation

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.export.pptx import build_pptx

READABLE_QUOTE_PT = 20
READABLE_SOURCES_PT = 12
APPENDIX_TITLES = (
    "Targets at a glance",
    "Progress towards the targets",
    "Since the summit",
    "Sources",
)


def _run_sizes(shape: object) -> list[float]:
    frames = (
        [cell.text_frame for row in shape.table.rows for cell in row.cells]  # type: ignore[attr-defined]
        if shape.has_table  # type: ignore[attr-defined]
        else [shape.text_frame]  # type: ignore[attr-defined]
    )
    return [
        run.font.size.pt
        for frame in frames
        for paragraph in frame.paragraphs
        for run in paragraph.runs
    ]


def test_each_briefing_deck_takes_a_slide_a_minute_before_its_appendix(
    shipped: ContentPack,
) -> None:
    for briefing in shipped.meta.briefings:
        deck = Presentation(io.BytesIO(build_pptx(plan_deck(shipped, briefing.id))))
        titles = [slide.shapes.title.text for slide in deck.slides]
        main = next(i for i, title in enumerate(titles) if title.startswith(APPENDIX_TITLES))
        assert main <= briefing.duration_minutes, (briefing.id, main)
        assert all(title.startswith(APPENDIX_TITLES) for title in titles[main:]), briefing.id


def test_quotes_are_set_at_a_readable_size(default_deck: Path) -> None:
    deck = Presentation(str(default_deck))
    counted = 0
    for slide in deck.slides:
        quotes = [shape for shape in slide.shapes if shape.name == "Quote"]
        if not quotes:
            continue
        counted += 1
        assert 1 <= len(quotes) <= 3
        for shape in quotes:
            quote_size = shape.text_frame.paragraphs[0].runs[0].font.size.pt
            assert quote_size >= READABLE_QUOTE_PT, (slide.shapes.title.text, quote_size)
    assert counted == 19


def test_the_sources_appendix_is_short_and_at_least_12_pt(
    default_deck: Path, plan: DeckPlan
) -> None:
    deck = Presentation(str(default_deck))
    sources = [s for s in deck.slides if s.shapes.title.text.startswith("Sources")]
    # At least nine sources to a slide on average.
    assert 1 <= len(sources) <= math.ceil(len(plan.sources) / 9)
    listed = 0
    for slide in sources:
        (table,) = [shape for shape in slide.shapes if shape.has_table]
        sizes = _run_sizes(table)
        assert min(sizes) >= READABLE_SOURCES_PT, (slide.slide_id, min(sizes))
        listed += len(table.table.rows) - 1
        for row in list(table.table.rows)[1:]:
            link = row.cells[2].text_frame.paragraphs[0].runs[0].hyperlink.address
            assert link is not None and row.cells[2].text in link
            assert link in slide.notes_slide.notes_text_frame.text
    assert listed == len(plan.sources)  # every cited source, each once


def test_a_target_on_two_panels_has_one_row_at_a_glance(default_deck: Path) -> None:
    deck = Presentation(str(default_deck))
    rows = [
        [cell.text for cell in row.cells]
        for slide in deck.slides
        if slide.shapes.title.text.startswith("Targets at a glance")
        for shape in slide.shapes
        if shape.has_table
        for row in list(shape.table.rows)[1:]
    ]
    exchange = [row for row in rows if row[2] == "more than 500,000 persons"]
    assert exchange == [
        [
            "People-to-People, HR Action Plan",
            "Two-way exchange of personnel",
            "more than 500,000 persons",
            "five years",
            exchange[0][4],
        ]
    ]
