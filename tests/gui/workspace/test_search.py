"""Search in the workspace: results lead to their text, in full view, in a readable list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from jvdesk.core.search import Hit, fold
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.panelpage import PanelPage


def _visible_rect(page: PanelPage, label: QLabel) -> QRect:
    top_left = label.mapTo(page.viewport(), QPoint(0, 0))
    return QRect(top_left, label.size())


def _label_for(page: PanelPage, hit: Hit) -> QLabel:
    wanted = fold(hit.text)
    return next(
        label
        for label in page.findChildren(QLabel)
        if label.property("highlight") and wanted in fold(label.text())
    )


def _search(qtbot: QtBot, window: MainWindow, query: str) -> list[Hit]:
    window.search.box.setText(query)
    window.search.run()
    items = [window.search.results.item(row) for row in range(window.search.results.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items]


def test_choosing_a_result_scrolls_its_text_into_full_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 720)
    hits = _search(qtbot, window, "semiconductor")
    quotes = [hit for hit in hits if hit.kind in ("Quote", "Initiative") and hit.panel_id]
    assert len(quotes) >= 2
    for hit in quotes:
        row = hits.index(hit)
        item = window.search.results.item(row)
        rect = window.search.results.visualItemRect(item)
        qtbot.mouseClick(
            window.search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        qtbot.wait(20)
        page = window.stack.currentWidget()
        assert isinstance(page, PanelPage) and page.panel.id == hit.panel_id
        label = _label_for(page, hit)
        assert page.viewport().rect().contains(_visible_rect(page, label)), hit.text


def test_enter_shows_the_first_match_in_full_view(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 720)
    window.search.focus()
    qtbot.keyClicks(window.search.box, "Sendai")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.wait(20)
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    lit = [label for label in page.findChildren(QLabel) if label.property("highlight")]
    assert lit
    assert page.viewport().rect().contains(_visible_rect(page, lit[0]))


def test_results_wrap_in_a_list_wide_enough_to_read(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 720)
    _search(qtbot, window, "India")
    QApplication.processEvents()
    results = window.search.results
    assert window.search.dock.width() >= 320
    assert not results.horizontalScrollBar().isVisible()
    for row in range(min(results.count(), 20)):
        assert results.visualItemRect(results.item(row)).width() <= results.viewport().width()
