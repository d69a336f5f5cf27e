"""Where LibreOffice put the words of a page: poppler's word boxes, read back from its PDF.

A chart's plot area is measured from its value axis: the tick labels stand right-aligned
in a column beside the plot, from the axis's foot to near its top, so the distance between
the lowest and the highest of them is (a little less than) the plot's height as drawn.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from tests.realtools import require

XHTML = "{http://www.w3.org/1999/xhtml}"
NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?$")


@dataclass(frozen=True)
class Word:
    """A word and its box on the page, in points from the top left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    """A page's size, its words, and its lines of text as poppler groups them."""

    width: float
    height: float
    words: tuple[Word, ...]
    lines: tuple[str, ...]


def read_page(pdf: Path, number: int) -> Page:
    """The words and lines of one page (numbered from 1) of a PDF."""
    xml = subprocess.run(
        [require("pdftotext"), "-bbox-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
        check=True,
        capture_output=True,
    ).stdout
    root = etree.fromstring(xml, etree.XMLParser(recover=True))
    page = root.find(f".//{XHTML}page")
    assert page is not None, f"page {number} of {pdf} has no text"
    words = []
    lines = []
    for line in page.iter(f"{XHTML}line"):
        texts = []
        for word in line.iter(f"{XHTML}word"):
            box = [float(word.get(key, "0")) for key in ("xMin", "yMin", "xMax", "yMax")]
            words.append(Word(word.text or "", *box))
            texts.append(word.text or "")
        lines.append(" ".join(texts))
    return Page(
        float(page.get("width", "0")), float(page.get("height", "0")), tuple(words), tuple(lines)
    )


def value_axis_span(page: Page) -> float:
    """How far apart the lowest and highest value-axis tick labels of a chart are, in points.

    The tick labels are the largest set of numbers right-aligned on one edge (data labels
    stand wherever their bars end).
    """
    numbers = [word for word in page.words if NUMBER.match(word.text)]
    edges = Counter(round(word.x1) for word in numbers)
    edge, count = edges.most_common(1)[0]
    assert count >= 3, f"no value axis found among {[w.text for w in numbers]}"
    middles = [(word.y0 + word.y1) / 2 for word in numbers if round(word.x1) == edge]
    return max(middles) - min(middles)


def category_axis_span(page: Page, categories: tuple[str, ...]) -> float:
    """How tall a bar chart's plot is drawn, in points, from where its category labels stand.

    Each category's label stands at the middle of its band, so the first and last labels'
    middles are ``n - 1`` bands apart, and the plot is ``n`` bands tall.
    """
    middles = []
    for category in categories:
        first = category.split()[0]
        found = [(w.y0 + w.y1) / 2 for w in page.words if w.text == first]
        assert found, f"no label for {category!r}"
        middles.append(found[0])
    count = len(categories)
    return (max(middles) - min(middles)) * count / max(count - 1, 1)
