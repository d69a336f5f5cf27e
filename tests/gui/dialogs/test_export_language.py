"""The export dialog's languages: the slides' and the notes', offered, used and remembered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pytestqt.qtbot import QtBot

from jvdesk.core import i18n
from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.dialogs import export as exportdialog
from jvdesk.gui.dialogs import exportjob
from jvdesk.gui.dialogs.export import ExportDialog
from tests.gui.common.catalogues import compile_catalogue, installed

TIMEOUT = 60_000

JAPANESE = """language: ja
texts:
  briefings.full.title: 全体ブリーフィング
  panels.alpha.title: アルファの方向
  panels.alpha.talking_points.0: これを言う。
"""

HINDI = """language: hi
texts:
  briefings.full.title: पूरी ब्रीफ़िंग
  panels.alpha.title: अल्फ़ा दिशा
  panels.alpha.talking_points.0: यह कहें।
"""


@pytest.fixture
def translated_pack(pack_dir: Path) -> ContentPack:
    """The minimal pack with a few of its texts in Japanese and Hindi."""
    folder = pack_dir / "translations"
    folder.mkdir()
    (folder / "ja.yaml").write_text(JAPANESE, encoding="utf-8")
    (folder / "hi.yaml").write_text(HINDI, encoding="utf-8")
    with (pack_dir / "pack.yaml").open("a", encoding="utf-8") as file:
        file.write("translations:\n  - translations/ja.yaml\n  - translations/hi.yaml\n")
    return load_pack(pack_dir)


def open_dialog(qtbot: QtBot, pack: ContentPack, settings: Settings) -> ExportDialog:
    dialog = ExportDialog(pack, list(pack.meta.briefings), "full", settings)
    qtbot.addWidget(dialog)
    return dialog


def items(box: Any) -> list[tuple[str, str]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> list[DeckPlan]:
    """Every plan the dialog makes, made by the real planner."""
    made: list[DeckPlan] = []

    def planning(*args: Any, **kwargs: Any) -> DeckPlan:
        made.append(plan_deck(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(exportdialog, "plan_deck", planning)
    return made


def test_the_three_languages_are_offered_each_named_in_itself(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    dialog = open_dialog(qtbot, minimal_pack, Settings())
    form = dialog.form
    assert items(form.language_box) == [("English", "en"), ("日本語", "ja"), ("हिन्दी", "hi")]
    assert items(form.notes_language_box) == [
        ("Same as the slides", ""),
        ("English", "en"),
        ("日本語", "ja"),
        ("हिन्दी", "hi"),
    ]
    # At first the slides speak the interface's language, and the notes the slides'.
    assert form.language() == "en" and form.language_box.currentText() == "English"
    assert form.notes_language() is None
    assert form.notes_language_box.currentText() == "Same as the slides"
    with i18n.using("ja"):
        japanese = open_dialog(qtbot, minimal_pack, Settings())
    assert japanese.form.language() == "ja"


def test_a_language_of_its_own_for_the_deck_is_the_default(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    settings = Settings()
    settings.deck_language = "hi"
    settings.notes_language = "en"
    dialog = open_dialog(qtbot, minimal_pack, settings)
    form = dialog.form
    assert form.language_box.currentText() == "हिन्दी"
    assert form.notes_language_box.currentText() == "English"


def test_the_notes_language_is_greyed_out_without_notes(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    dialog = open_dialog(qtbot, minimal_pack, Settings())
    form = dialog.form
    assert form.notes_language_box.isEnabled() and form.notes_language_caption.isEnabled()
    assert form.notes_language_caption.text() == "Speaker notes lan&guage:"
    form.notes_box.setChecked(False)
    assert not form.notes_language_box.isEnabled()
    assert not form.notes_language_caption.isEnabled()
    assert form.language_box.isEnabled()  # the slides still have a language
    form.notes_box.setChecked(True)
    assert form.notes_language_box.isEnabled() and form.notes_language_caption.isEnabled()


def test_slides_and_notes_are_written_in_the_chosen_languages_and_remembered(
    qtbot: QtBot, translated_pack: ContentPack, tmp_path: Path, plans: list[DeckPlan]
) -> None:
    settings = Settings()
    dialog = open_dialog(qtbot, translated_pack, settings)
    dialog.form.set_language("ja")
    dialog.form.set_notes_language("hi")
    target = tmp_path / "deck.pptx"
    dialog.form.destination_edit.setText(str(target))
    with qtbot.waitSignal(dialog.export_finished, timeout=TIMEOUT):
        dialog.start_export()
    (plan,) = plans
    assert (plan.language, plan.notes_language) == ("ja", "hi")
    deck = Presentation(str(target))
    texts = [
        "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        for slide in deck.slides
    ]
    notes = [slide.notes_slide.notes_text_frame.text for slide in deck.slides]
    panel = next(i for i, slide in enumerate(plan.slides) if slide.kind == "panel")
    assert "アルファの方向" in texts[panel] and "Alpha direction" not in texts[panel]
    assert "यह कहें।" in notes[panel] and "これを言う。" not in notes[panel]
    assert "Say this." not in notes[panel]
    assert any("全体ブリーフィング" in text for text in texts)  # the pack's briefing, in Japanese
    assert (settings.deck_language, settings.notes_language) == ("ja", "hi")
    again = open_dialog(qtbot, translated_pack, Settings())
    assert (again.form.language(), again.form.notes_language()) == ("ja", "hi")


def test_choosing_the_defaults_again_follows_the_interface_again(
    qtbot: QtBot, minimal_pack: ContentPack, tmp_path: Path, plans: list[DeckPlan]
) -> None:
    settings = Settings()
    settings.deck_language = "ja"
    settings.notes_language = "hi"
    dialog = open_dialog(qtbot, minimal_pack, settings)
    dialog.form.set_language("en")  # the interface's language
    dialog.form.set_notes_language(None)
    dialog.form.notes_box.setChecked(False)
    dialog.form.destination_edit.setText(str(tmp_path / "deck.pptx"))
    with qtbot.waitSignal(dialog.export_finished, timeout=TIMEOUT):
        dialog.start_export()
    assert (plans[0].language, plans[0].notes_language) == ("en", "en")
    assert (settings.deck_language, settings.notes_language) == ("", "")


def test_a_failed_export_leaves_the_languages_as_they_were(
    qtbot: QtBot, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    settings = Settings()
    dialog = open_dialog(qtbot, minimal_pack, settings)
    dialog.form.set_language("hi")
    dialog.form.destination_edit.setText(str(tmp_path / "missing" / "deck.pptx"))
    with qtbot.waitSignal(dialog.export_failed, timeout=TIMEOUT):
        dialog.start_export()
    assert (settings.deck_language, settings.notes_language) == ("", "")


def test_the_saved_message_takes_the_catalogues_plural(
    qtbot: QtBot,
    minimal_pack: ContentPack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def export_pptx(*args: object, **kwargs: object) -> None:
        Path(str(args[1])).write_bytes(b"deck")

    monkeypatch.setattr(exportjob, "export_pptx", export_pptx)
    catalogue = compile_catalogue(
        tmp_path,
        "ja",
        [
            ("ExportDialog", "Saved {path} (%n slides).", "{path} を保存しました (%n 枚)。"),
            ("ExportForm", "&Slide language:", "スライドの言語(&S):"),
            ("ExportForm", "Same as the slides", "スライドと同じ"),
        ],
    )
    target = tmp_path / "deck.pptx"
    with installed(catalogue):
        dialog = open_dialog(qtbot, minimal_pack, Settings())
        form = dialog.form
        assert form.notes_language_box.itemText(0) == "スライドと同じ"
        assert form.language_box.itemText(1) == "日本語"  # a language's own name, always
        dialog.form.destination_edit.setText(str(target))
        with qtbot.waitSignal(dialog.export_finished, timeout=TIMEOUT):
            dialog.start_export()
        count = len(plan_deck(minimal_pack).slides)
        assert dialog.status.text() == f"{target} を保存しました ({count} 枚)。"
