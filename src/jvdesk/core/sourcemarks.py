"""Short source marks ("[3]") that resolve to a numbered list of sources."""

from __future__ import annotations

from collections.abc import Iterable

from jvdesk.core.model import Source
from jvdesk.core.pack import ContentPack


class SourceIndex:
    """Numbers sources in the order they are first cited.

    A deck numbers by its slides' order, so its sources slides list exactly the sources
    its slides cite; the screen takes the numbers of the chosen briefing's deck
    (``briefing_source_index``), so an official's "source 6" is the room's source 6.
    """

    def __init__(self, sources: dict[str, Source]) -> None:
        self._sources = sources
        self._numbers: dict[str, int] = {}

    def cite(self, source_ids: Iterable[str]) -> str:
        """Number any new sources and return their mark, such as '[1, 4]'."""
        numbers = []
        for source_id in source_ids:
            if source_id not in self._numbers:
                self._numbers[source_id] = len(self._numbers) + 1
            numbers.append(self._numbers[source_id])
        unique = sorted(set(numbers))
        return "[" + ", ".join(str(n) for n in unique) + "]" if unique else ""

    def number(self, source_id: str) -> int:
        """The number a cited source was given.

        Raises:
            KeyError: when the source has not been cited.
        """
        return self._numbers[source_id]

    def cited(self) -> list[tuple[int, Source]]:
        """Every cited source with its number, in number order."""
        return [(number, self._sources[sid]) for sid, number in self._numbers.items()]


def pack_source_index(pack: ContentPack) -> SourceIndex:
    """Number every source of a pack in the order its panels cite them."""
    index = SourceIndex(pack.sources)
    _cite_pack(index, pack)
    return index


def briefing_source_index(pack: ContentPack, numbered: Iterable[tuple[int, str]]) -> SourceIndex:
    """Number sources as a briefing's deck does, then the rest in the order of the pack.

    Args:
        pack: the pack.
        numbered: a deck plan's sources as (number, source id), numbered from 1 in order
            (``DeckPlan.sources``).
    """
    index = SourceIndex(pack.sources)
    for _number, source_id in sorted(numbered):
        index.cite([source_id])
    _cite_pack(index, pack)
    return index


def _cite_pack(index: SourceIndex, pack: ContentPack) -> None:
    """Cite every source of a pack, in the order its panels cite them, then the summit's."""
    for panel in pack.panels:
        for target in panel.targets:
            index.cite(target.sources)
            if target.baseline is not None:
                index.cite(target.baseline.sources)
        for figure in panel.figures:
            index.cite(figure.sources)
        for chart in panel.charts:
            for series in chart.series:
                index.cite(series.sources)
        for quote in panel.quotes:
            index.cite(quote.sources)
        for initiative in panel.initiatives:
            index.cite(initiative.sources)
    index.cite(pack.meta.summit.sources)
    for item in pack.meta.follow_ups:
        index.cite(item.sources)
    index.cite(pack.sources)
