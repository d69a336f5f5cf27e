"""The content pack's data model: what each pack file may hold, field by field.

Plain frozen dataclasses, so that the desktop app can hold a pack without importing
pydantic (about 18 MiB of memory). ``jvdesk.core.validation`` checks pack files against
these classes with pydantic, reading the ``Rules`` attached to each field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal

from jvdesk.core.i18n import N_, _

SCHEMA_VERSION = 1

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
URL_PATTERN = r"^https?://\S+$"
KEY_PATTERN = r"^[a-z_]+(\.[a-z0-9_-]+)+$"


def _check_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ValueError(
            _("{value} is not a date on the calendar").format(value=repr(value))
        ) from None
    return value


_TAKES = {
    "min_length": ("str", "list"),
    "max_length": ("str", "list"),
    "pattern": ("str",),
    "ge": ("int", "float"),
    "le": ("int", "float"),
}


@dataclass(frozen=True)
class Rules:
    """What a field's value must satisfy, and what it means.

    Plain data here; pydantic reads it through the two hooks below when it builds a
    validator or a JSON Schema (in ``jvdesk.core.validation``, never in the desktop app).
    """

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    ge: int | None = None
    le: int | None = None
    check: Callable[[str], str] | None = None
    description: str | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        for name in ("min_length", "max_length", "pattern", "ge", "le"):
            value = getattr(self, name)
            if value is None:
                continue
            if schema.get("type") not in _TAKES[name]:
                # A rule on `X | None` would be silently ignored: put it on X instead.
                raise TypeError(f"{name} cannot apply to a {schema.get('type')} schema")
            schema[name] = value
        if self.check is not None:
            from pydantic_core import core_schema

            schema = core_schema.no_info_after_validator_function(self.check, schema)
        return schema

    def __get_pydantic_json_schema__(self, schema: Any, handler: Any) -> Any:
        result = handler(schema)
        if self.description:
            result["description"] = self.description
        return result


Id = Annotated[
    str,
    Rules(
        pattern=ID_PATTERN,
        max_length=64,
        description="Lower-case letters, digits and hyphens, unique in the pack.",
    ),
]
Text = Annotated[str, Rules(min_length=1, max_length=4000)]
ShortText = Annotated[str, Rules(min_length=1, max_length=200)]
PackDate = Annotated[
    str,
    Rules(
        pattern=DATE_PATTERN,
        check=_check_date,
        description="A date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.",
    ),
]
Url = Annotated[str, Rules(pattern=URL_PATTERN, max_length=2000)]
SourceIds = Annotated[
    list[Id],
    Rules(min_length=1, description="Ids of the sources (in sources.yaml) behind this item."),
]
Qualifier = Literal["more than", "at least", "nearly", "about", "up to"]


def doc(text: str) -> Rules:
    """A field's meaning, for the JSON Schema and the pack reference."""
    return Rules(description=text)


class _Strict:
    """Base of every pack model: unknown fields are errors, types are not coerced.

    pydantic reads ``__pydantic_config__``; the hook lets a record be given as a mapping
    (strict mode alone would ask for an instance of the class).
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "extra": "forbid",
        "strict": True,
        "allow_inf_nan": False,
    }

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["strict"] = False
        return schema


@dataclass(frozen=True, kw_only=True)
class Source(_Strict):
    """A public document that a figure, quote or statement comes from."""

    id: Id
    title: Annotated[ShortText, doc("The page's or document's title.")]
    publisher: Annotated[ShortText, doc("Who published it: a ministry, agency or outlet.")]
    date: Annotated[PackDate | None, doc("Publication date, where known.")] = None
    url: Annotated[Url, doc("The public address the fact was read at.")]
    kind: Annotated[
        Literal["official", "press", "reference"],
        doc(
            "official: a government page or its transcript; press: news reporting; "
            "reference: an archive, dataset or encyclopaedia."
        ),
    ]
    note: Annotated[Text | None, doc("What the source is, for the editor.")] = None


@dataclass(frozen=True, kw_only=True)
class SourcesFile(_Strict):
    """sources.yaml: every source the pack cites."""

    sources: Annotated[list[Source], Rules(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Leader(_Strict):
    """A leader who took part in the summit."""

    name: ShortText
    role: ShortText
    country: ShortText


@dataclass(frozen=True, kw_only=True)
class AdoptedDocument(_Strict):
    """A document adopted at the summit."""

    id: Id
    title: Text
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Summit(_Strict):
    """The occasion the pack is about."""

    title: Annotated[ShortText, doc("For example '15th India–Japan Annual Summit'.")]
    place: ShortText
    start_date: PackDate
    end_date: PackDate
    leaders: Annotated[list[Leader], Rules(min_length=1)]
    documents: Annotated[list[AdoptedDocument], Rules(min_length=1)]
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Baseline(_Strict):
    """Where a target starts from: an earlier figure it builds on."""

    label: ShortText
    value: float
    unit: ShortText
    qualifier: Qualifier | None = None
    as_of: Annotated[ShortText, doc("The year or period the figure describes.")]
    sources: SourceIds


Measures = Literal["target", "indicator"]
TrajectoryKind = Literal["linear", "cumulative", "per-period"]


@dataclass(frozen=True, kw_only=True)
class Reading(_Strict):
    """A measurement of where a target stands, or of a related indicator, at a date."""

    as_of: Annotated[
        PackDate,
        doc(
            "The date or period the reading describes: YYYY-MM-DD, or YYYY-MM or YYYY for a "
            "month or year (its last day counts)."
        ),
    ]
    value: Annotated[float, doc("The number exactly as the source gives it.")]
    unit: ShortText
    qualifier: Qualifier | None = None
    label: Annotated[ShortText, doc("What was measured, in a few words.")]
    measures: Annotated[
        Measures,
        doc(
            "target: counts what the target counts, so its status can be computed; "
            "indicator: a related measure, shown as context and never as progress."
        ),
    ]
    factor: Annotated[
        float | None,
        doc(
            "For a reading in another unit than the target's: the number to multiply it by to "
            "get the target's unit (0.001 for JPY billion against a target in JPY trillion)."
        ),
    ] = None
    note: Annotated[Text | None, doc("What the reading counts, caveats, conflicts.")] = None
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Trajectory(_Strict):
    """The path a target is expected to take from its start to its deadline."""

    kind: Annotated[
        TrajectoryKind,
        doc(
            "linear: a level rising evenly from start_value at start to the target at end; "
            "cumulative: a total counted from zero at start, rising evenly to the target at end; "
            "per-period: the target applies to each calendar year from start to end."
        ),
    ]
    start: Annotated[PackDate, doc("When the path starts (a month or year: its first day).")]
    start_value: Annotated[
        float, doc("The level at the start, for a linear path; 0 unless given.")
    ] = 0.0
    end: Annotated[PackDate, doc("The deadline (a month or year: its last day).")]
    why: Annotated[Text, doc("Why this path: what the source says about how the target counts.")]


@dataclass(frozen=True, kw_only=True)
class Target(_Strict):
    """A quantified goal, as the source states it."""

    id: Id
    label: Annotated[ShortText, doc("What is counted, in a few words.")]
    value: Annotated[float, doc("The number exactly as the source gives it.")]
    unit: Annotated[ShortText, doc("For example 'JPY trillion' or 'persons'.")]
    qualifier: Annotated[
        Qualifier | None, doc("How the source bounds the number, for example 'more than'.")
    ] = None
    time_frame: Annotated[ShortText, doc("For example 'next decade' or '2022–2026'.")]
    flow: Annotated[ShortText | None, doc("Direction, for example 'Japan → India'.")] = None
    baseline: Baseline | None = None
    note: Annotated[Text | None, doc("What the figure counts, caveats, conflicts.")] = None
    trajectory: Annotated[
        Trajectory | None,
        doc("How progress is measured against time; needed by readings that measure the target."),
    ] = None
    readings: Annotated[
        list[Reading], doc("Readings in date order, oldest first; none is typed as a status.")
    ] = field(default_factory=list)
    would_count: Annotated[
        Text | None,
        doc(
            "What reading would count as progress; required while no reading measures the "
            "target itself."
        ),
    ] = None
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Figure(_Strict):
    """A key figure that gives a panel context (not a target)."""

    id: Id
    label: ShortText
    value: float
    unit: ShortText
    qualifier: Qualifier | None = None
    as_of: Annotated[ShortText, doc("The date or period the figure describes.")]
    note: Text | None = None
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Initiative(_Strict):
    """A named initiative, programme or line of work."""

    title: ShortText
    detail: Text | None = None
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Quote(_Strict):
    """Words quoted verbatim from a named speaker."""

    id: Id
    text: Annotated[Text, doc("Verbatim, as the source prints it.")]
    speaker: ShortText
    role: ShortText
    date: PackDate
    place: ShortText
    occasion: ShortText | None = None
    translation: Annotated[
        Text | None, doc("An English rendering when the text is not in English.")
    ] = None
    language: Annotated[
        Literal["en", "ja", "hi"],
        doc("The language the words were spoken or published in; 'en' unless given."),
    ] = "en"
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Series(_Strict):
    """One series of a chart: a value (or a gap) per category."""

    name: ShortText
    unit: ShortText
    values: Annotated[
        list[float | None],
        Rules(
            min_length=1, description="One value per category; null where no sourced value exists."
        ),
    ]
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Chart(_Strict):
    """A chart: categories along one axis, one or more series of one unit."""

    id: Id
    title: ShortText
    kind: Literal["column", "bar", "line"]
    category_title: Annotated[ShortText, doc("Axis title for the categories, e.g. 'Year'.")]
    categories: Annotated[list[ShortText], Rules(min_length=1)]
    series: Annotated[list[Series], Rules(min_length=1)]
    note: Text | None = None


EditorialStatus = Literal["checked", "to-be-checked"]
MIN_MINUTES, MAX_MINUTES = 1, 600  # a briefing's length: in a pack, or composed in the app
DirectionNumber = Annotated[int, Rules(ge=1, le=99)]


@dataclass(frozen=True, kw_only=True)
class Panel(_Strict):
    """A panel: one direction of the Joint Vision, or an adopted document."""

    id: Id
    kind: Literal["direction", "document"]
    number: Annotated[DirectionNumber | None, doc("The direction's number.")] = None
    title: ShortText
    short_title: Annotated[
        str,
        Rules(min_length=1, max_length=40, description="A short name for navigation and agendas."),
    ]
    summary: Annotated[
        str,
        Rules(min_length=1, max_length=300, description="One line saying what the panel is about."),
    ]
    status: Annotated[
        EditorialStatus,
        doc(
            "checked: checked against the official text; "
            "to-be-checked: from summaries, to be checked."
        ),
    ]
    status_note: Text | None = None
    targets: list[Target] = field(default_factory=list)
    no_target_note: Annotated[
        Text | None, doc("Required when there are no targets: says why none is given.")
    ] = None
    figures: list[Figure] = field(default_factory=list)
    initiatives: Annotated[list[Initiative], Rules(min_length=1)]
    quotes: list[Quote] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    talking_points: Annotated[list[Text], Rules(min_length=1, description="Speaker notes.")]

    def heading(self) -> str:
        """The title as navigation, agendas and slides show it: "1. Economic partnership"."""
        return _numbered(self.number, self.title)

    def short_heading(self) -> str:
        """The short title with the direction's number, for lists and tiles."""
        return _numbered(self.number, self.short_title)


def _numbered(number: int | None, title: str) -> str:
    return f"{number}. {title}" if number is not None else title


@dataclass(frozen=True, kw_only=True)
class FollowUp(_Strict):
    """A dated event after the summit, for the timeline."""

    date: PackDate
    title: ShortText
    detail: Text | None = None
    sources: SourceIds


@dataclass(frozen=True, kw_only=True)
class Briefing(_Strict):
    """A named, ordered selection of panels for an audience."""

    id: Id
    title: ShortText
    audience: ShortText
    duration_minutes: Annotated[int, Rules(ge=MIN_MINUTES, le=MAX_MINUTES)]
    panels: Annotated[
        list[Id], Rules(min_length=1, description="Panel ids, in the order to present.")
    ]
    description: Text | None = None


RelativeFile = Annotated[
    str,
    Rules(
        pattern=r"^[A-Za-z0-9_][A-Za-z0-9_./-]*\.yaml$",
        max_length=200,
        description="A .yaml file inside the pack folder, relative to it.",
    ),
]


@dataclass(frozen=True, kw_only=True)
class PackFile(_Strict):
    """pack.yaml: the pack's identity, the summit, and where everything else is."""

    schema_version: Annotated[int, doc(f"The pack format; this jvdesk reads {SCHEMA_VERSION}.")]
    id: Id
    title: ShortText
    version: Annotated[
        str,
        Rules(pattern=r"^\d+(\.\d+){0,2}$", description="The pack's own version, such as '1.0'."),
    ]
    language: Annotated[str, Rules(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "en"
    as_of: Annotated[
        PackDate,
        doc(
            "The date the pack's content was last checked against its sources; the cover "
            "slide and the overview show it."
        ),
    ]
    description: Text
    summit: Summit
    panels: Annotated[list[RelativeFile], Rules(min_length=1, description="Panel files, in order.")]
    follow_ups: list[FollowUp] = field(default_factory=list)
    briefings: Annotated[list[Briefing], Rules(min_length=1)]
    translations: Annotated[
        list[RelativeFile],
        doc("Translation files (translations/ja.yaml, translations/hi.yaml), one per language."),
    ] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class OfficialText(_Strict):
    """A translation an official body published: its words and where they were read."""

    text: Text
    sources: SourceIds


TranslationKey = Annotated[
    str,
    Rules(
        pattern=KEY_PATTERN,
        max_length=200,
        description="Where the translated text is in the pack, such as "
        "'panels.economic-partnership.title' (docs/content-pack.md lists every key).",
    ),
]


@dataclass(frozen=True, kw_only=True)
class TranslationsFile(_Strict):
    """translations/<language>.yaml: the pack's texts in one more language."""

    language: Annotated[Literal["ja", "hi"], doc("The language of every text in the file.")]
    texts: Annotated[
        dict[TranslationKey, Text],
        doc("Unofficial translations, made for this pack and to be checked, by key."),
    ] = field(default_factory=dict)
    official: Annotated[
        dict[TranslationKey, OfficialText],
        doc("Translations published by an official body, with the source that published them."),
    ] = field(default_factory=dict)


def parse_date(value: str) -> tuple[int, int, int]:
    """Return (year, month, day) of a pack date, with 0 for parts not given."""
    parts = [int(p) for p in value.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else 0, parts[2] if len(parts) > 2 else 0


FRIENDLY_PATTERNS = {
    ID_PATTERN: N_("expected an id of lower-case letters, digits and hyphens"),
    DATE_PATTERN: N_("expected a date like 2025-08-29 (or 2025-08, or 2025)"),
    URL_PATTERN: N_("expected a web address starting with https://"),
    KEY_PATTERN: N_(
        "expected a translation key such as panels.economic-partnership.title "
        "(`jvdesk info --keys` lists them)"
    ),
}


def friendly_pattern(pattern: str) -> str | None:
    """Say in words what a field's pattern asks for."""
    if pattern in FRIENDLY_PATTERNS:
        return FRIENDLY_PATTERNS[pattern]
    if re.fullmatch(r"\^\[A-Za-z0-9_\].*yaml\$", pattern):
        return N_("expected a relative path to a .yaml file inside the pack folder")
    return None
