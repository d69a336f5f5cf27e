"""The main window on real widgets, offscreen: navigation, search, themes, packs, errors."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from pytestqt.qtbot import QtBot

from jvdesk.core import snapshot
from jvdesk.core.briefings import CustomBriefing
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.sourcemarks import pack_source_index
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.theme import THEMES
from jvdesk.gui.common.widgets import Box, SourceMark, TextLabel
from jvdesk.gui.dialogs import errors, packcheck
from jvdesk.gui.dialogs.about import AboutDialog
from jvdesk.gui.dialogs.errors import ErrorDialog, ProblemsDialog
from jvdesk.gui.dialogs.source import SourceDialog
from jvdesk.gui.workspace import overview
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.overview import PanelTile
from jvdesk.gui.workspace.panelpage import PanelPage
from tests.conftest import Edit
from tests.gui.workspace.conftest import shown


def test_starts_on_the_overview_with_every_panel_listed(
    window: MainWindow, shipped_pack: ContentPack
) -> None:
    assert shown(window) == ""
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[0] == "Overview"
    assert labels[1:] == [
        f"{p.number}. {p.short_title}" if p.number else p.short_title for p in shipped_pack.panels
    ]
    assert len(window.stack.overview().tiles) == len(shipped_pack.panels)


def test_tiles_past_the_first_screen_come_once_the_overview_has_painted(
    qtbot: QtBot, shipped_pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As with a pack of 100 panels on this screen: 4 tiles at once, then 3 a turn.
    monkeypatch.setattr(overview, "first_screen_tiles", lambda: 4)
    monkeypatch.setattr(overview, "LATER_TILES", 3)
    main = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(main)
    page = main.stack.overview()
    assert [tile.panel_id for tile in page.tiles] == [p.id for p in shipped_pack.panels[:4]]
    assert not page.complete()
    with qtbot.waitExposed(main):
        main.show()
    qtbot.waitUntil(page.complete)
    assert [tile.panel_id for tile in page.tiles] == [p.id for p in shipped_pack.panels]
    assert main.findChildren(PanelTile) == page.tiles
    # Tab goes through them in the pack's order, as when all were made at once.
    page.tiles[0].setFocus()
    for tile in page.tiles[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is tile
    main.close()


def test_an_overview_out_of_sight_gets_its_tiles_while_the_app_builds_ahead(
    qtbot: QtBot, shipped_pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A window that opens on a panel (the one last shown) never paints its overview.
    monkeypatch.setattr(overview, "first_screen_tiles", lambda: 4)
    monkeypatch.setattr(overview, "LATER_TILES", 3)
    main = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(main)
    main.show_row(3)
    with qtbot.waitExposed(main):
        main.show()
    page = main.stack.overview()
    main.prebuild_pages()
    qtbot.waitUntil(page.complete)
    assert [tile.panel_id for tile in page.tiles] == [p.id for p in shipped_pack.panels]
    assert shown(main) == "mobility"
    main.close()


def test_navigation_by_mouse(qtbot: QtBot, window: MainWindow) -> None:
    item = window.nav.item(3)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown(window) == "mobility"
    assert isinstance(window.stack.currentWidget(), PanelPage)


def test_tiles_open_their_panel(qtbot: QtBot, window: MainWindow) -> None:
    tile: PanelTile = window.stack.overview().tiles[7]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert shown(window) == "state-prefecture"
    window.show_row(0)
    window.stack.overview().tiles[0].setFocus()
    qtbot.keyClick(window.stack.overview().tiles[0], Qt.Key.Key_Return)
    assert shown(window) == "economic-partnership"


def test_navigation_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert shown(window) == "technology-innovation"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert shown(window) == ""
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert shown(window) == "economic-security"
    qtbot.keyClick(window.nav, Qt.Key.Key_Up)
    assert shown(window) == "economic-partnership"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert shown(window) == "economic-security"


def test_every_panel_renders(qtbot: QtBot, window: MainWindow, shipped_pack: ContentPack) -> None:
    for row in range(window.nav.count()):
        window.show_row(row)
        qtbot.wait(1)
    charts = [
        chart
        for page in window.pages.values()
        if isinstance(page, PanelPage)
        for chart in page.charts
    ]
    # The pack's charts; no reading of the shipped pack is in its target's unit, so no chart
    # of progress (each card draws its trajectory; the deck has the trajectories alone).
    assert len(charts) == sum(len(p.charts) for p in shipped_pack.panels) == 10
    assert window.self_test() == []


def test_a_switch_draws_the_page_shown_and_leaves_the_hidden_ones_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Qt turns the updates of every page off and on at each switch unless a hidden page's
    # own are off: then a switch costs the same with 11 pages or 101.
    for row in [*range(window.nav.count()), 2]:
        window.show_row(row)
        qtbot.wait(1)
    current = window.stack.currentWidget()
    hidden = [page for page in window.pages.values() if page is not current]
    assert len(hidden) == window.nav.count() - 1
    assert current.updatesEnabled()
    assert not any(page.updatesEnabled() for page in hidden)
    # The page shown again draws itself: its cards are painted, as on its first visit.
    painted = current.grab().toImage()
    window.show_row(3)
    window.show_row(2)
    qtbot.wait(1)
    assert window.stack.currentWidget() is current and current.updatesEnabled()
    assert current.grab().toImage() == painted


def test_the_current_panel_is_remembered(
    qtbot: QtBot, window: MainWindow, shipped_pack: ContentPack
) -> None:
    window.show_panel("hr-action-plan")
    window.close()
    again = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(again)
    assert again.current_panel_id() == "hr-action-plan"


def test_search_finds_and_jumps_to_the_match(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    qtbot.keyClicks(window.search.box, "Chandrayaan")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.search.results.count() > 0
    assert shown(window) == "technology-innovation"
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    lit = [label for label in page.findChildren(QLabel) if label.property("highlight")]
    assert lit and all("chandrayaan" in label.text().casefold() for label in lit)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Escape)
    assert not [label for label in page.findChildren(QLabel) if label.property("highlight")]


def test_search_reports_no_match(qtbot: QtBot, window: MainWindow) -> None:
    window.search.box.setText("zzzz-not-there")
    window.search.run()
    assert window.search.results.item(0).text() == "Nothing matches “zzzz-not-there”."


def test_theme_switch_restyles_the_charts(qtbot: QtBot, window: MainWindow) -> None:
    window.show_panel("economic-partnership")
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    chart = page.charts[0]
    assert chart.backgroundBrush().color().name().upper() == THEMES["light"].surface
    window.commands.theme_actions["high-contrast"].trigger()
    assert chart.backgroundBrush().color().name().upper() == THEMES["high-contrast"].surface
    assert Settings().theme == "high-contrast"


def test_text_size_scales_the_panel_and_charts(qtbot: QtBot, window: MainWindow) -> None:
    window.show_panel("economic-partnership")
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    chart = page.charts[0]
    before = chart.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.scale == 1.15 and Settings().text_scale == 1.15
    after = chart.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()
    assert after == pytest.approx(before * 1.15)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.scale == 0.9


def test_a_source_mark_shows_its_source(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []
    monkeypatch.setattr(
        SourceDialog,
        "show_sources",
        classmethod(lambda cls, pack, marks, ids, parent: asked.append(ids)),
    )
    window.show_panel("economic-partnership")
    page = window.stack.currentWidget()
    # The first card's own mark (its latest reading's comes first).
    mark = page.findChildren(SourceMark)[1]
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    mark.setFocus()
    qtbot.keyClick(mark, Qt.Key.Key_Return)
    expected = [
        "jv-text-samikhsya",
        "lokmat-modi-10-trillion",
        "tradersville-68-billion",
        "indiatv-e10-mous",
    ]
    assert asked == [expected, expected]  # by mouse, then by keyboard


def test_the_source_dialog_copies_the_address(qtbot: QtBot, shipped_pack: ContentPack) -> None:
    dialog = SourceDialog(shipped_pack, pack_source_index(shipped_pack), ["jv-text-samikhsya"])
    qtbot.addWidget(dialog)
    dialog.copy_buttons[0].click()
    assert QGuiApplication.clipboard().text() == shipped_pack.sources["jv-text-samikhsya"].url


def test_a_bad_pack_is_reported_and_the_old_one_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    shown_errors: list[PackError] = []
    monkeypatch.setattr(
        ProblemsDialog,
        "show_problems",
        classmethod(lambda cls, error, parent: shown_errors.append(error)),
    )
    monkeypatch.setattr(window, "ask_pack_folder", lambda: pack_dir)
    window.commands.open_action.trigger()
    assert [str(p) for p in shown_errors[0].problems] == [
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'"
    ]
    assert window.pack.meta.id == "india-japan-joint-vision-2025"
    assert window.nav.count() == 11


def test_the_problems_dialog_lists_every_problem(qtbot: QtBot, pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    edit("panels/beta.yaml", "    sources: [press]", "    sources: [pres]")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    dialog = ProblemsDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.details.toPlainText().splitlines() == [str(p) for p in caught.value.problems]
    assert dialog.summary.text().startswith("2 problems were found, so the pack was not opened")


def test_the_problems_dialog_counts_one_problem_in_the_singular(
    qtbot: QtBot, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    dialog = ProblemsDialog(caught.value)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "1 problem was found, so the pack was not opened; jvdesk keeps the pack it had. "
        "Fix it in the pack's files and open it again."
    )


def test_a_good_pack_replaces_the_old_one(qtbot: QtBot, window: MainWindow, pack_dir: Path) -> None:
    assert window.open_pack(pack_dir)
    assert window.pack.meta.id == "minimal"
    assert window.nav.count() == 3
    assert window.windowTitle() == "jvdesk — Minimal pack"


def test_an_unexpected_error_is_logged_and_the_app_keeps_running(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JVDESK_LOG_DIR", str(tmp_path))
    dialogs: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "show_error",
        lambda parent, title, message, details="": dialogs.append((title, details)),
    )
    errors.install_excepthook()
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert dialogs == [("Something went wrong", "RuntimeError: a bug")]
    assert "RuntimeError: a bug" in (tmp_path / "crash.log").read_text(encoding="utf-8")
    window.show_panel("health")
    assert window.isVisible() and shown(window) == "health"


def test_briefings_can_be_composed_saved_and_reloaded(
    qtbot: QtBot, window: MainWindow, shipped_pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed = CustomBriefing("Delegation from Gujarat", ["state-prefecture", "mobility"], 15)

    class Fake:
        @classmethod
        def ask(cls, shipped_pack: ContentPack, existing: object, parent: object) -> CustomBriefing:
            return composed

    monkeypatch.setattr(window.briefings, "dialog_class", lambda: Fake)
    window.briefings.compose()
    chosen = window.briefings.chosen()
    assert (chosen.title, chosen.panels, chosen.duration_minutes) == (
        "Delegation from Gujarat",
        ["state-prefecture", "mobility"],
        15,
    )
    assert window.briefings.box.currentText() == "Delegation from Gujarat"
    again = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(again)
    assert again.briefings.chosen().panels == ["state-prefecture", "mobility"]
    again.briefings.delete()
    assert again.briefings.chosen().id == "full"


def test_export_uses_the_chosen_briefing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jvdesk.gui.dialogs.export as exportdialog

    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        exportdialog.ExportDialog,
        "ask",
        classmethod(
            lambda cls, pack, briefings, chosen, settings, parent: asked.append(
                (chosen, settings is window.settings)
            )
        ),
    )
    window.briefings.box.setCurrentIndex(window.briefings.box.findData("overview-10"))
    window.briefings._on_activated(window.briefings.box.currentIndex())
    window.commands.export_action.trigger()
    assert asked == [("overview-10", True)]


def test_about_shows_version_pack_and_checksum(qtbot: QtBot, shipped_pack: ContentPack) -> None:
    dialog = AboutDialog(shipped_pack)
    qtbot.addWidget(dialog)
    assert dialog.checksum.text() == f"SHA-256 {shipped_pack.checksum}"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "India–Japan Joint Vision 2025, version 1.1" in texts
    assert "LGPL-3.0" in texts and "SIL Open Font License 1.1" in texts


def test_the_layout_reflows_without_clipping(qtbot: QtBot, window: MainWindow) -> None:
    window.show_panel("economic-partnership")
    for size in ((1024, 640), (1920, 1080), (3840, 2160)):
        window.resize(*size)
        qtbot.wait(5)
        page = window.stack.currentWidget()
        assert isinstance(page, PanelPage)
        body = page.widget()
        assert body.width() <= page.viewport().width()
        for label in body.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.width() >= min(
                    label.sizeHint().width(), label.minimumSizeHint().width()
                )


def test_speaker_notes_show_the_pack_text_as_written(window: MainWindow) -> None:
    window.show_panel("hr-action-plan")
    notes = window.notes.toPlainText()
    assert "Foreign Secretary Misri's words" in notes
    assert "&#x27;" not in notes and "&amp;" not in notes
    assert notes.splitlines()[0] == window.pack.panel("hr-action-plan").title
    window.show_panel("technology-innovation")
    assert "&amp;" not in window.notes.toPlainText()


def test_a_source_mark_is_a_light_widget(window: MainWindow) -> None:
    # A focusable QLabel carries a text document (about 20 KiB); a panel has dozens of marks.
    window.show_panel("economic-partnership")
    marks = window.stack.currentWidget().findChildren(SourceMark)
    assert marks and all(not mark.findChildren(QTextDocument) for mark in marks)
    assert all(mark.focusPolicy() == Qt.FocusPolicy.TabFocus for mark in marks)


def test_page_text_takes_the_height_its_width_needs(qtbot: QtBot, window: MainWindow) -> None:
    # No gaps under short lines: a wrapping label is laid out by height-for-width (a label
    # beside a source mark may take the mark's line height, a pixel or two more).
    window.resize(1280, 800)
    window.show_panel("economic-partnership")
    qtbot.wait(1)
    page = window.stack.currentWidget()
    labels = [
        label for label in page.findChildren(TextLabel) if label.wordWrap() and label.isVisible()
    ]
    assert len(labels) > 20
    loose = [
        (label.text()[:30], label.height(), label.heightForWidth(label.width()))
        for label in labels
        if not 0 <= label.height() - label.heightForWidth(label.width()) <= 2
    ]
    assert loose == []


def test_pages_are_themed_without_an_application_style_sheet(
    qtbot: QtBot, window: MainWindow
) -> None:
    # An application style sheet costs about 10 KiB per widget, some 13 MiB over the panels.
    assert QApplication.instance().styleSheet() == ""
    window.show_panel("economic-partnership")
    page = window.stack.currentWidget()
    value = page.findChildren(TextLabel, "cardValue")[0]
    card = page.findChildren(Box, "card")[0]
    assert value.palette().color(value.foregroundRole()).name().upper() == THEMES["light"].accent
    assert card.contentsMargins().left() == 5
    size = value.font().pointSizeF()
    window.commands.theme_actions["high-contrast"].trigger()
    qtbot.wait(1)  # the application palette reaches widgets through the event loop
    assert value.palette().color(value.foregroundRole()).name().upper() == "#FFD400"
    assert card.contentsMargins().left() == 6  # the high-contrast edge is wider
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert value.font().pointSizeF() == pytest.approx(size * 1.15)


@pytest.mark.parametrize(
    ("size", "scale"), [((1024, 640), 1.0), ((1024, 640), 2.0), ((3840, 2160), 1.0)]
)
def test_every_page_reflows_without_scrolling_sideways(
    qtbot: QtBot, shipped_pack: ContentPack, size: tuple[int, int], scale: float
) -> None:
    settings = Settings()
    settings.text_scale = scale
    window = MainWindow(shipped_pack, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    for row in range(window.nav.count()):
        window.show_row(row)
        qtbot.wait(1)
        page = window.stack.currentWidget()
        assert page.horizontalScrollBar().maximum() == 0, window.nav.item(row).text()
        cut = [
            label.text()[:30]
            for label in page.findChildren(TextLabel)
            if label.wordWrap() and label.height() < label.heightForWidth(label.width())
        ]
        assert cut == [], window.nav.item(row).text()


def test_a_pack_that_cannot_be_checked_is_explained_and_the_old_one_kept(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[tuple[str, str]],
    pack_dir: Path,
) -> None:
    crash = [sys.executable, "-c", "import sys; sys.exit('checker crashed')"]
    monkeypatch.setattr(snapshot, "_jvdesk_command", lambda: crash)
    assert not window.open_pack(pack_dir)
    assert errors_shown == [
        (
            "The pack could not be checked",
            "The pack checker stopped without a result: checker crashed. "
            "jvdesk keeps the pack it had. Open the pack again; if the same happens, reinstall "
            "jvdesk.",
        )
    ]
    assert window.pack.meta.id == "india-japan-joint-vision-2025"


def test_a_long_check_can_be_cancelled_and_the_old_pack_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, pack_dir: Path
) -> None:
    slow = [sys.executable, "-c", "import time; time.sleep(30)"]
    monkeypatch.setattr(snapshot, "_jvdesk_command", lambda: slow)
    monkeypatch.setattr(packcheck, "SHOW_AFTER_MS", 0)
    shown: list[bool] = []

    def press_cancel() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))
        shown.append(dialog.isVisible())
        dialog.cancel()

    QTimer.singleShot(300, press_cancel)
    started = time.monotonic()
    assert not window.open_pack(pack_dir)
    assert time.monotonic() - started < 20  # stopped by Cancel, not by the child finishing
    assert shown == [True]
    assert window.pack.meta.id == "india-japan-joint-vision-2025"
    assert QApplication.overrideCursor() is None


def test_page_down_scrolls_the_page_opened_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 720)
    window.notes.setFocus()  # where the focus may be before
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage) and page.panel.id == window.pack.panels[2].id
    assert QApplication.focusWidget() is page
    notes_before = window.notes.verticalScrollBar().value()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert page.verticalScrollBar().value() > 0
    assert window.notes.verticalScrollBar().value() == notes_before


def test_moving_in_the_panel_list_keeps_the_focus_there(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert shown(window) == window.pack.panels[0].id
    assert QApplication.focusWidget() is window.nav


@pytest.mark.parametrize("open_at_quit", [True, False])
def test_the_notes_pane_comes_back_as_it_was_left(
    qtbot: QtBot, shipped_pack: ContentPack, open_at_quit: bool
) -> None:
    first = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(first)
    first.show()
    first.notes_dock.setVisible(open_at_quit)
    first.close()
    # Qt may deliver a close event again, as it did once in pytest-qt's teardown: no harm done.
    QApplication.sendEvent(first, QCloseEvent())
    again = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(again)
    again.show()
    assert again.notes_dock.isVisible() is open_at_quit
    assert again.commands.notes_action.isChecked() is open_at_quit


def test_edit_and_delete_are_only_for_ones_own_briefings(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chooser = window.briefings
    assert chooser.chosen().id == "full"
    assert not chooser.edit_action.isEnabled() and not chooser.delete_action.isEnabled()
    menu_actions = {action.text(): action for action in window.menuBar().actions()}
    briefing_menu = menu_actions["&Briefing"].menu()
    shown = {action.text(): action.isEnabled() for action in briefing_menu.actions()}
    assert shown == {
        "&Compose a briefing…": True,
        "&Edit this briefing…": False,
        "&Delete this briefing": False,
    }

    class Fake:
        @classmethod
        def ask(cls, pack: ContentPack, existing: object, parent: object) -> CustomBriefing:
            return CustomBriefing("Mine", ["health"], 10)

    monkeypatch.setattr(chooser, "dialog_class", lambda: Fake)
    chooser.compose()
    assert chooser.edit_action.isEnabled() and chooser.delete_action.isEnabled()


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_disabled_menu_items_look_disabled(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.set_theme(name)
    palette = QApplication.palette()
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        active = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert disabled != active and disabled.name().upper() == THEMES[name].disabled


def test_the_overview_says_when_the_information_was_checked(window: MainWindow) -> None:
    assert window.stack.overview().as_of.text() == "Information as of 1 Dec 2026"


def test_the_notes_and_the_overview_have_the_names_a_screen_reader_says(
    window: MainWindow,
) -> None:
    """Both take the keyboard focus (to scroll), so a screen reader announces them."""
    assert window.notes.accessibleName() == "Speaker notes"
    assert window.stack.overview().accessibleName() == "Overview"


def test_the_notes_pane_shows_the_talking_points_of_the_page_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    notes = window.notes_dock
    notes.setVisible(False)
    window.show_panel("mobility")  # while the pane is hidden
    notes.setVisible(True)
    qtbot.waitUntil(notes.isVisible)
    panel = window.pack.panel("mobility")
    text = notes.browser.toPlainText()
    assert text.startswith(panel.title)
    assert all(point in text for point in panel.talking_points)
    window.show_panel("")  # while it shows
    assert notes.browser.toPlainText().startswith("Overview")


def test_the_window_opens_again_on_the_page_it_was_closed_on(
    qtbot: QtBot, shipped_pack: ContentPack
) -> None:
    first = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(first)
    first.show()
    first.show_panel("mobility")
    first.close()
    again = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(again)
    assert shown(again) == "mobility"


def test_notes_shown_again_are_the_same_words_in_the_text_size_of_the_moment(
    window: MainWindow,
) -> None:
    notes = window.notes_dock
    assert notes.isVisible()  # open by default
    window.show_panel("mobility")
    first = notes.browser.toPlainText()
    window.show_panel("economic-security")
    window.step_text(+1)
    window.show_panel("mobility")
    assert notes.browser.toPlainText() == first
    size = notes.browser.document().defaultFont().pointSizeF()
    assert size == notes.browser.font().pointSizeF()
    window.step_text(-1)
    assert notes.browser.document().defaultFont().pointSizeF() < size
