"""The catalogues: current with the code, every message translated, every one built."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from jvdesk.core import i18n

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def test_every_catalogue_is_current_and_complete() -> None:
    """Fails when the code has a message no catalogue holds (run `make translations`), when
    a catalogue holds one the code no longer has, or when a message is unfinished."""
    problems = _tool().problems()
    assert problems == [], "\n".join(problems[:40])


@pytest.mark.parametrize("language", ["ja", "hi"])
def test_every_catalogue_is_built(language: str) -> None:
    assert (ROOT / f"resources/translations/jvdesk_{language}.qm").is_file()
    assert (ROOT / f"resources/locale/{language}/LC_MESSAGES/jvdesk.mo").is_file()
    assert i18n.catalogue(language).gettext("Sources") != "Sources"  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["ja", "hi"])
def test_placeholders_survive_translation(language: str) -> None:
    """A translation that drops or renames a {placeholder} would fail when it is shown."""
    import re

    from babel.messages.pofile import read_po

    path = ROOT / f"resources/locale/{language}/LC_MESSAGES/jvdesk.po"
    with path.open("rb") as stream:
        catalog = read_po(stream)
    names = re.compile(r"\{(\w*)\}")
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = set(names.findall(ids[-1]))
        for string in strings:
            assert set(names.findall(string)) <= expected | set(names.findall(ids[0])), (
                message.id,
                string,
            )
