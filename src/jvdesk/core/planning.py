"""Plan a briefing's deck: its title and agenda, each panel's slides, and the appendix."""

from __future__ import annotations

from collections.abc import Sequence

from jvdesk.core.deckplan import DeckPlan, Slide, check_marking
from jvdesk.core.formatting import format_date, format_date_range
from jvdesk.core.model import Briefing
from jvdesk.core.pack import ContentPack
from jvdesk.core.quotegroups import fit_to_time, pack_quotes, quote_groups, rank_quotes
from jvdesk.core.slideplanner import SlidePlanner


def plan_deck(
    pack: ContentPack,
    briefing_id: str | Briefing | None = None,
    *,
    only: Sequence[str] | None = None,
    notes: bool = True,
    marking: str = "",
) -> DeckPlan:
    """Plan the slides of a briefing.

    Each panel has its panel slide, a slide per chart, and its quotes two or three to a
    slide, the strongest first. The main part (title to the last panel) takes at most a
    slide per minute of the briefing's duration: when quote slides would pass that, the
    weakest are left out (``quotegroups.fit_to_time``); no panel slide or chart is ever left out.

    Args:
        pack: the content pack.
        briefing_id: the briefing to present: a pack briefing's id, a Briefing the user
            composed, or None for the pack's first.
        only: if given, just these panel ids, in the briefing's order.
        notes: whether slides carry speaker notes.
        marking: a handling marking ("RESTRICTED", "DRAFT") for every slide and page.

    Raises:
        KeyError: for an unknown briefing or panel id.
        ValueError: for a marking that is not one short line (``check_marking``).
    """
    marking = check_marking(marking)
    briefing = briefing_id if isinstance(briefing_id, Briefing) else pack.briefing(briefing_id)
    panel_ids = list(briefing.panels)
    if only is not None:
        unknown = [panel_id for panel_id in only if panel_id not in panel_ids]
        if unknown:
            raise KeyError(", ".join(unknown))
        panel_ids = [panel_id for panel_id in panel_ids if panel_id in only]
    panels = [pack.panel(panel_id) for panel_id in panel_ids]
    planner = SlidePlanner(pack, notes)
    summit = pack.meta.summit
    when = format_date_range(summit.start_date, summit.end_date)
    leaders = tuple(f"{leader.name}, {leader.role}" for leader in summit.leaders)
    slides: list[Slide] = [
        Slide(
            kind="title",
            title=pack.title,
            subtitle=f"{summit.title} · {summit.place} · {when}",
            bullets=(*leaders, f"Information as of {format_date(pack.meta.as_of)}"),
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
    quote_slides = [len(pack_quotes(quotes)) for quotes in ranked]
    fixed = len(slides) + sum(1 + len(panel.charts) for panel in panels)
    fit_to_time(quote_slides, briefing.duration_minutes - fixed)
    for panel, quotes, count in zip(panels, ranked, quote_slides, strict=True):
        slides.append(planner.panel_slide(panel, quotes_shown=bool(count) or not quotes))
        slides += planner.chart_slides(panel)
        slides += planner.quote_slides(panel, quote_groups(quotes, count))
    slides += planner.glance(panels)
    slides += planner.timeline()
    slides += planner.sources()
    return DeckPlan(
        title=pack.title,
        briefing=briefing,
        slides=tuple(slides),
        sources=tuple((number, source.id) for number, source in planner.index.cited()),
        marking=marking,
    )
