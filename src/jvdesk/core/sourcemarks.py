"""Short source marks ("[3]") that resolve to a numbered list of sources."""

from __future__ import annotations

from collections.abc import Iterable

from jvdesk.core.model import Source


class SourceIndex:
    """Numbers sources in the order they are first cited.

    The screen numbers by the pack's panel order; a deck by its slides' order, so
    its sources slide lists exactly the sources its slides cite.
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
