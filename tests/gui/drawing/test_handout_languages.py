"""Handouts in Japanese and Hindi drawn with jvdesk's own fonts, on a machine with none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jvdesk.core.pack import ContentPack
from tests.realtools import pdf_fonts, pdf_text

NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
FONTS = {"ja": "NotoSansCJKjp", "hi": "NotoSansDevanagari"}


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
    if language == "ja":
        assert title in text  # selectable and searchable
    else:
        # Qt's PDF writer maps Devanagari conjuncts and reordered vowel signs to the first
        # character of their cluster only, so Hindi comes back with letters missing
        # (README, "In Japanese and Hindi"); the words' first letters are there.
        assert all(word[0] in text for word in title.split())
