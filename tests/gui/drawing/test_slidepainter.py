"""Slides drawn by QPainter: text sizes searched, not stepped, and each text measured once."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from jvdesk.core.deckplan import DeckPlan
from jvdesk.gui.drawing import slidepainter
from jvdesk.gui.drawing.handout import export_pdf
from jvdesk.gui.drawing.sizesearch import first_fit, size_steps
from jvdesk.gui.drawing.slidepainter import SlidePainter
from tests.realtools import render_pages

# Every (largest, smallest) the painter fits text between.
RANGES: list[tuple[float, float]] = [(68, 36), (110, 48), (48, 24), (52, 24), (40, 24), (32, 18)]
RANGES += [(44, 24), (130, 36), (36, 24), (42, 20), (24, 16), (30, 18), (58.0, 22.0), (20, 30)]


def _stepping(sizes: Sequence[float], height: Callable[[float], float], room: float) -> int:
    """How text was fitted before the search: each size in turn, from the largest."""
    for index, size in enumerate(sizes[:-1]):
        if height(size) <= room:
            return index
    return len(sizes) - 1


@pytest.mark.parametrize(("largest", "smallest"), RANGES)
def test_the_sizes_are_those_the_stepping_loops_tried(largest: float, smallest: float) -> None:
    # The loops the painter had, run with text that never fits: every size they tried.
    fit_size, size = [], largest  # fit_size(): boxes of lines
    while size > smallest:
        fit_size.append(size)
        size *= 0.95
    fit_size.append(max(size, smallest))
    assert size_steps(largest, smallest) == fit_size
    quotes, size = [], largest  # _quotes(): the smallest is tried, never passed
    while True:
        quotes.append(size)
        if size <= smallest:
            break
        size = max(size * 0.95, smallest)
    if largest > smallest:
        assert size_steps(largest, smallest) == quotes
    table, size = [], largest  # _table(): the first step at or below the smallest is kept
    while True:
        table.append(size)
        if size <= smallest:
            break
        size *= 0.95
    assert size_steps(largest, smallest, clamp=False) == table


def test_the_search_finds_what_trying_each_size_finds() -> None:
    rng = random.Random(12)
    for _ in range(3000):
        sizes = size_steps(rng.uniform(20, 140), rng.uniform(8, 60), clamp=rng.random() < 0.5)
        # A height that never grows as the size falls, in steps and plateaus (wrapping).
        heights, height = [], rng.uniform(50, 900)
        for _ in sizes:
            heights.append(height)
            height -= rng.choice([0.0, 0.0, rng.uniform(0, 40), rng.uniform(0, 300)])
        by_size = dict(zip(sizes, heights, strict=True))
        room = rng.uniform(-10, 1000)
        assert first_fit(sizes, by_size.__getitem__, room) == _stepping(
            sizes, by_size.__getitem__, room
        )


@pytest.mark.parametrize("power", [1.0, 1.25, 1.5, 2.0, 3.0])
def test_the_search_tries_a_few_sizes_wherever_text_fits(power: float) -> None:
    # Text whose height grows as a power of its size, in boxes it fits after 0 to 36 steps.
    for largest, smallest in [(130, 20), (68, 36), (36, 14)]:
        sizes = size_steps(largest, smallest)
        for answer in range(len(sizes) - 1):
            for slack in (1.0, 1.01, 1.04):  # the room left at the size that fits
                room = sizes[answer] ** power * slack
                tried: list[float] = []

                def height(size: float) -> float:
                    tried.append(size)  # noqa: B023 (called before the loop moves on)
                    return float(size**power)

                assert first_fit(sizes, height, room) == answer
                assert len(tried) <= (1 if answer == 0 else 6), (answer, tried)


class _CountingPainter(QPainter):
    """A painter that keeps every text measurement asked of it."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.asked: Counter[tuple[Any, ...]] = Counter()

    def boundingRect(self, *args: Any) -> Any:
        font = self.font()
        self.asked[(font.pixelSize(), font.bold(), font.italic(), *map(str, args))] += 1
        return super().boundingRect(*args)


def _images(plan: DeckPlan, size: tuple[int, int]) -> tuple[list[QImage], SlidePainter]:
    slide_painter = SlidePainter(marking="RESTRICTED")
    images = []
    for slide in plan.slides:
        image = QImage(*size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        slide_painter.paint(painter, QRectF(0, 0, *size), slide)
        painter.end()
        images.append(image)
    return images, slide_painter


@pytest.mark.parametrize("size", [(1280, 720), (320, 180)])
def test_slides_look_as_when_each_size_was_tried(
    qapp: object, shipped_plan: DeckPlan, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    searched, painter = _images(shipped_plan, size)
    monkeypatch.setattr(slidepainter, "first_fit", _stepping)
    stepped, before = _images(shipped_plan, size)
    for index, (image, expected) in enumerate(zip(searched, stepped, strict=True)):
        assert image == expected, f"slide {index + 1} ({shipped_plan.slides[index].kind})"
    assert painter.overflows == before.overflows
    assert painter.measured < before.measured  # fewer sizes tried, on the same slides


def test_handout_pages_are_those_of_trying_each_size(
    qapp: object, shipped_plan: DeckPlan, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    export_pdf(shipped_plan, tmp_path / "searched.pdf", notes=False)
    monkeypatch.setattr(slidepainter, "first_fit", _stepping)
    export_pdf(shipped_plan, tmp_path / "stepped.pdf", notes=False)
    searched = render_pages(tmp_path / "searched.pdf", tmp_path / "searched", dpi=20)
    stepped = render_pages(tmp_path / "stepped.pdf", tmp_path / "stepped", dpi=20)
    assert len(searched) == len(stepped) == len(shipped_plan.slides)
    for number, (page, expected) in enumerate(zip(searched, stepped, strict=True), 1):
        assert page.read_bytes() == expected.read_bytes(), f"page {number}"


def test_each_text_is_measured_once_per_size_and_width(
    qapp: object, shipped_plan: DeckPlan
) -> None:
    slide_painter = SlidePainter()
    image = QImage(960, 540, QImage.Format.Format_RGB32)
    painter = _CountingPainter(image)
    for slide in shipped_plan.slides:
        slide_painter.paint(painter, QRectF(0, 0, 960, 540), slide)
    first = sum(painter.asked.values())
    assert first == slide_painter.measured
    assert max(painter.asked.values()) == 1
    for slide in shipped_plan.slides:  # drawn again at the same scale: nothing new to measure
        slide_painter.paint(painter, QRectF(0, 0, 960, 540), slide)
    assert sum(painter.asked.values()) == first
    slide_painter.paint(painter, QRectF(0, 0, 480, 270), shipped_plan.slides[0])
    painter.end()
    assert sum(painter.asked.values()) > first  # another scale is measured afresh
