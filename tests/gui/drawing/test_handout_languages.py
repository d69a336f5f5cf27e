"""Handouts in Japanese and Hindi drawn with jvdesk's own fonts, on a machine with none."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from tests.realtools import pdf_fonts, pdf_text

NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
FONTS = {"ja": "JvdeskNotoSansCJKjp", "hi": "NotoSansDevanagari"}
DEVANAGARI = "[\u0900-\u097f]+"


@pytest.mark.parametrize("language", ["ja", "hi"])
def test_a_handout_needs_no_system_font(
    language: str, shipped_pack: ContentPack, tmp_path: Path
) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS.format(cache=tmp_path / "cache"), encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    handout = tmp_path / "handout.pdf"
    command = [sys.executable, "-m", "jvdesk", "export", "--lang", language, "-o", str(handout)]
    subprocess.run(command, env=env, check=True, capture_output=True)
    fonts = pdf_fonts(handout)
    assert FONTS[language] in fonts, fonts  # the shipped font, embedded
    text = pdf_text(handout)
    title = shipped_pack.localized(language).title  # type: ignore[arg-type]
    assert title in text  # selectable and searchable, conjuncts and vowel signs whole


def test_every_hindi_word_of_the_deck_comes_back_from_the_handout(
    shipped_pack: ContentPack, tmp_path: Path
) -> None:
    """What pdftotext gives back holds every Hindi word the deck's slides and notes hold.

    Qt alone gave back 402 of 1,015 distinct words whole (conjuncts and reordered vowel signs
    lost); the text layer (jvdesk.gui.drawing.textlayer) gives back all of them, once.
    """
    handout = tmp_path / "handout.pdf"
    deck = tmp_path / "deck.pptx"
    for target in (handout, deck):
        command = [sys.executable, "-m", "jvdesk", "export", "--lang", "hi", "-o", str(target)]
        subprocess.run(command, check=True, capture_output=True)
    words = set(re.findall(DEVANAGARI, deck_text(deck)))
    text = pdf_text(handout)
    given_back = set(re.findall(DEVANAGARI, text))
    assert len(words) > 500
    assert sorted(words - given_back) == []
    subtitle = plan_deck(shipped_pack, language="hi").slides[0].subtitle
    assert subtitle in text.split("\n")  # once, spaces kept: the drawn glyphs give no text


def deck_text(deck: Path) -> str:
    """Every word of a deck's slides (text boxes and tables) and speaker notes."""
    pieces: list[str] = []

    def shapes(collection: Any) -> None:
        for shape in collection:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                shapes(shape.shapes)
            elif shape.has_text_frame:
                pieces.append(shape.text_frame.text)
            elif getattr(shape, "has_table", False) and shape.has_table:
                pieces.extend(cell.text for row in shape.table.rows for cell in row.cells)

    for slide in Presentation(str(deck)).slides:
        shapes(slide.shapes)
        if slide.has_notes_slide:
            pieces.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(pieces)
