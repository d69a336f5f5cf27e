"""The exported deck, re-read by python-pptx and opened by LibreOffice."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.export.pptx import DeckOptions, build_pptx
from tests.conftest import Edit
from tests.export.fitcheck import overflows
from tests.realtools import pdf_pages, render_pages


def test_slides_follow_the_plan(deck: Path, plan: DeckPlan) -> None:
    presentation = Presentation(str(deck))
    assert len(presentation.slides) == len(plan.slides)
    for slide, planned in zip(presentation.slides, plan.slides, strict=True):
        assert slide.shapes.title is not None
        assert slide.shapes.title.text == planned.title


def test_every_content_slide_has_speaker_notes(deck: Path, plan: DeckPlan) -> None:
    presentation = Presentation(str(deck))
    for slide, planned in zip(presentation.slides, plan.slides, strict=True):
        if planned.kind == "sources":
            continue
        assert slide.has_notes_slide, planned.title
        assert slide.notes_slide.notes_text_frame.text == planned.notes


def test_no_text_overflows_its_box_or_the_slide(deck: Path) -> None:
    assert overflows(deck) == []


def test_every_run_names_east_asian_and_complex_script_fonts(deck: Path) -> None:
    presentation = Presentation(str(deck))
    for slide in presentation.slides:
        for run in slide.element.iter(qn("a:r")):
            properties = run.find(qn("a:rPr"))
            assert properties is not None
            assert properties.find(qn("a:ea")).get("typeface") == "Yu Gothic"
            assert properties.find(qn("a:cs")).get("typeface") == "Nirmala UI"


def test_source_marks_resolve_on_the_sources_slides(deck: Path) -> None:
    presentation = Presentation(str(deck))
    listed: set[str] = set()
    cited: set[str] = set()
    for slide in presentation.slides:
        title = slide.shapes.title.text
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        tables = [shape.table for shape in slide.shapes if shape.has_table]
        cells = [cell.text for table in tables for row in table.rows for cell in row.cells]
        if title.startswith("Sources"):
            listed.update(cell.strip("[]") for cell in cells if re.fullmatch(r"\[\d+\]", cell))
            continue
        for text in texts + cells:
            for mark in re.findall(r"\[([\d, ]+)\]", text):
                cited.update(number.strip() for number in mark.split(","))
    assert cited
    assert cited <= listed


def test_the_template_sample_slides_are_gone(
    third_party: Callable[[str], Path], tmp_path: Path, plan: DeckPlan
) -> None:
    template = third_party("Midnightblue")
    assert len(Presentation(str(template)).slides) > 0
    data = build_pptx(plan, DeckOptions(template=template))
    target = tmp_path / "deck.pptx"
    target.write_bytes(data)
    assert len(Presentation(str(target)).slides) == len(plan.slides)


def test_decks_use_the_template_size(deck: Path) -> None:
    presentation = Presentation(str(deck))
    ratio = presentation.slide_width / presentation.slide_height
    expected = {
        "jvdesk-16x9": 16 / 9,
        "jvdesk-4x3": 4 / 3,
        "midnightblue-16x9": 16 / 9,
        "vintage-4x3": 4 / 3,
    }
    assert abs(ratio - expected[deck.stem]) < 0.02


def test_libreoffice_opens_the_deck_one_page_per_slide(
    deck_pdf: Path, plan: DeckPlan, tmp_path: Path
) -> None:
    assert pdf_pages(deck_pdf) == len(plan.slides)
    pages = render_pages(deck_pdf, tmp_path / "page", dpi=20)
    assert len(pages) == len(plan.slides)
    assert all(page.stat().st_size > 1000 for page in pages)


def test_same_pack_same_bytes(plan: DeckPlan, shipped: ContentPack) -> None:
    first = build_pptx(plan, as_of=shipped.content_date())
    second = build_pptx(plan, as_of=shipped.content_date())
    assert first == second


def test_context_figures_are_labelled_as_not_targets(deck: Path, plan: DeckPlan) -> None:
    presentation = Presentation(str(deck))
    for slide, planned in zip(presentation.slides, plan.slides, strict=True):
        if planned.kind != "panel" or not planned.figures:
            continue
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        labels = [text for text in texts if text.startswith("Key figures. ")]
        if planned.figures_are_targets:
            assert labels == [], planned.title
        else:
            assert labels == [f"Key figures. {planned.footnote}"], planned.title


def test_the_shipped_briefing_fits_every_box_of_both_templates(plan: DeckPlan) -> None:
    for aspect in ("16:9", "4:3"):
        warnings: list[str] = []
        build_pptx(plan, DeckOptions(aspect=aspect), warnings=warnings)
        assert warnings == [], aspect


LONG_TITLE = ("Alpha direction on the long and winding road of partnership " * 5)[:159].strip()
LONG_URL = "https://example.org/" + "a" * 1940 + "/"


def test_text_that_runs_over_is_always_reported(pack_dir: Path, edit: Edit, tmp_path: Path) -> None:
    # Whatever the independent fit check finds running over, the writer has warned of.
    edit("panels/alpha.yaml", "title: Alpha direction\n", f"title: {LONG_TITLE}\n")
    plan = plan_deck(load_pack(pack_dir))
    for aspect in ("16:9", "4:3"):
        warnings: list[str] = []
        deck = tmp_path / f"deck-{aspect.replace(':', 'x')}.pptx"
        deck.write_bytes(build_pptx(plan, DeckOptions(aspect=aspect), warnings=warnings))
        found = overflows(deck)
        assert not found or warnings, (aspect, found)
    assert warnings  # in 4:3 it runs over


def test_a_long_address_shows_its_site_and_links_the_whole(
    pack_dir: Path, edit: Edit, tmp_path: Path
) -> None:
    # A 2,000-character address used to be a table row too tall for any slide; the sources
    # slide now shows the site, links the address, and keeps it whole in the notes.
    edit("sources.yaml", "url: https://example.org/official", f"url: {LONG_URL}")
    plan = plan_deck(load_pack(pack_dir))
    for aspect in ("16:9", "4:3"):
        warnings: list[str] = []
        deck = tmp_path / f"deck-{aspect.replace(':', 'x')}.pptx"
        deck.write_bytes(build_pptx(plan, DeckOptions(aspect=aspect), warnings=warnings))
        assert warnings == [] and overflows(deck) == []
        slide = Presentation(str(deck)).slides[-1]
        (table,) = [shape.table for shape in slide.shapes if shape.has_table]
        site = next(row.cells[2] for row in table.rows if row.cells[2].text == "example.org")
        assert site.text_frame.paragraphs[0].runs[0].hyperlink.address == LONG_URL
        assert LONG_URL in slide.notes_slide.notes_text_frame.text
