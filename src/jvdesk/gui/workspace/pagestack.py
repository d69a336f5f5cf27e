"""The workspace's pages: the overview and a page per panel, built from the pack shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QStackedWidget, QWidget

from jvdesk.core.charts import ChartSpec
from jvdesk.core.pack import ContentPack
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.gui.common.theme import Theme
from jvdesk.gui.common.widgets import SourceMark, restyle, ring_focus
from jvdesk.gui.workspace.overview import OverviewPage
from jvdesk.gui.workspace.panelpage import ChartFactory, PanelPage, make_chart
from jvdesk.gui.workspace.relabel import ChartPlaceholder, reword

AFTER_FILL_MS = 400  # the pause after new pages (a language, a pack) before building ahead


class PageStack(QStackedWidget):
    """The pages of one pack in one language; a panel's page is built on its first visit.

    ``fill`` replaces every page, as when another pack opens or the language changes.

    Signals:
        panel_chosen(str): a tile of the overview was chosen.
        sources_requested(list): source ids whose details the user asked for.
    """

    panel_chosen = Signal(str)
    sources_requested = Signal(list)

    def __init__(self, theme: Theme, scale: float) -> None:
        super().__init__()
        self.theme = theme
        self.scale = scale
        self.pages: dict[str, QWidget] = {}
        self.pack: ContentPack | None = None
        self.marks: SourceIndex | None = None
        self._prebuild = False  # build pages ahead of their first visit
        self._scheduled = False  # a page is to be built at the event loop's next turn
        # Charts of dropped pages, by (panel id, chart id), for the pages built next.
        self._spare_charts: dict[tuple[str, str], Any] = {}
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._schedule)
        self._shown: QWidget | None = None
        self.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, index: int) -> None:
        """Let the page now shown draw itself, and stop the one hidden from drawing.

        WORKAROUND for QStackedLayout::setCurrentIndex (qtbase, src/widgets/kernel/
        qstackedlayout.cpp): it turns the stack's updates off and on around every switch,
        and QWidgetPrivate::setUpdatesEnabled_helper carries that to every descendant of
        every page. A switch then cost time in proportion to all the pages built: 2.7 ms
        with the 10× pack's 101 pages against 0.5 ms with the shipped pack's 11 (measured).
        A page whose own updates are off is skipped by that walk, so a hidden page keeps
        them off and a switch touches only the two pages it swaps.
        """
        page = self.widget(index)
        if page is self._shown:
            return
        if page is not None:
            page.setUpdatesEnabled(True)  # schedules its paint
        if self._shown is not None and self.indexOf(self._shown) >= 0:
            self._shown.setUpdatesEnabled(False)
        self._shown = page

    def fill(self, pack: ContentPack, marks: SourceIndex) -> None:
        """Drop every page; the overview and the panel pages of ``pack`` come on demand.

        The dropped pages' charts are kept for the new pages of the same pack: a chart in
        another language is the same plot with other words, and building a pyqtgraph plot
        is most of the cost of building a page (a language switch reuses them). The
        overview, too, is built when it is first shown: a switch on a panel page builds
        that page alone.
        """
        same_pack = self.pack is not None and self.pack.checksum == pack.checksum
        self._spare_charts = {}
        kept = self._reworded(pack, marks) if same_pack else None
        for page in list(self.pages.values()):
            if page is kept:
                continue
            if same_pack and isinstance(page, PanelPage):
                for chart in page.charts:
                    spec = getattr(chart, "spec", None)
                    if spec is not None:
                        chart.setParent(None)
                        self._spare_charts[(page.panel.id, spec.id)] = chart
            self.removeWidget(page)
            page.deleteLater()
        self.pack, self.marks = pack, marks
        self.pages = {kept.panel.id: kept} if kept is not None else {}
        # The other pages are built once the new one is on screen and the user has stopped
        # choosing: building the overview at once would hold up the switch they wait for.
        self._schedule(AFTER_FILL_MS)

    def _reworded(self, pack: ContentPack, marks: SourceIndex) -> PanelPage | None:
        """The panel page on screen, reworded from ``pack``, or None if it must be rebuilt."""
        page = self.currentWidget()
        if not isinstance(page, PanelPage):
            return None
        shadow = PanelPage(
            pack,
            pack.panel(page.panel.id),
            marks,
            self.theme,
            self.scale,
            lambda spec, theme, scale: ChartPlaceholder(spec),
            shadow=True,
        )
        try:
            return page if reword(page, shadow, self.theme, self.scale) else None
        finally:
            shadow.body.deleteLater()
            shadow.deleteLater()

    def overview(self) -> OverviewPage:
        """The overview page, built on its first visit."""
        page = self.page("")
        assert isinstance(page, OverviewPage)
        return page

    def page(self, panel_id: str) -> QWidget:
        """The page for a panel ("" the overview), built on its first visit."""
        if panel_id not in self.pages:
            assert self.pack is not None and self.marks is not None
            page: QWidget
            if panel_id == "":
                overview = OverviewPage(self.pack, self.marks)
                overview.panel_chosen.connect(self.panel_chosen)
                overview.sources_requested.connect(self.sources_requested)
                page = overview
            else:
                panel = self.pack.panel(panel_id)
                chart = self._chart_for(panel_id)
                built = PanelPage(
                    self.pack, panel, self.marks, self.theme, self.scale, chart, self.size()
                )
                built.sources_requested.connect(self.sources_requested)
                page = built
            ring_focus(page)  # the page (it scrolls by keyboard), its charts, their buttons
            self.pages[panel_id] = page
            self.addWidget(page)
            if self.currentWidget() is not page:
                page.setUpdatesEnabled(False)  # until shown: see _on_current_changed
        return self.pages[panel_id]

    def _chart_for(self, panel_id: str) -> ChartFactory:
        """Make a panel's charts: a kept chart redrawn with the new words, else a new one."""

        def chart(spec: ChartSpec, theme: Theme, scale: float) -> QWidget:
            kept = self._spare_charts.pop((panel_id, spec.id), None)
            if kept is None:
                return make_chart(spec, theme, scale)
            kept.spec = spec
            kept.apply_theme(theme, scale)
            widget: QWidget = kept
            return widget

        return chart

    def prebuild(self) -> None:
        """Build the panel pages one per turn of the event loop, while the user reads.

        A page is built on its first visit anyway; building it ahead of time makes that
        first visit as quick as any other. Once asked, the pages ``fill`` builds anew (in
        another language, of another pack) are built ahead too.
        """
        self._prebuild = True
        self._schedule()

    def _schedule(self, pause: int = 0) -> None:
        """Build the next page at the event loop's next turn, or ``pause`` ms from now.

        A pause restarts: choices in quick succession (a language, then another) put the
        building off until the user stops choosing.
        """
        if not self._prebuild:
            return
        if pause:
            self._later.start(pause)
        elif not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        self._scheduled = False
        overview = self.pages.get("")
        if isinstance(overview, OverviewPage) and not overview.complete():
            overview.add_more()  # its tiles first, when it was built out of sight
            if overview.complete() and overview is not self.currentWidget():
                self._lay_out(overview)
            self._schedule()
            return
        panels = self.pack.panels if self.pack is not None else ()
        remaining = [key for key in ("", *(p.id for p in panels)) if key not in self.pages]
        if remaining:
            self._lay_out(self.page(remaining[0]))
            self._schedule()

    def _lay_out(self, page: QWidget) -> None:
        """Lay a page out and draw it off screen once: its text and charts are ready to show."""
        page.resize(self.size())
        page.grab()

    def renumber(self, marks: SourceIndex) -> None:
        """Give every source mark on the built pages its number in ``marks``."""
        self.marks = marks
        for page in self.pages.values():
            for mark in page.findChildren(SourceMark):
                mark.set_mark(marks.cite(mark.source_ids))

    def highlight(self, panel_id: str, query: str, reveal: str) -> None:
        """Mark a query's matches on a panel's page and scroll to the text ``reveal``."""
        page = self.pages.get(panel_id)
        if isinstance(page, PanelPage):
            page.highlight(query, reveal=reveal)

    def clear_highlights(self) -> None:
        """Take the search marks off every page."""
        for page in self.pages.values():
            if isinstance(page, PanelPage):
                page.highlight("")

    def apply_look(self, theme: Theme, scale: float) -> None:
        """Draw every built page, charts included, in a theme at a text scale."""
        self.theme, self.scale = theme, scale
        for page in self.pages.values():
            restyle(page)
            if isinstance(page, PanelPage):
                page.apply_theme(theme, scale)

    def scrolled(self) -> float:
        """How far down the page shown is scrolled, from 0 (its top) to 1 (its end)."""
        page = self.currentWidget()
        if not isinstance(page, QAbstractScrollArea):
            return 0.0
        bar = page.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def scroll_to(self, fraction: float) -> None:
        """Scroll the page shown as far down as ``scrolled`` said, laying it out first."""
        page = self.currentWidget()
        body = page.widget() if isinstance(page, QScrollArea) else None
        if not isinstance(page, QScrollArea) or body is None or fraction <= 0:
            return
        # A page just built has no size yet, nor its text a height: give it both now.
        page.resize(self.size())
        layout = body.layout()
        if layout is not None:
            layout.activate()
        width = body.width()
        height = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        body.resize(width, height if height > 0 else body.sizeHint().height())
        bar = page.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))
