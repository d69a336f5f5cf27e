"""jvdesk in a pseudo-locale: every word of its own translated, nothing cut off, at laptop sizes.

The pseudo-locale (``tests.gui.pseudo``) accents every word that goes through a catalogue
and makes it 40 % longer, between markers ("⟦Éxpõrt…···⟧"). A text on screen without the
markers is either the pack's own content (titles, labels, quotes, sources, numbers, dates,
source marks) or a word jvdesk forgot to translate; a translated text that no longer fits
its label or button would be cut off in German or Hindi too. The main window visits every
page and opens its menus; every dialog opens; a presentation shows its presenter view and
its ``?`` help; the deck and the handout are exported, with no text running over its box.
"""

from __future__ import annotations

import gettext
import string
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from pptx import Presentation as PptxFile
from PySide6.QtCore import QCoreApplication, QPoint, QSizeF
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from jvdesk import __version__
from jvdesk.core import i18n
from jvdesk.core.briefings import CustomBriefing
from jvdesk.core.deckplan import DeckPlan, Slide
from jvdesk.core.formatting import format_date, format_date_range, format_figure, format_number
from jvdesk.core.i18n import Language
from jvdesk.core.loader import load_pack
from jvdesk.core.model import Baseline, Figure, Target
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.core.sourcemarks import pack_source_index
from jvdesk.core.translating import texts
from jvdesk.export.pptx import Aspect, DeckOptions, build_pptx
from jvdesk.export.textfit import overflow_warning
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.theme import THEMES
from jvdesk.gui.common.widgets import TextLabel
from jvdesk.gui.dialogs.about import BUNDLED, FONTS, AboutDialog
from jvdesk.gui.dialogs.briefing import BriefingDialog
from jvdesk.gui.dialogs.errors import ErrorDialog, ProblemsDialog
from jvdesk.gui.dialogs.export import ExportDialog
from jvdesk.gui.dialogs.exportform import MARKINGS
from jvdesk.gui.dialogs.source import SourceDialog
from jvdesk.gui.drawing.bundled_fonts import register
from jvdesk.gui.drawing.handout import export_pdf
from jvdesk.gui.show.helpoverlay import layout_help
from jvdesk.gui.show.keys import help_title, key_help
from jvdesk.gui.show.presentation import Presentation
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.panelpage import PanelPage, make_chart
from tests.conftest import Edit
from tests.gui.pseudo import (
    OPEN,
    Content,
    Findings,
    PseudoCatalogue,
    PseudoTranslator,
    accented,
    pseudo,
    pseudo_locale,
    report,
    strings_of,
)
from tests.realtools import pdf_text

# A laptop's screen, at the text size jvdesk starts with.
SIZES = [(1366, 768), (1024, 640)]
PROJECTOR = (1280, 720)  # the second screen of tests/data/screens.json

# Shown as they are in every language, on purpose: each language named in itself (so that
# someone who landed in a language they do not read finds their own), the handling markings
# offered as a start (printed verbatim on every slide, whatever the interface's language),
# and names: jvdesk's, its version, the bundled parts' and their licences.
DELIBERATE = [
    *i18n.NATIVE_NAMES.values(),
    *MARKINGS,
    "jvdesk",
    __version__,
    *(name for name, _, _ in BUNDLED),
    *(licence for _, _, licence in BUNDLED),
    *FONTS.replace(":", ",").split(","),
]


def pack_content(pack: ContentPack) -> Content:
    """What the pack itself puts on screen, in English: its texts, sources, figures, dates."""
    pieces: list[str] = []
    names = [*DELIBERATE, *(source.publisher for source in pack.sources.values())]
    for language in i18n.LANGUAGES:  # each language's keys leave out its own quotes' words
        pieces += texts(pack.meta, pack.panels, language).values()
    for source in pack.sources.values():
        site = (urlsplit(source.url).hostname or "").removeprefix("www.")  # as slides show it
        pieces += [source.title, source.publisher, source.url, site, source.note or ""]
    for panel in pack.panels:
        pieces += [quote.translation or "" for quote in panel.quotes]
        amounts: list[Target | Figure | Baseline] = [*panel.targets, *panel.figures]
        amounts += [target.baseline for target in panel.targets if target.baseline]
        for item in amounts:
            pieces += [item.unit, item.qualifier or "", format_number(item.value)]
            for compact in (False, True):
                pieces.append(format_figure(item.value, item.unit, item.qualifier, compact=compact))
    for value in [*strings_of(pack.meta), *strings_of(pack.panels), *strings_of(pack.sources)]:
        try:
            pieces.append(format_date(value))
        except ValueError:  # not a date
            continue
    summit = pack.meta.summit
    pieces.append(format_date_range(summit.start_date, summit.end_date))
    pieces += [pack.title, pack.meta.version, pack.checksum, str(pack.folder)]
    return Content(pieces, names)


@pytest.fixture
def pack() -> ContentPack:
    """The shipped pack, opened as the app opens it."""
    return open_pack(shipped_pack_path())


@pytest.fixture
def content(pack: ContentPack) -> Content:
    return pack_content(pack)


@pytest.fixture
def pseudo_words(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The pseudo-locale for the test, installed before any window is built.

    The fonts jvdesk ships for Japanese and Hindi are registered first, as they are once
    either language has been chosen: the pack's Japanese and Devanagari texts measure the
    same whichever test ran before.
    """
    register("ja")
    register("hi")
    with pseudo_locale(monkeypatch):
        yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fresh settings whose exports go to a temporary folder (never a real Documents)."""
    fresh = Settings()
    fresh.export_folder = str(tmp_path)
    return fresh


@pytest.fixture
def window(qtbot: QtBot, pack: ContentPack, settings: Settings) -> Iterator[MainWindow]:
    main = MainWindow(pack, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def settle(qtbot: QtBot) -> None:
    """Let posted layout requests and resizes happen."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


def at_size(qtbot: QtBot, window: QWidget, size: tuple[int, int]) -> None:
    window.resize(*size)
    settle(qtbot)


def assert_clean(findings: Findings) -> None:
    assert findings.untranslated == [], report("Untranslated", findings.untranslated)
    assert findings.clipped == [], report("Clipped", findings.clipped)


def broken_pack_error(pack_dir: Path, edit: Edit) -> PackError:
    """The problems of the minimal pack with two mistakes, worded in the language in force."""
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    edit("panels/beta.yaml", "    sources: [press]", "    sources: [pres]")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    return caught.value


# --- the pseudo-locale itself ----------------------------------------------------------------


def test_the_pseudo_form_keeps_what_code_and_qt_read() -> None:
    assert pseudo("Export…") == "⟦Éxpõrt…···⟧"
    assert pseudo("&Open content pack…") == "⟦&Opéñ çõñtéñt pàçk…········⟧"
    assert pseudo("{title} ({kind})") == "⟦{title} ({kind})·······⟧"
    assert pseudo("%n panels") == "⟦%n pàñéls····⟧"
    assert pseudo("R&&D <b>now</b> &amp; then\n") == "⟦R&&D <b>ñõw</b> &amp; théñ\n···········⟧"
    assert pseudo("PowerPoint templates (*.pptx *.potx)").startswith(
        "⟦PõwérPõîñt témplàtés (*.pptx *.potx)"
    )
    assert pseudo("") == ""
    assert pseudo("QT_LAYOUT_DIRECTION") == "QT_LAYOUT_DIRECTION"  # left to right, as English
    for source in ("a", "Agenda", "Search panels, targets, quotes, sources (Ctrl+F)"):
        assert len(pseudo(source)) >= len(source) * 1.4 + 2


def test_qt_and_gettext_ask_the_pseudo_catalogues(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pseudo_locale(monkeypatch) as translator:
        assert isinstance(translator, PseudoTranslator)
        # PySide6 calls the Python override, numerus forms included.
        assert QCoreApplication.translate("X", "Agenda") == pseudo("Agenda")
        assert QCoreApplication.translate("X", "%n panels", "", 3) == "⟦3 pàñéls····⟧"
        assert isinstance(i18n.catalogue(i18n.current()), PseudoCatalogue)
        assert i18n.current() == "en"
        assert i18n._("Agenda") == pseudo("Agenda")
        assert i18n.ngettext("{n} slide", "{n} slides", 2) == pseudo("{n} slides")
        assert i18n.pgettext("ctx", "Source") == pseudo("Source")
        assert i18n.catalogue("ja") is not i18n.catalogue("en")
    assert QCoreApplication.translate("X", "Agenda") == "Agenda"
    assert isinstance(i18n.catalogue("en"), gettext.NullTranslations)
    assert i18n._("Agenda") == "Agenda"


def test_content_is_told_from_untranslated_words(pack: ContentPack) -> None:
    content = pack_content(pack)
    panel = pack.panels[0]
    assert content.leftover(panel.heading()) == ""
    assert content.leftover(f"{panel.title} [3]") == ""
    assert content.leftover(pseudo("Targets")) == ""
    assert content.leftover(pseudo("{title} — {detail}").replace("{title}", panel.title)) == ""
    assert content.leftover("Targets") == "Targets"
    assert content.leftover("km") == ""  # a unit, on a card of its own
    assert content.leftover("Target") == ""  # a word of the pack's
    assert content.leftover(f"{panel.title} · Target") == "· Target"  # or one left in English
    assert content.leftover(f"{pseudo('Source')} {panel.title} and more") == "and more"


# --- the workspace ---------------------------------------------------------------------------


# Opening a menu offscreen: the platform cannot grab the keyboard for it, and says so.
MENUS_OPEN = pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$")


def open_menus(qtbot: QtBot, window: MainWindow, findings: Findings) -> None:
    """Open each menu of the menu bar, and each submenu, and check it as shown."""
    corner = window.mapToGlobal(QPoint(0, 0))
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menu.popup(corner)
        settle(qtbot)
        findings.window(menu)
        for item in menu.actions():
            submenu = item.menu()
            if isinstance(submenu, QMenu):
                submenu.popup(corner)
                settle(qtbot)
                findings.window(submenu)
                submenu.hide()
        menu.hide()


@MENUS_OPEN
@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x640"])
def test_every_page_and_menu_is_translated_and_uncut(
    qtbot: QtBot,
    pseudo_words: None,
    window: MainWindow,
    content: Content,
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
    pack_dir: Path,
    edit: Edit,
) -> None:
    at_size(qtbot, window, size)
    findings = Findings(content)
    assert window.nav.count() == len(window.pack.panels) + 1
    for row in range(window.nav.count()):
        window.show_row(row)
        settle(qtbot)
        findings.window(window, size)
    open_menus(qtbot, window, findings)
    # Search, with results and with none.
    window.search.box.setText("yen")
    window.search.run()
    settle(qtbot)
    assert window.search.results.count() > 1
    findings.window(window, size)
    window.search.box.setText("zzqx")
    window.search.run()
    settle(qtbot)
    findings.window(window, size)
    window.search.clear()
    # The notice a pack that did not open at start leaves.
    shown: list[PackError] = []
    monkeypatch.setattr(
        ProblemsDialog, "show_problems", classmethod(lambda cls, error, *args: shown.append(error))
    )
    window.report_start_failure(pack_dir, broken_pack_error(pack_dir, edit))
    settle(qtbot)
    assert window.notice.isVisible() and shown
    findings.window(window, size)
    kinds = {kind for _place, kind, _text in findings.checked}
    assert {"label", "button", "action", "menu title", "list item", "placeholder"} <= kinds
    assert_clean(findings)


@MENUS_OPEN
def test_a_live_switch_rewords_the_windows_chrome(
    qtbot: QtBot,
    window: MainWindow,
    content: Content,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pages are built again on a change of language; the pseudo-locale keeps English,
    # so they are not, and only what words itself again live is checked here.
    window.show_panel(window.pack.panels[0].id)
    window.search.box.setText("yen")
    window.search.run()
    with pseudo_locale(monkeypatch):
        settle(qtbot)
        findings = Findings(content, skip=lambda widget: widget is window.stack)
        findings.window(window)
        open_menus(qtbot, window, findings)
        assert_clean(findings)


# The minimal pack, its texts partly in Japanese and a quote officially in Hindi.
PARTLY_JAPANESE = """language: ja
texts:
  panels.alpha.title: アルファの方向
  panels.alpha.quotes.a-quote.text: やり遂げます。
"""
OFFICIAL_HINDI = """language: hi
official:
  panels.alpha.quotes.a-quote.text:
    text: हम यह करेंगे।
    sources: [official]
"""


def check_translated_pages(
    qtbot: QtBot, pack: ContentPack, language: Language, content: Content
) -> tuple[Findings, set[str]]:
    """Build each panel's page of ``pack`` in ``language``, check it; and its labels' texts."""
    translated = pack.localized(language)
    findings = Findings(content.with_pieces(pack_content(translated).pieces))
    marks = pack_source_index(translated)
    labels: set[str] = set()
    for panel in translated.panels:
        page = PanelPage(translated, panel, marks, THEMES["light"], 1.0, make_chart)
        qtbot.addWidget(page)
        page.resize(SIZES[-1][0] - 300, SIZES[-1][1])
        page.show()
        settle(qtbot)
        findings.window(page)
        labels |= {label.text() for label in page.findChildren(TextLabel)}
        page.close()
    return findings, labels


@pytest.mark.parametrize("language", ["ja", "hi"])
def test_a_translated_pack_labels_its_translations_in_the_pseudo_locale(
    qtbot: QtBot, pseudo_words: None, pack: ContentPack, content: Content, language: Language
) -> None:
    # The labels of a pack shown in another language (its translated quotes, the texts left
    # in English) show only then: each panel page is built here from the pack in Japanese
    # or Hindi, with jvdesk's own words still in the pseudo-locale.
    findings, labels = check_translated_pages(qtbot, pack, language, content)
    assert pseudo("Unofficial translation") in labels
    assert_clean(findings)


def test_texts_left_in_english_and_official_translations_are_labelled_in_pseudo(
    qtbot: QtBot, pseudo_words: None, pack_dir: Path
) -> None:
    folder = pack_dir / "translations"
    folder.mkdir()
    (folder / "ja.yaml").write_text(PARTLY_JAPANESE, encoding="utf-8")
    (folder / "hi.yaml").write_text(OFFICIAL_HINDI, encoding="utf-8")
    with (pack_dir / "pack.yaml").open("a", encoding="utf-8") as file:
        file.write("translations:\n  - translations/ja.yaml\n  - translations/hi.yaml\n")
    pack = load_pack(pack_dir)
    content = pack_content(pack)
    seen: set[str] = set()
    for language in ("ja", "hi"):
        findings, labels = check_translated_pages(qtbot, pack, language, content)
        assert_clean(findings)
        seen |= labels
    assert {pseudo("Unofficial translation"), pseudo("Official translation")} <= seen
    # The note on texts left in English names the language in the interface's words.
    assert any(accented("Japanese") in text for text in seen)
    assert any(accented("Hindi") in text for text in seen)


# --- the dialogs -----------------------------------------------------------------------------


def check_dialog(qtbot: QtBot, dialog: QDialog, findings: Findings, size: tuple[int, int]) -> None:
    """Show a dialog as large as it asks to be, up to the screen, and check it."""
    qtbot.addWidget(dialog)
    dialog.show()
    check_again(qtbot, dialog, findings, size)


def check_again(qtbot: QtBot, dialog: QDialog, findings: Findings, size: tuple[int, int]) -> None:
    """Check a dialog shown, after it changed, kept to the screen as a window manager would."""
    settle(qtbot)
    dialog.resize(min(dialog.width(), size[0]), min(dialog.height(), size[1]))
    settle(qtbot)
    findings.window(dialog, size)


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x640"])
def test_every_dialog_is_translated_and_uncut(
    qtbot: QtBot,
    pseudo_words: None,
    window: MainWindow,
    content: Content,
    settings: Settings,
    size: tuple[int, int],
    pack_dir: Path,
    edit: Edit,
) -> None:
    at_size(qtbot, window, size)
    findings = Findings(content)
    pack = window.pack
    briefings = window.briefings

    export = ExportDialog(pack, briefings.briefings(), briefings.chosen().id, settings, window)
    check_dialog(qtbot, export, findings, size)
    export.form.set_export_format("pdf")
    export.form.set_notes_language("ja")
    check_again(qtbot, export, findings, size)
    # What the dialog says after an export, one outcome at a time.
    export._written = 12
    export._warnings = [overflow_warning(3, pack.title, i18n._("the title"))] * 7
    for outcome, detail in (
        ("saved", str(settings.export_folder) + "/deck.pdf"),
        ("cancelled", ""),
        ("crashed", "/home/user/.local/state/jvdesk/log/crash.txt"),
        ("crashed", ""),
    ):
        export._show_outcome(outcome, detail)
        check_again(qtbot, export, findings, size)
    export.close()

    check_dialog(qtbot, AboutDialog(pack, window), findings, size)
    for source_id in pack.sources:
        check_dialog(qtbot, SourceDialog(pack, window.marks, [source_id], window), findings, size)
    several = list(pack.sources)[:3]
    check_dialog(qtbot, SourceDialog(pack, window.marks, several, window), findings, size)

    check_dialog(qtbot, BriefingDialog(pack, None, window), findings, size)
    mine = CustomBriefing("Mine", ["gone", "also-gone", pack.panels[0].id], 30)
    edited = BriefingDialog(pack, mine, window)
    check_dialog(qtbot, edited, findings, size)
    assert edited.missing_label.isVisible()

    error = broken_pack_error(pack_dir, edit)
    assert all(OPEN in problem.message for problem in error.problems)
    # Where each problem is (file, line, field) is the pack's, as the command line says it.
    findings.content = findings.content.with_pieces(
        f"{p.file}:{p.line}:{p.column}: {p.path}:" for p in error.problems
    )
    for instead in ("kept", "shipped"):
        problems = ProblemsDialog(error, window, instead)
        check_dialog(qtbot, problems, findings, size)
        problems.copy_button.click()
        check_again(qtbot, problems, findings, size)
    crash = ErrorDialog(
        window,
        QCoreApplication.translate("ErrorDialog", "Something went wrong"),
        QCoreApplication.translate("ErrorDialog", "jvdesk hit an unexpected error and carried on."),
        "ValueError: details",
    )
    check_dialog(qtbot, crash, findings, size)
    assert_clean(findings)


# --- presentation mode -------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x640"])
def test_the_presenter_view_and_the_help_are_translated_and_uncut(
    qtbot: QtBot,
    pseudo_words: None,
    window: MainWindow,
    content: Content,
    size: tuple[int, int],
) -> None:
    findings = Findings(content)
    window.settings.marking = "For official use only"  # one of the markings offered
    window.present()
    presentation = window.presentation
    assert isinstance(presentation, Presentation)
    presenter, audience, show = presentation.presenter, presentation.audience, presentation.show
    qtbot.addWidget(presenter)
    qtbot.addWidget(audience)
    try:
        assert presenter.marking.text() == "For official use only"
        presenter.showNormal()
        at_size(qtbot, presenter, size)
        findings.window(presenter, size)
        show.clock.toggle()  # paused: "Resume timer (T)"
        show.go(show.count - 1)  # the last slide: nothing next
        settle(qtbot)
        findings.window(presenter, size)
        findings.window(audience)
        findings.text("help overlay", "title", help_title())
        for _keys, meaning in key_help():
            findings.text("help overlay", "meaning", meaning)
        # A letter key is named by its cap ("P", "Z") in every language; Qt names the others.
        findings.content = content.with_pieces(names=string.ascii_uppercase)
        for keys, _meaning in key_help():
            findings.text("help overlay", "keys", keys)
        for screen in (size, PROJECTOR):
            layout = layout_help(QSizeF(*screen))
            if not layout.fits:
                findings.cut(f"help overlay at {screen[0]}×{screen[1]}", "does not fit")
    finally:
        presentation.end()
    assert_clean(findings)


# --- the exports -----------------------------------------------------------------------------

PLANNED = ("title", "subtitle", "chart_mark", "bullets", "columns", "rows", "footnote", "notes")


def plan_texts(slide: Slide) -> Iterator[str]:
    """The words a slide shows (not its ids, links or kind)."""
    for name in PLANNED:
        yield from strings_of(getattr(slide, name))
    for figure in slide.figures:
        yield from (figure.value, figure.unit, figure.qualifier, figure.label, figure.detail)
    for quote in slide.quotes:
        yield from (quote.text, quote.speaker, quote.role, quote.date, quote.mark, quote.label)
    chart = slide.chart
    if chart is not None:
        yield from (chart.title, chart.category_title, chart.unit, chart.note or "")
        yield from chart.categories
        yield from (series.name for series in chart.series)


def check_plan(plan: DeckPlan, findings: Findings) -> None:
    for number, slide in enumerate(plan.slides, 1):
        for text in plan_texts(slide):
            findings.text(f"slide {number} ({slide.kind})", "planned text", text)


def deck_texts(data: bytes, target: Path) -> Iterator[tuple[str, str]]:
    """(where, paragraph) for every paragraph of a written deck: shapes, tables, notes."""
    target.write_bytes(data)
    for number, slide in enumerate(PptxFile(str(target)).slides, 1):
        for shape in slide.shapes:
            place = f"slide {number}, {shape.name}"
            if shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    yield place, "".join(run.text for run in paragraph.runs)
            if shape.has_table:
                for row in shape.table.rows:
                    for cell in row.cells:
                        for paragraph in cell.text_frame.paragraphs:
                            yield place, "".join(run.text for run in paragraph.runs)
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            for line in slide.notes_slide.notes_text_frame.text.splitlines():
                yield f"slide {number}, notes", line


@pytest.mark.parametrize("aspect", ["16:9", "4:3"])
def test_the_deck_speaks_pseudo_and_nothing_overflows(
    pseudo_words: None, pack: ContentPack, content: Content, tmp_path: Path, aspect: Aspect
) -> None:
    plan = plan_deck(pack, marking="For official use only")
    agenda = next(slide for slide in plan.slides if slide.kind == "agenda")
    assert agenda.title == pseudo("Agenda")
    findings = Findings(content)
    check_plan(plan, findings)
    warnings: list[str] = []
    data = build_pptx(plan, DeckOptions(aspect=aspect), warnings=warnings)
    for place, text in deck_texts(data, tmp_path / "deck.pptx"):
        findings.text(place, "deck text", text)
    assert findings.untranslated == [], report("Untranslated", findings.untranslated)
    assert warnings == [], report("Text running over its box in the deck", warnings)


@pytest.mark.parametrize("notes", [True, False], ids=["with notes", "slides only"])
def test_the_handout_speaks_pseudo_and_nothing_overflows(
    pseudo_words: None, pack: ContentPack, tmp_path: Path, notes: bool
) -> None:
    plan = plan_deck(pack, marking="For official use only")
    warnings: list[str] = []
    target = tmp_path / "handout.pdf"
    pages = export_pdf(plan, target, notes=notes, warnings=warnings)
    assert pages >= len(plan.slides)
    assert warnings == [], report("Text running over its box in the handout", warnings)
    words = " ".join(pdf_text(target).split())
    for own in ("Key initiatives", "Agenda", *(["Speaker notes"] if notes else [])):
        assert accented(own) in words, own
