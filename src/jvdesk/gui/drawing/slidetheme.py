"""Colours for drawn slides (presentation mode and the PDF handout)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class SlideTheme:
    """The colours a slide is drawn in; the light theme matches jvdesk's deck template."""

    background: QColor
    text: QColor
    muted: QColor
    title: QColor
    accent: QColor
    grid: QColor
    header_fill: QColor
    header_text: QColor
    band_fill: QColor
    series: tuple[QColor, ...]


LIGHT = SlideTheme(
    background=QColor("#FFFFFF"),
    text=QColor("#111827"),
    muted=QColor("#4B5563"),
    title=QColor("#0B2545"),
    accent=QColor("#B3001B"),
    grid=QColor("#D0D0D0"),
    header_fill=QColor("#B3001B"),
    header_text=QColor("#FFFFFF"),
    band_fill=QColor("#F3E6E8"),
    series=(QColor("#B3001B"), QColor("#D35400"), QColor("#0B7A35"), QColor("#0B2545")),
)
