"""The language jvdesk speaks: read from the environment as gettext reads it."""

from __future__ import annotations

import pytest

from jvdesk.core import i18n


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "hi_IN.UTF-8"}, "hi"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "ja_JP.UTF-8", "LC_ALL": "hi_IN"}, "hi"),
        ({"LANG": "ja_JP.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANGUAGE": "fr:hi:en", "LANG": "ja_JP.UTF-8"}, "hi"),
        ({"LANGUAGE": "fr", "LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "ja_JP.eucJP@modifier"}, "ja"),
    ],
)
def test_the_language_is_read_from_the_variables(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(environ) == expected


def test_a_block_speaks_its_language_and_then_the_process_one_again() -> None:
    i18n.set_language("hi")
    with i18n.using("ja"):
        assert i18n.current() == "ja"
    assert i18n.current() == "hi"


def test_english_needs_no_catalogue() -> None:
    assert i18n._("Sources") == "Sources"
