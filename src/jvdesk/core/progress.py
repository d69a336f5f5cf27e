"""Where a target stands: its trajectory, its latest reading and a status computed from them.

A status is never typed into a pack: it follows from the readings, the trajectory and the
pack's ``as_of`` date alone, so the same pack always gives the same app, deck and handout
(never today's date). The rules, also in docs/content-pack.md:

- *no reading yet*: the target has no readings (the pack says what would count);
- *indicator only*: readings exist, but none measures what the target counts;
- otherwise the latest reading that measures the target is set against the trajectory's
  value at its date: *behind* below 90 %, *on track* from 90 % up to 110 %, *ahead* from
  110 %.

A reading more than 18 months older than the pack's ``as_of`` date is *stale*, and is
marked so wherever it is shown.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from jvdesk.core.charts import ChartSpec, SeriesSpec, nice_ceiling
from jvdesk.core.formatting import format_date, format_figure
from jvdesk.core.i18n import N_, _
from jvdesk.core.model import Panel, Reading, Target, Trajectory, parse_date

BEHIND = "behind"
ON_TRACK = "on track"
AHEAD = "ahead"
INDICATOR_ONLY = "indicator only"
NO_READING = "no reading yet"
# The fixed vocabulary, in the order a reader meets it; each word as `jvdesk info` prints it.
STATUSES = (BEHIND, ON_TRACK, AHEAD, INDICATOR_ONLY, NO_READING)
STATUS_WORDS = {
    BEHIND: N_("behind"),
    ON_TRACK: N_("on track"),
    AHEAD: N_("ahead"),
    INDICATOR_ONLY: N_("indicator only"),
    NO_READING: N_("no reading yet"),
}
STATUS_MEANINGS = {
    BEHIND: N_("The latest reading is below 90 % of where the trajectory expects it by then."),
    ON_TRACK: N_(
        "The latest reading is within 90 % to 110 % of where the trajectory expects it by then."
    ),
    AHEAD: N_("The latest reading is 110 % or more of where the trajectory expects it by then."),
    INDICATOR_ONLY: N_(
        "No published reading counts what the target counts; related indicators are shown as "
        "context, not as progress."
    ),
    NO_READING: N_("No reading of the target has been published yet."),
}
BEHIND_BELOW = 0.9
AHEAD_FROM = 1.1
STALE_AFTER_MONTHS = 18


def status_word(status: str) -> str:
    """A status in the language in force, lower case, as `jvdesk info` prints it."""
    return _(STATUS_WORDS[status])


def status_meaning(status: str) -> str:
    """What a status means, for speaker notes and tooltips."""
    return _(STATUS_MEANINGS[status])


def first_day(value: str) -> dt.date:
    """The first day a pack date names: 2025 → 1 Jan 2025, 2025-08 → 1 Aug 2025."""
    year, month, day = parse_date(value)
    return dt.date(year, month or 1, day or 1)


def last_day(value: str) -> dt.date:
    """The last day a pack date names: 2025 → 31 Dec 2025, 2025-06 → 30 Jun 2025."""
    year, month, day = parse_date(value)
    if day:
        return dt.date(year, month, day)
    month = month or 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day where it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expected_at(target: Target, trajectory: Trajectory, day: dt.date) -> float:
    """The value the trajectory expects on ``day``, in the target's unit."""
    if trajectory.kind == "per-period":
        return target.value
    begin = start_value(trajectory)
    return begin + (target.value - begin) * share_of_time(trajectory, day)


def start_value(trajectory: Trajectory) -> float:
    """Where the path starts: the start value of a linear path, zero for a total."""
    return trajectory.start_value if trajectory.kind == "linear" else 0.0


def share_of_time(trajectory: Trajectory, day: dt.date) -> float:
    """How far ``day`` is from the trajectory's start to its end: 0 at the start, 1 at the end."""
    start, end = first_day(trajectory.start), last_day(trajectory.end)
    span = (end - start).days
    return 1.0 if span <= 0 else min(max((day - start).days / span, 0.0), 1.0)


def in_target_unit(reading: Reading) -> float:
    """A reading's value in its target's unit."""
    return reading.value * (reading.factor if reading.factor is not None else 1.0)


def reading_figure(reading: Reading, *, compact: bool = False) -> str:
    """A reading's value with its qualifier and unit, in the language in force."""
    return format_figure(reading.value, reading.unit, reading.qualifier, compact=compact)


def age_in_months(reading: Reading, pack_as_of: str) -> int:
    """Whole months from the end of what a reading describes to the pack's date."""
    then, now = last_day(reading.as_of), last_day(pack_as_of)
    months = (now.year - then.year) * 12 + now.month - then.month
    return max(0, months - (1 if add_months(then, months) > now else 0))


def is_stale(reading: Reading, pack_as_of: str) -> bool:
    """Whether a reading is more than 18 months older than the pack's date."""
    return add_months(last_day(reading.as_of), STALE_AFTER_MONTHS) < last_day(pack_as_of)


@dataclass(frozen=True)
class Progress:
    """Where one target stands, as of the pack's date.

    Attributes:
        target: the target.
        status: one of STATUSES.
        latest: the reading to show: the latest that measures the target, else the latest
            indicator; None when there is no reading.
        expected: what the trajectory expects at the latest reading's date (only when the
            reading measures the target).
        share: the latest reading as a share of ``expected`` (1.0 is exactly on the path).
        stale: whether ``latest`` is more than 18 months older than the pack's date.
    """

    target: Target
    status: str
    latest: Reading | None
    expected: float | None
    share: float | None
    stale: bool

    @property
    def word(self) -> str:
        """The status in the language in force."""
        return status_word(self.status)

    @property
    def meaning(self) -> str:
        """What the status means, in the language in force."""
        return status_meaning(self.status)


def progress(target: Target, pack_as_of: str) -> Progress:
    """Compute where a target stands from its readings and trajectory."""
    measured = [r for r in target.readings if r.measures == "target"]
    if not measured or target.trajectory is None:
        latest = target.readings[-1] if target.readings else None
        status = INDICATOR_ONLY if latest else NO_READING
        stale = latest is not None and is_stale(latest, pack_as_of)
        return Progress(target, status, latest, None, None, stale)
    latest = measured[-1]
    expected = expected_at(target, target.trajectory, last_day(latest.as_of))
    value = in_target_unit(latest)
    # On the day a total starts nothing is expected yet: any amount is ahead of it.
    nothing_due = 1.0 if value <= 0 else AHEAD_FROM
    share = value / expected if expected > 0 else nothing_due
    status = BEHIND if share < BEHIND_BELOW else ON_TRACK if share < AHEAD_FROM else AHEAD
    return Progress(target, status, latest, expected, share, is_stale(latest, pack_as_of))


def _decimals(values: list[float]) -> int:
    most = 0
    for value in values:
        fraction = repr(float(value)).partition(".")[2].rstrip("0")
        most = max(most, len(fraction))
    return min(most, 3)


def progress_chart(
    target: Target,
    chart_id: str,
    pack_as_of: str,
    own: Target | None = None,
    path_alone: bool = True,
) -> ChartSpec | None:
    """A line chart of the trajectory against the readings, one category a calendar year.

    The trajectory is computed, not read: renderers draw it dashed. Readings of the target
    are one series; each indicator in the target's unit (or with a factor into it) is a
    series of its own, named as an indicator. An indicator in another unit cannot share the
    value axis: the chart's note names it, with its value and date, and the chart shows the
    trajectory alone when no reading can be drawn, so that the room sees what the target
    asks for by each year. A stale reading is marked so, on the chart and in the note.
    None when the target has no trajectory or no reading, or, unless ``path_alone``, no
    reading in its unit.

    ``own`` is the target in the pack's own language, when ``target`` is translated: units
    are compared in it, so that two units one translation happens to word alike (visitors
    and persons, both 人) are never drawn on one axis.
    """
    trajectory = target.trajectory
    if trajectory is None or not target.readings:
        return None
    base = own or target
    drawn = [
        reading
        for reading, original in zip(target.readings, base.readings, strict=True)
        if original.unit == base.unit or original.factor is not None
    ]
    if not drawn and not path_alone:
        return None
    years = [last_day(r.as_of).year for r in drawn]
    first = min([first_day(trajectory.start).year, *years])
    last = max([last_day(trajectory.end).year, *years])
    categories = tuple(format_date(str(year)) for year in range(first, last + 1))
    shown = [in_target_unit(r) for r in drawn] + [target.value]
    places = max(_decimals(shown), 1 if target.value < 100 else 0)
    path: list[float | None] = []
    for year in range(first, last + 1):
        day = min(dt.date(year, 12, 31), last_day(trajectory.end))
        inside = first_day(trajectory.start).year <= year <= last_day(trajectory.end).year
        path.append(round(expected_at(target, trajectory, day), places) if inside else None)
    path_name = (
        _("Yearly minimum") if trajectory.kind == "per-period" else _("Trajectory to the target")
    )
    series = [SeriesSpec(path_name, tuple(path), path=True)]
    groups: dict[tuple[str, str], list[Reading]] = {}
    for reading in drawn:
        groups.setdefault((reading.measures, reading.label), []).append(reading)
    for readings in groups.values():
        values: list[float | None] = [None] * len(categories)
        for reading in readings:
            values[last_day(reading.as_of).year - first] = in_target_unit(reading)
        label = readings[0].label
        if readings[0].measures == "indicator":
            label = _("{label} (indicator)").format(label=label)
        if is_stale(readings[-1], pack_as_of):
            label = _("{label} (stale)").format(label=label)
        series.append(SeriesSpec(label, tuple(values)))
    sources: list[str] = []
    for reading in target.readings:
        sources += [s for s in reading.sources if s not in sources]
    notes = [trajectory.why]
    if not drawn:
        notes.append(
            _("No reading is in the target's unit, so the chart shows the trajectory alone.")
        )
    for reading in target.readings:
        if reading in drawn:
            continue
        note = _("Not drawn, being in another unit: {label}, {figure} ({date}), an indicator.")
        if is_stale(reading, pack_as_of):
            note = _(
                "Not drawn, being in another unit: {label}, {figure} ({date}), an indicator, "
                "stale: more than 18 months before the pack's date."
            )
        notes.append(
            note.format(
                label=reading.label, figure=reading_figure(reading), date=format_date(reading.as_of)
            )
        )
    present = [v for s in series for v in s.values if v is not None]
    return ChartSpec(
        id=chart_id,
        title=_("Progress: {label}").format(label=target.label),
        kind="line",
        categories=categories,
        category_title=_("Calendar year"),
        series=tuple(series),
        unit=target.unit,
        decimals=places,
        axis_max=nice_ceiling(max(present, default=0.0)),
        source_ids=tuple(sources),
        note="\n".join(notes),  # a sentence a line: no language's spacing between them
    )


def progress_charts(
    panel: Panel, pack_as_of: str, own: Panel | None = None, path_alone: bool = True
) -> list[ChartSpec]:
    """The progress chart of each of a panel's targets that has one, in the targets' order.

    ``own`` is the panel in the pack's own language, when ``panel`` is translated;
    ``path_alone``: also a chart of the trajectory alone, when no reading is in the
    target's unit (the deck has one; the app's card already draws the trajectory small).
    """
    targets = (own or panel).targets
    charts = (
        progress_chart(target, f"progress-{target.id}", pack_as_of, original, path_alone)
        for target, original in zip(panel.targets, targets, strict=True)
    )
    return [spec for spec in charts if spec is not None]
