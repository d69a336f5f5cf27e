"""A panel page reworded in place for another language, rather than built again.

A language switch used to build the page on screen anew: some 150 widgets created, set
into a scroll area, polished, laid out and painted, which took most of the switch
(README, Benchmarks). The page's shape does not depend on the language: the same cards,
charts, initiatives and quotes, with the same widgets (``PanelPage`` builds an empty label
hidden rather than leaving it out). So the switch builds the page's body in the new
language without setting it anywhere (a *shadow*: no scroll area, no polish, no layout,
no charts), and if its widgets match the page's one for one, copies their words, tooltips,
names and visibility across; the charts keep their plots and take the new words. When
the shapes differ (a pack whose translation lacks a text the other language has), the
page is built again as before.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from jvdesk.gui.common.theme import Theme
from jvdesk.gui.common.widgets import SourceMark, TextLabel
from jvdesk.gui.workspace.charttable import ChartTable
from jvdesk.gui.workspace.panelpage import PanelPage

CHART_NAMES = ("chart", "chartPlaceholder")


class ChartPlaceholder(QWidget):
    """Where a shadow page's chart goes: the spec it would show, and nothing drawn."""

    def __init__(self, spec: object) -> None:
        super().__init__()
        self.setObjectName("chartPlaceholder")
        self.spec = spec


def _walk(widget: QWidget) -> Iterator[QWidget]:
    """The widgets under ``widget``, in the order they were made; a chart as one."""
    for child in widget.children():
        if not isinstance(child, QWidget) or isinstance(child, ChartTable):
            continue
        yield child
        if child.objectName() not in CHART_NAMES:
            yield from _walk(child)


def _shape(widget: QWidget) -> str:
    if widget.objectName() in CHART_NAMES:
        return "chart"
    return f"{type(widget).__name__}#{widget.objectName()}"


def reword(page: PanelPage, shadow: PanelPage, theme: Theme, scale: float) -> bool:
    """Give ``page`` the words of ``shadow`` (the same panel in another language).

    Returns:
        False, with ``page``'s words untouched, when the two differ in shape.
    """
    for table in page.body.findChildren(ChartTable):
        table.setParent(None)  # made again, in the new words, when next asked for
        table.deleteLater()
    ours, theirs = list(_walk(page.body)), list(_walk(shadow.body))
    if [_shape(w) for w in ours] != [_shape(w) for w in theirs]:
        return False
    for mine, new in zip(ours, theirs, strict=True):
        if isinstance(mine, TextLabel) and mine.highlighted():
            mine.set_highlighted(False)  # as on a page built anew: search marks it again
        if isinstance(mine, SourceMark) and isinstance(new, SourceMark):
            mine.source_ids = new.source_ids
            mine.set_mark(new.text())
        elif isinstance(mine, QLabel | QAbstractButton) and isinstance(new, type(mine)):
            if isinstance(mine, QAbstractButton) and mine.isChecked():
                mine.setChecked(False)  # the table it showed is gone
            if mine.text() != new.text():
                mine.setText(new.text())
        mine.setToolTip(new.toolTip())
        mine.setAccessibleName(new.accessibleName())
        mine.setAccessibleDescription(new.accessibleDescription())
        # A shadow's widgets were never shown: only one hidden on purpose (an empty label)
        # is hidden; the rest would be shown with their page.
        hidden = new.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and (
            new.isHidden()
        )
        if mine.isHidden() != hidden:
            mine.setHidden(hidden)
    for chart, placeholder in zip(page.charts, shadow.charts, strict=True):
        chart.spec = placeholder.spec  # type: ignore[attr-defined]
        redraw = getattr(chart, "apply_theme", None)
        if redraw is not None:
            redraw(theme, scale)
    if shadow.fallback_note is not None:
        page.fallback_note = ours[theirs.index(shadow.fallback_note)]  # type: ignore[assignment]
    page.panel, page.pack, page.marks = shadow.panel, shadow.pack, shadow.marks
    page.setAccessibleName(shadow.accessibleName())
    return True
