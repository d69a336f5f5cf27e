"""Check pack data against the model's dataclasses with pydantic.

Only the loader, the schema generator and the command line import this module: pydantic
and its validators take about 18 MiB, which the desktop app does not carry (it reads a
checked snapshot, or has ``jvdesk validate`` check a pack in a process of its own).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

__all__ = ["ValidationError", "json_schema", "validate"]

T = TypeVar("T")


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(model: type[Any]) -> TypeAdapter[Any]:
    """The validator of a model class, built once per process."""
    if model not in _ADAPTERS:
        _ADAPTERS[model] = TypeAdapter(model)
    return _ADAPTERS[model]


def validate(model: type[T], data: Any) -> T:
    """Check data (as read from YAML) against a model class and build the record.

    Raises:
        ValidationError: listing every field that does not fit.
    """
    result: T = _adapter(model).validate_python(data)
    return result


def json_schema(model: type[Any]) -> dict[str, Any]:
    """The JSON Schema of a model class."""
    return _adapter(model).json_schema()
