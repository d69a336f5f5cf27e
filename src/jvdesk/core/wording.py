"""Put a validation error in a pack file in words its author can act on."""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from collections.abc import Mapping
from typing import Any, NamedTuple

from jvdesk.core.i18n import N_, _, ngettext
from jvdesk.core.model import friendly_pattern
from jvdesk.core.problems import PathPart

Loc = tuple[PathPart, ...]

# Errors that say only which kind of value was expected, by pydantic's error type.
_EXPECTED = {
    "float_type": N_("expected a number, got {value}"),
    "float_parsing": N_("expected a number, got {value}"),
    "finite_number": N_("expected a number, got {value}"),
    "int_type": N_("expected a whole number, got {value}"),
    "int_parsing": N_("expected a whole number, got {value}"),
    "int_from_float": N_("expected a whole number, got {value}"),
    "bool_type": N_("expected true or false, got {value}"),
    "dataclass_type": N_("expected a mapping of fields (name: value), got {value}"),
    "dataclass_exact_type": N_("expected a mapping of fields (name: value), got {value}"),
    "model_type": N_("expected a mapping of fields (name: value), got {value}"),
    "dict_type": N_("expected a mapping of fields (name: value), got {value}"),
    "list_type": N_("expected a list (lines starting with '- '), got {value}"),
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
        return _("nothing (null)")
    if isinstance(value, bool):
        return "true" if value else "false"  # YAML's words, as the file writes them
    if isinstance(value, int | float):
        return _("the number {number}").format(number=value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return repr(shown)
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a mapping")
    return type(value).__name__


def did_you_mean(word: str, choices: list[str]) -> str:
    """A " (did you mean 'x'?)" suggestion of the closest choice, or "" when none is close."""
    close = difflib.get_close_matches(word, choices, n=1)
    if not close:
        return ""
    # Translators: follows a word the pack does not know, as in "unknown field 'titel'
    # (did you mean 'title'?)"; keep the leading space if your language puts one there.
    return _(" (did you mean '{choice}'?)").format(choice=close[0])


def _one_of(expected: str) -> str:
    """Pydantic's list of allowed values ("'a', 'b' or 'c'") with "or" in the language in force."""
    head, separator, last = expected.rpartition(" or ")
    if not separator:
        return expected
    # Translators: the last two of the values a field allows, as in "'a', 'b' or 'c'".
    return _("{values} or {last}").format(values=head, last=last)


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
        # Translators: {field} is a field's name in the pack file, as it is written there.
        return Wording(loc[:-1], _("missing required field '{field}'").format(field=loc[-1]), False)
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return Wording(loc, _unknown_field(str(loc[-1]), _model_at(model, loc[:-1])), True)
    return Wording(loc, _message(kind, value, ctx, error), False)


def _message(kind: str, value: Any, ctx: Mapping[str, Any], error: Mapping[str, Any]) -> str:
    """Word an error about a value (not a missing or unknown field)."""
    got = describe(value)
    if kind in _EXPECTED:
        return _(_EXPECTED[kind]).format(value=got)
    if kind == "string_type":
        if isinstance(value, int | float | bool):
            return _("expected text, got {value}; put it in quotes").format(value=got)
        return _("expected text, got {value}").format(value=got)
    if kind == "literal_error":
        # Translators: {choices} lists the values allowed, as in "'checked' or 'to-be-checked'".
        return _("expected one of {choices}, got {value}").format(
            choices=_one_of(str(ctx.get("expected"))), value=got
        )
    if kind == "string_pattern_mismatch":
        wanted = friendly_pattern(ctx.get("pattern", ""))
        if wanted is None:
            return _("expected text matching {pattern}, got {value}").format(pattern=ctx, value=got)
        # Translators: {expected} says what the field asks for, as in "expected a date like
        # 2025-08-29"; {value} is what the file gives.
        return _("{expected}, got {value}").format(expected=_(wanted), value=got)
    if kind == "greater_than_equal":
        return _("must be at least {least}, got {value}").format(least=ctx.get("ge"), value=got)
    if kind == "less_than_equal":
        return _("must be at most {most}, got {value}").format(most=ctx.get("le"), value=got)
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    length = _length(kind, value, ctx)
    if length is not None:
        return length
    # Translators: {message} is the validator's own words, in English.
    return _("{message}, got {value}").format(message=error["msg"], value=got)


def _unknown_field(name: str, model: type[Any] | None) -> str:
    """Say a field is unknown, with the closest allowed name and the allowed ones."""
    if model is None:
        return _("unknown field '{field}'").format(field=name)
    allowed = list(_fields(model))
    # Translators: {hint} is empty or " (did you mean 'title'?)"; {allowed} lists field names.
    return _("unknown field '{field}'{hint}; allowed here: {allowed}").format(
        field=name, hint=did_you_mean(name, allowed), allowed=", ".join(allowed)
    )


def _length(kind: str, value: Any, ctx: Mapping[str, Any]) -> str | None:
    """Word an error about a text's or list's length; None for other errors."""
    if kind == "string_too_short" or (kind == "too_short" and isinstance(value, str)):
        return _("must not be empty")
    if kind == "too_short":
        least = int(ctx.get("min_length", 1))
        return ngettext(
            "needs at least {count} item", "needs at least {count} items", least
        ).format(count=least)
    if kind in ("too_long", "string_too_long"):
        most = int(ctx.get("max_length", 0))
        if isinstance(value, str):
            return ngettext(
                "is too long: at most {count} character",
                "is too long: at most {count} characters",
                most,
            ).format(count=most)
        return ngettext(
            "is too long: at most {count} item", "is too long: at most {count} items", most
        ).format(count=most)
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
