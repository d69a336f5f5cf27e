"""Plan a briefing's deck: its title and agenda, each panel's slides, and the appendix."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from jvdesk.core.deckplan import DeckPlan, Slide, check_marking
from jvdesk.core.formatting import format_date, format_date_range, format_number
from jvdesk.core.i18n import Language, _, current, ngettext, pgettext, using
from jvdesk.core.model import Briefing, Panel
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
    language: Language | None = None,
    notes_language: Language | None = None,
) -> DeckPlan:
    """Plan the slides of a briefing.

    Each panel has its panel slide, a slide per chart, and its quotes two or three to a
    slide, the strongest first. The main part (title to the last panel) takes at most a
    slide per minute of the briefing's duration: when quote slides would pass that, the
    weakest are left out (``quotegroups.fit_to_time``); no panel slide or chart is ever left out.

    Which slides there are never depends on the language: quotes are grouped and tables
    paged from the pack's own (English) texts, so a deck in Japanese has the slides of the
    deck in English, and notes in a third language can be laid beside them.

    Args:
        pack: the content pack (as its files write it, or localized).
        briefing_id: the briefing to present: a pack briefing's id, a Briefing the user
            composed, or None for the pack's first.
        only: if given, just these panel ids, in the briefing's order.
        notes: whether slides carry speaker notes.
        marking: a handling marking ("RESTRICTED", "DRAFT") for every slide and page.
        language: the language of the slides; None for the language in force.
        notes_language: the language of the speaker notes; None for the slides'.

    Raises:
        KeyError: for an unknown briefing or panel id.
        ValueError: for a marking that is not one short line (``check_marking``).
    """
    marking = check_marking(marking)
    language = language or current()
    notes_language = notes_language or language
    plan = _plan(pack.localized(language), briefing_id, only, notes, marking, language)
    if notes and notes_language != language:
        spoken = _plan(
            pack.localized(notes_language), briefing_id, only, notes, marking, notes_language
        )
        slides = tuple(
            dataclasses.replace(slide, notes=said.notes)
            for slide, said in zip(plan.slides, spoken.slides, strict=True)
        )
        plan = dataclasses.replace(plan, slides=slides)
    return dataclasses.replace(plan, notes_language=notes_language)


def _plan(
    pack: ContentPack,
    briefing_id: str | Briefing | None,
    only: Sequence[str] | None,
    notes: bool,
    marking: str,
    language: Language,
) -> DeckPlan:
    with using(language):
        briefing = _briefing(pack, briefing_id)
        panel_ids = list(briefing.panels)
        if only is not None:
            unknown = [panel_id for panel_id in only if panel_id not in panel_ids]
            if unknown:
                raise KeyError(", ".join(unknown))
            panel_ids = [panel_id for panel_id in panel_ids if panel_id in only]
        panels = [pack.panel(panel_id) for panel_id in panel_ids]
        planner = SlidePlanner(pack, notes)
        slides = _opening(pack, briefing, panels, planner)
        base = pack.base or pack
        summit = base.meta.summit
        ranked = [rank_quotes(base.panel(panel.id).quotes, summit) for panel in panels]
        quote_slides = [len(pack_quotes(quotes)) for quotes in ranked]
        charts = [planner.charts(panel) for panel in panels]
        room = briefing.duration_minutes - len(slides) - len(panels)
        # Charts take the time first, short of one slide for the strongest quotes; a short
        # briefing leaves out the charts of its most charted panels (the full one keeps all).
        kept = [len(specs) for specs in charts]
        fit_to_time(kept, room - (1 if any(quote_slides) else 0))
        fit_to_time(quote_slides, room - sum(kept))
        for panel, quotes, count, specs, keep in zip(
            panels, ranked, quote_slides, charts, kept, strict=True
        ):
            slides.append(
                planner.panel_slide(
                    panel,
                    quotes_shown=bool(count) or not quotes,
                    charts_left_out=len(specs) - keep,
                )
            )
            slides += planner.chart_slides(panel, specs[:keep])
            here = {quote.id: quote for quote in panel.quotes}
            groups = [[here[q.id] for q in group] for group in quote_groups(quotes, count)]
            slides += planner.quote_slides(panel, groups)
        slides += planner.glance(panels)
        slides += planner.progress(panels)
        slides += planner.timeline()
        slides += planner.sources()
        return DeckPlan(
            title=pack.title,
            briefing=briefing,
            slides=unique_titles(slides),
            sources=tuple((number, source.id) for number, source in planner.index.cited()),
            marking=marking,
            language=language,
        )


def unique_titles(slides: Sequence[Slide]) -> tuple[Slide, ...]:
    """The slides, those that would share a title told apart by their place in the group.

    Eleven slides of sources are "Sources (1 of 11)" to "Sources (11 of 11)"; a title no
    other slide has stays as it is. A listener moves through a deck by its slides' titles,
    so PowerPoint's Accessibility Checker wants each to be unique, and the show and the
    handout, drawing the same plan, show the same titles.
    """

    def key(title: str) -> str:
        return " ".join(title.casefold().split())

    counts = Counter(key(slide.title) for slide in slides)
    seen: Counter[str] = Counter()
    unique = []
    for slide in slides:
        same = key(slide.title)
        if counts[same] > 1:
            seen[same] += 1
            # Translators: the title of one of several slides that would have the same
            # title, as in "Sources (2 of 11)".
            title = pgettext("slide title", "{title} ({index} of {count})").format(
                title=slide.title,
                index=format_number(seen[same]),
                count=format_number(counts[same]),
            )
            slide = dataclasses.replace(slide, title=title)
        unique.append(slide)
    return tuple(unique)


def _briefing(pack: ContentPack, briefing_id: str | Briefing | None) -> Briefing:
    """The briefing asked for; one of the pack's own in the pack's language."""
    if not isinstance(briefing_id, Briefing):
        return pack.briefing(briefing_id)
    base = pack.base or pack
    for own, shown in zip(base.meta.briefings, pack.meta.briefings, strict=True):
        if briefing_id in (own, shown):
            return shown
    return briefing_id  # composed in the app


def _opening(
    pack: ContentPack, briefing: Briefing, panels: Sequence[Panel], planner: SlidePlanner
) -> list[Slide]:
    """The title slide and the agenda."""
    summit = pack.meta.summit
    when = format_date_range(summit.start_date, summit.end_date)
    leaders = tuple(
        _("{name}, {role}").format(name=leader.name, role=leader.role) for leader in summit.leaders
    )
    minutes = ngettext("{count} minute", "{count} minutes", briefing.duration_minutes)
    in_briefing = ngettext(
        "{count} panel in this briefing.", "{count} panels in this briefing.", len(panels)
    )
    return [
        Slide(
            kind="title",
            title=pack.title,
            subtitle=_("{summit} · {place} · {when}").format(
                summit=summit.title, place=summit.place, when=when
            ),
            bullets=(
                *leaders,
                _("Information as of {date}").format(date=format_date(pack.meta.as_of)),
            ),
            notes=planner.notes(
                [
                    _("{briefing}: {audience}, {minutes}.").format(
                        briefing=briefing.title,
                        audience=briefing.audience,
                        minutes=minutes.format(count=briefing.duration_minutes),
                    )
                ]
                + ([briefing.description] if briefing.description else []),
                [],
            ),
        ),
        Slide(
            kind="agenda",
            title=_("Agenda"),
            subtitle=briefing.title,
            bullets=tuple(panel.heading() for panel in panels),
            notes=planner.notes([in_briefing.format(count=len(panels))], []),
        ),
    ]
