"""The deck plan: slide order, content, source marks and notes for a briefing."""

from __future__ import annotations

import math
import re

import pytest

from jvdesk.core import i18n
from jvdesk.core.deckplan import APPENDIX, DeckPlan, Slide, main_slides
from jvdesk.core.i18n import Language
from jvdesk.core.loader import load_pack
from jvdesk.core.model import Panel, Quote
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck, unique_titles
from jvdesk.core.quotegroups import QUOTE_CHARACTERS, fit_to_time, quote_groups, rank_quotes
from tests.conftest import MINIMAL_PACK


def test_slide_order(minimal_plan: DeckPlan) -> None:
    assert [(s.kind, s.title) for s in minimal_plan.slides] == [
        ("title", "Minimal pack"),
        ("agenda", "Agenda"),
        ("panel", "1. Alpha direction"),
        ("chart", "A chart"),
        ("quotes", "Alpha: in their words"),
        ("panel", "Beta document"),
        ("glance", "Targets at a glance"),
        ("progress", "Progress towards the targets"),
        ("timeline", "Since the summit"),
        ("sources", "Sources"),
    ]


def test_title_slide_names_the_occasion_and_when_it_was_checked(minimal_plan: DeckPlan) -> None:
    title = minimal_plan.slides[0]
    assert title.subtitle == "Test Summit · Tokyo · 29–30 Aug 2025"
    assert title.bullets == (
        "Leader One, Prime Minister of India",
        "Information as of 1 Sep 2025",
    )


def test_a_marking_is_one_short_line(minimal_pack: ContentPack) -> None:
    assert plan_deck(minimal_pack, marking="  RESTRICTED ").marking == "RESTRICTED"
    assert plan_deck(minimal_pack).marking == ""
    with pytest.raises(ValueError, match="the marking must be one line"):
        plan_deck(minimal_pack, marking="RESTRICTED\nDRAFT")
    with pytest.raises(ValueError, match="the marking is 61 characters long; at most 60"):
        plan_deck(minimal_pack, marking="X" * 61)


def test_panel_slide_content(minimal_plan: DeckPlan) -> None:
    panel = minimal_plan.slides[2]
    figure = panel.figures[0]
    assert (figure.value, figure.unit, figure.label) == ("10", "JPY trillion", "Investment")
    assert figure.detail == "next decade · Japan → India"
    assert figure.mark == "[1]"
    assert panel.chart is None  # a chart has a slide of its own, right after its panel
    chart = minimal_plan.slides[3]
    assert chart.chart is not None and chart.chart.id == "a-chart"
    assert chart.chart_mark == "[2]"
    assert chart.panel_id == "alpha"
    assert panel.bullets == ("An initiative",)
    assert panel.notes.startswith("• Say this.\n\nSources:\n[1] A ministry: The official text.")


def test_panel_without_targets_says_so(minimal_plan: DeckPlan) -> None:
    beta = minimal_plan.slides[5]
    assert beta.figures == ()
    assert beta.footnote == "The document sets no quantified target."


def test_every_mark_resolves_on_the_sources_slide(minimal_plan: DeckPlan) -> None:
    listed = {
        row[0] for slide in minimal_plan.slides if slide.kind == "sources" for row in slide.rows
    }
    marks = set()
    for slide in minimal_plan.slides:
        texts = (
            [f.mark for f in slide.figures] + [q.mark for q in slide.quotes] + [slide.chart_mark]
        )
        texts += [cell for row in slide.rows for cell in row] if slide.kind != "sources" else []
        for text in texts:
            marks.update(f"[{n}]" for n in re.findall(r"\d+", text) if text.startswith("["))
    assert marks and marks <= listed
    assert [number for number, _ in minimal_plan.sources] == list(
        range(1, len(minimal_plan.sources) + 1)
    )


def test_every_content_slide_has_notes(minimal_plan: DeckPlan) -> None:
    assert all(slide.notes for slide in minimal_plan.slides if slide.kind != "sources")


def test_no_notes_on_request() -> None:
    plan = plan_deck(load_pack(MINIMAL_PACK), notes=False)
    assert all(slide.notes == "" for slide in plan.slides)


def test_only_some_panels_in_briefing_order() -> None:
    plan = plan_deck(load_pack(MINIMAL_PACK), only=["beta"])
    assert [s.panel_id for s in plan.slides if s.kind == "panel"] == ["beta"]
    with pytest.raises(KeyError):
        plan_deck(load_pack(MINIMAL_PACK), only=["gamma"])


# --- the briefing's length (issue 11, item 12) -------------------------------------------


def _quote(id: str, speaker: str, length: int, date: str = "2025-08-29") -> Quote:
    return Quote(
        id=id,
        text="x" * length,
        speaker=speaker,
        role="A role",
        date=date,
        place="Tokyo",
        sources=["official"],
    )


def test_quotes_of_the_summit_leaders_come_first(shipped_pack: ContentPack) -> None:
    summit = shipped_pack.meta.summit
    quotes = [
        _quote("minister", "A Minister", 100),
        _quote("modi-later", "Narendra Modi", 100, date="2025-11"),
        _quote("ishiba", "Ishiba Shigeru", 100),
        _quote("modi", "Narendra Modi", 100, date="2025-08-30"),
        _quote("envoy", "An Envoy", 100),
    ]
    ranked = [quote.id for quote in rank_quotes(quotes, summit)]
    # Leaders at the summit, in the pack's order; a leader on another day; everyone else.
    assert ranked == ["ishiba", "modi", "modi-later", "minister", "envoy"]


def test_quotes_share_slides_two_or_three_at_a_time() -> None:
    quotes = [_quote(f"q{i}", "S", length) for i, length in enumerate([200, 200, 220, 150])]
    # Three would fill the first slide and leave one alone: two slides of two instead.
    groups = quote_groups(quotes, 2)
    assert [[q.id for q in group] for group in groups] == [["q0", "q1"], ["q2", "q3"]]
    # One slide holds the three strongest that fit; the weakest is left out.
    assert [[q.id for q in group] for group in quote_groups(quotes, 1)] == [["q0", "q1", "q2"]]
    assert quote_groups(quotes, 0) == []


def test_a_long_quote_has_a_slide_alone_and_short_ones_fill_earlier_slides() -> None:
    quotes = [
        _quote("long", "S", QUOTE_CHARACTERS + 1),
        *(_quote(f"s{i}", "S", 100) for i in range(2)),
    ]
    groups = quote_groups(quotes, 5)
    assert [[q.id for q in group] for group in groups] == [["long"], ["s0", "s1"]]


def test_quote_slides_are_taken_from_the_panel_with_most_the_later_first() -> None:
    slides = [2, 3, 1, 3]
    fit_to_time(slides, 6)
    assert slides == [2, 2, 1, 1]
    fit_to_time(slides, 2)  # when every panel is down to one, the last ones go
    assert slides == [1, 1, 0, 0]


def test_every_briefing_fits_its_duration_at_a_slide_a_minute(shipped_pack: ContentPack) -> None:
    for briefing in shipped_pack.meta.briefings:
        plan = plan_deck(shipped_pack, briefing.id)
        main = main_slides(plan)
        assert len(main) <= briefing.duration_minutes, briefing.id
        assert main[0].kind == "title" and main[-1].kind != "sources"
        assert all(slide.kind not in APPENDIX for slide in main)
        # Every panel keeps its slide and its first charts; the panel's notes count the rest.
        assert [s.panel_id for s in plan.slides if s.kind == "panel"] == list(briefing.panels)
        for panel_id in briefing.panels:
            charts = _chart_ids(shipped_pack.panel(panel_id))
            charted = [s.chart.id for s in plan.slides if s.chart and s.panel_id == panel_id]
            assert charted == charts[: len(charted)], briefing.id
            (slide,) = [s for s in plan.slides if s.kind == "panel" and s.panel_id == panel_id]
            left = len(charts) - len(charted)
            said = f"Left out for time: {left} chart{'s are' if left > 1 else ' is'} on the panel"
            assert (said in slide.notes) == bool(left), (briefing.id, panel_id)


def _chart_ids(panel: Panel) -> list[str]:
    """A panel's charts, then a progress chart for each target with a trajectory and readings."""
    progress = [f"progress-{t.id}" for t in panel.targets if t.trajectory and t.readings]
    return [chart.id for chart in panel.charts] + progress


def test_the_full_briefing_keeps_every_chart(
    shipped_pack: ContentPack, shipped_plan: DeckPlan
) -> None:
    charted = [s.chart.id for s in shipped_plan.slides if s.chart is not None]
    assert charted == [chart for panel in shipped_pack.panels for chart in _chart_ids(panel)]
    assert len(charted) == 14  # 10 of the pack's, 4 of progress
    plan = plan_deck(shipped_pack, "overview-10")
    assert (
        "Charts:\n• Left out for time: 3 charts are on the panel in jvdesk." in plan.slides[2].notes
    )


def test_the_full_briefing_keeps_every_quote_two_or_three_to_a_slide(
    shipped_pack: ContentPack, shipped_plan: DeckPlan
) -> None:
    quote_slides = [s for s in shipped_plan.slides if s.kind == "quotes"]
    shown = [q.text for s in quote_slides for q in s.quotes]
    every = [q.translation or q.text for panel in shipped_pack.panels for q in panel.quotes]
    assert sorted(shown) == sorted(every)
    assert all(1 <= len(s.quotes) <= 3 for s in quote_slides)
    assert all(
        sum(len(q.text) for q in s.quotes) <= QUOTE_CHARACTERS
        for s in quote_slides
        if len(s.quotes) > 1
    )
    # A quote alone on a slide is there because it cannot share one in its panel.
    for slide in quote_slides:
        if len(slide.quotes) == 1:
            panel = shipped_pack.panel(slide.panel_id or "")
            others = [s for s in quote_slides if s.panel_id == panel.id and s is not slide]
            assert all(
                len(s.quotes) == 3
                or sum(len(q.text) for q in s.quotes) + len(slide.quotes[0].text) > QUOTE_CHARACTERS
                for s in others
            ), slide.title


def test_a_short_briefing_keeps_the_strongest_quotes(shipped_pack: ContentPack) -> None:
    plan = plan_deck(shipped_pack, "overview-10")
    quote_slides = [s for s in plan.slides if s.kind == "quotes"]
    assert quote_slides
    for slide in quote_slides:
        panel = shipped_pack.panel(slide.panel_id or "")
        ranked = rank_quotes(panel.quotes, shipped_pack.meta.summit)
        shown = [q.text for s in quote_slides if s.panel_id == panel.id for q in s.quotes]
        assert shown == [q.translation or q.text for q in ranked[: len(shown)]]
    last = quote_slides[-1]
    assert "\n• Left out for time: 1 more quote is on the panel in jvdesk.\n" in last.notes
    security = next(s for s in plan.slides if s.panel_id == "security-declaration")
    assert "In their words:\n• Left out for time: 7 quotes are on the panel in jvdesk." in (
        security.notes
    )


def test_quote_slide_notes_carry_the_talking_points(
    shipped_pack: ContentPack, shipped_plan: DeckPlan
) -> None:
    for slide in shipped_plan.slides:
        if slide.kind != "quotes":
            continue
        panel = shipped_pack.panel(slide.panel_id or "")
        for point in panel.talking_points:
            assert f"• {point}" in slide.notes
        assert "\n\nIn their words:\n• " in slide.notes
        assert "\n\nSources:\n[" in slide.notes


def test_a_target_on_two_panels_is_listed_once_naming_both(shipped_plan: DeckPlan) -> None:
    rows = [row for slide in shipped_plan.slides if slide.kind == "glance" for row in slide.rows]
    exchange = [row for row in rows if row[2] == "more than 500,000 persons"]
    assert len(exchange) == 1
    assert exchange[0][0] == "People-to-People, HR Action Plan"
    assert exchange[0][1] == "Two-way exchange of personnel"
    assert len({(row[1], row[2], row[3]) for row in rows}) == len(rows)


def test_sources_are_numbered_in_order_of_first_citation(shipped_pack: ContentPack) -> None:
    for briefing in shipped_pack.meta.briefings:
        plan = plan_deck(shipped_pack, briefing.id)
        number = {source_id: n for n, source_id in plan.sources}
        seen: set[int] = set()
        for slide in plan.slides:
            for source_id in slide.source_ids:
                n = number[source_id]
                if n not in seen:
                    assert n == len(seen) + 1, (briefing.id, slide.title, source_id)
                    seen.add(n)
        assert seen == set(number.values())


def test_the_sources_appendix_is_compact(shipped_plan: DeckPlan, shipped_pack: ContentPack) -> None:
    slides = [s for s in shipped_plan.slides if s.kind == "sources"]
    rows = [row for s in slides for row in s.rows]
    assert [row[0] for row in rows] == [f"[{n}]" for n, _ in shipped_plan.sources]
    # At least nine sources to a slide on average, and no slide of a few stragglers.
    assert len(slides) <= math.ceil(len(rows) / 9) and min(len(s.rows) for s in slides) >= 6
    for slide in slides:
        assert len(slide.row_links) == len(slide.rows)
        for row, link in zip(slide.rows, slide.row_links, strict=True):
            assert link.startswith("https://") and row[2] in link  # the site, linked
            assert link in slide.notes  # the full address, in the notes


@pytest.mark.parametrize("language", ["en", "ja", "hi"])
def test_no_two_slides_have_the_same_title(shipped_pack: ContentPack, language: Language) -> None:
    for briefing in shipped_pack.meta.briefings:
        plan = plan_deck(shipped_pack, briefing.id, language=language)
        titles = [" ".join(slide.title.casefold().split()) for slide in plan.slides]
        assert len(set(titles)) == len(titles), (briefing.id, language)


def test_slides_that_would_share_a_title_say_which_they_are(shipped_plan: DeckPlan) -> None:
    titles = [slide.title for slide in shipped_plan.slides]
    sources = [slide.title for slide in shipped_plan.slides if slide.kind == "sources"]
    count = len(sources)
    assert count > 1
    assert sources == [f"Sources ({n} of {count})" for n in range(1, count + 1)]
    security = [
        slide.title
        for slide in shipped_plan.slides
        if slide.kind == "quotes" and slide.panel_id == "security-declaration"
    ]
    assert security == [f"Security Declaration: in their words ({n} of 4)" for n in range(1, 5)]
    # A title no other slide has is left as it is.
    assert "Targets at a glance" in titles
    assert "Since the summit (1 of 2)" in titles  # nine events, eight rows to a slide


def test_numbering_counts_only_the_slides_that_share_a_title() -> None:
    slides = [
        Slide(kind="sources", title="Sources"),
        Slide(kind="glance", title="Targets at a glance"),
        Slide(kind="sources", title="sources "),
    ]
    assert [slide.title for slide in unique_titles(slides)] == [
        "Sources (1 of 2)",
        "Targets at a glance",
        "sources  (2 of 2)",
    ]
    with i18n.using("ja"):
        assert unique_titles(slides)[0].title == "Sources（1/2）"  # noqa: RUF001
    with i18n.using("hi"):
        assert unique_titles(slides)[2].title == "sources  (2 में से 2)"
