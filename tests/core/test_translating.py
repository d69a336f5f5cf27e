"""A pack's translations: keys, checks, the pack in another language (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.problems import PackError
from jvdesk.core.translating import texts


def _translate(pack_dir: Path, body: str) -> None:
    (pack_dir / "translations").mkdir(exist_ok=True)
    (pack_dir / "translations" / "ja.yaml").write_text(body, encoding="utf-8")
    pack_file = pack_dir / "pack.yaml"
    pack_file.write_text(
        pack_file.read_text(encoding="utf-8") + "translations:\n  - translations/ja.yaml\n",
        encoding="utf-8",
    )


def test_every_text_has_a_key_made_of_the_packs_ids(shipped_pack: ContentPack) -> None:
    keys = texts(shipped_pack.meta, shipped_pack.panels, "ja")
    assert keys["pack.title"] == shipped_pack.title
    assert "panels.economic-partnership.title" in keys
    assert "summit.leaders.0.name" in keys
    # A quote already in Japanese needs no Japanese translation; Hindi needs one.
    quote = "panels.security-declaration.quotes.ishiba-rule-of-law-order.text"
    assert quote not in keys
    assert quote in texts(shipped_pack.meta, shipped_pack.panels, "hi")
    # Amounts are formatted, not translated: "JPY trillion" has no text to translate.
    assert not any(key.endswith("private-investment.unit") for key in keys)


def test_the_shipped_pack_is_translated_whole(shipped_pack: ContentPack) -> None:
    for language in ("ja", "hi"):
        localized = shipped_pack.localized(language)  # type: ignore[arg-type]
        assert localized.localization is not None
        assert localized.localization.fallbacks == frozenset()
        assert localized.title != shipped_pack.title
        assert localized.localized("en") is shipped_pack


def test_a_missing_text_falls_back_to_english_alone(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    first = pack.panels[0]
    _translate(pack_dir, f"language: ja\ntexts:\n  panels.{first.id}.title: 日本語の題\n")
    localized = load_pack(pack_dir).localized("ja")
    assert localized.panels[0].title == "日本語の題"
    assert localized.panels[0].summary == first.summary
    assert localized.localization is not None
    assert f"panels.{first.id}.summary" in localized.localization.fallbacks


def test_an_unknown_key_is_a_located_error(pack_dir: Path) -> None:
    pack = load_pack(pack_dir)
    first = pack.panels[0]
    _translate(pack_dir, f"language: ja\ntexts:\n  panels.{first.id}.titel: 題\n")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    (problem,) = caught.value.problems
    assert problem.file == "translations/ja.yaml"
    assert problem.line == 3
    assert f"panels.{first.id}.title" in problem.message  # did you mean


def test_a_translated_quote_is_labelled_and_its_original_kept(shipped_pack: ContentPack) -> None:
    plan = plan_deck(shipped_pack, language="hi", notes_language="hi")
    quoted = [quote for slide in plan.slides for quote in slide.quotes]
    assert quoted and all(quote.label for quote in quoted)
    notes = "\n".join(slide.notes for slide in plan.slides if slide.quotes)
    assert "基本的価値を共にする日本とインド" in notes or any(
        "Ishiba" not in q.speaker for q in quoted
    )


def test_every_language_has_the_same_slides(shipped_pack: ContentPack) -> None:
    plans = {lang: plan_deck(shipped_pack, language=lang) for lang in ("en", "ja", "hi")}
    shapes = {
        lang: [(s.kind, s.panel_id, len(s.quotes), len(s.rows)) for s in plan.slides]
        for lang, plan in plans.items()
    }
    assert shapes["ja"] == shapes["en"] == shapes["hi"]


def test_notes_can_be_in_another_language_than_the_slides(shipped_pack: ContentPack) -> None:
    plan = plan_deck(shipped_pack, language="en", notes_language="ja")
    english = plan_deck(shipped_pack, language="en")
    assert [s.title for s in plan.slides] == [s.title for s in english.slides]
    panel = next(s for s in plan.slides if s.kind == "panel")
    japanese = shipped_pack.localized("ja").panel(panel.panel_id or "")
    assert japanese.talking_points[0] in panel.notes
    assert plan.notes_language == "ja"


def test_an_export_counts_the_texts_left_in_english(pack_dir: Path) -> None:
    from jvdesk.core.summary import untranslated

    first = load_pack(pack_dir).panels[0]
    _translate(pack_dir, f"language: ja\ntexts:\n  panels.{first.id}.title: 題\n")
    pack = load_pack(pack_dir)
    missing = len(texts(pack.meta, pack.panels, "ja")) - 1
    (line,) = untranslated(pack, ("ja", "en", "ja"))
    assert line == f"{missing} texts have no 日本語 translation and are in English"


def _shipped_copy(tmp_path: Path, language: str, drop: str) -> ContentPack:
    import shutil

    from jvdesk.core.resources import shipped_pack_path

    folder = tmp_path / "pack"
    shutil.copytree(shipped_pack_path(), folder)
    file = folder / "translations" / f"{language}.yaml"
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(drop + ":"))
    end = start + 1
    while end < len(lines) and lines[end].startswith("    "):  # a folded value's lines
        end += 1
    file.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    return load_pack(folder)


def test_a_quote_spoken_in_japanese_with_no_hindi_keeps_its_english(tmp_path: Path) -> None:
    key = "panels.mobility.quotes.ishiba-railways-to-sendai.text"
    pack = _shipped_copy(tmp_path, "hi", key)
    quote = next(q for q in pack.localized("hi").panel("mobility").quotes if q.id in key)
    original = next(q for q in pack.panel("mobility").quotes if q.id in key)
    assert quote.translation == original.translation  # shown in English, not unlabelled Japanese
    plan = plan_deck(pack, language="hi")
    shown = [item for slide in plan.slides for item in slide.quotes if "Ishiba" in item.speaker]
    assert any(item.text == original.translation for item in shown) or not shown


def test_a_missing_translation_of_a_shared_target_keeps_the_glance_rows(
    tmp_path: Path,
) -> None:
    pack = _shipped_copy(tmp_path, "hi", "panels.hr-action-plan.targets.exchange-500000.time_frame")
    rows = {
        lang: sum(len(s.rows) for s in plan_deck(pack, language=lang).slides if s.kind == "glance")
        for lang in ("en", "hi")
    }
    assert rows["en"] == rows["hi"]
    plan_deck(pack, language="en", notes_language="hi")  # slides and notes line up


def test_only_the_exported_panels_count_as_left_in_english(pack_dir: Path) -> None:
    from jvdesk.core.summary import untranslated

    pack = load_pack(pack_dir)
    first, second = pack.panels[0], pack.panels[1]
    _translate(pack_dir, f"language: ja\ntexts:\n  panels.{first.id}.title: 題\n")
    pack = load_pack(pack_dir)
    everything = untranslated(pack, ("ja",))
    only_second = untranslated(pack, ("ja",), {second.id})
    assert everything != only_second
