"""Larger text on a small screen: nothing hides, no panel name is cut, a way back to normal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QToolButton
from pytestqt.qtbot import QtBot

from jvdesk.gui.common.settings import TEXT_SCALES, Settings
from jvdesk.gui.workspace.mainwindow import MainWindow


def _set_scale(window: MainWindow, scale: float) -> None:
    window.step_text(0)
    while window.scale < scale:
        window.step_text(+1)
    while window.scale > scale:
        window.step_text(-1)
    QApplication.processEvents()


def _cut_names(window: MainWindow) -> list[str]:
    """Panel names whose wrapped text is taller than the room the list draws them in."""
    nav = window.nav
    cut = []
    for row in range(nav.count()):
        item = nav.item(row)
        option = QStyleOptionViewItem()
        nav.initViewItemOption(option)
        nav.itemDelegate().initStyleOption(option, nav.indexFromItem(item))
        option.rect = nav.visualItemRect(item)
        room = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav)
        wrap = int(Qt.TextFlag.TextWordWrap)
        needed = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, room.width() - 8, 100_000), wrap, item.text()
        )
        if needed.height() > room.height():
            cut.append(item.text())
    return cut


@pytest.mark.parametrize("size", [(1024, 640), (1600, 1000)])
def test_the_search_box_and_the_panel_names_at_every_text_size(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    for scale in TEXT_SCALES:
        _set_scale(window, scale)
        box = window.search.box
        assert box.isVisible() and box.width() >= 200, scale
        assert window.rect().contains(box.mapTo(window, box.rect().topLeft())), scale
        overflow = [
            button
            for button in window.findChildren(QToolButton, "qt_toolbar_ext_button")
            if button.isVisible()
        ]
        assert overflow == [], scale
        assert _cut_names(window) == [], scale


def test_back_to_the_normal_text_size_from_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    normal = next(a for a in view.actions() if a.text() == "&Normal text size")
    assert not normal.isEnabled()
    window.step_text(+1)
    window.step_text(+1)
    assert window.scale == 1.3 and normal.isEnabled()
    normal.trigger()
    assert window.scale == 1.0 and Settings().text_scale == 1.0 and not normal.isEnabled()
