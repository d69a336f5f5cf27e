"""The deck plan: which slides a briefing has, in which order, with which content and notes.

The presentation mode, the .pptx and the PDF handout all render this plan, so they
show the same slides in the same order. ``jvdesk.core.planning`` makes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from jvdesk.core.charts import ChartSpec
from jvdesk.core.i18n import Language, _, pgettext
from jvdesk.core.model import Briefing

SlideKind = Literal[
    "title", "agenda", "panel", "chart", "quotes", "glance", "progress", "timeline", "sources"
]

# Each table's column widths as shares of the slide's body width, the same on every renderer.
COLUMN_SHARES: dict[SlideKind, tuple[float, ...]] = {
    "glance": (0.2, 0.33, 0.22, 0.15, 0.1),
    "progress": (0.27, 0.14, 0.35, 0.14, 0.1),
    "timeline": (0.16, 0.72, 0.12),
    "sources": (0.06, 0.74, 0.2),
}
APPENDIX: frozenset[SlideKind] = frozenset({"glance", "progress", "timeline", "sources"})
MAX_MARKING = 60  # characters of a handling marking: one line in a slide's footer


def check_marking(text: str) -> str:
    """A handling marking as slides carry it: trimmed, one line, at most ``MAX_MARKING``.

    Raises:
        ValueError: saying what is wrong, for a marking on several lines or too long.
    """
    marking = text.strip()
    if "\n" in marking or "\r" in marking:
        raise ValueError(_("the marking must be one line, such as RESTRICTED"))
    if len(marking) > MAX_MARKING:
        raise ValueError(
            _("the marking is {length} characters long; at most {most} fit a footer").format(
                length=len(marking), most=MAX_MARKING
            )
        )
    return marking


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
    label: str = ""  # "Unofficial translation" when the words are a translation

    def quoted(self) -> str:
        """The words in the quotation marks of the language in use."""
        return pgettext("quotation marks", "\u201c{text}\u201d").format(text=self.text)

    def attribution(self) -> str:
        """The line under the words: who said them, when, the source, and the label."""
        line = _("\u2014 {speaker}, {role}, {date} {mark}").format(
            speaker=self.speaker, role=self.role, date=self.date, mark=self.mark
        )
        return line + (_(" ({label})").format(label=self.label) if self.label else "")


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
        marking: the handling marking every slide and page carries ("" for none).
        language: the language of the slides ("en", "ja" or "hi").
        notes_language: the language of the speaker notes.
    """

    title: str
    briefing: Briefing
    slides: tuple[Slide, ...]
    sources: tuple[tuple[int, str], ...]
    marking: str = ""
    language: Language = "en"
    notes_language: Language = "en"


def main_slides(plan: DeckPlan) -> tuple[Slide, ...]:
    """The slides of a deck's main part: the title slide to the last panel's slides.

    The appendix (targets at a glance, the timeline, the sources) follows them; a briefing's
    main part is sized to its duration at about a slide a minute.
    """
    return tuple(slide for slide in plan.slides if slide.kind not in APPENDIX)
