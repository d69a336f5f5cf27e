"""Neutral chart specs: what a chart shows, for the screen, the deck and the PDF to draw."""

from __future__ import annotations

import math
from dataclasses import dataclass

from jvdesk.core.model import Chart


@dataclass(frozen=True)
class SeriesSpec:
    """One series: a value per category, None where the source gives none.

    A ``path`` is computed, not read (a target's trajectory): renderers draw it dashed,
    with no markers or value labels, so that it never reads as data.
    """

    name: str
    values: tuple[float | None, ...]
    path: bool = False


@dataclass(frozen=True)
class ChartSpec:
    """Everything a renderer needs to draw one chart, and nothing it must compute.

    Attributes:
        id: the chart's id in the pack.
        title: the chart's title.
        kind: 'column' (vertical bars), 'bar' (horizontal bars) or 'line'.
        categories: the category labels, in order.
        category_title: the category axis title.
        series: the series, in order.
        unit: the value unit shared by every series; the value axis title.
        decimals: how many decimals the values need, for labels and axis numbers.
        axis_max: a round upper bound for the value axis that leaves room for labels.
        source_ids: the sources behind the series.
        note: what the numbers are and their caveats.
    """

    id: str
    title: str
    kind: str
    categories: tuple[str, ...]
    category_title: str
    series: tuple[SeriesSpec, ...]
    unit: str
    decimals: int
    axis_max: float
    source_ids: tuple[str, ...]
    note: str | None

    @property
    def has_legend(self) -> bool:
        """Whether the chart names its series: when it has several, or a computed path."""
        return len(self.series) > 1 or any(series.path for series in self.series)

    @property
    def value_title(self) -> str:
        """The value axis title: the unit."""
        return self.unit

    def label(self, value: float | None) -> str:
        """A value as its data label shows it; empty for a gap."""
        if value is None:
            return ""
        return f"{value:,.{self.decimals}f}"

    @property
    def number_format(self) -> str:
        """An Excel-style number format for the values (used by the deck's charts)."""
        return "#,##0" + ("." + "0" * self.decimals if self.decimals else "")


def _decimals(values: list[float]) -> int:
    most = 0
    for value in values:
        text = repr(float(value))
        if "e" in text:
            return 2
        fraction = text.partition(".")[2].rstrip("0")
        most = max(most, len(fraction))
    return min(most, 3)


def nice_ceiling(value: float) -> float:
    """A round number at least 10 % above ``value``: 28.7 → 35, 233000 → 300000."""
    if value <= 0:
        return 1.0
    target = value * 1.1
    magnitude = 10.0 ** math.floor(math.log10(target))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= target:
            return step * magnitude
    return 10 * magnitude


def chart_spec(chart: Chart) -> ChartSpec:
    """Describe a pack chart for renderers."""
    present = [v for series in chart.series for v in series.values if v is not None]
    sources: list[str] = []
    for series in chart.series:
        sources += [sid for sid in series.sources if sid not in sources]
    return ChartSpec(
        id=chart.id,
        title=chart.title,
        kind=chart.kind,
        categories=tuple(chart.categories),
        category_title=chart.category_title,
        series=tuple(SeriesSpec(s.name, tuple(s.values)) for s in chart.series),
        unit=chart.series[0].unit,
        decimals=_decimals(present),
        axis_max=nice_ceiling(max(present, default=0.0)),
        source_ids=tuple(sources),
        note=chart.note,
    )
