"""Fitting text quickly decides as fitting it the slow, plain way did (export.textfit).

Lines are broken with widths added up word by word, and sizes searched by halving; the
references here break lines by measuring every candidate line whole, and step sizes down
half a point at a time, as jvdesk did before.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from jvdesk.export.measuring import tokens
from jvdesk.export.textfit import Fit, Metrics, Paragraph, fit, measure, wrap

WORDS = [
    "India",
    "Japan",
    "partnership",
    "JPY 10 trillion",
    "(j",
    "AVATAR",
    "“quoted”",
    "2022–2026",
    "₹5",
    "a\xa0b",
    "\t",
    "",
    "https://example.org/" + "a" * 90,
    "Supercalifragilisticexpialidocious",
    "日本",
    "インド太平洋",
    "भारत",
    "क्षेत्रीय",
    "Жж",
]
SIZES = [8.0, 10.5, 12.0, 14.0, 18.0, 24.0, 36.0, 66.0]
METRICS = [
    Metrics.for_font("Calibri"),
    Metrics.for_font("Calibri").in_text_boxes(),
    Metrics.for_font("Arial"),
]

texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", " ", "  ", "\n", ""])),
    max_size=30,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


def _reference_tokens(text: str) -> list[str]:
    """How jvdesk split text where a line may break, a character at a time."""
    found: list[str] = []
    current = ""
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            if current:
                found.append(current)
            found.append(char)
            current = ""
        elif char == " ":
            found.append(current + char)
            current = ""
        else:
            current += char
    if current:
        found.append(current)
    return found


def _reference_wrap(
    text: str, metrics: Metrics, size: float, width: float, bold: bool
) -> list[str]:
    """How jvdesk broke lines: every candidate line measured whole."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in tokens(paragraph):
            candidate = line + token
            if metrics.width(candidate.rstrip(), size, bold) <= width or not line.strip():
                line = candidate
            else:
                lines.append(line.rstrip())
                line = token
            while metrics.width(line.rstrip(), size, bold) > width and len(line.strip()) > 1:
                low, high = 1, len(line) - 1
                while low < high:
                    middle = (low + high + 1) // 2
                    if metrics.width(line[:middle], size, bold) <= width:
                        low = middle
                    else:
                        high = middle - 1
                lines.append(line[:low])
                line = line[low:]
        lines.append(line.rstrip())
    return lines


def _reference_fit(
    paragraphs: Sequence[Paragraph],
    metrics: Metrics,
    width: float,
    height: float,
    largest: float,
    smallest: float,
    max_lines: int | None,
) -> Fit:
    """How jvdesk found the size that fits: half a point smaller each time."""
    size = largest
    while True:
        used, lines, widest = measure(paragraphs, metrics, size, width)
        too_many = max_lines is not None and any(len(p) > max_lines for p in lines)
        if used <= height and widest <= width and not too_many:
            return Fit(size, True, used, lines)
        if size - 0.5 < smallest:
            return Fit(size, False, used, lines)
        size -= 0.5


@given(texts)
def test_text_breaks_where_it_did(text: str) -> None:
    assert tokens(text) == _reference_tokens(text)


@settings(max_examples=300, deadline=None)
@given(
    texts,
    st.sampled_from(METRICS),
    st.sampled_from(SIZES),
    st.floats(min_value=5, max_value=700),
    st.booleans(),
)
def test_lines_break_as_when_measured_whole(
    text: str, metrics: Metrics, size: float, width: float, bold: bool
) -> None:
    assert wrap(text, metrics, size, width, bold) == _reference_wrap(
        text, metrics, size, width, bold
    )
    widest = max(metrics.width(line, size, bold) for line in wrap(text, metrics, size, width, bold))
    assert measure([Paragraph(text, bold=bold)], metrics, size, width)[2] == widest


paragraphs = st.lists(
    st.builds(
        Paragraph,
        texts,
        scale=st.sampled_from([1.0, 0.85, 0.36, 0.3, 0.25]),
        bold=st.booleans(),
        space_before=st.sampled_from([0.0, 0.2, 0.4]),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(
    paragraphs,
    st.sampled_from(METRICS),
    st.floats(min_value=20, max_value=700),
    st.floats(min_value=10, max_value=450),
    st.sampled_from(SIZES),
    st.sampled_from([1.0, 8.0, 10.0, 12.0, 28.0]),
    st.sampled_from([None, 1, 2, 3]),
)
def test_halving_finds_the_size_stepping_found(
    paragraphs: list[Paragraph],
    metrics: Metrics,
    width: float,
    height: float,
    largest: float,
    smallest: float,
    max_lines: int | None,
) -> None:
    found = fit(paragraphs, metrics, width, height, largest, smallest, max_lines)
    assert found == _reference_fit(paragraphs, metrics, width, height, largest, smallest, max_lines)
