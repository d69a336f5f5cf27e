"""A chart made when it is first seen: most of a page's charts sit below its first screen.

A pyqtgraph chart costs about 1.6 MiB; the shipped pack has ten of them, and a user who
looks at a panel's cards and quotes need not pay for the charts further down. The page
holds a ``LazyChart`` of the chart's size, which takes the keyboard focus, the accessible
name and description and the chart spec; it makes the real chart the first time Qt paints
it (that is, when it is scrolled into view), or when anything asks for more than the spec.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from jvdesk.core.charts import ChartSpec
from jvdesk.gui.common.theme import Theme

CHART_MODULE = "jvdesk.gui.workspace.chartwidget"  # pyqtgraph: imported after the first paint
HEIGHT = 260  # the chart's least height (ChartWidget's)
# pyqtgraph's views ask for this much room: the stand-in asks the same, so that the page
# keeps its layout when the chart is made (a test of ``sizeHint`` keeps the two equal).
SIZE_HINT = QSize(600, 480)


class LazyChart(QWidget):
    """Stands in for a chart until it is painted, then holds it.

    Attributes:
        real: the chart, once made.
    """

    def __init__(self, spec: ChartSpec, theme: Theme, scale: float) -> None:
        super().__init__()
        self.setObjectName("chart")
        self._spec = spec
        self._look = (theme, scale)
        self.real: QWidget | None = None
        self.setMinimumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def sizeHint(self) -> QSize:
        return SIZE_HINT

    @property
    def spec(self) -> ChartSpec:
        """What the chart shows, in the words of the page."""
        return self._spec

    @spec.setter
    def spec(self, spec: ChartSpec) -> None:
        self._spec = spec
        if self.real is not None:
            self.real.spec = spec  # type: ignore[attr-defined]

    def apply_theme(self, theme: Theme, scale: float) -> None:
        """Draw the chart in a theme at a text scale (and in the words of ``spec``), if made."""
        self._look = (theme, scale)
        if self.real is not None:
            self.real.apply_theme(theme, scale)  # type: ignore[attr-defined]

    def materialize(self) -> QWidget:
        """The chart, made now if it was not yet."""
        if self.real is None:
            module = importlib.import_module(CHART_MODULE)
            real: QWidget = module.ChartWidget(self._spec, *self._look)
            real.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # this stand-in is the keyboard stop
            real.setAccessibleName(self.accessibleName())
            self._layout.addWidget(real)
            self.real = real
        return self.real

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painted means seen: make the chart once this paint is over (not during it).
        if self.real is None:
            QTimer.singleShot(0, self.materialize)
        super().paintEvent(event)

    def __getattr__(self, name: str) -> Any:
        # Anything but the spec (its plot, its legend, its tooltip of values) is the chart's.
        if name.startswith("_") or name == "real":
            raise AttributeError(name)
        return getattr(self.materialize(), name)
