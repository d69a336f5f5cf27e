"""A pack in words for the command line: its contents, and how much of it is translated."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.summary import (
    counts,
    coverage,
    coverage_lines,
    key_lines,
    missing_translations,
    summary_lines,
    width,
)
from tests.conftest import MINIMAL_PACK

JAPANESE = """\
language: ja
texts:
  pack.title: 最小のパック
  panels.alpha.title: アルファ方向
official:
  summit.title:
    text: テスト首脳会談
    sources: [official]
"""


@pytest.fixture
def translated(pack_dir: Path) -> ContentPack:
    """The minimal pack with a Japanese translation of three of its texts, one official."""
    (pack_dir / "translations").mkdir()
    (pack_dir / "translations" / "ja.yaml").write_text(JAPANESE, encoding="utf-8")
    with (pack_dir / "pack.yaml").open("a", encoding="utf-8") as stream:
        stream.write("translations:\n  - translations/ja.yaml\n")
    return load_pack(pack_dir)


def test_counts_say_one_in_the_singular() -> None:
    assert counts(load_pack(MINIMAL_PACK)) == (
        "2 panels, 1 target, 0 key figures, 1 quote, 1 chart, 2 sources"
    )


def test_coverage_counts_official_translations_among_the_translated(
    translated: ContentPack,
) -> None:
    found = coverage(translated, "ja")
    assert (found.translated, found.official, found.total) == (3, 1, 37)
    assert (coverage(translated, "hi").translated, coverage(translated, "hi").total) == (0, 37)


def test_every_language_gets_a_coverage_line(translated: ContentPack) -> None:
    assert coverage_lines(translated) == [
        "Japanese: 3 of 37 texts translated (1 official)",
        "Hindi: 0 of 37 texts translated (0 official)",
    ]


def test_a_translations_file_that_lacks_texts_is_named(translated: ContentPack) -> None:
    assert missing_translations(translated) == [
        "translations/ja.yaml lacks 34 of 37 texts (`jvdesk info --keys --lang ja` lists them, "
        "marked missing)"
    ]
    assert missing_translations(load_pack(MINIMAL_PACK)) == []  # no file, no warning


def test_keys_for_translators_are_one_per_line(translated: ContentPack) -> None:
    lines = key_lines(translated)
    assert len(lines) == 37
    assert lines[:2] == [
        "pack.title\tMinimal pack",
        "pack.description\tA two-panel pack for jvdesk's tests.",
    ]
    by_key = dict(line.split("\t", 1) for line in key_lines(translated, "ja"))
    assert by_key["pack.title"] == "Minimal pack\ttranslated"
    assert by_key["summit.title"] == "Test Summit\tofficial"
    assert by_key["summit.place"] == "Tokyo\tmissing"


def test_a_quote_in_the_language_asked_for_needs_no_translation(
    pack_dir: Path, translated: ContentPack
) -> None:
    alpha = pack_dir / "panels" / "alpha.yaml"
    text = alpha.read_text(encoding="utf-8")
    alpha.write_text(
        text.replace("    text: We will do it.\n", "    text: やります。\n    language: ja\n"),
        encoding="utf-8",
    )
    pack = load_pack(pack_dir)
    assert "panels.alpha.quotes.a-quote.text" not in dict(
        line.split("\t", 1) for line in key_lines(pack, "ja")
    )
    assert "panels.alpha.quotes.a-quote.text\tやります。" in key_lines(pack)
    assert coverage(pack, "ja").total == 36


def test_words_with_tabs_and_line_ends_stay_on_one_line(pack_dir: Path) -> None:
    beta = pack_dir / "panels" / "beta.yaml"
    text = beta.read_text(encoding="utf-8")
    beta.write_text(
        text.replace(
            "summary: A document with no targets.", 'summary: "A\\tdoc\\nwith \\\\ no targets."'
        ),
        encoding="utf-8",
    )
    lines = key_lines(load_pack(pack_dir))
    assert "panels.beta.summary\tA\\tdoc\\nwith \\\\ no targets." in lines


def test_the_summary_aligns_its_labels_and_ends_with_the_checksum(translated: ContentPack) -> None:
    lines = summary_lines(translated)
    assert "Summit:    Test Summit, Tokyo, 29–30 Aug 2025" in lines
    assert (
        lines[lines.index("Translations:") + 1]
        == "  Japanese: 3 of 37 texts translated (1 official)"
    )
    assert lines[-1] == f"Checksum:  sha256:{translated.checksum}"


def test_wide_characters_take_two_columns_and_marks_none() -> None:
    assert width("Tokyo") == 5
    assert width("東京") == 4
    assert width("हिन्दी") == 5  # the virama joining न and द takes no column of its own
