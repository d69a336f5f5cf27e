"""A content pack's texts in Japanese or Hindi: which texts there are, and the pack in them.

Every text a pack shows has a key built from the ids the pack already has, and from
positions where an item has no id: ``panels.economic-partnership.title``,
``panels.economic-partnership.targets.private-investment.label``,
``panels.health.initiatives.0.title``, ``briefings.full.audience``, ``summit.leaders.1.name``.
A translations file maps keys to texts (docs/content-pack.md). ``localize`` gives the pack
with each text in the language asked for; a text with no translation stays in English,
and the pack says which, so the app can mark it and an export can count it.

Quotes are never silently replaced: the localized pack remembers each translated quote's
original words, language and the translation's status, which the app, the deck and the
speaker notes show beside it. A quote published in the language asked for (Prime Minister
Ishiba's words in Japanese) is shown in its own words.

What is not translated: ids, numbers, dates (formatted per language elsewhere), sources'
titles (a document is cited by the title it was published under) and web addresses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jvdesk.core import model as m
from jvdesk.core.formatting import UNIT
from jvdesk.core.i18n import DEFAULT, Language

# The text fields of each record, and the fields holding records or lists of texts.
TEXTS: dict[type, tuple[str, ...]] = {
    m.PackFile: ("title", "description"),
    m.Summit: ("title", "place"),
    m.Leader: ("name", "role", "country"),
    m.AdoptedDocument: ("title",),
    m.FollowUp: ("title", "detail"),
    m.Briefing: ("title", "audience", "description"),
    m.Panel: ("title", "short_title", "summary", "status_note", "no_target_note"),
    m.Target: ("label", "unit", "time_frame", "flow", "note", "would_count"),
    m.Reading: ("label", "unit", "note"),
    m.Trajectory: ("why",),
    m.Baseline: ("label", "unit", "as_of"),
    m.Figure: ("label", "unit", "as_of", "note"),
    m.Initiative: ("title", "detail"),
    m.Quote: ("text", "speaker", "role", "place", "occasion"),
    m.Chart: ("title", "category_title", "note"),
    m.Series: ("name", "unit"),
}
NESTED: dict[type, tuple[str, ...]] = {
    m.PackFile: ("summit", "follow_ups", "briefings"),
    m.Summit: ("leaders", "documents"),
    m.Panel: ("targets", "figures", "initiatives", "quotes", "charts", "talking_points"),
    m.Target: ("baseline", "trajectory", "readings"),
    m.Chart: ("categories", "series"),
}
# Units a figure is turned into an amount by (JPY trillion): only the words after the
# currency and scale, if any, are text to translate.
AMOUNTS = (m.Target, m.Baseline, m.Figure, m.Reading)

Visit = Callable[[str, str, Any], str]


@dataclass(frozen=True)
class QuoteOriginal:
    """What a translated quote translates: shown beside it, never dropped."""

    text: str
    language: str
    official: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Localization:
    """How a localized pack came to be in its language.

    Attributes:
        language: the language asked for.
        fallbacks: keys of texts with no translation, left in English.
        quotes: translated quotes by quote id, with what they translate.
        total: how many texts the pack has.
    """

    language: Language
    fallbacks: frozenset[str]
    quotes: dict[str, QuoteOriginal]
    total: int

    def in_english(self, prefix: str) -> int:
        """How many texts under a key prefix (``panels.health.``) were left in English."""
        return sum(1 for key in self.fallbacks if key.startswith(prefix))


def _rebuild(value: Any, key: str, visit: Visit) -> Any:
    """``value`` with every text passed through ``visit(key, text, record)``.

    A record whose texts all come back unchanged is returned as it is, not copied: walking
    the pack only to read its texts then costs no copies.
    """
    kind = type(value)
    changes: dict[str, Any] = {}
    for name in TEXTS.get(kind, ()):
        text = getattr(value, name)
        if text is None:
            continue
        if name == "unit" and kind in AMOUNTS:
            parts = UNIT.match(text)
            if parts:
                if parts["rest"]:
                    rest = visit(f"{key}.unit", parts["rest"], value)
                    if rest is not parts["rest"]:
                        changes[name] = text[: parts.start("rest")] + rest
                continue
        new = visit(f"{key}.{name}", text, value)
        if new is not text:
            changes[name] = new
    for name in NESTED.get(kind, ()):
        item = getattr(value, name)
        if item is None:
            continue
        if isinstance(item, list):
            items = [
                visit(f"{key}.{name}.{index}", one, value)
                if isinstance(one, str)
                else _rebuild(one, f"{key}.{name}.{getattr(one, 'id', index)}", visit)
                for index, one in enumerate(item)
            ]
            if any(new is not one for new, one in zip(items, item, strict=True)):
                changes[name] = items
        else:
            new = _rebuild(item, f"{key}.{name}", visit)
            if new is not item:
                changes[name] = new
    return dataclasses.replace(value, **changes) if changes else value


def _walk(meta: m.PackFile, panels: tuple[m.Panel, ...], visit: Visit) -> tuple[Any, Any]:
    return (
        _rebuild(meta, "pack", _rooted(visit)),
        tuple(_rebuild(panel, f"panels.{panel.id}", visit) for panel in panels),
    )


def _rooted(visit: Visit) -> Visit:
    # pack.yaml's records are keyed from their own names: "summit.title", not "pack.summit...".
    def rooted(key: str, text: str, record: Any) -> str:
        parts = key.split(".", 2)
        if parts[1] in NESTED[m.PackFile]:
            key = key.removeprefix("pack.")
        return visit(key, text, record)

    return rooted


def texts(meta: m.PackFile, panels: tuple[m.Panel, ...], language: str) -> dict[str, str]:
    """Every text a translation into ``language`` may give, by key, in the pack's order.

    A quote already in ``language`` needs no translation of its words.
    """
    found: dict[str, str] = {}

    def record(key: str, text: str, owner: Any) -> str:
        if not (
            isinstance(owner, m.Quote) and key.endswith(".text") and owner.language == language
        ):
            found[key] = text
        return text

    _walk(meta, panels, record)
    return found


def iter_keys(meta: m.PackFile, panels: tuple[m.Panel, ...]) -> Iterator[str]:
    """Every key a translation may use, in any language."""
    found: dict[str, None] = {}

    def record(key: str, text: str, owner: Any) -> str:
        found[key] = None
        return text

    _walk(meta, panels, record)
    yield from found


def localize(
    meta: m.PackFile,
    panels: tuple[m.Panel, ...],
    translations: m.TranslationsFile | None,
    language: Language,
) -> tuple[m.PackFile, tuple[m.Panel, ...], Localization]:
    """The pack's records with each text in ``language``, and how they came to be."""
    unofficial = translations.texts if translations else {}
    official = translations.official if translations else {}
    fallbacks: set[str] = set()
    quotes: dict[str, QuoteOriginal] = {}
    total = 0

    def translate(key: str, text: str, owner: Any) -> str:
        nonlocal total
        quote_words = isinstance(owner, m.Quote) and key.endswith(".text")
        if language == DEFAULT or (quote_words and owner.language == language):
            return text
        total += 1
        if key in official:
            found, is_official, sources = official[key].text, True, official[key].sources
        elif key in unofficial:
            found, is_official, sources = unofficial[key], False, []
        else:
            fallbacks.add(key)
            return text
        if quote_words:
            quotes[owner.id] = QuoteOriginal(text, owner.language, is_official, tuple(sources))
        return found

    new_meta, new_panels = _walk(meta, panels, translate)
    # A quote's ``translation`` is its English rendering. Where the quote is shown in this
    # language (its own words, or a translation labelled as one) that rendering goes; a
    # quote with no translation here keeps it, and is shown in English, as other texts are.
    new_panels = tuple(
        dataclasses.replace(
            panel,
            quotes=[
                dataclasses.replace(quote, translation=None)
                if quote.id in quotes or quote.language == language
                else quote
                for quote in panel.quotes
            ],
        )
        for panel in new_panels
    )
    return new_meta, new_panels, Localization(language, frozenset(fallbacks), quotes, total)
