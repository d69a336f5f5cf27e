"""Progress in the deck: a slide of every target's status, a line chart of each trajectory."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.progress import STATUSES
from jvdesk.export.pptx import build_pptx
from tests.conftest import Edit

READINGS = (
    "    would_count: A published total of investment since the summit.\n",
    "    trajectory:\n"
    "      kind: cumulative\n"
    "      start: 2025-01-01\n"
    "      end: 2034-12-31\n"
    "      why: A total for the decade, counted from zero.\n"
    "    readings:\n"
    "      - {as_of: '2026', value: 1.8, unit: JPY trillion, label: Invested so far,"
    " measures: target, sources: [official]}\n"
    "      - {as_of: '2027', value: 2.6, unit: JPY trillion, label: Invested so far,"
    " measures: target, sources: [official]}\n"
    "      - {as_of: 2028-02, value: 5, unit: USD billion, label: FDI equity inflows,"
    " measures: indicator, sources: [press]}\n",
)


def _plan(pack_dir: Path, edit: Edit) -> DeckPlan:
    edit("panels/alpha.yaml", *READINGS)
    edit("pack.yaml", "as_of: 2025-09-01", "as_of: 2028-03-01")
    return plan_deck(load_pack(pack_dir))


def test_the_progress_slide_follows_targets_at_a_glance(shipped_plan: DeckPlan) -> None:
    kinds = [slide.kind for slide in shipped_plan.slides]
    first = kinds.index("progress")
    assert kinds[first - 1] == "glance"
    rows = [row for slide in shipped_plan.slides if slide.kind == "progress" for row in slide.rows]
    glance = [row for slide in shipped_plan.slides if slide.kind == "glance" for row in slide.rows]
    assert [row[1] for row in glance] == [row[0] for row in rows]  # every target, once
    assert {row[1] for row in rows} <= set(STATUSES)
    assert sum(row[3] != "—" for row in rows) >= 3  # at least three with a reading and its date


def test_the_progress_notes_say_what_a_status_means_and_how_old_a_reading_is(
    shipped_plan: DeckPlan,
) -> None:
    (notes, *_) = [slide.notes for slide in shipped_plan.slides if slide.kind == "progress"]
    assert "indicator only. No published reading counts what the target counts" in notes
    assert re.search(r"The reading is \d+ months? older than the pack's date, \d", notes)
    assert "What would count: " in notes


def test_a_target_with_readings_in_its_unit_gets_a_line_chart(pack_dir: Path, edit: Edit) -> None:
    plan = _plan(pack_dir, edit)
    charts = [slide for slide in plan.slides if slide.kind == "chart"]
    assert [slide.title for slide in charts] == ["A chart", "Progress: Investment"]
    (row,) = [row for slide in plan.slides if slide.kind == "progress" for row in slide.rows]
    assert row[:4] == ("Investment", "behind", "JPY 2.6 trillion", "2027")
    notes = charts[1].notes
    assert "Not drawn, being in another unit: FDI equity inflows, USD 5 billion (Feb 2028)" in notes


def test_the_trajectory_is_dashed_and_unlabelled_in_the_deck(pack_dir: Path, edit: Edit) -> None:
    plan = _plan(pack_dir, edit)
    presentation = Presentation(io.BytesIO(build_pptx(plan)))
    (chart,) = [
        shape.chart
        for slide in presentation.slides
        for shape in slide.shapes
        if shape.has_chart and shape.chart.chart_title.text_frame.text == "Progress: Investment"
    ]
    path, measured = chart.plots[0].series
    assert [s.name for s in (path, measured)] == ["Trajectory to the target", "Invested so far"]
    xml = path._element
    assert xml.find(f"{qn('c:spPr')}/{qn('a:ln')}/{qn('a:prstDash')}").get("val") == "dash"
    assert xml.find(f"{qn('c:marker')}/{qn('c:symbol')}").get("val") == "none"
    assert xml.find(f"{qn('c:dLbls')}/{qn('c:showVal')}").get("val") == "0"
    assert measured._element.find(qn("c:dLbls")) is None  # the readings keep their values
    assert list(measured.values)[1:3] == [1.8, 2.6]


def test_every_chart_of_the_pack_is_in_the_full_briefing(
    shipped_pack: ContentPack, shipped_plan: DeckPlan
) -> None:
    titles = [slide.chart.title for slide in shipped_plan.slides if slide.chart is not None]
    expected = [chart.title for panel in shipped_pack.panels for chart in panel.charts]
    # Each target with a trajectory and readings: the 500,000 is on two panels.
    expected += [
        "Progress: Private investment from Japan to India",
        "Progress: Public and private investment and financing from Japan to India",
        "Progress: Two-way exchange of personnel",
        "Progress: Two-way exchange of personnel",
    ]
    assert sorted(titles) == sorted(expected)
