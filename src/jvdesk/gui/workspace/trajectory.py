"""A target card's small trajectory: the path from start to deadline, the pack's date on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from jvdesk.core.formatting import format_date, format_figure, format_number
from jvdesk.core.model import Target, Trajectory
from jvdesk.core.progress import (
    first_day,
    in_target_unit,
    last_day,
    share_of_time,
    start_value,
)
from jvdesk.gui.common.theme import current_scale, current_theme

HEIGHT = 46  # pixels at scale 1: a path, its two years under it


class TrajectorySpark(QWidget):
    """The trajectory drawn small: a rising line for a total, a level one for a yearly minimum.

    A dashed mark stands at the pack's date, and a dot at each reading that measures the
    target. Painted with the theme in force; what it shows is also its accessible
    description and tooltip, for a reader who cannot see it.
    """

    def __init__(self, target: Target, pack_as_of: str) -> None:
        super().__init__()
        self.setObjectName("trajectory")
        self.target = target
        self.trajectory: Trajectory | None = target.trajectory
        self.pack_as_of = pack_as_of
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(round(HEIGHT * current_scale()))
        said = self.described()
        self.setAccessibleName(self.tr("Trajectory"))
        self.setAccessibleDescription(said)
        self.setToolTip(said)
        if self.trajectory is None:
            self.hide()  # only hidden: shown with no parent yet, it would open as a window

    def described(self) -> str:
        """The path in words: where it starts and ends, and the pack's date on it."""
        path = self.trajectory
        if path is None:
            return ""
        target = self.target
        if path.kind == "per-period":
            return self.tr("At least {figure} every year from {start} to {end}").format(
                figure=format_figure(target.value, target.unit),
                start=format_date(path.start),
                end=format_date(path.end),
            )
        return self.tr("From {start_figure} on {start} to {figure} by {end}").format(
            start_figure=format_number(start_value(path)),
            start=format_date(path.start),
            figure=format_figure(target.value, target.unit, target.qualifier),
            end=format_date(path.end),
        )

    def rescale(self) -> None:
        """Take the height of the text scale in force, and repaint in the theme in force."""
        self.setFixedHeight(round(HEIGHT * current_scale()))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, round(HEIGHT * current_scale()))

    def paintEvent(self, event: QPaintEvent) -> None:
        path = self.trajectory
        if path is None:
            return
        theme, scale = current_theme(), current_scale()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(8.5 * scale)
        painter.setFont(font)
        text_height = painter.fontMetrics().height()
        pad = 4 * scale
        area = QRectF(pad, pad, self.width() - 2 * pad, self.height() - 2 * pad - text_height)
        top = max(self.target.value, start_value(path), *self._measured_values())

        def point(share: float, value: float) -> QPointF:
            height = 0.0 if top <= 0 else value / top
            return QPointF(
                area.left() + share * area.width(), area.bottom() - height * area.height()
            )

        painter.setPen(QPen(QColor(theme.grid), max(1.0, scale)))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        pen = QPen(QColor(theme.accent), 2.5 * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if path.kind == "per-period":
            painter.drawLine(point(0, self.target.value), point(1, self.target.value))
        else:
            painter.drawLine(point(0, start_value(path)), point(1, self.target.value))
        now = share_of_time(path, last_day(self.pack_as_of))
        dashed = QPen(QColor(theme.muted), max(1.0, scale), Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        painter.drawLine(point(now, 0), QPointF(point(now, 0).x(), area.top()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.text))
        for reading in self.target.readings:
            if reading.measures != "target":
                continue
            share = share_of_time(path, last_day(reading.as_of))
            painter.drawEllipse(point(share, in_target_unit(reading)), 3.5 * scale, 3.5 * scale)
        painter.setPen(QColor(theme.muted))
        years = QRectF(area.left(), area.bottom() + pad / 2, area.width(), text_height)
        start, end = first_day(path.start).year, last_day(path.end).year
        painter.drawText(years, Qt.AlignmentFlag.AlignLeft, format_year(start))
        painter.drawText(years, Qt.AlignmentFlag.AlignRight, format_year(end))
        painter.end()

    def _measured_values(self) -> list[float]:
        return [in_target_unit(r) for r in self.target.readings if r.measures == "target"]


def format_year(year: int) -> str:
    """A year as the language in force writes one alone (2025, 2025年)."""
    return format_date(str(year))
