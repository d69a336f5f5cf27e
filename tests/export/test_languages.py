"""Decks in Japanese and Hindi: fitted, opened by LibreOffice, every glyph drawn (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.i18n import Language
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.export.measuring import tokens
from jvdesk.export.pptx import DeckOptions, build_pptx
from tests.export.fitcheck import overflows
from tests.realtools import pdf_fonts, pdf_text, soffice_convert

LANGUAGES: tuple[Language, ...] = ("ja", "hi")
SCRIPT_FONTS = {"ja": "CJK", "hi": "Devanagari"}


@pytest.fixture(scope="module", params=LANGUAGES)
def language_plan(request: pytest.FixtureRequest, shipped: ContentPack) -> DeckPlan:
    return plan_deck(shipped, language=request.param)


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_every_box_fits_in_both_languages(
    language_plan: DeckPlan, aspect: str, tmp_path: Path
) -> None:
    warnings: list[str] = []
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(build_pptx(language_plan, DeckOptions(aspect=aspect), warnings=warnings))
    assert warnings == []
    assert overflows(deck) == []


def test_a_deck_names_its_language(language_plan: DeckPlan, tmp_path: Path) -> None:
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(build_pptx(language_plan))
    tag = {"ja": "ja-JP", "hi": "hi-IN"}[language_plan.language]
    presentation = Presentation(str(deck))
    assert presentation.core_properties.language == tag
    first = presentation.slides[0].shapes.title.text_frame.paragraphs[0].runs[0]
    assert first._r.rPr.get("lang") == tag


def test_libreoffice_draws_every_glyph_and_gives_the_words_back(
    language_plan: DeckPlan, tmp_path: Path
) -> None:
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(build_pptx(language_plan))
    pdf = soffice_convert(deck, "pdf", tmp_path)
    fonts = pdf_fonts(pdf)
    # The script's own font drew the text (no boxes): a CJK or Devanagari face is embedded.
    assert SCRIPT_FONTS[language_plan.language] in fonts, fonts
    text = "".join(pdf_text(pdf).split())
    for slide in language_plan.slides:
        assert "".join(slide.title.split()) in text, slide.title


def test_japanese_lines_never_start_with_closing_punctuation() -> None:
    assert tokens("日本とインドは、「法の支配」を守る。") == [
        "日", "本", "と", "イ", "ン", "ド", "は、", "「法", "の", "支", "配」", "を", "守", "る。"
    ]  # fmt: skip


def test_notes_carry_their_own_language(shipped: ContentPack, tmp_path: Path) -> None:
    plan = plan_deck(shipped, language="hi", notes_language="ja")
    deck = tmp_path / "deck.pptx"
    deck.write_bytes(build_pptx(plan))
    presentation = Presentation(str(deck))
    notes = presentation.slides[2].notes_slide.notes_text_frame.paragraphs[0].runs[0]
    assert notes._r.rPr.get("lang") == "ja-JP"
    title = presentation.slides[2].shapes.title.text_frame.paragraphs[0].runs[0]
    assert title._r.rPr.get("lang") == "hi-IN"
