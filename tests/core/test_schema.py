"""The shipped JSON Schemas match the model."""

from __future__ import annotations

import json

from jvdesk.core.schema import (
    REFERENCE_END,
    REFERENCE_START,
    SCHEMAS,
    guide_path,
    guide_text,
    schema_folder,
    stale_schemas,
)


def test_shipped_schemas_are_current() -> None:
    assert stale_schemas() == [], "run `make schema` and commit the result"


def test_schemas_forbid_unknown_fields() -> None:
    for name in SCHEMAS:
        schema = json.loads((schema_folder() / name).read_text(encoding="utf-8"))
        assert schema["additionalProperties"] is False
        assert all(
            d.get("additionalProperties") is False
            for d in schema.get("$defs", {}).values()
            if d.get("type") == "object"
        )


def test_guide_reference_is_current() -> None:
    guide = guide_path()
    text = guide.read_text(encoding="utf-8")
    assert REFERENCE_START in text and REFERENCE_END in text
    assert guide_text(text) == text, "run `make schema` and commit docs/content-pack.md"
