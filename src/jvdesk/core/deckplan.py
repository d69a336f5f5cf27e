"""The deck plan: which slides a briefing has, in which order, with which content and notes.

The presentation mode, the .pptx and the PDF handout all render this plan, so they
show the same slides in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from jvdesk.core.charts import ChartSpec, chart_spec
from jvdesk.core.formatting import format_date, format_date_range, format_figure, format_number
from jvdesk.core.model import Briefing, Panel, Quote, Target
from jvdesk.core.pack import ContentPack
from jvdesk.core.sourcemarks import SourceIndex

SlideKind = Literal["title", "agenda", "panel", "chart", "quotes", "glance", "timeline", "sources"]

HEADLINE_FIGURES = 3
KEY_INITIATIVES = 4
QUOTES_PER_SLIDE = 2
SHORT_QUOTES = 420  # characters two quotes may share a slide with, at a readable size
ROWS_PER_TABLE = 8
SOURCES_PER_SLIDE = 8
# Each table's column widths as shares of the slide's body width, the same on every renderer.
COLUMN_SHARES: dict[SlideKind, tuple[float, ...]] = {
    "glance": (0.2, 0.33, 0.22, 0.15, 0.1),
    "timeline": (0.16, 0.72, 0.12),
    "sources": (0.07, 0.5, 0.43),
}


@dataclass(frozen=True)
class FigureItem:
    """A large figure on a slide: '10' 'JPY trillion', with what it is and its source mark."""

    value: str
    unit: str
    qualifier: str
    label: str
    detail: str
    mark: str


@dataclass(frozen=True)
class QuoteItem:
    """A quote as a slide shows it."""

    text: str
    speaker: str
    role: str
    date: str
    mark: str


@dataclass(frozen=True)
class Slide:
    """One slide of the plan. Which fields are filled depends on ``kind``.

    Attributes:
        kind: what the slide is.
        title: its title.
        subtitle: a line under the title (a panel's summary, the occasion).
        panel_id: the panel it shows, if any.
        figures: large figures (targets or key figures).
        figures_are_targets: False when the panel has no target and shows context.
        chart: the chart it shows.
        chart_mark: the chart's source mark.
        bullets: bullet lines (initiatives, agenda entries, leaders).
        quotes: quotes.
        columns: table headings (glance, timeline, sources).
        column_shares: each column's width as a share of the body's width.
        rows: table rows.
        footnote: a line at the foot (the no-target note, a chart's caveat).
        notes: speaker notes.
        source_ids: the sources behind the slide.
    """

    kind: SlideKind
    title: str
    subtitle: str = ""
    panel_id: str | None = None
    figures: tuple[FigureItem, ...] = ()
    figures_are_targets: bool = True
    chart: ChartSpec | None = None
    chart_mark: str = ""
    bullets: tuple[str, ...] = ()
    quotes: tuple[QuoteItem, ...] = ()
    columns: tuple[str, ...] = ()
    column_shares: tuple[float, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    footnote: str = ""
    notes: str = ""
    source_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class DeckPlan:
    """The slides of a briefing, in order.

    Attributes:
        title: the deck's title.
        briefing: the briefing it was planned from.
        slides: the slides.
        sources: every cited source as (number, source id), in number order.
    """

    title: str
    briefing: Briefing
    slides: tuple[Slide, ...]
    sources: tuple[tuple[int, str], ...]


def _quote_groups(panel: Panel) -> list[list[Quote]]:
    """Quotes in slide-sized groups: two short quotes share a slide, a long one has its own."""
    groups: list[list[Quote]] = []
    for quote in panel.quotes:
        text = quote.translation or quote.text
        last = groups[-1] if groups else None
        if (
            last is not None
            and len(last) < QUOTES_PER_SLIDE
            and sum(len(q.translation or q.text) for q in last) + len(text) <= SHORT_QUOTES
        ):
            last.append(quote)
        else:
            groups.append([quote])
    return groups


def _table_slides(
    kind: SlideKind,
    title: str,
    columns: tuple[str, ...],
    rows: Sequence[tuple[str, ...]],
    per_slide: int,
    *,
    notes: str = "",
    source_ids: tuple[str, ...] = (),
) -> list[Slide]:
    """Split a table's rows into slides of at most ``per_slide`` rows each.

    Every slide has the same title, headings, notes and sources; no rows give no slides.
    """
    return [
        Slide(
            kind=kind,
            title=title,
            columns=columns,
            column_shares=COLUMN_SHARES[kind],
            rows=tuple(rows[i : i + per_slide]),
            notes=notes,
            source_ids=source_ids,
        )
        for i in range(0, len(rows), per_slide)
    ]


class _Planner:
    def __init__(self, pack: ContentPack, notes: bool) -> None:
        self.pack = pack
        self.index = SourceIndex(pack.sources)
        self.with_notes = notes

    def notes(self, lines: Sequence[str], source_ids: Sequence[str]) -> str:
        if not self.with_notes:
            return ""
        sources = []
        for source_id in dict.fromkeys(source_ids):
            source = self.pack.sources[source_id]
            sources.append(
                f"[{self.index.number(source_id)}] {source.publisher}: {source.title}. {source.url}"
            )
        text = "\n".join(f"• {line}" for line in lines)
        if sources:
            text += ("\n\n" if text else "") + "Sources:\n" + "\n".join(sources)
        return text

    def panel_slides(self, panel: Panel) -> list[Slide]:
        slides = []
        items = panel.targets or panel.figures
        figures = []
        source_ids: list[str] = []
        for item in items[:HEADLINE_FIGURES]:
            mark = self.index.cite(item.sources)
            source_ids += item.sources
            if isinstance(item, Target):
                detail = f"{item.time_frame} · {item.flow}" if item.flow else item.time_frame
            else:
                detail = item.as_of
            figures.append(
                FigureItem(
                    value=format_number(item.value),
                    unit=item.unit,
                    qualifier=item.qualifier or "",
                    label=item.label,
                    detail=detail,
                    mark=mark,
                )
            )
        chart = chart_spec(panel.charts[0]) if panel.charts else None
        chart_mark = self.index.cite(chart.source_ids) if chart else ""
        if chart:
            source_ids += chart.source_ids
        initiatives = panel.initiatives[:KEY_INITIATIVES]
        for initiative in initiatives:
            source_ids += initiative.sources
            self.index.cite(initiative.sources)
        slides.append(
            Slide(
                kind="panel",
                title=panel.heading(),
                subtitle=panel.summary,
                panel_id=panel.id,
                figures=tuple(figures),
                figures_are_targets=bool(panel.targets),
                chart=chart,
                chart_mark=chart_mark,
                bullets=tuple(i.title for i in initiatives),
                footnote=panel.no_target_note or "",
                notes=self.notes(
                    [*panel.talking_points, *([chart.note] if chart and chart.note else [])],
                    source_ids,
                ),
                source_ids=tuple(dict.fromkeys(source_ids)),
            )
        )
        for extra in panel.charts[1:]:
            spec = chart_spec(extra)
            mark = self.index.cite(spec.source_ids)
            slides.append(
                Slide(
                    kind="chart",
                    title=spec.title,
                    subtitle=panel.title,
                    panel_id=panel.id,
                    chart=spec,
                    chart_mark=mark,
                    footnote="",
                    notes=self.notes([spec.note] if spec.note else [], spec.source_ids),
                    source_ids=spec.source_ids,
                )
            )
        for chunk in _quote_groups(panel):
            quote_sources = [sid for quote in chunk for sid in quote.sources]
            quotes = tuple(
                QuoteItem(
                    text=quote.translation or quote.text,
                    speaker=quote.speaker,
                    role=quote.role,
                    date=format_date(quote.date),
                    mark=self.index.cite(quote.sources),
                )
                for quote in chunk
            )
            lines = [f"{q.speaker}, {q.occasion or q.place}, {format_date(q.date)}" for q in chunk]
            slides.append(
                Slide(
                    kind="quotes",
                    title=f"{panel.short_title}: in their words",
                    panel_id=panel.id,
                    quotes=quotes,
                    notes=self.notes(lines, quote_sources),
                    source_ids=tuple(dict.fromkeys(quote_sources)),
                )
            )
        return slides

    def glance(self, panels: Sequence[Panel]) -> list[Slide]:
        rows = []
        source_ids: list[str] = []
        for panel in panels:
            for target in panel.targets:
                mark = self.index.cite(target.sources)
                source_ids += target.sources
                figure = format_figure(target.value, target.unit, target.qualifier)
                rows.append((panel.short_title, target.label, figure, target.time_frame, mark))
        if not rows:
            return []
        return _table_slides(
            "glance",
            "Targets at a glance",
            ("Direction", "Target", "Figure", "Time frame", "Source"),
            rows,
            ROWS_PER_TABLE,
            notes=self.notes(
                ["Every quantified target in this briefing, with its time frame."], source_ids
            ),
            source_ids=tuple(dict.fromkeys(source_ids)),
        )

    def timeline(self) -> list[Slide]:
        follow_ups = self.pack.follow_ups()
        if not follow_ups:
            return []
        rows = []
        source_ids: list[str] = []
        for item in follow_ups:
            rows.append((format_date(item.date), item.title, self.index.cite(item.sources)))
            source_ids += item.sources
        return _table_slides(
            "timeline",
            "Since the summit",
            ("When", "What", "Source"),
            rows,
            ROWS_PER_TABLE,
            notes=self.notes([f"{i.title}: {i.detail or ''}".strip() for i in follow_ups], []),
            source_ids=tuple(dict.fromkeys(source_ids)),
        )

    def sources(self) -> list[Slide]:
        cited = self.index.cited()
        rows = []
        for number, source in cited:
            date = f", {format_date(source.date)}" if source.date else ""
            rows.append((f"[{number}]", f"{source.publisher}{date}: {source.title}", source.url))
        return _table_slides(
            "sources", "Sources", ("", "Source", "Address"), rows, SOURCES_PER_SLIDE
        )


def plan_deck(
    pack: ContentPack,
    briefing_id: str | Briefing | None = None,
    *,
    only: Sequence[str] | None = None,
    notes: bool = True,
) -> DeckPlan:
    """Plan the slides of a briefing.

    Args:
        pack: the content pack.
        briefing_id: the briefing to present: a pack briefing's id, a Briefing the user
            composed, or None for the pack's first.
        only: if given, just these panel ids, in the briefing's order.
        notes: whether slides carry speaker notes.

    Raises:
        KeyError: for an unknown briefing or panel id.
    """
    briefing = briefing_id if isinstance(briefing_id, Briefing) else pack.briefing(briefing_id)
    panel_ids = list(briefing.panels)
    if only is not None:
        unknown = [panel_id for panel_id in only if panel_id not in panel_ids]
        if unknown:
            raise KeyError(", ".join(unknown))
        panel_ids = [panel_id for panel_id in panel_ids if panel_id in only]
    panels = [pack.panel(panel_id) for panel_id in panel_ids]
    planner = _Planner(pack, notes)
    summit = pack.meta.summit
    when = format_date_range(summit.start_date, summit.end_date)
    leaders = tuple(f"{leader.name}, {leader.role}" for leader in summit.leaders)
    slides: list[Slide] = [
        Slide(
            kind="title",
            title=pack.title,
            subtitle=f"{summit.title} · {summit.place} · {when}",
            bullets=leaders,
            notes=planner.notes(
                [f"{briefing.title}: {briefing.audience}, {briefing.duration_minutes} minutes."]
                + ([briefing.description] if briefing.description else []),
                [],
            ),
        ),
        Slide(
            kind="agenda",
            title="Agenda",
            subtitle=briefing.title,
            bullets=tuple(panel.heading() for panel in panels),
            notes=planner.notes(
                [f"{len(panels)} panel{'s' if len(panels) != 1 else ''} in this briefing."], []
            ),
        ),
    ]
    for panel in panels:
        slides += planner.panel_slides(panel)
    slides += planner.glance(panels)
    slides += planner.timeline()
    slides += planner.sources()
    return DeckPlan(
        title=pack.title,
        briefing=briefing,
        slides=tuple(slides),
        sources=tuple((number, source.id) for number, source in planner.index.cited()),
    )
