"""Checks that span fields and files of a pack, which no single field's validation can make."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from jvdesk.core.formatting import format_number
from jvdesk.core.i18n import N_, _, ngettext
from jvdesk.core.model import (
    Briefing,
    Chart,
    PackFile,
    Panel,
    Target,
    TranslationsFile,
    parse_date,
)
from jvdesk.core.problems import PathPart, Problem
from jvdesk.core.progress import first_day, last_day
from jvdesk.core.wording import did_you_mean
from jvdesk.core.yamlsource import YamlDocument

Loc = tuple[PathPart, ...]

# An id met twice, by the kind of id; each a whole sentence, so translators can word it.
DUPLICATES = {
    "panel": N_("duplicate panel id '{id}' (already used at {file}:{line}); ids must be unique"),
    "target": N_("duplicate target id '{id}' (already used at {file}:{line}); ids must be unique"),
    "figure": N_("duplicate figure id '{id}' (already used at {file}:{line}); ids must be unique"),
    "quote": N_("duplicate quote id '{id}' (already used at {file}:{line}); ids must be unique"),
    "chart": N_("duplicate chart id '{id}' (already used at {file}:{line}); ids must be unique"),
    "source": N_("duplicate source id '{id}' (already used at {file}:{line}); ids must be unique"),
    "document": N_(
        "duplicate document id '{id}' (already used at {file}:{line}); ids must be unique"
    ),
    "briefing": N_(
        "duplicate briefing id '{id}' (already used at {file}:{line}); ids must be unique"
    ),
}


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
            kind: what the id names, one of DUPLICATES' keys ('panel', 'source', ...).
            value: the id.
            document: the file the id is in.
            loc: where in that file.
        """
        first = self._first.get((kind, value))
        if first is None:
            self._first[(kind, value)] = (document, loc)
            return
        where = first[0].locate(first[1])
        message = _(DUPLICATES[kind]).format(id=value, file=first[0].file, line=where.line)
        self.problems.append(document.problem(loc, message))

    def panel(self, document: YamlDocument, panel: Panel, as_of: str | None = None) -> None:
        """Check a valid panel: unique ids, a direction's number, targets or a note, charts.

        Args:
            document: the panel's file as parsed, to locate problems in.
            panel: the panel, validated.
            as_of: the pack's date, which no reading may be after; None when pack.yaml
                could not be read.
        """
        self.unique("panel", panel.id, document, ("id",))
        if panel.kind == "direction" and panel.number is None:
            self.problems.append(
                document.problem(("kind",), _("a direction needs its number (number: 1 to 8)"))
            )
        if not panel.targets and panel.no_target_note is None:
            self.problems.append(
                document.problem(
                    (),
                    # Translators: no_target_note is a field's name; keep it as it is.
                    _(
                        "the panel has no targets; say why in no_target_note "
                        "(for example: 'The Joint Vision sets no quantified target here.')"
                    ),
                )
            )
        if panel.targets and panel.no_target_note is not None:
            self.problems.append(
                document.problem(
                    ("no_target_note",), _("no_target_note is only for panels without targets")
                )
            )
        for index, target in enumerate(panel.targets):
            self.unique("target", target.id, document, ("targets", index, "id"))
            self._readings(document, ("targets", index), target, as_of)
        for index, figure in enumerate(panel.figures):
            self.unique("figure", figure.id, document, ("figures", index, "id"))
        for index, quote in enumerate(panel.quotes):
            self.unique("quote", quote.id, document, ("quotes", index, "id"))
        for index, chart in enumerate(panel.charts):
            self._chart(document, ("charts", index), chart)

    def _readings(
        self, document: YamlDocument, loc: Loc, target: Target, as_of: str | None
    ) -> None:
        """Check a target's trajectory and readings: dates in order, units, what would count."""
        path = target.trajectory
        # A month or a year names its first day as a start, its last day otherwise
        # (jvdesk.core.progress), so that checks and statuses read dates alike.
        if path is not None:
            self._trajectory(document, (*loc, "trajectory"), target)
        if path is not None and last_day(path.end) <= first_day(path.start):
            self.problems.append(
                document.problem(
                    (*loc, "trajectory", "end"), _("the trajectory ends before it starts")
                )
            )
        previous = None
        measured = False
        for number, reading in enumerate(target.readings):
            here: Loc = (*loc, "readings", number)
            when = last_day(reading.as_of)
            if previous is not None and when < previous:
                self.problems.append(
                    document.problem(
                        (*here, "as_of"),
                        _(
                            "readings must be in date order, oldest first; this one is older "
                            "than the one before it"
                        ),
                    )
                )
            previous = when
            if as_of is not None and when > last_day(as_of):
                self.problems.append(
                    document.problem(
                        (*here, "as_of"),
                        # Translators: as_of is a field's name in pack.yaml; keep it as it is.
                        _(
                            "the reading is dated after the pack's as_of date ({date}); a pack "
                            "cannot report what it has not checked"
                        ).format(date=as_of),
                    )
                )
            if reading.factor is not None and reading.factor <= 0:
                self.problems.append(
                    document.problem((*here, "factor"), _("a factor must be above zero"))
                )
            if reading.measures != "target":
                continue
            measured = True
            if path is not None and path.kind == "per-period" and parse_date(reading.as_of)[1]:
                self.problems.append(
                    document.problem(
                        (*here, "as_of"),
                        _(
                            "a target set for each year is measured by whole years: date the "
                            "reading by its year alone (such as 2026)"
                        ),
                    )
                )
            if reading.unit != target.unit and reading.factor is None:
                self.problems.append(
                    document.problem(
                        (*here, "unit"),
                        # Translators: factor is a field's name; keep it as it is.
                        _(
                            "unit '{unit}' differs from the target's unit '{target}'; give the "
                            "factor that converts it, or mark the reading an indicator"
                        ).format(unit=reading.unit, target=target.unit),
                    )
                )
            if path is None:
                self.problems.append(
                    document.problem(
                        (*here, "measures"),
                        # Translators: trajectory is a field's name; keep it as it is.
                        _(
                            "a reading that measures the target needs the target's trajectory "
                            "to be set against; add a trajectory"
                        ),
                    )
                )
            elif last_day(reading.as_of) < first_day(path.start):
                self.problems.append(
                    document.problem(
                        (*here, "as_of"),
                        # Translators: start_value is a field's name; keep it as it is.
                        _(
                            "the reading is dated before the trajectory starts; make it the "
                            "trajectory's start_value, or mark it an indicator"
                        ),
                    )
                )
        if not measured and target.would_count is None:
            self.problems.append(
                document.problem(
                    loc,
                    # Translators: would_count is a field's name; keep it as it is.
                    _(
                        "no reading measures this target yet; say in would_count what reading "
                        "would count"
                    ),
                )
            )

    def _trajectory(self, document: YamlDocument, loc: Loc, target: Target) -> None:
        """Check what a trajectory's kind allows: a start value only on a rising linear path."""
        path = target.trajectory
        assert path is not None
        if path.kind != "linear" and path.start_value != 0:
            self.problems.append(
                document.problem(
                    (*loc, "start_value"),
                    # Translators: start_value and linear are a field's name and value.
                    _("only a linear trajectory has a start_value; a total starts from zero"),
                )
            )
        if path.kind == "linear" and path.start_value > target.value:
            self.problems.append(
                document.problem(
                    (*loc, "start_value"),
                    _(
                        "the trajectory falls from {start} to the target, {value}; jvdesk "
                        "measures progress towards a target above where it starts"
                    ).format(
                        start=format_number(path.start_value), value=format_number(target.value)
                    ),
                )
            )

    def _chart(self, document: YamlDocument, loc: Loc, chart: Chart) -> None:
        """Check that a chart can be drawn: a value per category, one unit, none below zero."""
        self.unique("chart", chart.id, document, (*loc, "id"))
        count = len(chart.categories)
        unit = chart.series[0].unit
        for number, series in enumerate(chart.series):
            values: Loc = (*loc, "series", number, "values")
            if len(series.values) != count:
                self.problems.append(
                    document.problem(values, _values_mismatch(len(series.values), count))
                )
            if series.unit != unit:
                self.problems.append(
                    document.problem(
                        (*loc, "series", number, "unit"),
                        _(
                            "unit '{unit}' differs from the first series' unit '{first}'; a "
                            "chart has one value axis, so put other units in a chart of their own"
                        ).format(unit=series.unit, first=unit),
                    )
                )
            negative = [i for i, v in enumerate(series.values) if v is not None and v < 0]
            if negative:
                self.problems.append(
                    document.problem(
                        (*values, negative[0]),
                        _(
                            "charts start their value axis at zero, so a negative value cannot "
                            "be drawn; give it as a figure instead"
                        ),
                    )
                )
            if all(value is None for value in series.values):
                self.problems.append(document.problem(values, _("has no values, only gaps")))

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
                            # Translators: {hint} is empty or " (did you mean 'x'?)".
                            _(
                                "unknown source id '{source}'{hint}; "
                                "define it in {file} or fix the spelling"
                            ).format(
                                source=source_id,
                                hint=did_you_mean(source_id, list(defined)),
                                file=sources.file,
                            ),
                        )
                    )
        if not complete:
            return
        for source_id, index in defined.items():
            if source_id not in cited:
                self.problems.append(
                    sources.problem(
                        ("sources", index, "id"),
                        _("source '{source}' is not cited anywhere; cite it or remove it").format(
                            source=source_id
                        ),
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
                document.problem(("summit", "end_date"), _("the summit ends before it starts"))
            )
        for index, adopted in enumerate(meta.summit.documents):
            self.unique("document", adopted.id, document, ("summit", "documents", index, "id"))
        panel_ids = None if panels is None else [panel.id for panel in panels]
        for index, briefing in enumerate(meta.briefings):
            self._briefing(document, ("briefings", index), briefing, panel_ids)

    def translations(
        self,
        meta: PackFile,
        panels: tuple[Panel, ...],
        files: Sequence[tuple[YamlDocument, Any]],
    ) -> None:
        """Check translations files: one per language, every key naming a text of the pack."""
        from jvdesk.core.translating import iter_keys  # the pack's keys, built once

        known = list(iter_keys(meta, panels))
        known_set = set(known)
        languages: dict[str, YamlDocument] = {}
        for document, translations in files:
            if not isinstance(translations, TranslationsFile):
                continue
            first = languages.setdefault(translations.language, document)
            if first is not document:
                self.problems.append(
                    document.problem(
                        ("language",),
                        _(
                            "a second translation into '{language}' (the first is {file}); "
                            "keep one file per language"
                        ).format(language=translations.language, file=first.file),
                    )
                )
            for section in ("texts", "official"):
                for key in getattr(translations, section):
                    if key not in known_set:
                        self.problems.append(
                            document.problem(
                                (section, key),
                                # Translators: {hint} is empty or " (did you mean 'x'?)";
                                # `jvdesk info --keys` is a command, as typed.
                                _(
                                    "no text of the pack has the key '{key}'{hint}; keys are "
                                    "listed by `jvdesk info --keys`"
                                ).format(key=key, hint=did_you_mean(key, known)),
                                key=True,
                            )
                        )
            for key in set(translations.texts) & set(translations.official):
                self.problems.append(
                    document.problem(
                        ("official", key),
                        # Translators: texts and official are the file's sections, as written.
                        _("'{key}' is translated twice, in texts and in official; keep one").format(
                            key=key
                        ),
                        key=True,
                    )
                )

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
                        (*loc, "panels", number),
                        _("panel '{panel}' is listed twice").format(panel=panel_id),
                    )
                )
            seen.add(panel_id)
            if panel_ids is not None and panel_id not in panel_ids:
                self.problems.append(
                    document.problem(
                        (*loc, "panels", number),
                        _(
                            "no panel with id '{panel}'{hint}; the pack's panels are: {panels}"
                        ).format(
                            panel=panel_id,
                            hint=did_you_mean(panel_id, panel_ids),
                            panels=", ".join(panel_ids),
                        ),
                    )
                )


def _values_mismatch(values: int, categories: int) -> str:
    """Say a series has not one value per category."""
    # Translators: the whole sentence is "has 3 values but the chart has 4 categories; ...".
    has = ngettext("has {count} value", "has {count} values", values).format(count=values)
    return ngettext(
        "{has} but the chart has {count} category; give one value (or null) per category",
        "{has} but the chart has {count} categories; give one value (or null) per category",
        categories,
    ).format(has=has, count=categories)


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
