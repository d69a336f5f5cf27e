"""A panel page read by a screen reader: cards in one sentence, charts described and tabled."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jvdesk.core.charts import chart_spec
from jvdesk.core.descriptions import describe_chart
from jvdesk.core.formatting import format_number
from jvdesk.core.progress import progress_charts
from jvdesk.gui.common.widgets import Box
from jvdesk.gui.workspace.charttable import ChartTable
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.panelpage import PanelPage


def _page(window: MainWindow, panel_id: str) -> PanelPage:
    window.show_panel(panel_id)
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    QApplication.processEvents()  # laid out at the width shown: card grids take their columns
    return page


def test_a_target_card_reads_as_one_sentence(window: MainWindow) -> None:
    page = _page(window, "economic-partnership")
    cards = [box for box in page.findChildren(Box) if box.objectName() == "card"]
    names = [card.accessibleName() for card in cards]
    assert names[0] == (
        "JPY 10 trillion, Private investment from Japan to India, next decade, sources 1 to 4"
    )
    assert names[1] == (
        "JPY 5 trillion, Public and private investment and financing from Japan to India, "
        "2022–2026, sources 1, 5, 6"
    )
    assert all(names)  # every card, key figures too


def test_a_chart_says_what_the_deck_s_alternative_text_says(window: MainWindow) -> None:
    page = _page(window, "economic-partnership")
    specs = [chart_spec(model) for model in page.panel.charts]
    specs += progress_charts(page.panel, window.pack.meta.as_of, path_alone=False)
    for chart, spec in zip(page.charts, specs, strict=True):
        assert chart.accessibleName() == spec.title
        assert chart.accessibleDescription() == describe_chart(
            spec, page.marks.cite(spec.source_ids)
        )


def test_show_data_as_table_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window, "economic-partnership")
    toggle = page.findChildren(QPushButton, "dataToggle")[-1]  # the two-series FDI chart
    spec = page.charts[-1].spec  # type: ignore[attr-defined]
    assert page.findChildren(ChartTable) == []  # made when first asked for
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    (table,) = page.findChildren(ChartTable)
    assert table.isVisible()
    assert toggle.text() == "Hide data table"
    assert table.accessibleName() == f"Data of {spec.title}"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [series.name for series in spec.series]
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert rows == list(spec.categories)
    for column, series in enumerate(spec.series):
        for row, value in enumerate(series.values):
            said = "no figure" if value is None else format_number(value)
            assert table.item(row, column).text() == said
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not table.isVisible()
    assert toggle.text() == "Show data as table"


def test_the_keyboard_reads_a_page_top_to_bottom(qtbot: QtBot, window: MainWindow) -> None:
    """Tab visits a page's stops (source marks, charts, their table buttons) in reading order:
    down the page, and left to right along a row; a card's stops all before the next card's."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = _page(window, "economic-partnership")
    body = page.widget()
    page.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.hasFocus)
    places: list[tuple[tuple[int, int], tuple[int, int]]] = []  # (card or stop, stop)
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or not body.isAncestorOf(focused):
            break
        card = focused.parentWidget()
        while card is not None and card.objectName() != "card":
            card = card.parentWidget()
        places.append((_corner(card or focused, body), _corner(focused, body)))
    assert len(places) >= 10  # marks of cards, initiatives and quotes; charts; buttons
    for before, after in itertools.pairwise(places):
        block = before[0] == after[0]  # two stops of one card: read down the card
        first, second = (before[1], after[1]) if block else (before[0], after[0])
        same_row = abs(second[0] - first[0]) < 8
        assert second[0] > first[0] or (same_row and second[1] > first[1]), (before, after)


def _corner(widget: QWidget, body: QWidget) -> tuple[int, int]:
    corner = widget.mapTo(body, QPoint(0, 0))
    return corner.y(), corner.x()
