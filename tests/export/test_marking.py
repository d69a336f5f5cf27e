"""A handling marking on every slide of the deck and every page of the handout."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pptx import Presentation

from jvdesk import cli
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.export.pptx import DeckOptions, export_pptx
from tests.realtools import pdf_pages, pdf_text, soffice_convert

MARKING = "RESTRICTED"


def _overlaps(a: object, b: object) -> bool:
    ax, ay, aw, ah = a.left, a.top, a.width, a.height  # type: ignore[attr-defined]
    bx, by, bw, bh = b.left, b.top, b.width, b.height  # type: ignore[attr-defined]
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_every_slide_carries_the_marking_clear_of_its_content(
    shipped_pack: ContentPack, tmp_path: Path
) -> None:
    plan = plan_deck(shipped_pack, marking=MARKING)
    for aspect in ("16:9", "4:3"):
        target = tmp_path / f"deck-{aspect.replace(':', 'x')}.pptx"
        export_pptx(plan, target, DeckOptions(aspect=aspect))  # type: ignore[arg-type]
        deck = Presentation(str(target))
        height = deck.slide_height
        for number, slide in enumerate(deck.slides, 1):
            markings = [shape for shape in slide.shapes if shape.name == "Marking"]
            assert [shape.text_frame.text for shape in markings] == [MARKING], number
            (marking,) = markings
            assert marking.top + marking.height <= height
            assert marking.top > height * 0.85  # a footer
            others = [shape for shape in slide.shapes if shape.shape_id != marking.shape_id]
            assert not [shape.name for shape in others if _overlaps(shape, marking)], number


def test_libreoffice_shows_the_marking_on_every_page(
    shipped_pack: ContentPack, tmp_path: Path
) -> None:
    plan = plan_deck(shipped_pack, marking=MARKING)
    deck = tmp_path / "deck.pptx"
    export_pptx(plan, deck)
    pdf = soffice_convert(deck, "pdf", tmp_path)
    pages = pdf_text(pdf).split("\f")
    assert pdf_pages(pdf) == len(plan.slides)
    assert all(MARKING in page for page in pages[: len(plan.slides)])


def test_the_cli_marks_the_handout_header_and_footer(tmp_path: Path) -> None:
    # In a process of its own: drawing a handout makes a Qt application, which would stay.
    target = tmp_path / "handout.pdf"
    command = [sys.executable, "-m", "jvdesk", "export", "--marking", "取扱注意", "-o", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    pages = [page for page in pdf_text(target).split("\f") if page.strip()]
    assert len(pages) == pdf_pages(target)
    # A4 pages with notes: the page's header and footer, and on a slide's page its footer.
    assert all(page.count("取扱注意") >= 2 for page in pages)
    slide_pages = [page for page in pages if "Speaker notes" in page]
    assert slide_pages and all(page.count("取扱注意") == 3 for page in slide_pages)


def test_a_marking_on_two_lines_is_refused(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    command = ["export", "--marking", "A\nB", "-o", str(tmp_path / "deck.pptx")]
    code = cli.main(command, out=out, err=err)
    assert code == 2
    assert err.getvalue() == "jvdesk export: the marking must be one line, such as RESTRICTED\n"
    assert not (tmp_path / "deck.pptx").exists()
