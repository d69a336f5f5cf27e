"""Load a content pack folder, reporting every problem in it at once, each located."""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from jvdesk.core.model import (
    SCHEMA_VERSION,
    PackFile,
    Panel,
    SourcesFile,
    friendly_pattern,
    parse_date,
)
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError, PathPart, Problem
from jvdesk.core.snapshot import checksum
from jvdesk.core.validation import ValidationError, validate
from jvdesk.core.yamlsource import YamlDocument, YamlFileError, load_document

PACK_FILE = "pack.yaml"
SOURCES_FILE = "sources.yaml"
MAX_PANELS = 200

M = TypeVar("M")
Loc = tuple[PathPart, ...]


def describe(value: Any) -> str:
    """Describe a value from a pack file for a message, briefly."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return repr(shown)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types an annotation may hold (Annotated, unions and lists opened)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _fields(model: type[Any]) -> dict[str, Any]:
    """A record class's field names with their annotations."""
    hints = typing.get_type_hints(model, include_extras=True)
    return {item.name: hints[item.name] for item in dataclasses.fields(model)}


def _is_record(value: Any) -> bool:
    return isinstance(value, type) and dataclasses.is_dataclass(value)


def _model_at(root: type[Any], loc: Loc) -> type[Any] | None:
    """Find the record class that validates the value at ``loc``."""
    current: Any = root
    for part in loc:
        candidates = _unwrap(current)
        if isinstance(part, int):
            lists = [t for t in candidates if typing.get_origin(t) is list]
            if not lists:
                return None
            current = typing.get_args(lists[0])[0]
            continue
        models = [t for t in candidates if _is_record(t)]
        fields = _fields(models[0]) if models else {}
        if part not in fields:
            return None
        current = fields[part]
    models = [t for t in _unwrap(current) if _is_record(t)]
    return models[0] if models else None


def _message(error: Any, root: type[Any]) -> tuple[Loc, str, bool]:
    """Turn one pydantic error into (path, message, located at the key)."""
    kind = error["type"]
    loc: Loc = tuple(error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return loc[:-1], f"missing required field '{loc[-1]}'", False
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        name = str(loc[-1])
        text = f"unknown field '{name}'"
        model = _model_at(root, loc[:-1])
        if model is not None:
            allowed = list(_fields(model))
            close = difflib.get_close_matches(name, allowed, n=1)
            text += f" (did you mean '{close[0]}'?)" if close else ""
            text += f"; allowed here: {', '.join(allowed)}"
        return loc, text, True
    got = describe(value)
    if kind in ("float_type", "float_parsing", "finite_number"):
        return loc, f"expected a number, got {got}", False
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return loc, f"expected a whole number, got {got}", False
    if kind == "string_type":
        hint = "; put it in quotes" if isinstance(value, int | float | bool) else ""
        return loc, f"expected text, got {got}{hint}", False
    if kind == "bool_type":
        return loc, f"expected true or false, got {got}", False
    if kind == "literal_error":
        return loc, f"expected one of {ctx.get('expected')}, got {got}", False
    if kind in ("dataclass_type", "dataclass_exact_type", "model_type", "dict_type"):
        return loc, f"expected a mapping of fields (name: value), got {got}", False
    if kind == "list_type":
        return loc, f"expected a list (lines starting with '- '), got {got}", False
    if kind == "too_short":
        if isinstance(value, str):
            return loc, "must not be empty", False
        least = ctx.get("min_length", 1)
        return loc, f"needs at least {least} item{'s' if least != 1 else ''}", False
    if kind in ("too_long", "string_too_long"):
        most = ctx.get("max_length")
        unit = "characters" if isinstance(value, str) else "items"
        return loc, f"is too long: at most {most} {unit}", False
    if kind == "string_too_short":
        return loc, "must not be empty", False
    if kind == "string_pattern_mismatch":
        wanted = friendly_pattern(ctx.get("pattern", "")) or f"expected text matching {ctx}"
        return loc, f"{wanted}, got {got}", False
    if kind == "greater_than_equal":
        return loc, f"must be at least {ctx.get('ge')}, got {got}", False
    if kind == "less_than_equal":
        return loc, f"must be at most {ctx.get('le')}, got {got}", False
    if kind == "value_error":
        return loc, str(ctx.get("error", error["msg"])), False
    return loc, f"{error['msg']}, got {got}", False


def _validate(document: YamlDocument, model: type[M], problems: list[Problem]) -> M | None:
    """Validate a document against a model, adding each error as a located problem."""
    problems.extend(document.problems)
    flagged = {p.path for p in document.problems}
    try:
        result = validate(model, document.data)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            loc, text, at_key = _message(item, model)
            problem = document.problem(loc, text, key=at_key)
            if problem.path not in flagged:
                problems.append(problem)
        return None
    return None if document.problems else result


def _read(folder: Path, file: str, problems: list[Problem]) -> YamlDocument | None:
    try:
        return load_document(folder / file, file)
    except YamlFileError as error:
        problems.extend(error.problems)
        return None


def _walk_sources(data: Any, path: Loc) -> Iterator[tuple[Loc, str]]:
    """Yield (path, id) for every source id cited anywhere in a document."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "sources" and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        yield (*path, key, index), item
            else:
                yield from _walk_sources(value, (*path, key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _walk_sources(item, (*path, index))


def _close(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Checker:
    """Cross-file checks on validated documents."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.ids: dict[tuple[str, str], tuple[YamlDocument, Loc]] = {}

    def unique(self, kind: str, value: str, document: YamlDocument, loc: Loc) -> None:
        first = self.ids.get((kind, value))
        if first is None:
            self.ids[(kind, value)] = (document, loc)
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
            loc: Loc = ("charts", index)
            self.unique("chart", chart.id, document, (*loc, "id"))
            count = len(chart.categories)
            for number, series in enumerate(chart.series):
                if len(series.values) != count:
                    self.problems.append(
                        document.problem(
                            (*loc, "series", number, "values"),
                            f"has {len(series.values)} values but the chart has {count} "
                            "categories; give one value (or null) per category",
                        )
                    )
                if series.unit != chart.series[0].unit:
                    self.problems.append(
                        document.problem(
                            (*loc, "series", number, "unit"),
                            f"unit '{series.unit}' differs from the first series' unit "
                            f"'{chart.series[0].unit}'; a chart has one value axis, "
                            "so put other units in a chart of their own",
                        )
                    )
                negative = [i for i, v in enumerate(series.values) if v is not None and v < 0]
                if negative:
                    self.problems.append(
                        document.problem(
                            (*loc, "series", number, "values", negative[0]),
                            "charts start their value axis at zero, so a negative value cannot "
                            "be drawn; give it as a figure instead",
                        )
                    )
                if all(value is None for value in series.values):
                    self.problems.append(
                        document.problem(
                            (*loc, "series", number, "values"), "has no values, only gaps"
                        )
                    )


def _panel_file(folder: Path, root: Path, document: YamlDocument, index: int, name: str) -> str:
    """Check that a listed panel file is inside the pack folder; return a problem message."""
    target = (folder / name).resolve()
    if not target.is_relative_to(root):
        return "the path leads outside the pack folder; panel files must be inside it"
    if not target.is_file():
        return f"no such file in the pack folder: {name}"
    return ""


def load_pack(folder: Path) -> ContentPack:
    """Load and check the content pack in a folder.

    Args:
        folder: the pack folder, holding pack.yaml, sources.yaml and panel files.

    Returns:
        The pack, when it has no problem at all.

    Raises:
        PackError: listing every problem found, each with file, line, column and field.
    """
    folder = Path(folder)
    try:
        is_folder, exists = folder.is_dir(), folder.exists()
    except OSError as error:
        raise PackError(
            [Problem(str(folder), 0, 0, "", f"cannot be read ({error.strerror or error})")]
        ) from None
    if not is_folder:
        what = "does not exist" if not exists else "is a file, not a pack folder"
        raise PackError([Problem(str(folder), 0, 0, "", f"{what}; choose a pack folder")])
    if not (folder / PACK_FILE).exists():
        raise PackError(
            [Problem(PACK_FILE, 0, 0, "", f"{folder} holds no {PACK_FILE}; is it a pack folder?")]
        )
    root = folder.resolve()
    problems: list[Problem] = []
    pack_document = _read(folder, PACK_FILE, problems)
    if pack_document is not None:
        version = pack_document.data.get("schema_version")
        if isinstance(version, int) and not isinstance(version, bool) and version != SCHEMA_VERSION:
            advice = "update jvdesk" if version > SCHEMA_VERSION else f"use {SCHEMA_VERSION}"
            raise PackError(
                [
                    pack_document.problem(
                        ("schema_version",),
                        f"this pack is written for schema_version {version}; this jvdesk reads "
                        f"schema_version {SCHEMA_VERSION}; {advice}",
                    )
                ]
            )
    meta = _validate(pack_document, PackFile, problems) if pack_document else None
    sources_document = _read(folder, SOURCES_FILE, problems)
    sources = _validate(sources_document, SourcesFile, problems) if sources_document else None

    checker = _Checker(problems)
    panel_documents: list[tuple[YamlDocument, Panel | None]] = []
    files = [PACK_FILE, SOURCES_FILE]
    listed = pack_document.data.get("panels") if pack_document else None
    all_panels_read = isinstance(listed, list)
    if isinstance(listed, list):
        seen: set[str] = set()
        for index, name in enumerate(listed[:MAX_PANELS]):
            if not isinstance(name, str):
                continue
            assert pack_document is not None
            if name in seen:
                problems.append(pack_document.problem(("panels", index), f"{name} is listed twice"))
                continue
            seen.add(name)
            trouble = _panel_file(folder, root, pack_document, index, name)
            if trouble:
                problems.append(pack_document.problem(("panels", index), trouble))
                all_panels_read = False
                continue
            document = _read(folder, name, problems)
            if document is None:
                all_panels_read = False
                continue
            files.append(name)
            panel = _validate(document, Panel, problems)
            panel_documents.append((document, panel))
            if panel is not None:
                checker.panel(document, panel)
        if len(listed) > MAX_PANELS:
            assert pack_document is not None
            problems.append(
                pack_document.problem(("panels",), f"a pack may have at most {MAX_PANELS} panels")
            )

    # Source ids: defined once, each one cited, each citation defined. The ids are read
    # from the raw file, so one bad source entry does not hide citation problems elsewhere.
    defined: dict[str, int] = {}
    raw_sources = sources_document.data.get("sources") if sources_document else None
    if sources_document is not None and isinstance(raw_sources, list):
        for index, entry in enumerate(raw_sources):
            source_id = entry.get("id") if isinstance(entry, dict) else None
            if isinstance(source_id, str):
                checker.unique("source", source_id, sources_document, ("sources", index, "id"))
                defined.setdefault(source_id, index)
    cited: set[str] = set()
    citing = [pack_document] if pack_document else []
    citing += [document for document, _ in panel_documents]
    for document in citing:
        for loc, source_id in _walk_sources(document.data, ()):
            cited.add(source_id)
            if raw_sources is not None and source_id not in defined:
                problems.append(
                    document.problem(
                        loc,
                        f"unknown source id '{source_id}'{_close(source_id, list(defined))}; "
                        f"define it in {SOURCES_FILE} or fix the spelling",
                    )
                )
    every_panel_valid = all_panels_read and all(panel for _, panel in panel_documents)
    if sources_document is not None and pack_document is not None and every_panel_valid:
        # Only when every file was read: a source cited by a broken file is not unused.
        for source_id, index in defined.items():
            if source_id not in cited:
                problems.append(
                    sources_document.problem(
                        ("sources", index, "id"),
                        f"source '{source_id}' is not cited anywhere; cite it or remove it",
                    )
                )

    if meta is not None and pack_document is not None:
        _check_meta(meta, pack_document, checker, panel_documents if all_panels_read else None)
    if problems:
        raise PackError(problems)
    assert meta is not None and sources is not None
    panels = tuple(panel for _, panel in panel_documents if panel is not None)
    return ContentPack(
        folder=folder,
        meta=meta,
        panels=panels,
        sources={source.id: source for source in sources.sources},
        checksum=checksum(folder, files),
        files=tuple(files),
    )


def _check_meta(
    meta: PackFile,
    document: YamlDocument,
    checker: _Checker,
    panel_documents: list[tuple[YamlDocument, Panel | None]] | None,
) -> None:
    """Check pack.yaml against itself and, when every panel was read, against the panels."""
    problems = checker.problems
    if parse_date(meta.summit.end_date) < parse_date(meta.summit.start_date):
        problems.append(
            document.problem(("summit", "end_date"), "the summit ends before it starts")
        )
    for index, adopted in enumerate(meta.summit.documents):
        checker.unique("document", adopted.id, document, ("summit", "documents", index, "id"))
    documents = panel_documents or []
    panel_ids = [panel.id for _, panel in documents if panel is not None]
    complete = panel_documents is not None and all(panel is not None for _, panel in documents)
    for index, briefing in enumerate(meta.briefings):
        loc: Loc = ("briefings", index)
        checker.unique("briefing", briefing.id, document, (*loc, "id"))
        seen: set[str] = set()
        for number, panel_id in enumerate(briefing.panels):
            if panel_id in seen:
                problems.append(
                    document.problem(
                        (*loc, "panels", number), f"panel '{panel_id}' is listed twice"
                    )
                )
            seen.add(panel_id)
            if complete and panel_id not in panel_ids:
                problems.append(
                    document.problem(
                        (*loc, "panels", number),
                        f"no panel with id '{panel_id}'{_close(panel_id, panel_ids)}; "
                        f"the pack's panels are: {', '.join(panel_ids)}",
                    )
                )
