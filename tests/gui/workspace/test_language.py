"""English, Japanese and Hindi in the workspace: chosen live, remembered, the pack in them."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jvdesk.core import i18n
from jvdesk.core.formatting import format_figure
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.gui import app as launch
from jvdesk.gui.common import language
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.widgets import TextLabel
from jvdesk.gui.workspace import mainwindow
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.panelpage import PanelPage

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

# A Japanese catalogue of a few of the window's words, as translators will write them:
# (context, source, translation); a numerus message where the source has "%n".
CATALOGUE = [
    ("WindowActions", "&File", "ファイル(&F)"),
    ("WindowActions", "&View", "表示(&V)"),
    ("WindowActions", "Briefing:", "ブリーフィング:"),
    ("WindowActions", "Speaker &notes", "発表者メモ(&N)"),
    ("LanguageMenu", "&Language", "言語(&L)"),
    ("PanelList", "Overview", "概要"),
    ("NotesPane", "Speaker notes", "発表者メモ"),
    ("PanelPage", "Targets", "目標"),
    ("PanelPage", "Japanese", "日本語"),
    ("PanelPage", "Unofficial translation", "非公式訳"),
    (
        "PanelPage",
        "%n texts on this page have no {language} translation yet and are shown in English.",
        "このページの%n件のテキストは{language}訳がまだないため、英語で表示しています。",
    ),
]


def write_catalogue(path: Path) -> None:
    """Write CATALOGUE as a Qt Linguist file."""
    root = ET.Element("TS", version="2.1", language="ja_JP")
    contexts: dict[str, ET.Element] = {}
    for context, source, translation in CATALOGUE:
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        words = ET.SubElement(message, "translation")
        if "%n" in source:
            message.set("numerus", "yes")
            ET.SubElement(words, "numerusform").text = translation
        else:
            words.text = translation
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


JAPANESE = """language: ja
texts:
  panels.alpha.title: アルファの方向
  panels.alpha.short_title: アルファ
  panels.alpha.summary: 第一の方向。
  panels.alpha.targets.big-target.label: 投資
  panels.alpha.quotes.a-quote.text: やり遂げます。
  panels.beta.title: ベータ文書
  panels.beta.short_title: ベータ
  pack.title: 最小のパック
"""

HINDI = """language: hi
texts:
  panels.alpha.title: अल्फ़ा दिशा
official:
  panels.alpha.quotes.a-quote.text:
    text: हम यह करेंगे।
    sources: [official]
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


@pytest.fixture(autouse=True)
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder ``language.apply`` reads catalogues from: empty unless a test fills it.

    The words these tests assert do not change as jvdesk's own catalogues grow.
    """
    folder = tmp_path / "translations"
    folder.mkdir()

    def resource_path(name: str) -> Path:
        assert name == "translations"
        return folder

    monkeypatch.setattr(language, "resource_path", resource_path)
    return folder


@pytest.fixture
def catalogue(translations: Path) -> Path:
    """A compiled Japanese catalogue of CATALOGUE's words, which ``apply("ja")`` installs."""
    if not LRELEASE.is_file():
        reason = f"{LRELEASE.name} is missing (it comes with PySide6-Essentials)"
        if os.environ.get("JVDESK_REQUIRE_REAL") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    source = translations / "jvdesk_ja.ts"
    write_catalogue(source)
    subprocess.run([str(LRELEASE), "-silent", str(source)], check=True, timeout=60)
    compiled = translations / "jvdesk_ja.qm"
    assert compiled.is_file()
    return compiled


@pytest.fixture
def small_window(qtbot: QtBot, translated_pack: ContentPack) -> Iterator[MainWindow]:
    """The main window on the translated minimal pack, shown."""
    main = MainWindow(translated_pack, Settings())
    qtbot.addWidget(main)
    main.resize(1200, 800)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()


def choose(window: MainWindow, lang: i18n.Language) -> None:
    """Choose a language in View → Language, as a user does."""
    window.commands.language_menu.actions[lang].trigger()


def texts(widget: QWidget, role: str) -> list[str]:
    """The texts of a page's labels in one text role ("cardValue", "sectionTitle"…)."""
    return [
        label.text()
        for label in widget.findChildren(TextLabel)
        if label.objectName() == role and not label.isHidden()  # an empty label is hidden
    ]


def panel_page(window: MainWindow, panel_id: str) -> PanelPage:
    window.show_panel(panel_id)
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    return page


# --- the menu ------------------------------------------------------------------------


def test_each_language_is_offered_in_its_own_words(window: MainWindow) -> None:
    menu = window.commands.language_menu
    assert menu.menu.title() == "&Language"
    assert [action.text() for action in menu.menu.actions()] == ["English", "日本語", "हिन्दी"]
    assert [action.isChecked() for action in menu.menu.actions()] == [True, False, False]
    assert menu.menu.menuAction() in window.commands.view_menu.actions()


def test_choosing_japanese_relabels_the_window_without_a_restart(
    qtbot: QtBot, window: MainWindow, catalogue: Path
) -> None:
    commands = window.commands
    page = panel_page(window, "economic-partnership")
    assert commands.view_menu.title() == "&View" and "Targets" in texts(page, "sectionTitle")

    choose(window, "ja")

    assert commands.file_menu.title() == "ファイル(&F)"
    assert commands.view_menu.title() == "表示(&V)"
    assert commands.language_menu.menu.title() == "言語(&L)"
    assert commands.briefing_label.text() == "ブリーフィング:"
    assert window.nav.item(0).text() == "概要"
    assert window.notes_dock.windowTitle() == "発表者メモ"
    assert window.notes.accessibleName() == "発表者メモ"  # what a screen reader says of it
    assert "目標" in texts(panel_page(window, "economic-partnership"), "sectionTitle")
    # The dock's new title renames its action; the action keeps its own words, mnemonic too.
    assert commands.notes_action.text() == "発表者メモ(&N)"
    assert [a.isChecked() for a in commands.language_menu.menu.actions()] == [False, True, False]
    qtbot.wait(10)  # Qt's LanguageChange arrives: nothing changes back
    assert commands.view_menu.title() == "表示(&V)" and window.isVisible()
    assert commands.notes_action.text() == "発表者メモ(&N)"

    choose(window, "en")

    assert commands.view_menu.title() == "&View" and window.nav.item(0).text() == "Overview"
    assert "Targets" in texts(panel_page(window, "economic-partnership"), "sectionTitle")


def test_a_catalogue_installed_elsewhere_relabels_the_window_too(
    qtbot: QtBot, window: MainWindow, catalogue: Path
) -> None:
    assert language.apply("ja")
    qtbot.waitUntil(lambda: window.commands.view_menu.title() == "表示(&V)")
    assert window.pack.language == "ja"


def test_the_choice_is_remembered(window: MainWindow, catalogue: Path) -> None:
    choose(window, "ja")
    assert Settings().language == "ja"
    choose(window, "hi")  # no catalogue for Hindi here: the words stay English
    assert Settings().language == "hi" and i18n.current() == "hi"
    assert window.commands.view_menu.title() == "&View"


def test_a_start_applies_the_saved_language_before_the_window_is_built(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    catalogue: Path,
    translated_pack: ContentPack,
) -> None:
    Settings().language = "ja"
    seen: list[tuple[str, str]] = []

    class StartStoppedError(Exception):
        pass

    def window(pack: ContentPack, settings: Settings) -> None:
        seen.append((i18n.current(), QCoreApplication.translate("WindowActions", "&View")))
        raise StartStoppedError

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.setattr(launch, "open_pack", lambda path, interactive: (translated_pack, None))
    monkeypatch.setattr(mainwindow, "MainWindow", window)
    with pytest.raises(StartStoppedError):
        launch.run(None)
    assert seen == [("ja", "表示(&V)")]


def test_english_loads_no_catalogue(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    def resource_path(name: str) -> Path:
        raise AssertionError(f"English read {name}")

    monkeypatch.setattr(language, "resource_path", resource_path)
    assert language.apply("en")
    assert language._installed == []


# --- the pack in the language ----------------------------------------------------------------


def test_the_pages_show_the_pack_in_the_language_chosen(
    small_window: MainWindow, translated_pack: ContentPack
) -> None:
    window = small_window
    overview_before = window.stack.overview()
    choose(window, "ja")
    assert window.pack.language == "ja" and window.loaded_pack is translated_pack
    assert window.stack.overview() is not overview_before
    assert [window.nav.item(row).text() for row in (1, 2)] == ["1. アルファ", "ベータ"]
    assert window.windowTitle() == "jvdesk — 最小のパック"
    assert texts(window.stack.overview(), "tileTitle") == ["1. アルファ", "ベータ"]
    page = panel_page(window, "alpha")
    assert texts(page, "panelTitle") == ["1. アルファの方向"]
    assert texts(page, "cardLabel") == ["投資"]
    assert window.notes.toPlainText().splitlines()[0] == "アルファの方向"
    choose(window, "en")
    assert texts(panel_page(window, "alpha"), "panelTitle") == ["1. Alpha direction"]


def test_a_pack_opened_later_keeps_the_language(
    small_window: MainWindow, translated_pack: ContentPack
) -> None:
    choose(small_window, "ja")
    small_window.set_pack(translated_pack.localized("hi"))  # stands for the pack it localizes
    assert small_window.pack.language == "ja"
    assert small_window.loaded_pack is translated_pack


def test_the_panel_and_the_place_on_it_are_kept(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1200, 700)
    page = panel_page(window, "economic-partnership")
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    choose(window, "ja")
    assert window.current_panel_id() == "economic-partnership"
    assert window.stack.currentWidget() is page  # reworded in place (relabel.py)
    assert texts(page, "panelTitle") == [window.pack.panel("economic-partnership").heading()]
    assert window.stack.scrolled() == pytest.approx(0.5, abs=0.05)


def test_a_translated_quote_is_labelled_and_its_words_kept(small_window: MainWindow) -> None:
    choose(small_window, "ja")
    page = panel_page(small_window, "alpha")
    assert texts(page, "quoteText") == ["\u201cやり遂げます。\u201d"]
    assert texts(page, "cardDetail")[-2:] == [
        "Unofficial translation",
        "\u201cWe will do it.\u201d",
    ]

    choose(small_window, "hi")
    page = panel_page(small_window, "alpha")
    assert texts(page, "quoteText") == ["\u201cहम यह करेंगे।\u201d"]
    assert texts(page, "cardDetail")[-2:] == ["Official translation", "\u201cWe will do it.\u201d"]
    (status,) = (
        label for label in page.findChildren(TextLabel) if label.text() == "Official translation"
    )
    assert status.toolTip() == "Published by an official body; its source is marked."


def test_the_translation_label_is_translated(small_window: MainWindow, catalogue: Path) -> None:
    choose(small_window, "ja")
    assert "非公式訳" in texts(panel_page(small_window, "alpha"), "cardDetail")


def test_a_page_says_how_many_of_its_texts_are_in_english(
    small_window: MainWindow, translated_pack: ContentPack
) -> None:
    left = translated_pack.localized("ja").localization
    assert left is not None
    count = left.in_english("panels.alpha.")
    assert count > 1
    assert small_window.page("alpha").fallback_note is None  # type: ignore[attr-defined]
    choose(small_window, "ja")
    note = panel_page(small_window, "alpha").fallback_note
    assert note is not None and note.text() == (
        f"{count} texts on this page have no Japanese translation yet and are shown in English."
    )


def test_the_note_on_texts_in_english_is_translated(
    small_window: MainWindow, translated_pack: ContentPack, catalogue: Path
) -> None:
    left = translated_pack.localized("ja").localization
    assert left is not None
    count = left.in_english("panels.beta.")
    choose(small_window, "ja")
    note = panel_page(small_window, "beta").fallback_note
    assert note is not None
    assert (
        note.text()
        == f"このページの{count}件のテキストは日本語訳がまだないため、英語で表示しています。"
    )


def test_target_cards_show_one_compact_figure_in_japanese_and_hindi(
    small_window: MainWindow,
) -> None:
    page = panel_page(small_window, "alpha")
    # English as it always was: the number, its unit apart, no qualifier here.
    assert texts(page, "cardValue") == ["10"] and texts(page, "cardUnit") == ["JPY trillion"]
    languages: tuple[i18n.Language, ...] = ("ja", "hi")
    for lang in languages:
        choose(small_window, lang)
        page = panel_page(small_window, "alpha")
        with i18n.using(lang):
            expected = format_figure(10, "JPY trillion", compact=True)
        assert texts(page, "cardValue") == [expected] and texts(page, "cardUnit") == []
        assert ("兆" if lang == "ja" else "लाख करोड़") in expected


def test_search_finds_the_pack_in_the_language(small_window: MainWindow) -> None:
    choose(small_window, "ja")
    search = small_window.search
    search.box.setText("ｱﾙﾌｧ")  # half-width katakana finds the full-width title
    search.run()
    first = search.results.item(0).text()
    assert first.splitlines()[1] == "アルファの方向"


def test_search_results_follow_a_language_change(small_window: MainWindow) -> None:
    search = small_window.search
    search.box.setText("alpha direction")
    search.run()
    assert search.results.count() == 1
    choose(small_window, "ja")  # the title is Japanese now: the same words find nothing
    assert search.results.item(0).text() == "Nothing matches “alpha direction”."


def test_pages_built_ahead_are_built_ahead_again_in_the_new_language(
    qtbot: QtBot, small_window: MainWindow
) -> None:
    window = small_window
    window.prebuild_pages()
    qtbot.waitUntil(lambda: set(window.pages) == {"", "alpha", "beta"})
    choose(window, "ja")
    qtbot.waitUntil(lambda: set(window.pages) == {"", "alpha", "beta"})
    page = window.pages["alpha"]
    assert isinstance(page, PanelPage) and page.pack.language == "ja"


def test_a_switch_redraws_the_charts_it_had_in_the_new_words(window: MainWindow) -> None:
    window.show_row(1)  # the first direction: three charts
    before = window.stack.page("economic-partnership")
    charts = list(before.charts)  # type: ignore[attr-defined]
    assert charts
    window.set_language("ja")
    after = window.stack.page("economic-partnership")
    assert after is before  # reworded in place (relabel.py)
    assert after.charts == charts  # type: ignore[attr-defined]  # the same plots, kept
    japanese = window.pack.panel("economic-partnership").charts
    pack_charts = charts[: len(japanese)]  # then the progress charts
    assert [chart.spec.title for chart in pack_charts] == [chart.title for chart in japanese]


def test_a_switch_reuses_the_source_numbering(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jvdesk.gui.workspace import briefings

    planned: list[object] = []
    real = briefings.plan_deck

    def counting(*args: Any, **kwargs: Any) -> Any:
        planned.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(briefings, "plan_deck", counting)
    window.set_language("ja")
    window.set_language("hi")
    assert planned == []  # the numbering is the same in every language
