"""Search in Japanese and Hindi: no spaces needed, widths and normal forms folded alike."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.search import SNIPPET, Hit, SearchIndex, fold
from tests.conftest import Edit

TITLE_JA = "日印経済パートナーシップの方向"
TITLE_HI = "आर्थिक साझेदारी की दिशा"
# A talking point longer than a snippet, written without spaces as Japanese is.
POINT_JA = "今後十年間で" * 10 + "日本からインドへの民間投資" + "を目指します" * 10


@pytest.fixture(scope="module")
def shipped_index(shipped_pack: ContentPack) -> SearchIndex:
    return SearchIndex(shipped_pack)


@pytest.fixture
def translated(pack_dir: Path, edit: Edit) -> ContentPack:
    """The minimal pack with its alpha panel in Japanese and Hindi."""
    folder = pack_dir / "translations"
    folder.mkdir()
    (folder / "ja.yaml").write_text(
        "language: ja\ntexts:\n"
        f"  panels.alpha.title: {TITLE_JA}\n"
        f"  panels.alpha.talking_points.0: {POINT_JA}\n",
        encoding="utf-8",
    )
    (folder / "hi.yaml").write_text(
        f"language: hi\ntexts:\n  panels.alpha.title: {TITLE_HI}\n", encoding="utf-8"
    )
    edit(
        "pack.yaml",
        "follow_ups:",
        "translations: [translations/ja.yaml, translations/hi.yaml]\nfollow_ups:",
    )
    return load_pack(pack_dir)


def wide(text: str) -> str:
    """ASCII written in full-width forms, as a Japanese keyboard may type it."""
    return "".join("\u3000" if char == " " else chr(ord(char) + 0xFEE0) for char in text)


# --- folding ---------------------------------------------------------------------------


def test_half_width_katakana_is_full_width() -> None:
    assert fold("ｶﾞｲﾄﾞ") == fold("ガイド") == "ガイド"
    assert fold("ﾊﾟｰﾄﾅｰｼｯﾌﾟ") == "パートナーシップ"


def test_full_width_latin_letters_and_digits_are_ascii() -> None:
    assert wide("JAPAN 2030") == "\uff2a\uff21\uff30\uff21\uff2e\u3000\uff12\uff10\uff13\uff10"
    assert fold(wide("JAPAN 2030")) == "japan 2030"  # an ideographic space is a space


def test_case_is_ignored_also_where_normalising_makes_capitals() -> None:
    assert fold("\u3392") == fold("MHz") == "mhz"  # the square "MHz" sign


def test_devanagari_in_any_normal_form_is_the_same_text() -> None:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        assert fold(unicodedata.normalize(form, "क़ानून और हिन्दी")) == fold("क़ानून और हिन्दी")
    assert fold("\u0958") == fold("\u0915\u093c")  # precomposed qa is ka with nukta


def test_digits_of_any_script_are_ascii_digits() -> None:
    assert fold("२०३०") == "2030"  # Devanagari
    assert fold(wide("2030")) == "2030"  # full-width


# --- matching --------------------------------------------------------------------------


def test_japanese_needs_no_spaces_between_words(shipped_index: SearchIndex) -> None:
    (hit,) = shipped_index.find("経済安全保障")  # inside 日印経済安全保障イニシアティブ
    assert (hit.panel_id, hit.kind) == ("economic-security", "Initiative")


def test_a_half_width_query_finds_full_width_text(shipped_index: SearchIndex) -> None:
    assert shipped_index.find("ｲﾆｼｱﾃｨﾌﾞ") == shipped_index.find("イニシアティブ") != []
    assert shipped_index.find("ｲﾆｼｱﾃｨﾌ") == []  # without its voicing mark, another word


def test_a_full_width_query_finds_ascii_text(shipped_index: SearchIndex) -> None:
    assert shipped_index.find(wide("SHINKANSEN")) == shipped_index.find("shinkansen") != []


def test_a_localized_pack_is_searched_in_its_language(translated: ContentPack) -> None:
    japanese = SearchIndex(translated.localized("ja"))
    assert japanese.find("パートナーシップ") == [Hit("alpha", "Panel", TITLE_JA, TITLE_JA)]
    assert japanese.find("ﾊﾟｰﾄﾅｰｼｯﾌﾟ 日印") == japanese.find("パートナーシップ")
    assert japanese.find("alpha direction") == []  # the English title is not shown
    assert SearchIndex(translated).find("パートナーシップ") == []


def test_a_devanagari_query_in_nfd_finds_nfc_text(translated: ContentPack) -> None:
    hindi = SearchIndex(translated.localized("hi"))
    text = unicodedata.normalize("NFC", TITLE_HI)
    for query in ("साझेदारी", "आर्थिक साझेदारी"):
        assert hindi.find(unicodedata.normalize("NFD", query)) == [
            Hit("alpha", "Panel", text, text)
        ]


def test_a_japanese_snippet_is_around_the_match(translated: ContentPack) -> None:
    (hit,) = SearchIndex(translated.localized("ja")).find("民間投資")
    assert (hit.panel_id, hit.kind, hit.text) == ("alpha", "Speaker notes", POINT_JA)
    assert "民間投資" in hit.snippet and len(hit.snippet) <= SNIPPET + 2
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
