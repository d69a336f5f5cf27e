"""What changed between two versions of a content pack, value by value, as the packs write them.

``diff_packs`` compares two loaded packs record by record and lists every difference as a
``Change``: where it is, whether something was added, removed or changed, and the values
before and after as the pack's files write them (``500000`` stays ``500000``, ``5.3`` stays
``5.3``: no grouping, no rounding, no unit conversion). ``diff_lines`` words the list for
``jvdesk diff`` and the app's *What changed since version X* dialog.

Items are matched by id where they have one (panels, targets, figures, quotes, charts,
sources, briefings, adopted documents), by position otherwise (readings, follow-ups,
initiatives, talking points, leaders, a chart's series), and a chart's values by category.
A location reads like ``economic-partnership / target private-investment / value``: a
panel's id, then each item's kind and id (or its number, counted from 1), then the field's
name as the pack file spells it. The kinds are worded in the language in force when
``diff_packs`` runs; ids, field names and translation keys are the pack's own.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from jvdesk.core import model as m
from jvdesk.core.i18n import LANGUAGES, _, ngettext, pgettext
from jvdesk.core.pack import ContentPack

ChangeKind = Literal["added", "removed", "changed"]
SEPARATOR = " / "
# Shown for a value the pack does not give: a chart's gap, or the missing side of a line.
GAP = "—"
# pack.yaml's lists of files say where records are, not what they hold; its lists of records
# are compared on their own, at the top of a location rather than under "pack".
PACK_OWN = ("panels", "translations", "summit", "follow_ups", "briefings")
# Lists of texts compared item by item; other lists of texts (sources, a briefing's panels,
# a chart's categories) are compared whole.
TEXT_ITEMS = ("talking_points",)


@dataclass(frozen=True)
class Change:
    """One difference between two versions of a pack.

    Attributes:
        where: where it is, readable: "economic-partnership / target private-investment /
            value".
        kind: "added", "removed" or "changed".
        old: the value before, as the pack writes it; None for something added.
        new: the value after, as the pack writes it; None for something removed.
    """

    where: str
    kind: ChangeKind
    old: str | None
    new: str | None


def diff_packs(old: ContentPack, new: ContentPack) -> list[Change]:
    """Every difference between two packs, in the order a reader meets them.

    The packs are compared as their files write them (in English, whatever language they
    are shown in): the pack's identity, the summit, the panels in the new pack's order, the
    sources, briefings, follow-ups, then the translations, language by language.

    Args:
        old: the pack as it was.
        new: the pack as it is now.

    Returns:
        The changes; an empty list when the packs hold the same content.
    """
    old, new = old.base or old, new.base or new
    differ = _Differ()
    differ.record((differ.words["pack"],), old.meta, new.meta, skip=PACK_OWN)
    differ.compare(("summit",), old.meta.summit, new.meta.summit)
    differ.panels(old.panels, new.panels)
    differ.items((), "sources", list(old.sources.values()), list(new.sources.values()))
    differ.items((), "briefings", old.meta.briefings, new.meta.briefings)
    differ.items((), "follow_ups", old.meta.follow_ups, new.meta.follow_ups)
    differ.translations(old.translations, new.translations)
    return differ.changes


def diff_lines(changes: Sequence[Change]) -> list[str]:
    """The changes as lines of text: a summary with the counts, then one line per change.

    >>> diff_lines([Change("alpha / target big / value", "changed", "10", "12")])
    ['1 change: 0 added, 0 removed, 1 changed', 'changed: alpha / target big / value: 10 → 12']
    """
    if not changes:
        return [_("No changes.")]
    counts = Counter(change.kind for change in changes)
    summary = ngettext(
        "{count} change: {added} added, {removed} removed, {changed} changed",
        "{count} changes: {added} added, {removed} removed, {changed} changed",
        len(changes),
    ).format(
        count=len(changes),
        added=counts["added"],
        removed=counts["removed"],
        changed=counts["changed"],
    )
    return [summary] + [_line(change) for change in changes]


def _line(change: Change) -> str:
    """One change in words."""
    where, old, new = change.where, _one_line(change.old), _one_line(change.new)
    if change.kind == "added":
        # Translators: {where} is a place in the pack, such as "alpha / target big / value";
        # {new} is the value added, as the pack writes it.
        return _("added: {where}: {new}").format(where=where, new=new)
    if change.kind == "removed":
        # Translators: {where} is a place in the pack; {old} is the value removed.
        return _("removed: {where}: {old}").format(where=where, old=old)
    # Translators: {where} is a place in the pack; {old} and {new} are the values before and
    # after, as the pack writes them (for example "10 → 12").
    return _("changed: {where}: {old} → {new}").format(where=where, old=old, new=new)


def _one_line(text: str | None) -> str:
    """A value on one line: the lines of a long text joined by spaces."""
    if text is None:
        return GAP
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def plain(value: object) -> str:
    """A value as a pack file writes it: no grouping, no rounding, no trailing zeros.

    >>> plain(500000.0), plain(5.3), plain(0.001), plain(None), plain(["2022", "2023"])
    ('500000', '5.3', '0.001', '—', '2022, 2023')
    """
    if value is None:
        return GAP
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        # The shortest decimal that reads back as the value: what the YAML file says.
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, list | tuple):
        return ", ".join(plain(item) for item in value)
    return str(value)


def _amount(value: float, unit: str, qualifier: str | None) -> str:
    return " ".join(part for part in (qualifier, plain(value), unit) if part)


# How an added or removed item is shown: its title, or its figure with what it counts.
SUMMARIES: Mapping[type, Callable[[Any], str]] = {
    m.Panel: lambda item: item.title,
    m.Target: lambda item: f"{item.label}: {_amount(item.value, item.unit, item.qualifier)}",
    m.Baseline: lambda item: (
        f"{item.label}: {_amount(item.value, item.unit, item.qualifier)} ({item.as_of})"
    ),
    m.Figure: lambda item: (
        f"{item.label}: {_amount(item.value, item.unit, item.qualifier)} ({item.as_of})"
    ),
    m.Reading: lambda item: (
        f"{item.as_of}: {_amount(item.value, item.unit, item.qualifier)} ({item.label})"
    ),
    m.Trajectory: lambda item: f"{item.kind}, {item.start} – {item.end}",
    m.Initiative: lambda item: item.title,
    m.Quote: lambda item: f"{item.text} — {item.speaker}",
    m.Chart: lambda item: item.title,
    m.Series: lambda item: f"{item.name}: {plain(item.values)}",
    m.Source: lambda item: f"{item.title} ({item.url})",
    m.Briefing: lambda item: item.title,
    m.FollowUp: lambda item: f"{item.date}: {item.title}",
    m.Leader: lambda item: f"{item.name}, {item.role}",
    m.AdoptedDocument: lambda item: item.title,
    m.OfficialText: lambda item: item.text,
}


def _summary(item: object) -> str:
    """An added or removed item in one value."""
    summarize = SUMMARIES.get(type(item))
    return summarize(item) if summarize else plain(item)


def _kind_words() -> dict[Any, str]:
    """The words locations name items by, in the language in force."""
    # Translators: each word names an item in a place in the pack, before its id or number,
    # as in "economic-partnership / target private-investment / value" or "follow-up 2".
    return {
        "pack": pgettext("pack diff", "pack"),
        "translations": pgettext("pack diff", "translations"),
        "talking_points": pgettext("pack diff", "talking point"),
        "category": pgettext("pack diff", "category"),
        m.Target: pgettext("pack diff", "target"),
        m.Figure: pgettext("pack diff", "figure"),
        m.Reading: pgettext("pack diff", "reading"),
        m.Initiative: pgettext("pack diff", "initiative"),
        m.Quote: pgettext("pack diff", "quote"),
        m.Chart: pgettext("pack diff", "chart"),
        m.Series: pgettext("pack diff", "series"),
        m.Source: pgettext("pack diff", "source"),
        m.Briefing: pgettext("pack diff", "briefing"),
        m.FollowUp: pgettext("pack diff", "follow-up"),
        m.Leader: pgettext("pack diff", "leader"),
        m.AdoptedDocument: pgettext("pack diff", "document"),
    }


Where = tuple[str, ...]


def _count(file: m.TranslationsFile | None) -> str | None:
    """A whole translations file added or removed, as the number of its texts."""
    if file is None:
        return None
    count = len(file.texts) + len(file.official)
    return ngettext("{count} text", "{count} texts", count).format(count=count)


class _Differ:
    """Walks two packs side by side, collecting their differences."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.words = _kind_words()

    def add(self, path: Where, kind: ChangeKind, old: str | None, new: str | None) -> None:
        self.changes.append(Change(SEPARATOR.join(path), kind, old, new))

    def compare(self, path: Where, old: Any, new: Any) -> None:
        """Compare two values at one place: records field by field, the rest whole."""
        if old == new:
            return
        if old is None:
            self.add(path, "added", None, _summary(new))
        elif new is None:
            self.add(path, "removed", _summary(old), None)
        elif dataclasses.is_dataclass(old):
            self.record(path, old, new)
        else:
            self.add(path, "changed", plain(old), plain(new))

    def record(self, path: Where, old: Any, new: Any, skip: Iterable[str] = ()) -> None:
        """Compare two records of one kind, field by field."""
        skip = set(skip) | ({"series"} if isinstance(old, m.Chart) else set())
        for item in dataclasses.fields(old):
            name = item.name
            before, after = getattr(old, name), getattr(new, name)
            if name in skip or before == after:
                continue
            if isinstance(before, list) and isinstance(after, list):
                self.items(path, name, before, after)
            else:
                self.compare((*path, name), before, after)
        if isinstance(old, m.Chart):
            self.series(path, old, new)

    def items(self, path: Where, name: str, old: list[Any], new: list[Any]) -> None:
        """Compare two lists: records by id (or position), texts whole or by position."""
        sample = (old or new)[0]
        if isinstance(sample, str) and name not in TEXT_ITEMS:
            self.compare((*path, name), plain(old) or None, plain(new) or None)
            return
        word = self.words[name if isinstance(sample, str) else type(sample)]
        by_id = hasattr(sample, "id")
        before = {item.id if by_id else str(index + 1): item for index, item in enumerate(old)}
        after = {item.id if by_id else str(index + 1): item for index, item in enumerate(new)}
        self.keyed(path, before, after, lambda key: f"{word} {key}")

    def keyed(
        self,
        path: Where,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        segment: Callable[[str], str] = str,
    ) -> None:
        """Compare items matched by key: the new ones in order, then those removed."""
        for key, item in new.items():
            self.compare((*path, segment(key)), old.get(key), item)
        for key, item in old.items():
            if key not in new:
                self.compare((*path, segment(key)), item, None)

    def panels(self, old: Sequence[m.Panel], new: Sequence[m.Panel]) -> None:
        """Compare the panels by id, and their order where it changed."""
        self.keyed((), {panel.id: panel for panel in old}, {panel.id: panel for panel in new})
        kept = {panel.id for panel in old} & {panel.id for panel in new}
        before = [panel.id for panel in old if panel.id in kept]
        after = [panel.id for panel in new if panel.id in kept]
        if before != after:
            self.add((self.words["pack"], "panels"), "changed", plain(before), plain(after))

    def series(self, path: Where, old: m.Chart, new: m.Chart) -> None:
        """Compare a chart's series by position, and their values category by category."""
        word = self.words[m.Series]
        for index in range(max(len(old.series), len(new.series))):
            before = old.series[index] if index < len(old.series) else None
            after = new.series[index] if index < len(new.series) else None
            named = after or before
            assert named is not None
            here = (*path, f"{word} {named.name}")
            if before is None or after is None:
                self.compare(here, before, after)
                continue
            self.record(here, before, after, skip=("values",))
            self.keyed(here, self._by_category(old, before), self._by_category(new, after))

    def _by_category(self, chart: m.Chart, series: m.Series) -> dict[str, float | None]:
        """A series' values by category; by position where two categories share a name."""
        categories = chart.categories
        if len(set(categories)) < len(categories):
            word = self.words["category"]
            categories = [f"{word} {index + 1}" for index in range(len(categories))]
        return dict(zip(categories, series.values, strict=False))

    def translations(
        self, old: Mapping[str, m.TranslationsFile], new: Mapping[str, m.TranslationsFile]
    ) -> None:
        """Compare the translations language by language, key by key."""
        order: dict[str, int] = {code: index for index, code in enumerate(LANGUAGES)}
        for language in sorted(set(old) | set(new), key=lambda code: order.get(code, 99)):
            before, after = old.get(language), new.get(language)
            if before == after:
                continue
            path = (f"{self.words['translations']} {language}",)
            if before is None or after is None:
                self.add(
                    path, "added" if before is None else "removed", _count(before), _count(after)
                )
                continue
            self.keyed(path, before.texts, after.texts)
            self.keyed((*path, "official"), before.official, after.official)
