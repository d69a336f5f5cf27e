"""Japanese and Devanagari text survives export: the rendered PDF has the glyphs."""

from __future__ import annotations

from pathlib import Path

from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.export.pptx import DeckOptions, export_pptx
from tests.conftest import Edit
from tests.export.fitcheck import overflows
from tests.realtools import pdf_fonts, pdf_text, soffice_convert

JAPANESE = "基本的価値を共にする日本とインドは、法の支配に基づく自由で開かれた国際秩序を維持します"
HINDI = "भारत और जापान की विशेष रणनीतिक और वैश्विक साझेदारी"


def test_japanese_and_hindi_render_in_the_pdf(pack_dir: Path, edit: Edit, tmp_path: Path) -> None:
    edit("panels/alpha.yaml", "text: We will do it.", f"text: {JAPANESE}")
    edit("panels/alpha.yaml", "summary: The first direction.", f"summary: {HINDI}")
    edit(
        "panels/alpha.yaml",
        "  - title: An initiative",
        "  - title: 日印経済安全保障イニシアティブ",
    )
    plan = plan_deck(load_pack(pack_dir))
    for aspect in ("16:9", "4:3"):
        deck = tmp_path / f"scripts-{aspect.replace(':', 'x')}.pptx"
        export_pptx(plan, deck, DeckOptions(aspect=aspect))
        assert overflows(deck) == []
    pdf = soffice_convert(tmp_path / "scripts-16x9.pptx", "pdf", tmp_path)
    fonts = pdf_fonts(pdf)
    assert "NotoSansCJK" in fonts.replace(" ", "")
    assert "Devanagari" in fonts
    text = "".join(pdf_text(pdf).split())  # lines may wrap anywhere in Japanese
    assert JAPANESE in text
    assert "日印経済安全保障イニシアティブ" in text
    assert "भारत" in text and "जापान" in text
