"""Decks pass PowerPoint's Accessibility Checker: alt text, unique titles read first, headers.

Government decks in India (GIGW 3.0) and Japan (JIS X 8341-3) are held to rules that build
on WCAG; officials run PowerPoint's checker before a deck goes to a minister's office. The
rules are applied by tests/export/accessibility.py, which reads the written file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.util import Inches

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.i18n import Language
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.export.ooxml import remove_element
from jvdesk.export.pptx import DeckOptions, build_pptx, default_template, export_pptx
from tests.export.accessibility import check
from tests.export.fitcheck import overflows

FDI = (
    "Column chart, Net Japanese FDI into India and ASEAN, USD billion, 2022 to 2024: "
    "India 4.1, 5.9, 5.3; ASEAN 23.3, 25.5, 28.7. Source [9]"
)
# The English words of jvdesk's own descriptions: none may be left in a Japanese or Hindi deck.
ENGLISH_WORDS = re.compile(r"\b(chart|table|rows?|columns?|source|to|and|of|no figure)\b", re.I)
SCRIPTS = {"ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"), "hi": re.compile(r"[\u0900-\u097f]")}


def _write(plan: DeckPlan, path: Path, options: DeckOptions | None = None) -> Path:
    path.write_bytes(build_pptx(plan, options or DeckOptions()))
    return path


def test_the_checker_finds_each_fault(tmp_path: Path) -> None:
    presentation = Presentation(str(default_template("16:9")))
    layout = next(
        layout
        for layout in presentation.slide_layouts
        if any(p.placeholder_format.type == PP_PLACEHOLDER.TITLE for p in layout.placeholders)
    )
    for number in range(2):
        slide = presentation.slides.add_slide(layout)
        assert slide.shapes.title is not None
        slide.shapes.title.text = "Sources"
        frame = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1))
        frame.name = "Table"
        frame.table.first_row = number == 0
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(1), Inches(1))
        bar.name = "Bar"
    data = CategoryChartData()
    data.categories = ["2023", "2024"]
    data.add_series("India", [1.5, 2.5])
    chart = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(3), Inches(4), Inches(3), data
    )
    chart.name = "Chart"
    tree = slide.shapes._spTree
    first = next(tree.iter_shape_elms())
    tree.append(first)  # the title is read last
    untitled = presentation.slides.add_slide(layout)
    for placeholder in list(untitled.placeholders):
        remove_element(placeholder._element)
    deck = tmp_path / "faulty.pptx"
    presentation.save(str(deck))

    findings = check(deck)
    assert findings.without_alt_text == [
        "slide 1: 'Table'",
        "slide 2: 'Table'",
        "slide 2: 'Chart'",
    ]
    assert findings.undescribed_shapes == ["slide 1: 'Bar'", "slide 2: 'Bar'"]
    assert findings.without_title == [3]
    assert findings.duplicate_titles == ["slide 2: 'Sources'"]
    assert findings.title_not_first == [2]
    assert findings.tables_without_header == [2]


def test_the_default_briefing_passes(default_deck: Path) -> None:
    findings = check(default_deck)
    assert findings.problems() == []
    assert FDI in findings.descriptions
    tables = [text for text in findings.descriptions if text.startswith("Table, ")]
    glance = "Table, Targets at a glance, 7 rows: Direction, Target, Figure, Time frame, and Source"
    assert glance in tables
    progress = (
        "Table, Progress towards the targets (1 of 2), 5 rows: Target, Status, Latest reading, "
        "As of, and Source"
    )
    assert progress in tables
    assert "Table, Since the summit (1 of 2), 8 rows: When, What, and Source" in tables
    first = re.compile(r"Table, Sources \(1 of \d+\), \d+ rows: Source and Site")
    assert any(first.fullmatch(text) for text in tables)


def test_every_template_gives_an_accessible_deck(deck: Path) -> None:
    """jvdesk's templates in both shapes, and LibreOffice's as third-party ones."""
    assert check(deck).problems() == []


def test_two_panels_in_4x3_with_a_marking_pass(shipped: ContentPack, tmp_path: Path) -> None:
    plan = plan_deck(
        shipped, only=["economic-partnership", "economic-security"], marking="RESTRICTED"
    )
    deck = _write(plan, tmp_path / "two.pptx", DeckOptions(aspect="4:3"))
    findings = check(deck)
    assert findings.problems() == []
    assert FDI in findings.descriptions
    charts = sum(1 for slide in plan.slides if slide.chart is not None)
    tables = sum(1 for slide in plan.slides if slide.rows)
    # Three charts and two of progress; the glance, progress, two of follow-ups, six of sources.
    assert (charts, tables) == (5, 10)
    assert len(findings.descriptions) == charts + tables


@pytest.mark.parametrize("language", ["ja", "hi"])
def test_a_deck_in_japanese_or_hindi_is_described_in_its_language(
    shipped: ContentPack, language: Language, tmp_path: Path
) -> None:
    plan = plan_deck(shipped, language=language)
    findings = check(_write(plan, tmp_path / f"{language}.pptx"))
    assert findings.problems() == []
    charts = sum(1 for slide in plan.slides if slide.chart is not None)
    tables = sum(1 for slide in plan.slides if slide.rows)
    assert len(findings.descriptions) == charts + tables
    for text in findings.descriptions:
        assert ENGLISH_WORDS.search(text) is None, text
        assert SCRIPTS[language].search(text), text


def test_a_template_without_title_placeholders_still_gives_real_titles(
    minimal_plan: DeckPlan, tmp_path: Path
) -> None:
    presentation = Presentation(str(default_template("16:9")))
    for layout in presentation.slide_layouts:
        for placeholder in list(layout.placeholders):
            if placeholder.placeholder_format.type in (
                PP_PLACEHOLDER.TITLE,
                PP_PLACEHOLDER.CENTER_TITLE,
            ):
                remove_element(placeholder._element)
    template = tmp_path / "untitled-layouts.pptx"
    presentation.save(str(template))
    deck = tmp_path / "deck.pptx"
    export_pptx(minimal_plan, deck, DeckOptions(template=template))
    assert check(deck).problems() == []
    titles = [slide.shapes.title.text for slide in Presentation(str(deck)).slides]
    assert titles == [slide.title for slide in minimal_plan.slides]
    assert overflows(deck) == []


def test_a_title_placeholder_a_layout_lists_last_is_still_read_first(
    minimal_plan: DeckPlan, tmp_path: Path
) -> None:
    presentation = Presentation(str(default_template("4:3")))
    for layout in presentation.slide_layouts:
        tree = layout.shapes._spTree
        for placeholder in list(layout.placeholders):
            if placeholder.placeholder_format.type in (
                PP_PLACEHOLDER.TITLE,
                PP_PLACEHOLDER.CENTER_TITLE,
            ):
                tree.append(placeholder._element)  # after the subtitle and the body
    template = tmp_path / "titles-last.pptx"
    presentation.save(str(template))
    deck = tmp_path / "deck.pptx"
    export_pptx(minimal_plan, deck, DeckOptions(template=template))
    assert check(deck).problems() == []
