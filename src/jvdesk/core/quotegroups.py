"""Which quotes a briefing shows: the strongest first, two or three to a slide, in its time."""

from __future__ import annotations

from collections.abc import Sequence

from jvdesk.core.model import Quote, Summit

QUOTES_PER_SLIDE = 3
# Characters of quoted text two or three quotes may share a slide with: at this length they
# are set at 20 pt or more on jvdesk's 16:9 slide (tests/export/test_briefing_length.py).
QUOTE_CHARACTERS = 640


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


def quote_text(quote: Quote) -> str:
    return quote.translation or quote.text


def pack_quotes(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """Ranked quotes in slide-sized groups: one to three a slide, the strongest first.

    Each quote, strongest first, joins the first slide with room for it (at most three
    quotes of ``QUOTE_CHARACTERS`` together; a longer quote has a slide alone), so the
    strongest quote leads the first slide. Then a quote left alone takes the weakest quote
    of a slide of three when the two fit together: two slides of two read better than one
    of three and one of one.
    """
    rank = {id(quote): index for index, quote in enumerate(quotes)}

    def used(group: list[Quote]) -> int:
        return sum(len(quote_text(quote)) for quote in group)

    groups: list[list[Quote]] = []
    for quote in quotes:
        length = len(quote_text(quote))
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
                if used(alone) + len(quote_text(weakest)) <= QUOTE_CHARACTERS:
                    full.remove(weakest)
                    alone.append(weakest)
                    moved = True
                    break
            if moved:
                break
    for group in groups:
        group.sort(key=lambda quote: rank[id(quote)])
    return sorted(groups, key=lambda group: rank[id(group[0])])


def quote_groups(quotes: Sequence[Quote], slides: int) -> list[list[Quote]]:
    """The strongest of ranked quotes that ``slides`` slides hold, grouped as ``pack_quotes`` does.

    The weakest quotes are left out when the slides cannot hold them all.
    """
    for shown in range(len(quotes), 0, -1):
        groups = pack_quotes(quotes[:shown])
        if len(groups) <= slides:
            return groups
    return []


def fit_to_time(slides: list[int], room: int) -> None:
    """Take slides away until at most ``room`` remain.

    ``slides`` holds the number of quote slides (or chart slides) of each panel. The panel
    with the most gives one up (a tie: the later panel), and so loses its weakest quotes or
    its last chart; every panel keeps its first ones as long as there is room for them.
    """
    while sum(slides) > max(room, 0):
        most = max(slides)
        slides[max(i for i, count in enumerate(slides) if count == most)] -= 1
