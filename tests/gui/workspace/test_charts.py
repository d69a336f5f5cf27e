"""Charts on a panel page: the wheel scrolls the page, and the legend survives theme changes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jvdesk.core.pack import ContentPack
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.panelpage import PanelPage


def _page(window: MainWindow, panel_id: str) -> PanelPage:
    window.show_panel(panel_id)
    page = window.stack.currentWidget()
    assert isinstance(page, PanelPage)
    return page


def _wheel_down(target: object, at: QPoint) -> None:
    event = QWheelEvent(
        QPointF(at),
        QPointF(at),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: scroll down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)  # type: ignore[arg-type]


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 720)
    page = _page(window, "economic-partnership")
    chart = page.charts[0]
    page.ensureWidgetVisible(chart)
    qtbot.wait(10)
    bar = page.verticalScrollBar()
    before = bar.value()
    assert bar.maximum() > before  # there is room to scroll down
    _wheel_down(chart.viewport(), chart.viewport().rect().center())
    assert bar.value() > before


def test_the_two_series_legend_survives_theme_changes(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window, "economic-partnership")
    chart = next(chart for chart in page.charts if len(chart.spec.series) > 1)
    for theme in ("dark", "light", "high-contrast"):
        window.commands.theme_actions[theme].trigger()
        legend = chart.legend
        assert legend is not None and legend.scene() is chart.scene() and legend.isVisible()
        assert [label.text for _sample, label in legend.items] == ["India", "ASEAN"]


def test_a_chart_is_made_when_first_seen_without_moving_the_page(
    qtbot: QtBot, shipped_pack: ContentPack
) -> None:
    """Charts below a page's first screen cost nothing until scrolled to (1.6 MiB each)."""
    from jvdesk.core.charts import chart_spec
    from jvdesk.gui.common.theme import THEMES
    from jvdesk.gui.workspace.chartwidget import ChartWidget
    from jvdesk.gui.workspace.lazychart import LazyChart

    spec = chart_spec(shipped_pack.panels[0].charts[0])
    lazy = LazyChart(spec, THEMES["light"], 1.0)
    qtbot.addWidget(lazy)
    real = ChartWidget(spec, THEMES["light"], 1.0)
    qtbot.addWidget(real)
    assert lazy.real is None
    # The page keeps its layout when it is made: the chart takes the height it will have.
    assert lazy.sizeHint().height() == real.sizeHint().height()
    lazy.show()
    qtbot.waitUntil(lambda: lazy.real is not None)  # painted: made
    assert isinstance(lazy.real, ChartWidget) and lazy.real.spec is spec
    assert lazy.sizeHint().height() == real.sizeHint().height()
