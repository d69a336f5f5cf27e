"""The keyboard focus shows, in every theme: drawn, not only declared (test_contrast measures it).

A ring is looked for at the middle of each of the widget's four sides, as deep as the ring is
wide: there, and only while the widget has the focus, every pixel is the theme's accent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jvdesk.core.pack import ContentPack
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.theme import THEMES, Theme, apply_theme, focus_width, style_chrome
from jvdesk.gui.common.widgets import SourceMark, ring_focus


@pytest.fixture(autouse=True)
def _light_afterwards(qapp: QApplication) -> Iterator[None]:
    """Leave the application in the light theme, as the other tests expect it."""
    yield
    apply_theme(qapp, THEMES["light"], 1.0)


def _sides(image: QImage, depth: int, sides: str = "ltrb") -> list[str]:
    """The colours at the middle of the image's sides, ``depth`` pixels in."""
    w, h = image.width(), image.height()
    points = {
        "l": [(d, h // 2) for d in range(depth)],
        "r": [(w - 1 - d, h // 2) for d in range(depth)],
        "t": [(w // 2, d) for d in range(depth)],
        "b": [(w // 2, h - 1 - d) for d in range(depth)],
    }
    return [QColor(image.pixel(x, y)).name().upper() for side in sides for x, y in points[side]]


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()  # a focus change restyles the widget, and may lay it out again
    image = widget.grab().toImage()
    image.setDevicePixelRatio(1)
    return image.scaled(widget.size()) if image.size() != widget.size() else image


def assert_ringed(widget: QWidget, theme: Theme, focused: bool, what: str) -> None:
    sides, depth = "ltrb", focus_width(theme)
    if isinstance(widget, SourceMark):
        # The focus is a fill behind the text, which starts two pixels in.
        sides, depth = "lr", 2
    elif isinstance(widget, QSpinBox):
        sides = "tb"  # its text field and its arrows lie over its left and right edges
    colours = _sides(_grab(widget), depth, sides)
    if focused:
        assert set(colours) == {theme.accent}, f"{what}: no focus ring ({colours})"
    else:
        assert set(colours) != {theme.accent}, f"{what}: a focus ring with no focus"


def _filled(widget: QListWidget | QComboBox) -> QListWidget | QComboBox:
    widget.addItems(["Overview", "1. Economic Partnership"])
    return widget


# The widgets the chrome style sheet rings: the panel list, the tool bar and the dialogs'.
STYLED: dict[str, Callable[[], QWidget]] = {
    "nav": lambda: _filled(QListWidget()),
    "QPushButton": lambda: QPushButton("Export"),
    "QLineEdit": lambda: QLineEdit("Full briefing"),
    "QComboBox": lambda: _filled(QComboBox()),
    "QListWidget": lambda: _filled(QListWidget()),
    "QTextBrowser": QTextBrowser,
    "QPlainTextEdit": lambda: QPlainTextEdit("details"),
    "QSpinBox": QSpinBox,
    "QCheckBox": lambda: QCheckBox("Include speaker notes"),
    "QRadioButton": lambda: QRadioButton("16:9"),
}


@pytest.mark.parametrize("kind", STYLED)
@pytest.mark.parametrize("name", THEMES)
def test_the_style_sheet_draws_the_focus(
    qtbot: QtBot, qapp: QApplication, name: str, kind: str
) -> None:
    theme = THEMES[name]
    apply_theme(qapp, theme, 1.0)
    host = QWidget()
    style_chrome(host)  # as a dialog is styled
    qtbot.addWidget(host)
    before = QLineEdit()
    widget = STYLED[kind]()
    if kind == "nav":
        widget.setObjectName("nav")
    column = QVBoxLayout(host)
    column.addWidget(before)
    column.addWidget(widget)
    host.resize(320, 240)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(before.hasFocus)
    assert_ringed(widget, theme, False, kind)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    assert_ringed(widget, theme, True, kind)


@pytest.mark.parametrize("name", THEMES)
def test_a_page_and_its_buttons_get_a_ring_of_their_own(
    qtbot: QtBot, qapp: QApplication, name: str
) -> None:
    theme = THEMES[name]
    apply_theme(qapp, theme, 1.0)
    page = QScrollArea()
    body = QWidget()
    button = QPushButton("Show data as table")
    mark = SourceMark("[1]", ["s1"])
    column = QVBoxLayout(body)
    column.addWidget(button)
    column.addWidget(mark)
    page.setWidget(body)
    ring_focus(page)
    ring_focus(page)  # twice (a chart moved to a new page): still one ring
    qtbot.addWidget(page)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    for widget in (page, button, mark):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert_ringed(widget, theme, True, type(widget).__name__)
        assert len(page.findChildren(QWidget, "focusRing")) <= 1  # one ring, on the focus
    assert_ringed(page, theme, False, "the page, its button focused")


@pytest.mark.parametrize("name", THEMES)
def test_every_keyboard_stop_of_the_workspace_shows_the_focus(
    qtbot: QtBot, shipped_pack: ContentPack, name: str
) -> None:
    """Tab through the window, the overview then a panel with charts: each stop is ringed."""
    from jvdesk.gui.workspace.mainwindow import MainWindow

    window = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.set_theme(name)
    theme = THEMES[name]
    charted = next(panel.id for panel in shipped_pack.panels if panel.charts)
    seen: set[str] = set()
    for panel_id in ("", charted):
        window.go_to_panel(panel_id)
        window.nav.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(window.nav.hasFocus)
        previous: QWidget | None = None
        for _ in range(60):
            focused = QApplication.focusWidget()
            assert focused is not None
            what = f"{type(focused).__name__} {focused.objectName()}"
            assert_ringed(focused, theme, True, what)
            if previous is not None and previous is not focused:
                assert_ringed(previous, theme, False, f"{what} after another")
            seen.add(type(focused).__name__)
            previous = focused
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is window.nav:
                break
        else:
            pytest.fail("Tab never came back to the panel list")
    assert {"PanelList", "QComboBox", "QLineEdit", "PanelTile", "SourceMark"} <= seen
    assert {"OverviewPage", "PanelPage", "LazyChart", "QTextBrowser"} <= seen  # a chart's stop
    window.close()


def test_the_ring_outlives_a_page_rebuilt_under_the_focus(
    qtbot: QtBot, shipped_pack: ContentPack
) -> None:
    """A language switch deletes the page holding the focus, and the ring on it."""
    from jvdesk.gui.workspace.mainwindow import MainWindow

    window = MainWindow(shipped_pack, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go_to_panel(shipped_pack.panels[0].id)
    for language in ("ja", "en"):
        page = window.stack.currentWidget()
        page.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(page.hasFocus)
        assert_ringed(page, THEMES["light"], True, f"the page before switching to {language}")
        window.set_language(language)  # type: ignore[arg-type]
    page = window.stack.currentWidget()
    page.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.hasFocus)
    assert_ringed(page, THEMES["light"], True, "the page built again")
    window.close()
