"""The deck plan: which slides a briefing has, in which order, with which content and notes.

The presentation mode, the .pptx and the PDF handout all render this plan, so they
show the same slides in the same order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from jvdesk.core.charts import ChartSpec, chart_spec
from jvdesk.core.formatting import format_date, format_date_range, format_figure, format_number
from jvdesk.core.model import Briefing, Panel, Quote, Summit, Target
from jvdesk.core.pack import ContentPack
from jvdesk.core.sourcemarks import SourceIndex

SlideKind = Literal["title", "agenda", "panel", "chart", "quotes", "glance", "timeline", "sources"]

HEADLINE_FIGURES = 3
KEY_INITIATIVES = 4
QUOTES_PER_SLIDE = 3
# Characters of quoted text two or three quotes may share a slide with: at this length they
# are set at 20 pt or more on jvdesk's 16:9 slide (tests/export/test_briefing_length.py).
QUOTE_CHARACTERS = 640
ROWS_PER_TABLE = 8
# How many lines of sources a slide lists: at 12 pt or more on jvdesk's 16:9 slide, counting
# a source's lines from its length (about 105 characters of the source and 28 of the site to
# a line) and half a line between rows. Narrower slides (4:3) set them smaller.
SOURCE_LINES_PER_SLIDE = 22
SOURCE_CHARACTERS_PER_LINE = 105
SITE_CHARACTERS_PER_LINE = 28
# Each table's column widths as shares of the slide's body width, the same on every renderer.
COLUMN_SHARES: dict[SlideKind, tuple[float, ...]] = {
    "glance": (0.2, 0.33, 0.22, 0.15, 0.1),
    "timeline": (0.16, 0.72, 0.12),
    "sources": (0.06, 0.74, 0.2),
}
APPENDIX: frozenset[SlideKind] = frozenset({"glance", "timeline", "sources"})


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
        row_links: the address each row links to (a sources slide's rows), if any.
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
    row_links: tuple[str, ...] = ()
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


def rank_quotes(quotes: Sequence[Quote], summit: Summit) -> list[Quote]:
    """A panel's quotes, the strongest first.

    The rule, from the pack's own data: words of the summit's leaders (``summit.leaders``)
    come before anyone else's; then words spoken during the summit (its start to end date)
    before words from other days; otherwise the pack's order, which is the editor's.
    """
    leaders = {leader.name for leader in summit.leaders}

    def rank(quote: Quote) -> tuple[bool, bool]:
        during = summit.start_date <= quote.date <= summit.end_date
        return (quote.speaker not in leaders, not during)

    return sorted(quotes, key=rank)  # sorted() is stable: ties keep the pack's order


def _quote_text(quote: Quote) -> str:
    return quote.translation or quote.text


def _pack(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """Ranked quotes in slide-sized groups: one to three a slide, the strongest first.

    Each quote, strongest first, joins the first slide with room for it (at most three
    quotes of ``QUOTE_CHARACTERS`` together; a longer quote has a slide alone), so the
    strongest quote leads the first slide. Then a quote left alone takes the weakest quote
    of a slide of three when the two fit together: two slides of two read better than one
    of three and one of one.
    """
    rank = {id(quote): index for index, quote in enumerate(quotes)}

    def used(group: list[Quote]) -> int:
        return sum(len(_quote_text(quote)) for quote in group)

    groups: list[list[Quote]] = []
    for quote in quotes:
        length = len(_quote_text(quote))
        for group in groups:
            if len(group) < QUOTES_PER_SLIDE and used(group) + length <= QUOTE_CHARACTERS:
                group.append(quote)
                break
        else:
            groups.append([quote])
    moved = True
    while moved:
        moved = False
        for alone in (group for group in groups if len(group) == 1):
            for full in (group for group in groups if len(group) == QUOTES_PER_SLIDE):
                weakest = max(full, key=lambda quote: rank[id(quote)])
                if used(alone) + len(_quote_text(weakest)) <= QUOTE_CHARACTERS:
                    full.remove(weakest)
                    alone.append(weakest)
                    moved = True
                    break
            if moved:
                break
    for group in groups:
        group.sort(key=lambda quote: rank[id(quote)])
    return sorted(groups, key=lambda group: rank[id(group[0])])


def _quote_groups(quotes: Sequence[Quote], slides: int) -> list[list[Quote]]:
    """The strongest of ranked quotes that ``slides`` slides hold, grouped as ``_pack`` does.

    The weakest quotes are left out when the slides cannot hold them all.
    """
    for shown in range(len(quotes), 0, -1):
        groups = _pack(quotes[:shown])
        if len(groups) <= slides:
            return groups
    return []


def _fit_to_time(slides: list[int], room: int) -> None:
    """Take quote slides away until at most ``room`` remain.

    ``slides`` holds the number of quote slides of each panel. The panel with the most gives
    one up (a tie: the later panel), and so loses its weakest quotes; every panel keeps its
    strongest quotes as long as there is room for them.
    """
    while sum(slides) > max(room, 0):
        most = max(slides)
        slides[max(i for i, count in enumerate(slides) if count == most)] -= 1


def _fill(heights: Sequence[float], room: float) -> list[tuple[int, int]]:
    """Rows in order on pages of at most ``room`` each (a taller row alone): (start, end)."""
    pages: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for index, height in enumerate(heights):
        if index > start and used + height > room:
            pages.append((start, index))
            start, used = index, 0.0
        used += height
    if start < len(heights):
        pages.append((start, len(heights)))
    return pages


def _pages(heights: Sequence[float], room: float) -> list[tuple[int, int]]:
    """As few pages as ``_fill`` makes, filled evenly: no last page with a row or two."""
    pages = _fill(heights, room)
    tighter = room
    while tighter > 1 and len(_fill(heights, tighter - 0.5)) == len(pages):
        tighter -= 0.5
    return _fill(heights, tighter)


def _left_out(count: int, more: bool = False) -> str:
    """The note that quotes did not make a briefing's time."""
    quotes = "quote is" if count == 1 else "quotes are"
    return f"Left out for time: {count}{' more' if more else ''} {quotes} on the panel in jvdesk."


def _host(url: str) -> str:
    """The site of an address, as a sources slide shows it: 'www.mea.gov.in/x' → 'mea.gov.in'."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


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

    def notes(
        self,
        lines: Sequence[str],
        source_ids: Sequence[str],
        sections: Sequence[tuple[str, Sequence[str]]] = (),
    ) -> str:
        """Speaker notes: bullet lines, headed sections of bullets, then the sources."""
        if not self.with_notes:
            return ""
        sources = []
        for source_id in dict.fromkeys(source_ids):
            source = self.pack.sources[source_id]
            sources.append(
                f"[{self.index.number(source_id)}] {source.publisher}: {source.title}. {source.url}"
            )
        parts = ["\n".join(f"• {line}" for line in lines)] if lines else []
        parts += [
            heading + "\n" + "\n".join(f"• {line}" for line in items)
            for heading, items in sections
            if items
        ]
        if sources:
            parts.append("Sources:\n" + "\n".join(sources))
        return "\n\n".join(parts)

    def panel_slide(self, panel: Panel, quotes_shown: bool = True) -> Slide:
        """A panel's slide; its notes say so when none of its quotes made the time."""
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
        initiatives = panel.initiatives[:KEY_INITIATIVES]
        for initiative in initiatives:
            source_ids += initiative.sources
            self.index.cite(initiative.sources)
        return Slide(
            kind="panel",
            title=panel.heading(),
            subtitle=panel.summary,
            panel_id=panel.id,
            figures=tuple(figures),
            figures_are_targets=bool(panel.targets),
            bullets=tuple(i.title for i in initiatives),
            footnote=panel.no_target_note or "",
            notes=self.notes(
                panel.talking_points,
                source_ids,
                [] if quotes_shown else [("In their words:", [_left_out(len(panel.quotes))])],
            ),
            source_ids=tuple(dict.fromkeys(source_ids)),
        )

    def chart_slides(self, panel: Panel) -> list[Slide]:
        """Every chart of a panel, each on a slide of its own.

        A chart shares no slide with a panel's figures and initiatives: there it would be a
        strip a third of the slide tall or less, its plot a few lines high (issue 11).
        """
        slides = []
        for chart in panel.charts:
            spec = chart_spec(chart)
            mark = self.index.cite(spec.source_ids)
            slides.append(
                Slide(
                    kind="chart",
                    title=spec.title,
                    subtitle=panel.title,
                    panel_id=panel.id,
                    chart=spec,
                    chart_mark=mark,
                    notes=self.notes([spec.note] if spec.note else [], spec.source_ids),
                    source_ids=spec.source_ids,
                )
            )
        return slides

    def quote_slides(self, panel: Panel, groups: Sequence[Sequence[Quote]]) -> list[Slide]:
        """A panel's quote slides; the notes carry its talking points and who said what."""
        slides = []
        shown = sum(len(group) for group in groups)
        left_out = len(panel.quotes) - shown
        for number, chunk in enumerate(groups, start=1):
            quote_sources = [sid for quote in chunk for sid in quote.sources]
            quotes = tuple(
                QuoteItem(
                    text=_quote_text(quote),
                    speaker=quote.speaker,
                    role=quote.role,
                    date=format_date(quote.date),
                    mark=self.index.cite(quote.sources),
                )
                for quote in chunk
            )
            said = [f"{q.speaker}, {q.occasion or q.place}, {format_date(q.date)}" for q in chunk]
            if left_out and number == len(groups):
                said.append(_left_out(left_out, more=True))
            slides.append(
                Slide(
                    kind="quotes",
                    title=f"{panel.short_title}: in their words",
                    panel_id=panel.id,
                    quotes=quotes,
                    notes=self.notes(
                        panel.talking_points, quote_sources, [("In their words:", said)]
                    ),
                    source_ids=tuple(dict.fromkeys(quote_sources)),
                )
            )
        return slides

    def glance(self, panels: Sequence[Panel]) -> list[Slide]:
        """Every quantified target once, with every panel that states it.

        Two panels state the same target when its label, figure, unit, qualifier, time frame
        and flow are the same (the 500,000 exchange is on People-to-People and the HR
        Action Plan); its row names both and cites the sources of both.
        """
        found: dict[tuple[object, ...], tuple[list[str], list[str], Target]] = {}
        for panel in panels:
            for target in panel.targets:
                key = (
                    " ".join(target.label.casefold().split()),
                    target.value,
                    target.unit,
                    target.qualifier,
                    target.time_frame,
                    target.flow,
                )
                names, sources, _ = found.setdefault(key, ([], [], target))
                if panel.short_title not in names:
                    names.append(panel.short_title)
                sources += [sid for sid in target.sources if sid not in sources]
        if not found:
            return []
        rows = []
        source_ids: list[str] = []
        for names, sources, target in found.values():
            mark = self.index.cite(sources)
            source_ids += sources
            figure = format_figure(target.value, target.unit, target.qualifier)
            rows.append((", ".join(names), target.label, figure, target.time_frame, mark))
        return _table_slides(
            "glance",
            "Targets at a glance",
            ("Direction", "Target", "Figure", "Time frame", "Source"),
            rows,
            ROWS_PER_TABLE,
            notes=self.notes(
                ["Every quantified target in this briefing, once, with its time frame."],
                source_ids,
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
        """The sources appendix: a line or two per source, its site linked to its address.

        The full addresses, too long to read on a slide, are in each slide's notes.
        """
        rows = []
        heights = []
        for number, source in self.index.cited():
            date = f", {format_date(source.date)}" if source.date else ""
            row = (f"[{number}]", f"{source.publisher}{date}: {source.title}", _host(source.url))
            rows.append((row, source))
            heights.append(
                0.5
                + max(
                    math.ceil(len(row[1]) / SOURCE_CHARACTERS_PER_LINE),
                    math.ceil(len(row[2]) / SITE_CHARACTERS_PER_LINE),
                )
            )
        return [
            Slide(
                kind="sources",
                title="Sources",
                columns=("", "Source", "Site"),
                column_shares=COLUMN_SHARES["sources"],
                rows=tuple(row for row, _ in rows[start:end]),
                row_links=tuple(source.url for _, source in rows[start:end]),
                notes=self.notes([], [source.id for _, source in rows[start:end]]),
                source_ids=tuple(source.id for _, source in rows[start:end]),
            )
            for start, end in _pages(heights, SOURCE_LINES_PER_SLIDE)
        ]


def main_slides(plan: DeckPlan) -> tuple[Slide, ...]:
    """The slides of a deck's main part: the title slide to the last panel's slides.

    The appendix (targets at a glance, the timeline, the sources) follows them; a briefing's
    main part is sized to its duration at about a slide a minute.
    """
    return tuple(slide for slide in plan.slides if slide.kind not in APPENDIX)


def plan_deck(
    pack: ContentPack,
    briefing_id: str | Briefing | None = None,
    *,
    only: Sequence[str] | None = None,
    notes: bool = True,
) -> DeckPlan:
    """Plan the slides of a briefing.

    Each panel has its panel slide, a slide per chart, and its quotes two or three to a
    slide, the strongest first. The main part (title to the last panel) takes at most a
    slide per minute of the briefing's duration: when quote slides would pass that, the
    weakest are left out (``_fit_to_time``); no panel slide or chart is ever left out.

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
    ranked = [rank_quotes(panel.quotes, summit) for panel in panels]
    quote_slides = [len(_pack(quotes)) for quotes in ranked]
    fixed = len(slides) + sum(1 + len(panel.charts) for panel in panels)
    _fit_to_time(quote_slides, briefing.duration_minutes - fixed)
    for panel, quotes, count in zip(panels, ranked, quote_slides, strict=True):
        slides.append(planner.panel_slide(panel, quotes_shown=bool(count) or not quotes))
        slides += planner.chart_slides(panel)
        slides += planner.quote_slides(panel, _quote_groups(quotes, count))
    slides += planner.glance(panels)
    slides += planner.timeline()
    slides += planner.sources()
    return DeckPlan(
        title=pack.title,
        briefing=briefing,
        slides=tuple(slides),
        sources=tuple((number, source.id) for number, source in planner.index.cited()),
    )
