"""A chart's figures as a table: what a screen reader or a keyboard user reads instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
)

from jvdesk.core.charts import ChartSpec
from jvdesk.core.formatting import format_number


class ChartTable(QTableWidget):
    """Every value of a chart spec: a row per category, a column per series, read-only.

    It is as tall as its rows, so the page scrolls, not the table; a value the source does
    not give reads "no figure", as the chart's description says it.
    """

    def __init__(self, spec: ChartSpec) -> None:
        super().__init__(len(spec.categories), len(spec.series))
        self.setObjectName("chartTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setHorizontalHeaderLabels([series.name for series in spec.series])
        self.setVerticalHeaderLabels(list(spec.categories))
        self.setCornerButtonEnabled(False)
        for column, series in enumerate(spec.series):
            for row, value in enumerate(series.values):
                text = self.tr("no figure") if value is None else format_number(value)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.resizeColumnsToContents()
