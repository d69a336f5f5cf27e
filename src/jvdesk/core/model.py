"""The content pack's data model: what each pack file may hold, field by field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

SCHEMA_VERSION = 1

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
URL_PATTERN = r"^https?://\S+$"


def _check_date(value: str) -> str:
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ValueError(f"{value!r} is not a date on the calendar") from None
    return value


Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=64),
    Field(description="Lower-case letters, digits and hyphens, unique in the pack."),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
PackDate = Annotated[
    str,
    StringConstraints(pattern=DATE_PATTERN),
    AfterValidator(_check_date),
    Field(description="A date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known."),
]
Url = Annotated[str, StringConstraints(pattern=URL_PATTERN, max_length=2000)]
SourceIds = Annotated[
    list[Id],
    Field(min_length=1, description="Ids of the sources (in sources.yaml) behind this item."),
]
Qualifier = Literal["more than", "at least", "nearly", "about", "up to"]


class _Strict(BaseModel):
    """Base of every pack model: unknown fields are errors, types are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, allow_inf_nan=False)


class Source(_Strict):
    """A public document that a figure, quote or statement comes from."""

    id: Id
    title: ShortText = Field(description="The page's or document's title.")
    publisher: ShortText = Field(description="Who published it: a ministry, agency or outlet.")
    date: PackDate | None = Field(None, description="Publication date, where known.")
    url: Url = Field(description="The public address the fact was read at.")
    kind: Literal["official", "press", "reference"] = Field(
        description="official: a government page or its transcript; press: news reporting; "
        "reference: an archive, dataset or encyclopaedia."
    )
    note: Text | None = Field(None, description="What the source is, for the editor.")


class SourcesFile(_Strict):
    """sources.yaml: every source the pack cites."""

    sources: list[Source] = Field(min_length=1)


class Leader(_Strict):
    """A leader who took part in the summit."""

    name: ShortText
    role: ShortText
    country: ShortText


class AdoptedDocument(_Strict):
    """A document adopted at the summit."""

    id: Id
    title: Text
    sources: SourceIds


class Summit(_Strict):
    """The occasion the pack is about."""

    title: ShortText = Field(description="For example '15th India–Japan Annual Summit'.")
    place: ShortText
    start_date: PackDate
    end_date: PackDate
    leaders: list[Leader] = Field(min_length=1)
    documents: list[AdoptedDocument] = Field(min_length=1)
    sources: SourceIds


class Baseline(_Strict):
    """Where a target starts from: an earlier figure it builds on."""

    label: ShortText
    value: float
    unit: ShortText
    qualifier: Qualifier | None = None
    as_of: ShortText = Field(description="The year or period the figure describes.")
    sources: SourceIds


class Target(_Strict):
    """A quantified goal, as the source states it."""

    id: Id
    label: ShortText = Field(description="What is counted, in a few words.")
    value: float = Field(description="The number exactly as the source gives it.")
    unit: ShortText = Field(description="For example 'JPY trillion' or 'persons'.")
    qualifier: Qualifier | None = Field(
        None, description="How the source bounds the number, for example 'more than'."
    )
    time_frame: ShortText = Field(description="For example 'next decade' or '2022–2026'.")
    flow: ShortText | None = Field(None, description="Direction, for example 'Japan → India'.")
    baseline: Baseline | None = None
    note: Text | None = Field(None, description="What the figure counts, caveats, conflicts.")
    sources: SourceIds


class Figure(_Strict):
    """A key figure that gives a panel context (not a target)."""

    id: Id
    label: ShortText
    value: float
    unit: ShortText
    qualifier: Qualifier | None = None
    as_of: ShortText = Field(description="The date or period the figure describes.")
    note: Text | None = None
    sources: SourceIds


class Initiative(_Strict):
    """A named initiative, programme or line of work."""

    title: ShortText
    detail: Text | None = None
    sources: SourceIds


class Quote(_Strict):
    """Words quoted verbatim from a named speaker."""

    id: Id
    text: Text = Field(description="Verbatim, as the source prints it.")
    speaker: ShortText
    role: ShortText
    date: PackDate
    place: ShortText
    occasion: ShortText | None = None
    translation: Text | None = Field(
        None, description="An English rendering when the text is not in English."
    )
    sources: SourceIds


class Series(_Strict):
    """One series of a chart: a value (or a gap) per category."""

    name: ShortText
    unit: ShortText
    values: list[float | None] = Field(
        min_length=1, description="One value per category; null where no sourced value exists."
    )
    sources: SourceIds


class Chart(_Strict):
    """A chart: categories along one axis, one or more series of one unit."""

    id: Id
    title: ShortText
    kind: Literal["column", "bar", "line"]
    category_title: ShortText = Field(description="Axis title for the categories, e.g. 'Year'.")
    categories: list[ShortText] = Field(min_length=1)
    series: list[Series] = Field(min_length=1)
    note: Text | None = None


EditorialStatus = Literal["checked", "to-be-checked"]


class Panel(_Strict):
    """A panel: one direction of the Joint Vision, or an adopted document."""

    id: Id
    kind: Literal["direction", "document"]
    number: int | None = Field(None, ge=1, le=99, description="The direction's number.")
    title: ShortText
    short_title: Annotated[str, StringConstraints(min_length=1, max_length=40)] = Field(
        description="A short name for navigation and agendas."
    )
    summary: Annotated[str, StringConstraints(min_length=1, max_length=300)] = Field(
        description="One line saying what the panel is about."
    )
    status: EditorialStatus = Field(
        description="checked: checked against the official text; "
        "to-be-checked: from summaries, to be checked."
    )
    status_note: Text | None = None
    targets: list[Target] = []
    no_target_note: Text | None = Field(
        None, description="Required when there are no targets: says why none is given."
    )
    figures: list[Figure] = []
    initiatives: list[Initiative] = Field(min_length=1)
    quotes: list[Quote] = []
    charts: list[Chart] = []
    talking_points: list[Text] = Field(min_length=1, description="Speaker notes.")


class FollowUp(_Strict):
    """A dated event after the summit, for the timeline."""

    date: PackDate
    title: ShortText
    detail: Text | None = None
    sources: SourceIds


class Briefing(_Strict):
    """A named, ordered selection of panels for an audience."""

    id: Id
    title: ShortText
    audience: ShortText
    duration_minutes: int = Field(ge=1, le=600)
    panels: list[Id] = Field(min_length=1, description="Panel ids, in the order to present.")
    description: Text | None = None


RelativeFile = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_./-]*\.yaml$", max_length=200),
    Field(description="A .yaml file inside the pack folder, relative to it."),
]


class PackFile(_Strict):
    """pack.yaml: the pack's identity, the summit, and where everything else is."""

    schema_version: int = Field(description=f"The pack format; this jvdesk reads {SCHEMA_VERSION}.")
    id: Id
    title: ShortText
    version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")] = Field(
        description="The pack's own version, such as '1.0'."
    )
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "en"
    description: Text
    summit: Summit
    panels: list[RelativeFile] = Field(min_length=1, description="Panel files, in order.")
    follow_ups: list[FollowUp] = []
    briefings: list[Briefing] = Field(min_length=1)


def parse_date(value: str) -> tuple[int, int, int]:
    """Return (year, month, day) of a pack date, with 0 for parts not given."""
    parts = [int(p) for p in value.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else 0, parts[2] if len(parts) > 2 else 0


FRIENDLY_PATTERNS = {
    ID_PATTERN: "expected an id of lower-case letters, digits and hyphens",
    DATE_PATTERN: "expected a date like 2025-08-29 (or 2025-08, or 2025)",
    URL_PATTERN: "expected a web address starting with https://",
}


def friendly_pattern(pattern: str) -> str | None:
    """Say in words what a field's pattern asks for."""
    if pattern in FRIENDLY_PATTERNS:
        return FRIENDLY_PATTERNS[pattern]
    if re.fullmatch(r"\^\[A-Za-z0-9_\].*yaml\$", pattern):
        return "expected a relative path to a .yaml file inside the pack folder"
    return None
