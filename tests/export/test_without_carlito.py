"""The deck holds up in LibreOffice without Carlito (issue 11, item 10).

A Debian machine with ``libreoffice-impress`` alone has no Carlito, so LibreOffice draws the
deck's Calibri in the system's default sans: Noto Sans where ``fonts-noto-core`` is
installed, else DejaVu Sans, both wider and taller. Each deck (16:9 and 4:3) is converted
under a fontconfig that hides Carlito (and, in the second case, Noto Sans too), and every
word of every slide's titles, text boxes and table cells must be on that slide's page and
inside its own box (text that runs out of its box lands on the next, or off the page, where
poppler no longer sees it), every table's rows must end above the slide's bottom, and every
chart's plot must keep a quarter of the slide's height.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pptx import Presentation

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.pack import ContentPack
from jvdesk.export.charts import CHART_TYPES
from jvdesk.export.pptx import Aspect, DeckOptions, export_pptx
from tests.export.pdfwords import Word, category_axis_span, read_page, value_axis_span
from tests.realtools import pdf_fonts, pdf_pages, require

EMU_PER_PT = 12700
TOLERANCE_PT = 1.0
LEAST_PLOT_SHARE = 0.25  # of the slide's height, as tests/export/test_charts.py asks
SVG = "{http://www.w3.org/2000/svg}"

# Each case: the families hidden from LibreOffice, the family it falls back to, and the
# name poppler gives that family's fonts in the PDF.
CASES = {
    "noto-sans": (("Carlito",), "Noto Sans", "NotoSans-"),
    "dejavu-sans": (("Carlito", "Noto Sans"), "DejaVu Sans", "DejaVuSans"),
}
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont>{rejected}</rejectfont></selectfont>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""
REJECTED = '<pattern><patelt name="family"><string>{family}</string></patelt></pattern>'


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("JVDESK_REQUIRE_REAL") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _installed(family: str) -> bool:
    listed = subprocess.run(
        [require("fc-list"), f":family={family}", "family"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return bool(listed.strip())


@pytest.fixture(scope="module", params=["16:9", "4:3"])
def own_deck(
    request: pytest.FixtureRequest,
    plan: DeckPlan,
    shipped: ContentPack,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    """The full default briefing in jvdesk's own template, in one aspect."""
    aspect: Aspect = request.param
    target = tmp_path_factory.mktemp("own") / f"deck-{aspect.replace(':', 'x')}.pptx"
    export_pptx(plan, target, DeckOptions(aspect=aspect), as_of=shipped.content_date())
    return target


@pytest.fixture(scope="module", params=list(CASES))
def substitute(request: pytest.FixtureRequest) -> str:
    """The name of a case in CASES: which fonts are hidden."""
    _, fallback, _ = CASES[request.param]
    if not _installed(fallback):
        _skip_or_fail(
            f"{fallback} is not installed, so LibreOffice cannot fall back to it "
            "(CI installs fonts-noto-core and fonts-dejavu-core: see .ci/run)"
        )
    return str(request.param)


@pytest.fixture(scope="module")
def rendered(own_deck: Path, substitute: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The deck as LibreOffice renders it with the case's fonts hidden, as a PDF."""
    soffice = require("soffice")
    rejected, _, _ = CASES[substitute]
    folder = tmp_path_factory.mktemp(f"without-{substitute}")
    config = folder / "fonts.conf"
    config.write_text(
        FONTCONFIG.format(
            rejected="".join(REJECTED.format(family=family) for family in rejected),
            cache=folder / "fontcache",
        ),
        encoding="utf-8",
    )
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(own_deck),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "FONTCONFIG_FILE": str(config)},
    )
    pdf = folder / f"{own_deck.stem}.pdf"
    assert pdf.is_file(), f"LibreOffice did not write {pdf}"
    return pdf


def _slide_words(slide: Any) -> list[str]:
    """The words of a slide's visible text: its text frames and table cells, not notes."""
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            texts += [cell.text for row in shape.table.rows for cell in row.cells]
    return [word for text in texts for word in text.split()]


def _runs_of(words: Sequence[Word], start: int) -> Iterator[tuple[int, str]]:
    """The text of words[start:end] run together, for each end."""
    joined = ""
    for end in range(start, len(words)):
        joined += words[end].text
        yield end + 1, joined


def _inside(words: Sequence[Word], x0: float, y0: float, x1: float, y1: float) -> list[Word]:
    """The words drawn inside a rectangle (give or take TOLERANCE_PT), in the page's order."""
    return [
        word
        for word in words
        if word.x0 >= x0 - TOLERANCE_PT
        and word.y0 >= y0 - TOLERANCE_PT
        and word.x1 <= x1 + TOLERANCE_PT
        and word.y1 <= y1 + TOLERANCE_PT
    ]


def _missing(expected: Sequence[str], drawn: Sequence[Word]) -> list[str]:
    """The words of ``expected`` that are not among the ``drawn`` ones.

    A word broken across lines (an address too long for its cell) counts as drawn when
    consecutive drawn words spell it.
    """
    counts = Counter(word.text for word in drawn)
    unmatched = []
    for text in expected:
        if counts[text] > 0:
            counts[text] -= 1
        else:
            unmatched.append(text)
    return [
        text
        for text in unmatched
        if not any(
            joined == text
            for start in range(len(drawn))
            if text.startswith(drawn[start].text)
            for _, joined in _runs_of(drawn, start)
            if len(joined) <= len(text)
        )
    ]


def _fill_boxes(pdf: Path, number: int, folder: Path) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, y0, x1, y1, in points from the top left) of a page's filled shapes."""
    svg = folder / f"page-{number}.svg"
    subprocess.run(
        [require("pdftocairo"), "-svg", "-f", str(number), "-l", str(number), str(pdf), str(svg)],
        check=True,
        capture_output=True,
    )
    root = etree.parse(str(svg)).getroot()
    boxes = []
    for path in root.iter(f"{SVG}path"):
        style = path.get("style", "")
        if "fill:rgb(" not in style or path.get("transform") is not None:
            continue
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d", ""))]
        xs, ys = numbers[0::2], numbers[1::2]
        if xs and ys:
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def _box(shape: Any) -> tuple[float, float, float, float]:
    """A shape's rectangle (x0, y0, x1, y1) in points from the slide's top left."""
    x, y = shape.left / EMU_PER_PT, shape.top / EMU_PER_PT
    return x, y, x + shape.width / EMU_PER_PT, y + shape.height / EMU_PER_PT


def test_libreoffice_falls_back_to_the_substitute(substitute: str, rendered: Path) -> None:
    _, fallback, font_name = CASES[substitute]
    fonts = pdf_fonts(rendered)
    assert "Carlito" not in fonts
    assert font_name in fonts, f"LibreOffice did not fall back to {fallback}:\n{fonts}"


def test_every_word_is_drawn_inside_its_box_on_its_slide(own_deck: Path, rendered: Path) -> None:
    deck = Presentation(str(own_deck))
    assert pdf_pages(rendered) == len(deck.slides)
    problems = []
    for number, slide in enumerate(deck.slides, start=1):
        page = read_page(rendered, number)
        where = f"slide {number} ({slide.shapes.title.text})"
        on_page = _inside(page.words, 0, 0, page.width, page.height)
        missing = _missing(_slide_words(slide), on_page)
        if missing:
            problems.append(f"{where}: not on the page: {missing[:8]}")
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            outside = _missing(shape.text_frame.text.split(), _inside(page.words, *_box(shape)))
            if outside and not missing:
                problems.append(f"{where}: {shape.name}: outside its box: {outside[:8]}")
    assert not problems, "\n".join(problems)


def test_every_table_ends_above_the_bottom_of_its_slide(
    own_deck: Path, rendered: Path, tmp_path: Path
) -> None:
    deck = Presentation(str(own_deck))
    problems = []
    for number, slide in enumerate(deck.slides, start=1):
        tables = [shape for shape in slide.shapes if shape.has_table]
        if not tables:
            continue
        height = read_page(rendered, number).height
        boxes = _fill_boxes(rendered, number, tmp_path)
        for shape in tables:
            left, top, right, _ = _box(shape)
            cells = [
                box
                for box in boxes
                if box[0] >= left - TOLERANCE_PT
                and box[2] <= right + TOLERANCE_PT
                and box[1] >= top - TOLERANCE_PT
            ]
            assert cells, f"slide {number}: no table cells found on the page"
            bottom = max(box[3] for box in cells)
            if bottom > height - TOLERANCE_PT:
                problems.append(
                    f"slide {number} ({slide.shapes.title.text}): the table ends at "
                    f"{bottom:.1f} pt, the slide at {height:.1f} pt"
                )
    assert not problems, "\n".join(problems)


def test_every_plot_stays_a_quarter_of_the_slide_high(own_deck: Path, rendered: Path) -> None:
    deck = Presentation(str(own_deck))
    charted = 0
    for number, slide in enumerate(deck.slides, start=1):
        charts = [shape.chart for shape in slide.shapes if shape.has_chart]
        if not charts:
            continue
        charted += 1
        page = read_page(rendered, number)
        categories = tuple(charts[0].plots[0].categories)
        if charts[0].chart_type == CHART_TYPES["bar"]:  # bars stand along the vertical axis
            span = category_axis_span(page, categories)
        else:
            span = value_axis_span(page)
        assert span >= LEAST_PLOT_SHARE * page.height, (number, span, page.height)
        # Category labels each stand on one line: none is wrapped.
        for category in categories:
            assert any(category in line for line in page.lines), (number, category)
    assert charted == 14
