"""The PDF handout: drawn by Qt from the same deck shipped_plan, read back by poppler."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from jvdesk.core.deckplan import DeckPlan, Slide
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.export.atomic import ExportCancelled
from jvdesk.gui.drawing.handout import export_pdf
from jvdesk.gui.drawing.slidepainter import SlidePainter
from tests.conftest import MINIMAL_PACK, Edit
from tests.realtools import pdf_fonts, pdf_pages, pdf_text, render_pages, require


def test_one_page_per_slide_with_vector_charts(
    qapp: object, shipped_plan: DeckPlan, tmp_path: Path
) -> None:
    target = tmp_path / "slides.pdf"
    assert export_pdf(shipped_plan, target, notes=False) == len(shipped_plan.slides)
    assert pdf_pages(target) == len(shipped_plan.slides)
    info = subprocess.run(
        [require("pdfinfo"), str(target)], capture_output=True, text=True, check=True
    )
    assert "720 x 405 pts" in info.stdout
    images = subprocess.run(
        [require("pdfimages"), "-list", str(target)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) == 2  # the header only: nothing rasterised
    text = " ".join(pdf_text(target).split())
    for slide in shipped_plan.slides:
        assert " ".join(slide.title.split()) in text
    assert "JPY trillion" in text
    assert len(render_pages(target, tmp_path / "page", dpi=15)) == len(shipped_plan.slides)


def test_handout_with_notes_under_each_slide(
    qapp: object, shipped_plan: DeckPlan, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    pages = export_pdf(shipped_plan, target, notes=True)
    assert pages == pdf_pages(target)
    assert pages > len(shipped_plan.slides)  # long notes run onto pages of their own
    text = " ".join(pdf_text(target).split())
    assert text.count("Speaker notes") == sum(1 for slide in shipped_plan.slides if slide.notes)
    assert "Quote it in yen; dollar conversions vary with the exchange rate." in text


def test_every_slide_text_fits_when_drawn(qapp: object, shipped_plan: DeckPlan) -> None:
    for size in ((1920, 1080), (800, 600), (1280, 800)):
        image = QImage(*size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        slide_painter = SlidePainter()
        for slide in shipped_plan.slides:
            slide_painter.paint(painter, QRectF(0, 0, *size), slide)
        painter.end()
        assert slide_painter.overflows == []


def test_japanese_and_hindi_in_the_handout(
    qapp: object, pack_dir: Path, edit: Edit, tmp_path: Path
) -> None:
    edit(
        "panels/alpha.yaml",
        "text: We will do it.",
        "text: 日本とインドは法の支配に基づく国際秩序を維持します",
    )
    edit("panels/alpha.yaml", "summary: The first direction.", "summary: भारत और जापान की साझेदारी")
    target = tmp_path / "scripts.pdf"
    export_pdf(plan_deck(load_pack(pack_dir)), target, notes=False)
    # NFKC: poppler maps some kanji to the look-alike Kangxi radicals they share a glyph with.
    text = unicodedata.normalize("NFKC", "".join(pdf_text(target).split()))
    assert "日本とインドは法の支配に基づく国際秩序を維持します" in text
    assert "भारत" in text and "साझेदारी" in text
    fonts = pdf_fonts(target)
    assert "Devanagari" in fonts
    assert "CJK" in fonts or "Gothic" in fonts


def test_a_cancelled_handout_writes_nothing(
    qapp: object, shipped_plan: DeckPlan, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old")

    def cancel(done: int, total: int) -> None:
        if done == 5:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_pdf(shipped_plan, target, notes=True, progress=cancel)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_the_cli_writes_a_pdf_without_a_screen(tmp_path: Path) -> None:
    target = tmp_path / "overview.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "jvdesk", "export", "--briefing", "overview-10", "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {target} ({pdf_pages(target)} pages)\n"
    assert pdf_pages(target) >= 3


def test_text_the_handout_cannot_fit_is_named_with_its_slide(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Real overflows need text beyond what the schema allows to reach the handout's smallest
    # sizes, so one is simulated on the sources slide: the wiring and the words are tested.
    shipped_plan = plan_deck(load_pack(MINIMAL_PACK))
    table = SlidePainter._table

    def crowded(self: SlidePainter, painter: QPainter, slide: Slide) -> None:
        table(self, painter, slide)
        if slide.kind == "sources":
            self.overflows.append("https://example.org/" + "a" * 100)

    monkeypatch.setattr(SlidePainter, "_table", crowded)
    warnings: list[str] = []
    export_pdf(shipped_plan, tmp_path / "handout.pdf", notes=False, warnings=warnings)
    number = next(i for i, slide in enumerate(shipped_plan.slides, 1) if slide.kind == "sources")
    assert warnings == [
        f'slide {number} ("Sources"): the text "https://example.org/aaaaaaaaaaaaaaaaa..." is '
        "too long to fit even at the smallest text size; shorten it in the pack"
    ]
