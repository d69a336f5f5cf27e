"""Check boxes and radio buttons show their boundary at 3:1 or more in every theme."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jvdesk.core.contrast import contrast_ratio
from jvdesk.gui.common.theme import THEMES, apply_theme, style_chrome

GRAPHICS = 3.0  # WCAG 1.4.11: a control's boundary against what is next to it


@pytest.fixture(autouse=True)
def _light_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, THEMES["light"], 1.0)


def _best_edge(image: QImage, left: int, top: int, size: int, background: str) -> float:
    """The strongest contrast along the middle of an indicator's left edge, against the
    background: its outline, wherever within its first pixels the style put it."""
    middle = top + size // 2
    ratios = [
        contrast_ratio(QColor(image.pixel(QPoint(x, middle))).name(), background)
        for x in range(left, left + max(3, size // 4))
    ]
    return max(ratios)


def _indicator(widget: QWidget, element: QStyle.SubElement) -> tuple[int, int, int]:
    option = QStyleOptionButton()
    option.initFrom(widget)
    rect = widget.style().subElementRect(element, option, widget)
    return rect.left(), rect.top(), rect.height()


BUTTONS: dict[str, tuple[Callable[[], QWidget], QStyle.SubElement]] = {
    "check box": (
        lambda: QCheckBox("Include speaker notes"),
        QStyle.SubElement.SE_CheckBoxIndicator,
    ),
    "radio button": (lambda: QRadioButton("16:9"), QStyle.SubElement.SE_RadioButtonIndicator),
}


@pytest.mark.parametrize("kind", BUTTONS)
@pytest.mark.parametrize("name", THEMES)
def test_an_unchecked_box_can_be_seen(
    qtbot: QtBot, qapp: QApplication, name: str, kind: str
) -> None:
    theme = THEMES[name]
    apply_theme(qapp, theme, 1.0)
    host = QWidget()
    style_chrome(host)  # as in the export dialog
    make, element = BUTTONS[kind]
    button = make()
    QVBoxLayout(host).addWidget(button)
    qtbot.addWidget(host)
    host.resize(300, 80)
    host.show()
    qtbot.waitExposed(host)
    image = button.grab().toImage()
    image.setDevicePixelRatio(1)
    left, top, size = _indicator(button, element)
    background = QColor(image.pixel(QPoint(button.width() - 2, button.height() // 2))).name()
    assert _best_edge(image, left, top, size, background) >= GRAPHICS


@pytest.mark.parametrize("name", THEMES)
def test_a_checkable_list_item_can_be_seen(qtbot: QtBot, qapp: QApplication, name: str) -> None:
    theme = THEMES[name]
    apply_theme(qapp, theme, 1.0)
    view = QListWidget()
    style_chrome(view)
    item = QListWidgetItem("1. Economic Partnership")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    view.addItem(item)
    qtbot.addWidget(view)
    view.resize(300, 120)
    view.show()
    qtbot.waitExposed(view)
    view.clearSelection()
    image = view.viewport().grab().toImage()
    image.setDevicePixelRatio(1)
    row = view.visualItemRect(item)
    background = QColor(image.pixel(QPoint(row.right() - 2, row.center().y()))).name()
    size = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
    ratios = [
        contrast_ratio(QColor(image.pixel(QPoint(x, row.center().y()))).name(), background)
        for x in range(row.left(), row.left() + 3 * size)
    ]
    assert max(ratios) >= GRAPHICS
