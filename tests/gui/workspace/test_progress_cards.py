"""Target cards say where each target stands; a panel with readings charts its trajectory."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from jvdesk.core.loader import load_pack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.theme import current_theme
from jvdesk.gui.common.widgets import Box, PillLabel, SourceMark, TextLabel
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.overview import PanelTile
from jvdesk.gui.workspace.panelpage import PanelPage
from jvdesk.gui.workspace.trajectory import TrajectorySpark
from tests.conftest import Edit

PATH = (
    "    would_count: A published total of investment since the summit.\n",
    "    trajectory:\n"
    "      kind: cumulative\n"
    "      start: 2025-01-01\n"
    "      end: 2034-12-31\n"
    "      why: A total for the decade, counted from zero.\n"
    "    readings:\n",
)
ON_TRACK = (
    "      - {as_of: '2029', value: 5, unit: JPY trillion, label: Invested so far,"
    " measures: target, sources: [official]}\n"
)
INDICATOR = (
    "      - {as_of: 2026-06, value: 5, unit: USD billion, label: FDI equity inflows,"
    " measures: indicator, sources: [press]}\n"
)
WOULD = "    would_count: A published total of investment since the summit.\n"


@contextmanager
def _card_page(qtbot: QtBot, pack_dir: Path, as_of: str = "2030-01-15") -> Iterator[PanelPage]:
    """Alpha's page, in a pack dated ``as_of``."""
    text = (pack_dir / "pack.yaml").read_text(encoding="utf-8")
    text = re.sub(r"as_of: \S+", f"as_of: {as_of}", text, count=1)
    (pack_dir / "pack.yaml").write_text(text, encoding="utf-8")
    window = MainWindow(load_pack(pack_dir), Settings())
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_panel("alpha")
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    yield page
    window.close()


@pytest.fixture
def readings(pack_dir: Path, edit: Edit) -> Path:
    edit("panels/alpha.yaml", PATH[0], PATH[1] + ON_TRACK)
    return pack_dir


def _card(page: PanelPage) -> Box:
    (card,) = [box for box in page.findChildren(Box) if box.objectName() == "card"]
    return card


def _shown_texts(card: Box) -> list[str]:
    return [label.text() for label in card.findChildren(TextLabel) if label.isVisibleTo(card)]


def test_a_card_shows_its_status_latest_reading_and_trajectory(
    qtbot: QtBot, readings: Path
) -> None:
    with _card_page(qtbot, readings) as page:
        card = _card(page)
        texts = _shown_texts(card)
        assert "Status: on track" in texts
        assert "Latest reading: JPY 5 trillion as of 2029" in texts
        assert not any(text.startswith("What would count") for text in texts)
        (spark,) = card.findChildren(TrajectorySpark)
        assert spark.isVisibleTo(card)
        assert spark.toolTip() == "From 0 on 1 Jan 2025 to JPY 10 trillion by 31 Dec 2034"
        (pill,) = card.findChildren(PillLabel, "progressStatus")
        assert pill.toolTip().startswith("The latest reading is within 90 % to 110 %")
        marks = [m for m in card.findChildren(SourceMark) if m.isVisibleTo(card)]
        assert len(marks) == 2  # the reading's source, and the target's
        assert "Status: on track\nLatest reading: JPY 5 trillion as of 2029" in (
            card.accessibleDescription()
        )


def test_the_trajectory_is_drawn_in_the_themes_accent(qtbot: QtBot, readings: Path) -> None:
    with _card_page(qtbot, readings) as page:
        (spark,) = _card(page).findChildren(TrajectorySpark)
        image = spark.grab().toImage()
        accent = QColor(current_theme().accent)
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(image.height())
        }
        assert accent.name() in colours


def test_an_indicator_is_never_shown_as_progress(qtbot: QtBot, pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", PATH[0], WOULD + PATH[1] + INDICATOR)
    with _card_page(qtbot, pack_dir, as_of="2026-11-22") as page:
        texts = _shown_texts(_card(page))
        assert "Status: indicator only" in texts
        assert "Latest indicator: FDI equity inflows, USD 5 billion as of Jun 2026" in texts
        assert "What would count: A published total of investment since the summit." in texts
        assert page.findChildren(TrajectorySpark)[0].isVisibleTo(page)
        # An indicator in dollars is never drawn against a path in yen.
        # An indicator in dollars is never drawn against a path in yen; the card draws the
        # trajectory, and only the deck has a chart of it alone.
        assert [c.spec.title for c in page.charts] == ["A chart"]  # type: ignore[attr-defined]


def test_a_stale_reading_says_so(qtbot: QtBot, pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", PATH[0], WOULD + PATH[1] + INDICATOR)
    with _card_page(qtbot, pack_dir, as_of="2028-01-01") as page:
        assert (
            "Latest indicator: FDI equity inflows, USD 5 billion as of Jun 2026 (stale: more "
            "than 18 months before the pack's date)" in _shown_texts(_card(page))
        )


def test_without_readings_the_card_says_what_would_count(qtbot: QtBot, pack_dir: Path) -> None:
    with _card_page(qtbot, pack_dir) as page:
        card = _card(page)
        texts = _shown_texts(card)
        assert "Status: no reading yet" in texts
        assert "What would count: A published total of investment since the summit." in texts
        assert not card.findChildren(TrajectorySpark)[0].isVisibleTo(card)  # no trajectory


def test_a_panel_with_readings_charts_them_against_the_trajectory(
    qtbot: QtBot, readings: Path
) -> None:
    with _card_page(qtbot, readings) as page:
        specs = [chart.spec for chart in page.charts]  # type: ignore[attr-defined]
        assert [spec.title for spec in specs] == ["A chart", "Progress: Investment"]
        path, measured = specs[1].series
        assert path.name == "Trajectory to the target"
        assert measured.values[4] == 5  # 2029, the fifth year
        sections = [label.text() for label in page.findChildren(TextLabel, "sectionTitle")]
        assert "Progress towards the targets" in sections


def _tile(window: MainWindow, panel_id: str) -> PanelTile:
    (tile,) = [t for t in window.findChildren(PanelTile) if t.panel_id == panel_id]
    return tile


def test_overview_tiles_show_a_status_or_a_neutral_headline(window: MainWindow) -> None:
    texts = [
        label.text() for label in _tile(window, "economic-partnership").findChildren(TextLabel)
    ]
    assert "Status: indicator only" in texts
    security = _tile(window, "economic-security")
    labels = security.findChildren(TextLabel)
    assert "No quantified target" not in [label.text() for label in labels]
    (headline,) = [label for label in labels if label.objectName() == "tileNeutral"]
    figure = window.pack.panel("economic-security").figures[0]
    assert figure.label in " ".join(label.text() for label in labels)
    # Drawn in the text's colour, not the accent that marks targets.
    palette = headline.palette()
    assert headline.foregroundRole() == palette.ColorRole.WindowText
