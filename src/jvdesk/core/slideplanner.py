"""The slides of each kind a deck plan holds: panels, charts, quotes, tables, sources."""

from __future__ import annotations

import math
from collections.abc import Sequence
from urllib.parse import urlsplit

from jvdesk.core.charts import ChartSpec, chart_spec
from jvdesk.core.deckplan import COLUMN_SHARES, FigureItem, QuoteItem, Slide, SlideKind
from jvdesk.core.formatting import format_date, format_figure, format_number, headline
from jvdesk.core.i18n import DEFAULT, NATIVE_NAMES, _, current, ngettext, pgettext, using
from jvdesk.core.model import Panel, Quote, Source, Target
from jvdesk.core.pack import ContentPack
from jvdesk.core.progress import Progress, age_in_months, progress, progress_charts, reading_figure
from jvdesk.core.quotegroups import quote_text
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.core.summary import width

HEADLINE_FIGURES = 3
KEY_INITIATIVES = 4
ROWS_PER_TABLE = 8
PROGRESS_ROWS_PER_TABLE = 5  # a reading's words take two or three lines of its cell
# How many lines of sources a slide lists: at 12 pt or more on jvdesk's 16:9 slide, counting
# a source's lines from its length (about 105 characters of the source and 28 of the site to
# a line) and half a line between rows. Narrower slides (4:3) set them smaller.
SOURCE_LINES_PER_SLIDE = 21
SOURCE_CHARACTERS_PER_LINE = 90
SITE_CHARACTERS_PER_LINE = 24


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


def left_out_note(count: int, more: bool = False) -> str:
    """The note that quotes did not make a briefing's time."""
    if more:
        text = ngettext(
            "Left out for time: {count} more quote is on the panel in jvdesk.",
            "Left out for time: {count} more quotes are on the panel in jvdesk.",
            count,
        )
    else:
        text = ngettext(
            "Left out for time: {count} quote is on the panel in jvdesk.",
            "Left out for time: {count} quotes are on the panel in jvdesk.",
            count,
        )
    return text.format(count=count)


def in_their_words() -> str:
    """The heading of the notes' section on who said what."""
    return _("In their words:")


def _source_line(source: Source) -> str:
    if source.date:
        return _("{publisher}, {date}: {title}").format(
            publisher=source.publisher, date=format_date(source.date), title=source.title
        )
    return _("{publisher}: {title}").format(publisher=source.publisher, title=source.title)


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


class SlidePlanner:
    """Makes the slides of a plan, numbering sources in the order the slides cite them."""

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
            parts.append(_("Sources:") + "\n" + "\n".join(sources))
        return "\n\n".join(parts)

    def translation_label(self, quote: Quote) -> str:
        """ "Unofficial translation" over a quote the pack's editors translated; "" otherwise."""
        localization = self.pack.localization
        original = localization.quotes.get(quote.id) if localization else None
        if original is None:
            return ""
        if original.official:
            return _("Official translation")
        return _("Unofficial translation")

    def originals(self, quotes: Sequence[Quote]) -> list[str]:
        """The original words of translated quotes, for the speaker notes."""
        localization = self.pack.localization
        lines = []
        for quote in quotes:
            original = localization.quotes.get(quote.id) if localization else None
            if original is not None:
                language = NATIVE_NAMES.get(original.language, original.language)  # type: ignore[call-overload]
                lines.append(
                    pgettext("original words of a quote", "{speaker} ({language}): {text}").format(
                        speaker=quote.speaker, language=language, text=original.text
                    )
                )
        return lines

    def panel_slide(
        self, panel: Panel, quotes_shown: bool = True, charts_left_out: int = 0
    ) -> Slide:
        """A panel's slide; its notes say so when its quotes or charts did not make the time."""
        items = panel.targets or panel.figures
        figures = []
        source_ids: list[str] = []
        for item in items[:HEADLINE_FIGURES]:
            mark = self.index.cite(item.sources)
            source_ids += item.sources
            if isinstance(item, Target):
                detail = (
                    _("{time_frame} · {flow}").format(time_frame=item.time_frame, flow=item.flow)
                    if item.flow
                    else item.time_frame
                )
            else:
                detail = item.as_of
            if current() == DEFAULT:
                value, unit, qualifier = format_number(item.value), item.unit, item.qualifier
            else:  # the figure as the language writes a headline: 10兆円, 5 लाख
                (value, unit), qualifier = headline(item.value, item.unit, item.qualifier), None
            figures.append(
                FigureItem(
                    value=value,
                    unit=unit,
                    qualifier=qualifier or "",
                    label=item.label,
                    detail=detail,
                    mark=mark,
                )
            )
        left_out = [] if quotes_shown else [(in_their_words(), [left_out_note(len(panel.quotes))])]
        if charts_left_out:
            said = ngettext(
                "Left out for time: {count} chart is on the panel in jvdesk.",
                "Left out for time: {count} charts are on the panel in jvdesk.",
                charts_left_out,
            ).format(count=charts_left_out)
            left_out.append((_("Charts:"), [said]))
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
            notes=self.notes(panel.talking_points, source_ids, left_out),
            source_ids=tuple(dict.fromkeys(source_ids)),
        )

    def charts(self, panel: Panel) -> list[ChartSpec]:
        """A panel's charts, then the progress chart of each target that has one."""
        own = (self.pack.base or self.pack).panel(panel.id)
        progress = progress_charts(panel, self.pack.meta.as_of, own)
        return [chart_spec(chart) for chart in panel.charts] + progress

    def chart_slides(self, panel: Panel, specs: Sequence[ChartSpec]) -> list[Slide]:
        """Charts of a panel (``charts``, or those that made the time), each on its own slide.

        A chart shares no slide with a panel's figures and initiatives: there it would be a
        strip a third of the slide tall or less, its plot a few lines high (issue 11).
        """
        slides = []
        for spec in specs:
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
                    text=quote_text(quote),
                    speaker=quote.speaker,
                    role=quote.role,
                    date=format_date(quote.date),
                    mark=self.index.cite(quote.sources),
                    label=self.translation_label(quote),
                )
                for quote in chunk
            )
            said = [
                _("{speaker}, {occasion}, {date}").format(
                    speaker=q.speaker, occasion=q.occasion or q.place, date=format_date(q.date)
                )
                for q in chunk
            ]
            if left_out and number == len(groups):
                said.append(left_out_note(left_out, more=True))
            sections = [(in_their_words(), said)]
            originals = self.originals(chunk)
            if originals:
                sections.append((_("In the original words:"), originals))
            slides.append(
                Slide(
                    kind="quotes",
                    title=_("{panel}: in their words").format(panel=panel.short_title),
                    panel_id=panel.id,
                    quotes=quotes,
                    notes=self.notes(panel.talking_points, quote_sources, sections),
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
        base = self.pack.base or self.pack
        for panel in panels:
            for target, own in zip(panel.targets, base.panel(panel.id).targets, strict=True):
                # Told apart by the pack's own words, so every language has the same rows.
                key = (
                    " ".join(own.label.casefold().split()),
                    own.value,
                    own.unit,
                    own.qualifier,
                    own.time_frame,
                    own.flow,
                )
                names, sources, _first = found.setdefault(key, ([], [], target))
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
            figure = format_figure(target.value, target.unit, target.qualifier, compact=True)
            rows.append(
                (
                    pgettext("list separator", ", ").join(names),
                    target.label,
                    figure,
                    target.time_frame,
                    mark,
                )
            )
        return _table_slides(
            "glance",
            _("Targets at a glance"),
            (_("Direction"), _("Target"), _("Figure"), _("Time frame"), _("Source")),
            rows,
            ROWS_PER_TABLE,
            notes=self.notes(
                [_("Every quantified target in this briefing, once, with its time frame.")],
                source_ids,
            ),
            source_ids=tuple(dict.fromkeys(source_ids)),
        )

    def progress(self, panels: Sequence[Panel]) -> list[Slide]:
        """Where every target stands, once: its status, latest reading, its date and sources.

        The notes say what each status means and how old each reading is, counted from the
        pack's date (never today's), so the same pack always gives the same deck.
        """
        seen: set[tuple[object, ...]] = set()
        rows: list[tuple[str, ...]] = []
        lines: list[str] = []
        cited: list[list[str]] = []
        as_of = self.pack.meta.as_of
        base = self.pack.base or self.pack
        for panel in panels:
            for target, own in zip(panel.targets, base.panel(panel.id).targets, strict=True):
                key = (" ".join(own.label.casefold().split()), own.value, own.unit, own.time_frame)
                if key in seen:
                    continue
                seen.add(key)
                state = progress(target, as_of)
                latest = state.latest
                sources = list(latest.sources) if latest is not None else []
                cited.append(sources)
                mark = self.index.cite(sources) if sources else ""
                reading, when = "—", "—"
                if latest is not None:
                    reading = reading_figure(latest, compact=True)
                    if latest.measures == "indicator":
                        reading = _("{label}: {figure} (indicator)").format(
                            label=latest.label, figure=reading
                        )
                    if state.stale:
                        reading = _("{reading} (stale)").format(reading=reading)
                    when = format_date(latest.as_of)
                rows.append((target.label, state.word, reading, when, mark))
                lines.append(self._progress_note(target, state, as_of))
        slides = []
        per = PROGRESS_ROWS_PER_TABLE
        for start in range(0, len(rows), per):
            # Each slide's notes speak of its own rows, and cite their sources.
            sources = list(dict.fromkeys(s for group in cited[start : start + per] for s in group))
            slides.append(
                Slide(
                    kind="progress",
                    title=_("Progress towards the targets"),
                    columns=(
                        _("Target"),
                        _("Status"),
                        _("Latest reading"),
                        _("As of"),
                        _("Source"),
                    ),
                    column_shares=COLUMN_SHARES["progress"],
                    rows=tuple(rows[start : start + per]),
                    notes=self.notes(lines[start : start + per], sources),
                    source_ids=tuple(sources),
                )
            )
        return slides

    def _progress_note(self, target: Target, state: Progress, as_of: str) -> str:
        """A target's status in words for the speaker: what it means, how old the reading is."""
        said = _("{target}: {status}. {meaning}").format(
            target=target.label, status=state.word, meaning=state.meaning
        )
        latest = state.latest
        if latest is None:
            if target.would_count:
                said = _("{said} What would count: {reading}").format(
                    said=said, reading=target.would_count
                )
            return said
        months = age_in_months(latest, as_of)
        age = ngettext(
            "The reading is {count} month older than the pack's date, {date}.",
            "The reading is {count} months older than the pack's date, {date}.",
            months,
        ).format(count=format_number(months), date=format_date(as_of))
        if state.stale:
            age = _("{age} It is stale: more than 18 months old.").format(age=age)
        return _("{said} Latest reading: {label}, {figure}. {age}").format(
            said=said, label=latest.label, figure=reading_figure(latest), age=age
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
            _("Since the summit"),
            (_("When"), _("What"), _("Source")),
            rows,
            ROWS_PER_TABLE,
            notes=self.notes(
                [
                    _("{title}: {detail}").format(title=i.title, detail=i.detail)
                    if i.detail
                    else i.title
                    for i in follow_ups
                ],
                [],
            ),
            source_ids=tuple(dict.fromkeys(source_ids)),
        )

    def sources(self) -> list[Slide]:
        """The sources appendix: a line or two per source, its site linked to its address.

        The full addresses, too long to read on a slide, are in each slide's notes.
        """
        rows = []
        heights = []
        for number, source in self.index.cited():
            row = (f"[{number}]", _source_line(source), _host(source.url))
            rows.append((row, source))
            with using("en"):  # paged by the English line: every language has the same pages
                line = _source_line(source)
            heights.append(
                0.5
                + max(
                    # Columns, not characters: a Japanese title's characters are twice as wide.
                    math.ceil(width(line) / SOURCE_CHARACTERS_PER_LINE),
                    math.ceil(width(row[2]) / SITE_CHARACTERS_PER_LINE),
                )
            )
        return [
            Slide(
                kind="sources",
                title=_("Sources"),
                columns=("", _("Source"), _("Site")),
                column_shares=COLUMN_SHARES["sources"],
                rows=tuple(row for row, _ in rows[start:end]),
                row_links=tuple(source.url for _, source in rows[start:end]),
                notes=self.notes([], [source.id for _, source in rows[start:end]]),
                source_ids=tuple(source.id for _, source in rows[start:end]),
            )
            for start, end in _pages(heights, SOURCE_LINES_PER_SLIDE)
        ]
