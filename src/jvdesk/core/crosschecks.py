"""Checks that span fields and files of a pack, which no single field's validation can make."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from jvdesk.core.model import Briefing, Chart, PackFile, Panel, parse_date
from jvdesk.core.problems import PathPart, Problem
from jvdesk.core.wording import did_you_mean
from jvdesk.core.yamlsource import YamlDocument

Loc = tuple[PathPart, ...]


class CrossChecker:
    """Checks across a pack's files: unique ids, panel rules, source citations, briefings.

    Each check adds what it finds to one shared list, so that every problem in a pack is
    reported at once. Ids are remembered across calls: an id is a duplicate when any
    earlier check met the same kind of id with the same value.

    Attributes:
        problems: the list each check adds its problems to.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self._first: dict[tuple[str, str], tuple[YamlDocument, Loc]] = {}

    def unique(self, kind: str, value: str, document: YamlDocument, loc: Loc) -> None:
        """Note an id, reporting it when the same kind of id was met before.

        Args:
            kind: what the id names ('panel', 'source', ...), used in the message.
            value: the id.
            document: the file the id is in.
            loc: where in that file.
        """
        first = self._first.get((kind, value))
        if first is None:
            self._first[(kind, value)] = (document, loc)
            return
        where = first[0].locate(first[1])
        self.problems.append(
            document.problem(
                loc,
                f"duplicate {kind} id '{value}' (already used at {first[0].file}:{where.line}); "
                "ids must be unique",
            )
        )

    def panel(self, document: YamlDocument, panel: Panel) -> None:
        """Check a valid panel: unique ids, a direction's number, targets or a note, charts."""
        self.unique("panel", panel.id, document, ("id",))
        if panel.kind == "direction" and panel.number is None:
            self.problems.append(
                document.problem(("kind",), "a direction needs its number (number: 1 to 8)")
            )
        if not panel.targets and panel.no_target_note is None:
            self.problems.append(
                document.problem(
                    (),
                    "the panel has no targets; say why in no_target_note "
                    "(for example: 'The Joint Vision sets no quantified target here.')",
                )
            )
        if panel.targets and panel.no_target_note is not None:
            self.problems.append(
                document.problem(
                    ("no_target_note",), "no_target_note is only for panels without targets"
                )
            )
        for index, target in enumerate(panel.targets):
            self.unique("target", target.id, document, ("targets", index, "id"))
        for index, figure in enumerate(panel.figures):
            self.unique("figure", figure.id, document, ("figures", index, "id"))
        for index, quote in enumerate(panel.quotes):
            self.unique("quote", quote.id, document, ("quotes", index, "id"))
        for index, chart in enumerate(panel.charts):
            self._chart(document, ("charts", index), chart)

    def _chart(self, document: YamlDocument, loc: Loc, chart: Chart) -> None:
        """Check that a chart can be drawn: a value per category, one unit, none below zero."""
        self.unique("chart", chart.id, document, (*loc, "id"))
        count = len(chart.categories)
        unit = chart.series[0].unit
        for number, series in enumerate(chart.series):
            values: Loc = (*loc, "series", number, "values")
            if len(series.values) != count:
                self.problems.append(
                    document.problem(
                        values,
                        f"has {len(series.values)} values but the chart has {count} "
                        "categories; give one value (or null) per category",
                    )
                )
            if series.unit != unit:
                self.problems.append(
                    document.problem(
                        (*loc, "series", number, "unit"),
                        f"unit '{series.unit}' differs from the first series' unit "
                        f"'{unit}'; a chart has one value axis, "
                        "so put other units in a chart of their own",
                    )
                )
            negative = [i for i, v in enumerate(series.values) if v is not None and v < 0]
            if negative:
                self.problems.append(
                    document.problem(
                        (*values, negative[0]),
                        "charts start their value axis at zero, so a negative value cannot "
                        "be drawn; give it as a figure instead",
                    )
                )
            if all(value is None for value in series.values):
                self.problems.append(document.problem(values, "has no values, only gaps"))

    def citations(
        self, sources: YamlDocument | None, citing: Sequence[YamlDocument], *, complete: bool
    ) -> None:
        """Check source ids: each defined once, each citation defined, each source cited.

        The ids are read from the files as parsed, not from validated records, so one bad
        source entry does not hide citation problems elsewhere.

        Args:
            sources: sources.yaml, or None when it could not be read.
            citing: the other files read (pack.yaml and the panels), which cite sources.
            complete: whether every file that may cite a source was read and is valid.
                Only then is a source that nothing cites reported: a source cited by a
                broken file is not unused.
        """
        if sources is None:
            return
        defined = self._note_sources(sources)
        if defined is None:
            return
        cited: set[str] = set()
        for document in citing:
            for loc, source_id in _cited_sources(document.data, ()):
                cited.add(source_id)
                if source_id not in defined:
                    self.problems.append(
                        document.problem(
                            loc,
                            f"unknown source id '{source_id}'"
                            f"{did_you_mean(source_id, list(defined))}; "
                            f"define it in {sources.file} or fix the spelling",
                        )
                    )
        if not complete:
            return
        for source_id, index in defined.items():
            if source_id not in cited:
                self.problems.append(
                    sources.problem(
                        ("sources", index, "id"),
                        f"source '{source_id}' is not cited anywhere; cite it or remove it",
                    )
                )

    def _note_sources(self, sources: YamlDocument) -> dict[str, int] | None:
        """Note each source id sources.yaml defines, reporting ids defined twice.

        Returns:
            Each id with the index of its first entry; None when the file has no
            ``sources`` field to read ids from, and an empty mapping when that field is
            not a list (every citation is then unknown).
        """
        entries = sources.data.get("sources")
        if entries is None:
            return None
        defined: dict[str, int] = {}
        if isinstance(entries, list):
            for index, entry in enumerate(entries):
                source_id = entry.get("id") if isinstance(entry, dict) else None
                if isinstance(source_id, str):
                    self.unique("source", source_id, sources, ("sources", index, "id"))
                    defined.setdefault(source_id, index)
        return defined

    def pack_file(
        self, meta: PackFile, document: YamlDocument, panels: Sequence[Panel] | None
    ) -> None:
        """Check pack.yaml against itself and, when every panel was read, against the panels.

        Args:
            meta: pack.yaml, validated.
            document: pack.yaml as parsed, to locate problems in.
            panels: every panel of the pack, or None when a panel file could not be read
                or is not valid (a briefing's panel ids are then not checked).
        """
        if parse_date(meta.summit.end_date) < parse_date(meta.summit.start_date):
            self.problems.append(
                document.problem(("summit", "end_date"), "the summit ends before it starts")
            )
        for index, adopted in enumerate(meta.summit.documents):
            self.unique("document", adopted.id, document, ("summit", "documents", index, "id"))
        panel_ids = None if panels is None else [panel.id for panel in panels]
        for index, briefing in enumerate(meta.briefings):
            self._briefing(document, ("briefings", index), briefing, panel_ids)

    def _briefing(
        self, document: YamlDocument, loc: Loc, briefing: Briefing, panel_ids: list[str] | None
    ) -> None:
        """Check a briefing: a unique id, and each panel listed once and, if known, existing."""
        self.unique("briefing", briefing.id, document, (*loc, "id"))
        seen: set[str] = set()
        for number, panel_id in enumerate(briefing.panels):
            if panel_id in seen:
                self.problems.append(
                    document.problem(
                        (*loc, "panels", number), f"panel '{panel_id}' is listed twice"
                    )
                )
            seen.add(panel_id)
            if panel_ids is not None and panel_id not in panel_ids:
                self.problems.append(
                    document.problem(
                        (*loc, "panels", number),
                        f"no panel with id '{panel_id}'{did_you_mean(panel_id, panel_ids)}; "
                        f"the pack's panels are: {', '.join(panel_ids)}",
                    )
                )


def _cited_sources(data: Any, path: Loc) -> Iterator[tuple[Loc, str]]:
    """Yield (path, id) for every source id cited anywhere in a parsed document."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "sources" and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        yield (*path, key, index), item
            else:
                yield from _cited_sources(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _cited_sources(item, (*path, index))
