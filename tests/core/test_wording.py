"""Validation errors in words: each kind of error pydantic reports, as a pack author reads it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jvdesk.core.model import Briefing, PackFile, Panel, Source, SourcesFile, Target
from jvdesk.core.problems import format_path
from jvdesk.core.validation import ValidationError, validate
from jvdesk.core.wording import Wording, describe, did_you_mean, explain

TARGET = {
    "id": "big-target",
    "label": "Investment",
    "value": 10,
    "unit": "JPY trillion",
    "time_frame": "next decade",
    "sources": ["official"],
}
SOURCE = {
    "id": "official",
    "title": "The official text",
    "publisher": "A ministry",
    "url": "https://example.org/official",
    "kind": "official",
}
BRIEFING = {
    "id": "full",
    "title": "Full briefing",
    "audience": "Officials",
    "duration_minutes": 20,
    "panels": ["alpha"],
}


def worded(model: type[Any], data: Any) -> list[tuple[str, str, bool]]:
    """Validate data and word each error as (field path, message, shown at the key)."""
    with pytest.raises(ValidationError) as caught:
        validate(model, data)
    found = [explain(error, model) for error in caught.value.errors(include_url=False)]
    return [(format_path(item.path), item.message, item.at_key) for item in found]


def changed(record: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {**record, **fields}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "nothing (null)"),
        (True, "true"),
        (False, "false"),
        (3, "the number 3"),
        (2.5, "the number 2.5"),
        ("ten", "'ten'"),
        ("x" * 40, "'" + "x" * 40 + "'"),
        ("x" * 41, "'" + "x" * 37 + "...'"),
        ([1, 2], "a list"),
        ({"a": 1}, "a mapping"),
        (dt.date(2025, 8, 29), "date"),
    ],
)
def test_describe(value: Any, expected: str) -> None:
    assert describe(value) == expected


def test_did_you_mean_names_the_closest_choice_or_nothing() -> None:
    assert did_you_mean("pres", ["official", "press"]) == " (did you mean 'press'?)"
    assert did_you_mean("zzz", ["official", "press"]) == ""
    assert did_you_mean("pres", []) == ""


def test_a_missing_field_is_reported_at_the_record_that_lacks_it() -> None:
    data = {key: value for key, value in TARGET.items() if key != "time_frame"}
    assert worded(Target, data) == [("", "missing required field 'time_frame'", False)]
    untitled = {key: value for key, value in SOURCE.items() if key != "title"}
    assert worded(SourcesFile, {"sources": [SOURCE, untitled]}) == [
        ("sources[1]", "missing required field 'title'", False)
    ]


def test_an_unknown_field_suggests_a_name_and_lists_the_allowed_ones() -> None:
    data = {**BRIEFING, "audiance": "Officials"}
    data.pop("audience")
    assert worded(Briefing, data) == [
        ("", "missing required field 'audience'", False),
        (
            "audiance",
            "unknown field 'audiance' (did you mean 'audience'?); allowed here: id, title, "
            "audience, duration_minutes, panels, description",
            True,
        ),
    ]


def test_an_unknown_field_in_a_list_of_records_lists_that_record_s_fields() -> None:
    data = {"sources": [SOURCE, {**SOURCE, "id": "press", "colour": "red"}]}
    assert worded(SourcesFile, data) == [
        (
            "sources[1].colour",
            "unknown field 'colour'; allowed here: id, title, publisher, date, url, kind, note",
            True,
        )
    ]


def test_an_unknown_field_where_no_record_is_known_is_only_named() -> None:
    error = {"type": "extra_forbidden", "loc": ("summit", "x", "y"), "msg": "", "input": 1}
    assert explain(error, PackFile) == Wording(("summit", "x", "y"), "unknown field 'y'", True)


@pytest.mark.parametrize(
    ("model", "data", "expected"),
    [
        (Target, changed(TARGET, value="ten"), ("value", "expected a number, got 'ten'")),
        (Target, changed(TARGET, value=True), ("value", "expected a number, got true")),
        (
            Briefing,
            changed(BRIEFING, duration_minutes=20.0),
            ("duration_minutes", "expected a whole number, got the number 20.0"),
        ),
        (
            Target,
            changed(TARGET, unit=1945),
            ("unit", "expected text, got the number 1945; put it in quotes"),
        ),
        (Target, changed(TARGET, unit=True), ("unit", "expected text, got true; put it in quotes")),
        (Target, changed(TARGET, unit=["a"]), ("unit", "expected text, got a list")),
        (Target, changed(TARGET, unit=None), ("unit", "expected text, got nothing (null)")),
        (
            Source,
            changed(SOURCE, kind="blog"),
            ("kind", "expected one of 'official', 'press' or 'reference', got 'blog'"),
        ),
        (
            Target,
            changed(TARGET, baseline=5),
            ("baseline", "expected a mapping of fields (name: value), got the number 5"),
        ),
        (
            Target,
            changed(TARGET, sources="official"),
            ("sources", "expected a list (lines starting with '- '), got 'official'"),
        ),
        (Target, changed(TARGET, sources=[]), ("sources", "needs at least 1 item")),
        (Target, changed(TARGET, label=""), ("label", "must not be empty")),
        (
            Target,
            changed(TARGET, label="x" * 201),
            ("label", "is too long: at most 200 characters"),
        ),
        (
            Target,
            changed(TARGET, id="Big Target"),
            ("id", "expected an id of lower-case letters, digits and hyphens, got 'Big Target'"),
        ),
        (
            Source,
            changed(SOURCE, url="example.org"),
            ("url", "expected a web address starting with https://, got 'example.org'"),
        ),
        (
            Source,
            changed(SOURCE, date="29 August 2025"),
            ("date", "expected a date like 2025-08-29 (or 2025-08, or 2025), got '29 August 2025'"),
        ),
        (
            Source,
            changed(SOURCE, date="2025-02-30"),
            ("date", "'2025-02-30' is not a date on the calendar"),
        ),
        (
            Briefing,
            changed(BRIEFING, duration_minutes=0),
            ("duration_minutes", "must be at least 1, got the number 0"),
        ),
        (
            Briefing,
            changed(BRIEFING, duration_minutes=601),
            ("duration_minutes", "must be at most 600, got the number 601"),
        ),
        (
            PackFile,
            {"panels": ["../x.yaml"]},
            (
                "panels[0]",
                "expected a relative path to a .yaml file inside the pack folder, got '../x.yaml'",
            ),
        ),
    ],
)
def test_each_kind_of_error_in_words(
    model: type[Any], data: dict[str, Any], expected: tuple[str, str]
) -> None:
    found = [(path, message) for path, message, _ in worded(model, data)]
    assert expected in found, found


def test_short_title_has_its_own_length() -> None:
    found = worded(Panel, {"short_title": "x" * 41})
    assert ("short_title", "is too long: at most 40 characters", False) in found


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            {"type": "too_short", "loc": ("a",), "msg": "", "input": [1], "ctx": {"min_length": 2}},
            "needs at least 2 items",
        ),
        (
            {"type": "too_short", "loc": ("a",), "msg": "", "input": "", "ctx": {"min_length": 1}},
            "must not be empty",
        ),
        (
            {
                "type": "too_long",
                "loc": ("a",),
                "msg": "",
                "input": [1, 2],
                "ctx": {"max_length": 1},
            },
            "is too long: at most 1 item",
        ),
        (
            {"type": "bool_type", "loc": ("a",), "msg": "", "input": "yes"},
            "expected true or false, got 'yes'",
        ),
        (
            {
                "type": "string_pattern_mismatch",
                "loc": ("a",),
                "msg": "",
                "input": "b",
                "ctx": {"pattern": "^a$"},
            },
            "expected text matching {'pattern': '^a$'}, got 'b'",
        ),
        (
            {"type": "something_new", "loc": ("a",), "msg": "Something new", "input": 3},
            "Something new, got the number 3",
        ),
    ],
)
def test_errors_the_model_does_not_raise_today(error: dict[str, Any], expected: str) -> None:
    # Kinds pydantic may report for rules the model could gain, and any kind not known here.
    assert explain(error, Panel) == Wording(("a",), expected, False)
