"""Put a validation error in a pack file in words its author can act on."""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from collections.abc import Mapping
from typing import Any, NamedTuple

from jvdesk.core.model import friendly_pattern
from jvdesk.core.problems import PathPart

Loc = tuple[PathPart, ...]

# Errors that say only which kind of value was expected, by pydantic's error type.
_EXPECTED = {
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "finite_number": "expected a number",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "bool_type": "expected true or false",
    "dataclass_type": "expected a mapping of fields (name: value)",
    "dataclass_exact_type": "expected a mapping of fields (name: value)",
    "model_type": "expected a mapping of fields (name: value)",
    "dict_type": "expected a mapping of fields (name: value)",
    "list_type": "expected a list (lines starting with '- ')",
}


class Wording(NamedTuple):
    """One validation error, worded for a pack's author.

    Attributes:
        path: the field path the message is about.
        message: what is wrong, and where it helps, what to do.
        at_key: True when the problem is best shown at the field's key rather than its
            value (an unknown field).
    """

    path: Loc
    message: str
    at_key: bool


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


def did_you_mean(word: str, choices: list[str]) -> str:
    """A " (did you mean 'x'?)" suggestion of the closest choice, or "" when none is close."""
    close = difflib.get_close_matches(word, choices, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def explain(error: Mapping[str, Any], model: type[Any]) -> Wording:
    """Put one pydantic validation error in words.

    Args:
        error: one item of ``ValidationError.errors()``.
        model: the record class the whole document was validated against.

    Returns:
        Where the problem is and what it is. A missing field is reported at the record
        that lacks it; an unknown field names the fields allowed there.
    """
    kind = error["type"]
    loc: Loc = tuple(error["loc"])
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return Wording(loc[:-1], f"missing required field '{loc[-1]}'", False)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return Wording(loc, _unknown_field(str(loc[-1]), _model_at(model, loc[:-1])), True)
    got = describe(value)
    if kind in _EXPECTED:
        return Wording(loc, f"{_EXPECTED[kind]}, got {got}", False)
    if kind == "string_type":
        hint = "; put it in quotes" if isinstance(value, int | float | bool) else ""
        return Wording(loc, f"expected text, got {got}{hint}", False)
    if kind == "literal_error":
        return Wording(loc, f"expected one of {ctx.get('expected')}, got {got}", False)
    if kind == "string_pattern_mismatch":
        wanted = friendly_pattern(ctx.get("pattern", "")) or f"expected text matching {ctx}"
        return Wording(loc, f"{wanted}, got {got}", False)
    if kind == "greater_than_equal":
        return Wording(loc, f"must be at least {ctx.get('ge')}, got {got}", False)
    if kind == "less_than_equal":
        return Wording(loc, f"must be at most {ctx.get('le')}, got {got}", False)
    if kind == "value_error":
        return Wording(loc, str(ctx.get("error", error["msg"])), False)
    length = _length(kind, value, ctx)
    if length is not None:
        return Wording(loc, length, False)
    return Wording(loc, f"{error['msg']}, got {got}", False)


def _unknown_field(name: str, model: type[Any] | None) -> str:
    """Say a field is unknown, with the closest allowed name and the allowed ones."""
    text = f"unknown field '{name}'"
    if model is not None:
        allowed = list(_fields(model))
        text += did_you_mean(name, allowed)
        text += f"; allowed here: {', '.join(allowed)}"
    return text


def _length(kind: str, value: Any, ctx: Mapping[str, Any]) -> str | None:
    """Word an error about a text's or list's length; None for other errors."""
    if kind == "string_too_short" or (kind == "too_short" and isinstance(value, str)):
        return "must not be empty"
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return f"needs at least {least} item{'s' if least != 1 else ''}"
    if kind in ("too_long", "string_too_long"):
        unit = "characters" if isinstance(value, str) else "items"
        return f"is too long: at most {ctx.get('max_length')} {unit}"
    return None


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
