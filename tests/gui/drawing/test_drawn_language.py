"""jvdesk's own words on drawn slides and handout pages: in the plan's languages, by gettext."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPainter

from jvdesk.core.deckplan import Slide
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.gui.drawing.handout import export_pdf
from jvdesk.gui.drawing.slidepainter import SlidePainter
from tests.conftest import MINIMAL_PACK
from tests.gui.common.catalogues import fake_gettext
from tests.realtools import pdf_text

# Marked words, in Latin letters so that any font draws them and poppler reads them back.
WORDS = {
    language: {
        "Key initiatives": f"KEYINITIATIVES{language.upper()}",
        "Speaker notes": f"SPEAKERNOTES{language.upper()}",
        "Source {mark}": f"SOURCE{language.upper()} {{mark}}",
        'the text "{text}"': f'THETEXT{language.upper()} "{{text}}"',
    }
    for language in ("en", "ja", "hi")
}


def test_a_painter_for_a_plan_takes_its_language_and_marking() -> None:
    plan = plan_deck(load_pack(MINIMAL_PACK), marking="DRAFT", language="hi")
    painter = SlidePainter.for_plan(plan)
    assert (painter.language, painter.marking) == ("hi", "DRAFT")
    assert SlidePainter(language="fr").language == "en"  # not one jvdesk speaks


def test_the_handout_words_slides_and_notes_each_in_their_language(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_gettext(monkeypatch, WORDS)
    plan = plan_deck(load_pack(MINIMAL_PACK), language="ja", notes_language="hi")
    target = tmp_path / "handout.pdf"
    export_pdf(plan, target, notes=True)
    text = "".join(pdf_text(target).split())
    assert text.count("KEYINITIATIVESJA") == sum(1 for s in plan.slides if s.kind == "panel")
    assert "SOURCEJA[" in text  # under the chart
    assert text.count("SPEAKERNOTESHI") == sum(1 for s in plan.slides if s.notes)
    for english_or_other in (
        "Keyinitiatives",
        "Speakernotes",
        "KEYINITIATIVESHI",
        "SPEAKERNOTESJA",
    ):
        assert english_or_other not in text


def test_warnings_stay_in_the_users_language(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_gettext(monkeypatch, WORDS)
    plan = plan_deck(load_pack(MINIMAL_PACK), language="ja")
    table = SlidePainter._table

    def crowded(self: SlidePainter, painter: QPainter, slide: Slide) -> None:
        table(self, painter, slide)
        if slide.kind == "sources":
            self.overflows.append("https://example.org/long")

    monkeypatch.setattr(SlidePainter, "_table", crowded)
    warnings: list[str] = []
    export_pdf(plan, tmp_path / "handout.pdf", notes=False, warnings=warnings)
    assert len(warnings) == 1
    assert 'THETEXTEN "https://example.org/long"' in warnings[0]
