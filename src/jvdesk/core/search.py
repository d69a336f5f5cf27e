"""Find text anywhere in a pack: panels, targets, quotes, initiatives, notes and sources."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from jvdesk.core.formatting import format_figure
from jvdesk.core.model import Panel
from jvdesk.core.pack import ContentPack

SNIPPET = 90


@dataclass(frozen=True)
class Hit:
    """One match.

    Attributes:
        panel_id: the panel to open, or None for the overview.
        kind: what matched: 'Panel', 'Target', 'Key figure', 'Initiative', 'Quote',
            'Chart', 'Speaker notes', 'Follow-up' or 'Source'.
        text: the whole text that matched (what the screen shows, for highlighting).
        snippet: a short excerpt around the match.
    """

    panel_id: str | None
    kind: str
    text: str
    snippet: str


def fold(text: str) -> str:
    """Text folded for matching: the query and every text searched are folded alike.

    - Compatibility forms are one form (Unicode NFKC): full-width Latin letters and digits
      are ASCII, half-width katakana is full-width ("ｶﾞｲﾄﾞ" is "ガイド"), and text typed
      composed or decomposed is the same text (a Devanagari query in NFD finds the NFC
      text; "क़" is "क" with its nukta, either way).
    - Case is ignored, also where normalising makes capitals ("㎒" is "mhz").
    - Accents on Latin letters are ignored ("é" is "e"). Marks of other scripts stay:
      Japanese voicing marks and Devanagari signs change words.
    - Digits of any script are ASCII digits ("२०३०" is "2030").

    Nothing depends on spaces between words: a query's words are found inside a text
    (``SearchIndex.find``), as Japanese, written without spaces, needs.
    """
    # Unicode's compatibility caseless matching: NFKD(casefold(NFKD(casefold(NFD(text))))).
    decomposed = unicodedata.normalize("NFD", text).casefold()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", decomposed).casefold())
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1] < "\u0250":
            continue
        if char.isdecimal() and not char.isascii():
            char = str(unicodedata.decimal(char))
        kept.append(char)
    return unicodedata.normalize("NFKC", "".join(kept))


class SearchIndex:
    """Every searchable text of a pack, with where it is shown."""

    def __init__(self, pack: ContentPack) -> None:
        entries: list[tuple[str | None, str, str]] = []
        cited_by: dict[str, str] = {}
        for panel in pack.panels:
            entries.append((panel.id, "Panel", panel.title))
            entries.append((panel.id, "Panel", panel.summary))
            for target in panel.targets:
                figure = format_figure(target.value, target.unit, target.qualifier)
                entries.append(
                    (panel.id, "Target", f"{target.label}: {figure}, {target.time_frame}")
                )
                if target.note:
                    entries.append((panel.id, "Target", target.note))
            for item in panel.figures:
                figure = format_figure(item.value, item.unit, item.qualifier)
                entries.append((panel.id, "Key figure", f"{item.label}: {figure}"))
            for initiative in panel.initiatives:
                entries.append((panel.id, "Initiative", initiative.title))
                if initiative.detail:
                    entries.append((panel.id, "Initiative", initiative.detail))
            for quote in panel.quotes:
                entries.append((panel.id, "Quote", quote.text))
                if quote.translation:
                    entries.append((panel.id, "Quote", quote.translation))
                entries.append((panel.id, "Quote", f"{quote.speaker}, {quote.role}"))
            for chart in panel.charts:
                entries.append((panel.id, "Chart", chart.title))
            for point in panel.talking_points:
                entries.append((panel.id, "Speaker notes", point))
            for cited in _cited(panel):
                cited_by.setdefault(cited, panel.id)
        for follow_up in pack.follow_ups():
            entries.append((None, "Follow-up", follow_up.title))
        for source in pack.sources.values():
            text = f"{source.publisher}: {source.title}"
            entries.append((cited_by.get(source.id), "Source", text))
        self._entries = [(panel, kind, text, fold(text)) for panel, kind, text in entries]

    def find(self, query: str, limit: int = 200) -> list[Hit]:
        """Entries containing every word of ``query``, anywhere in them (see ``fold``)."""
        words = fold(query).split()
        if not words:
            return []
        hits = []
        for panel, kind, text, folded in self._entries:
            if all(word in folded for word in words):
                hits.append(Hit(panel, kind, text, _snippet(text, folded, words[0])))
                if len(hits) >= limit:
                    break
        return hits


def _cited(panel: Panel) -> list[str]:
    ids: list[str] = []
    for target in panel.targets:
        ids += target.sources
    for figure in panel.figures:
        ids += figure.sources
    for quote in panel.quotes:
        ids += quote.sources
    for initiative in panel.initiatives:
        ids += initiative.sources
    for chart in panel.charts:
        for series in chart.series:
            ids += series.sources
    return ids


def _snippet(text: str, folded: str, word: str) -> str:
    if len(text) <= SNIPPET:
        return text
    at = max(0, _in_original(text, folded.find(word)) - SNIPPET // 3)
    piece = text[at : at + SNIPPET]
    return ("…" if at else "") + piece + ("…" if at + SNIPPET < len(text) else "")


def _in_original(text: str, folded_at: int) -> int:
    """Where a position in ``fold(text)`` falls in ``text``.

    Folding can change a text's length ("ß" is "ss", "…" is "...", some Devanagari letters
    decompose), so the match is found again by folding ever longer starts of the text.
    """
    low, high = 0, len(text)
    while low < high:  # the shortest start whose folding reaches the position
        middle = (low + high) // 2
        if len(fold(text[:middle])) < folded_at:
            low = middle + 1
        else:
            high = middle
    return low
