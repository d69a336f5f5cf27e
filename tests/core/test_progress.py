"""Where a target stands: statuses computed from readings, trajectories and the pack's date."""

from __future__ import annotations

import datetime as dt

import pytest

from jvdesk.core import progress as p
from jvdesk.core.i18n import using
from jvdesk.core.model import Reading, Target, Trajectory

DECADE = Trajectory(kind="cumulative", start="2025-01-01", end="2034-12-31", why="A total.")


def target(*readings: Reading, trajectory: Trajectory | None = DECADE, value: float = 10) -> Target:
    return Target(
        id="t",
        label="Investment",
        value=value,
        unit="JPY trillion",
        time_frame="next decade",
        trajectory=trajectory,
        readings=list(readings),
        would_count="A published total.",
        sources=["s"],
    )


def reading(as_of: str, value: float, measures: str = "target", **more: object) -> Reading:
    fields: dict[str, object] = {"unit": "JPY trillion", "label": "Invested so far"}
    fields.update(more)
    return Reading(as_of=as_of, value=value, measures=measures, sources=["s"], **fields)  # type: ignore[arg-type]


def test_no_reading_yet() -> None:
    state = p.progress(target(), "2026-11-22")
    assert (state.status, state.latest, state.share) == (p.NO_READING, None, None)


def test_indicators_alone_are_never_progress() -> None:
    fdi = reading("2025-06", 551, "indicator", unit="USD million")
    state = p.progress(target(fdi), "2026-11-22")
    assert state.status == p.INDICATOR_ONLY
    assert state.latest is fdi
    assert state.share is None


@pytest.mark.parametrize(
    ("value", "status"),
    [
        # At the end of 2029, 1,825 of the decade's 3,651 days, the path is at 4.9986.
        (4.49, p.BEHIND),  # 89.8 %
        (4.5, p.ON_TRACK),  # 90.03 %
        (5.0, p.ON_TRACK),
        (5.49, p.ON_TRACK),  # 109.8 %
        (5.5, p.AHEAD),  # 110.03 %
        (9.0, p.AHEAD),
    ],
)
def test_the_thresholds_are_90_and_110_per_cent(value: float, status: str) -> None:
    state = p.progress(target(reading("2029", value)), "2030-01-15")
    assert state.status == status
    assert state.expected == pytest.approx(10 * 1825 / 3651)


def test_the_latest_reading_of_the_target_counts_not_a_later_indicator() -> None:
    measured = reading("2027", 9.0)
    later = reading("2028", 0.1, "indicator")
    state = p.progress(target(measured, later), "2028-06-01")
    assert (state.status, state.latest) == (p.AHEAD, measured)


def test_a_linear_path_starts_from_its_start_value() -> None:
    path = Trajectory(kind="linear", start="2020", end="2030", start_value=50, why="A level.")
    learners = target(reading("2025", 75), trajectory=path, value=100)
    state = p.progress(learners, "2026-01-01")
    start, end = dt.date(2020, 1, 1), dt.date(2030, 12, 31)
    share = (dt.date(2025, 12, 31) - start).days / (end - start).days
    assert state.expected == pytest.approx(50 + 50 * share)  # 77.3
    assert state.status == p.ON_TRACK


def test_a_yearly_minimum_is_set_against_each_year_alone() -> None:
    yearly = Trajectory(kind="per-period", start="2026", end="2035", why="Every year.")
    visits = target(reading("2026", 2), trajectory=yearly, value=3)
    assert p.progress(visits, "2027-01-31").status == p.BEHIND  # 2 of 3: 67 %
    visits = target(reading("2026", 3), trajectory=yearly, value=3)
    assert p.progress(visits, "2027-01-31").status == p.ON_TRACK


def test_a_reading_in_another_unit_counts_through_its_factor() -> None:
    billions = reading("2029", 5200, unit="JPY billion", factor=0.001)
    state = p.progress(target(billions), "2030-01-15")
    assert state.share == pytest.approx(5.2 / (10 * 1825 / 3651))
    assert state.status == p.ON_TRACK


def test_staleness_is_measured_from_the_packs_date_never_today() -> None:
    old = target(reading("2025-05", 1))
    assert not p.progress(old, "2026-11-30").stale  # 31 May 2025 + 18 months = 31 Nov → 30 Nov
    assert p.progress(old, "2026-12-01").stale
    assert p.is_stale(reading("2020", 1), "2022") is True
    assert p.is_stale(reading("2021", 1), "2022-06-30") is False


def test_every_status_has_a_word_and_a_meaning_in_every_language() -> None:
    for language in ("en", "ja", "hi"):
        with using(language):
            words = [p.status_word(status) for status in p.STATUSES]
            meanings = [p.status_meaning(status) for status in p.STATUSES]
        assert len(set(words)) == 5
        assert all(meanings)
    assert [p.status_word(status) for status in p.STATUSES] == [
        "behind",
        "on track",
        "ahead",
        "indicator only",
        "no reading yet",
    ]


def test_the_progress_chart_draws_the_path_and_the_readings_per_year() -> None:
    readings = (
        reading("2026", 1.5),
        reading("2027", 2.9),
        reading("2027-06", 480, "indicator", unit="USD million", label="FDI equity"),
    )
    spec = p.progress_chart(target(*readings), "progress-t", "2027-12-31")
    assert spec is not None
    assert spec.kind == "line"
    assert spec.categories == tuple(str(year) for year in range(2025, 2035))
    path, measured = spec.series
    assert path.values[0] == pytest.approx(1.0, abs=0.01)  # end of 2025: one tenth
    assert path.values[-1] == 10
    assert measured.values[:3] == (None, 1.5, 2.9)
    assert spec.unit == "JPY trillion"
    assert "FDI equity" in (spec.note or "") and "USD 480 million" in (spec.note or "")


def test_an_indicator_in_the_targets_unit_is_drawn_and_named_so() -> None:
    yearly = reading("2026", 1, "indicator", label="Business investment a year")
    spec = p.progress_chart(target(yearly), "progress-t", "2027-01-31")
    assert spec is not None
    assert [s.name for s in spec.series] == [
        "Trajectory to the target",
        "Business investment a year (indicator)",
    ]


def test_no_chart_without_a_reading_or_a_trajectory() -> None:
    assert p.progress_chart(target(), "x", "2027-01-31") is None
    assert p.progress_chart(target(reading("2026", 1), trajectory=None), "x", "2027-01-31") is None


def test_indicators_in_another_unit_leave_the_trajectory_alone_and_are_named() -> None:
    dollars = reading("2025-06", 5, "indicator", unit="USD billion", label="FDI equity")
    spec = p.progress_chart(target(dollars), "x", "2026-12-01")
    assert spec is not None
    assert [s.name for s in spec.series] == ["Trajectory to the target"]  # never on a yen axis
    assert spec.series[0].path
    assert (spec.note or "").splitlines()[1:] == [
        "No reading is in the target's unit, so the chart shows the trajectory alone.",
        "Not drawn, being in another unit: FDI equity, USD 5 billion (Jun 2025), an indicator.",
    ]
    old = p.progress_chart(target(dollars), "x", "2027-01-01")
    assert old is not None and "an indicator, stale: more than 18 months" in (old.note or "")


def test_a_stale_drawn_reading_is_named_stale() -> None:
    spec = p.progress_chart(target(reading("2025", 1.5)), "x", "2027-07-01")
    assert spec is not None
    assert spec.series[1].name == "Invested so far (stale)"


def test_chart_years_are_written_as_the_language_writes_a_year() -> None:
    with using("ja"):
        spec = p.progress_chart(target(reading("2026", 1.5)), "x", "2027-01-31")
    assert spec is not None and spec.categories[0] == "2025年"
