"""What changed between two packs: every difference located, values as the pack writes them."""

from __future__ import annotations

import shutil
from pathlib import Path

from jvdesk.core import i18n
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.packdiff import Change, diff_lines, diff_packs, plain
from tests.conftest import MINIMAL_PACK, Edit

QUOTE = """\
  - id: b-quote
    text: We did it.
    speaker: Leader One
    role: Prime Minister of India
    date: 2025-08-30
    place: Tokyo
    sources: [official]
"""
EXTRA_SOURCE = """\
  - id: extra
    title: Another report
    publisher: A newspaper
    url: https://example.org/extra
    kind: press
"""
TRANSLATIONS = "translations:\n  - translations/ja.yaml\n"
JAPANESE = "language: ja\ntexts:\n  panels.alpha.title: アルファ\n  panels.beta.title: ベータ\n"


def _from_minimal(pack_dir: Path) -> list[str]:
    """The lines saying what changed from the minimal pack to the edited copy."""
    return diff_lines(diff_packs(load_pack(MINIMAL_PACK), load_pack(pack_dir)))


def _with_japanese(pack_dir: Path, texts: str) -> ContentPack:
    """The copied pack with a Japanese translations file holding ``texts``."""
    (pack_dir / "translations").mkdir(exist_ok=True)
    (pack_dir / "translations" / "ja.yaml").write_text(texts, encoding="utf-8")
    pack_file = pack_dir / "pack.yaml"
    if TRANSLATIONS not in pack_file.read_text(encoding="utf-8"):
        with pack_file.open("a", encoding="utf-8") as stream:
            stream.write(TRANSLATIONS)
    return load_pack(pack_dir)


def test_identical_packs_have_no_change(pack_dir: Path) -> None:
    assert diff_packs(load_pack(MINIMAL_PACK), load_pack(pack_dir)) == []
    assert _from_minimal(pack_dir) == ["No changes."]


def test_a_changed_target_value_shows_old_and_new(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: 12")

    changes = diff_packs(load_pack(MINIMAL_PACK), load_pack(pack_dir))

    assert changes == [Change("alpha / target big-target / value", "changed", "10", "12")]
    assert diff_lines(changes) == [
        "1 change: 0 added, 0 removed, 1 changed",
        "changed: alpha / target big-target / value: 10 → 12",
    ]


def test_a_large_figure_is_written_as_the_pack_writes_it(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: 500000")

    assert _from_minimal(pack_dir)[1:] == [
        "changed: alpha / target big-target / value: 10 → 500000"
    ]


def test_values_are_plain_text() -> None:
    assert [plain(500000.0), plain(5.3), plain(0.001), plain(1e20), plain(None)] == [
        "500000",
        "5.3",
        "0.001",
        "100000000000000000000",
        "—",
    ]


def test_an_added_quote(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "charts:\n", QUOTE + "charts:\n")

    assert _from_minimal(pack_dir) == [
        "1 change: 1 added, 0 removed, 0 changed",
        "added: alpha / quote b-quote: We did it. — Leader One",
    ]


def test_a_removed_source_and_the_citation_that_went_with_it(pack_dir: Path, edit: Edit) -> None:
    edit("sources.yaml", "  - id: press\n", EXTRA_SOURCE + "  - id: press\n")
    edit("panels/beta.yaml", "sources: [press]", "sources: [press, extra]")

    lines = diff_lines(diff_packs(load_pack(pack_dir), load_pack(MINIMAL_PACK)))

    assert lines == [
        "2 changes: 0 added, 1 removed, 1 changed",
        "changed: beta / initiative 1 / sources: press, extra → press",
        "removed: source extra: Another report (https://example.org/extra)",
    ]


def test_a_changed_chart_value_is_named_by_its_category(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "[4.1, 5.9, 5.3]", "[4.1, 5.9, 5.4]")

    assert _from_minimal(pack_dir)[1:] == [
        "changed: alpha / chart a-chart / series India / 2024: 5.3 → 5.4"
    ]


def test_a_chart_gains_a_category_and_loses_a_value(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", '"2024"]', '"2024", "2025"]')
    edit("panels/alpha.yaml", "[4.1, 5.9, 5.3]", "[null, 5.9, 5.3, 6.25]")

    assert _from_minimal(pack_dir) == [
        "3 changes: 1 added, 1 removed, 1 changed",
        "changed: alpha / chart a-chart / categories: 2022, 2023, 2024 → 2022, 2023, 2024, 2025",
        "removed: alpha / chart a-chart / series India / 2022: 4.1",
        "added: alpha / chart a-chart / series India / 2025: 6.25",
    ]


def test_translation_keys_added_changed_and_removed(pack_dir: Path, tmp_path: Path) -> None:
    old = _with_japanese(pack_dir, JAPANESE)
    newer = tmp_path / "newer"
    shutil.copytree(pack_dir, newer)
    texts = "language: ja\ntexts:\n  panels.alpha.title: アルファの方向\n  summit.place: 東京\n"

    lines = diff_lines(diff_packs(old, _with_japanese(newer, texts)))

    assert lines == [
        "3 changes: 1 added, 1 removed, 1 changed",
        "changed: translations ja / panels.alpha.title: アルファ → アルファの方向",
        "added: translations ja / summit.place: 東京",
        "removed: translations ja / panels.beta.title: ベータ",
    ]


def test_a_translations_file_added_is_one_change(pack_dir: Path) -> None:
    lines = diff_lines(diff_packs(load_pack(MINIMAL_PACK), _with_japanese(pack_dir, JAPANESE)))

    assert lines[1:] == ["added: translations ja: 2 texts"]


def test_follow_ups_are_matched_by_position(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", "title: A follow-up", "title: The first follow-up")
    edit(
        "pack.yaml",
        "briefings:",
        "  - date: 2026-03-15\n    title: Another follow-up\n    sources: [official]\nbriefings:",
    )

    assert _from_minimal(pack_dir)[1:] == [
        "changed: follow-up 1 / title: A follow-up → The first follow-up",
        "added: follow-up 2: 2026-03-15: Another follow-up",
    ]


def test_the_pack_identity_and_panel_order(pack_dir: Path, edit: Edit) -> None:
    edit("pack.yaml", 'version: "1.0"', 'version: "1.1"')
    edit("pack.yaml", "as_of: 2025-09-01", "as_of: 2025-10-01")
    edit(
        "pack.yaml",
        "  - panels/alpha.yaml\n  - panels/beta.yaml",
        "  - panels/beta.yaml\n  - panels/alpha.yaml",
    )
    edit("panels/alpha.yaml", "title: Alpha direction", "title: The alpha direction")

    assert _from_minimal(pack_dir)[1:] == [
        "changed: pack / version: 1.0 → 1.1",
        "changed: pack / as_of: 2025-09-01 → 2025-10-01",
        "changed: alpha / title: Alpha direction → The alpha direction",
        "changed: pack / panels: alpha, beta → beta, alpha",
    ]


def test_a_pack_in_another_language_is_compared_as_its_files_write_it(
    shipped_pack: ContentPack,
) -> None:
    assert diff_packs(shipped_pack, shipped_pack.localized("ja")) == []


def test_the_lines_in_japanese(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: 12")
    i18n.set_language("ja")

    assert _from_minimal(pack_dir) == [
        "1件の変更（追加 0、削除 0、変更 1）",  # noqa: RUF001
        "変更: alpha / 目標 big-target / value: 10 → 12",
    ]
