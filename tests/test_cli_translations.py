"""The jvdesk command and a pack's translations: coverage, the keys, missing texts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from jvdesk.cli import main
from tests.conftest import MINIMAL_PACK

JAPANESE = """\
language: ja
texts:
  pack.title: 最小のパック
official:
  summit.title:
    text: テスト首脳会談
    sources: [official]
"""


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """The messages below are English: whatever the machine's locale, ask for English."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def translated(pack_dir: Path) -> Path:
    """The minimal pack with a Japanese translation of two of its 36 texts, one official."""
    (pack_dir / "translations").mkdir()
    (pack_dir / "translations" / "ja.yaml").write_text(JAPANESE, encoding="utf-8")
    with (pack_dir / "pack.yaml").open("a", encoding="utf-8") as stream:
        stream.write("translations:\n  - translations/ja.yaml\n")
    return pack_dir


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_validate_warns_of_missing_translations_and_still_passes(translated: Path) -> None:
    code, out, err = call("validate", str(translated))
    assert code == 0
    assert out.startswith("OK: Minimal pack 1.0: 2 panels, ")
    assert err == (
        "jvdesk validate: warning: translations/ja.yaml lacks 35 of 37 texts "
        "(`jvdesk info --keys --lang ja` lists them, marked missing)\n"
    )


def test_validate_is_silent_about_a_pack_with_no_translations() -> None:
    code, _, err = call("validate", str(MINIMAL_PACK))
    assert (code, err) == (0, "")


def test_info_shows_how_much_is_translated_into_each_language(translated: Path) -> None:
    code, out, _ = call("info", str(translated))
    assert code == 0
    lines = out.splitlines()
    start = lines.index("Translations:")
    assert lines[start + 1 : start + 3] == [
        "  Japanese: 2 of 37 texts translated (1 official)",
        "  Hindi: 0 of 37 texts translated (0 official)",
    ]
    assert lines[-1].startswith("Checksum:  sha256:")


def test_info_keys_lists_every_text_a_translation_may_give(translated: Path) -> None:
    code, out, _ = call("info", "--keys", str(translated))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 37
    assert lines[0] == "pack.title\tMinimal pack"
    assert "panels.alpha.targets.big-target.flow\tJapan → India" in lines


def test_info_keys_for_a_language_marks_each_key(translated: Path) -> None:
    code, out, _ = call("info", "--keys", "--lang", "ja", str(translated))
    assert code == 0
    lines = out.splitlines()
    assert lines[:4] == [
        "pack.title\tMinimal pack\ttranslated",
        "pack.description\tA two-panel pack for jvdesk's tests.\tmissing",
        "summit.title\tTest Summit\tofficial",
        "summit.place\tTokyo\tmissing",
    ]
    assert sum(line.endswith("\tmissing") for line in lines) == 35


def test_lang_needs_keys() -> None:
    assert call("info", "--lang", "ja") == (
        2,
        "",
        "jvdesk info: --lang goes with --keys, such as --keys --lang ja\n",
    )


def test_lang_is_one_jvdesk_translates_into(capsys: pytest.CaptureFixture[str]) -> None:
    assert call("info", "--keys", "--lang", "fr")[0] == 2
    assert "argument --lang: invalid choice: 'fr'" in capsys.readouterr().err
