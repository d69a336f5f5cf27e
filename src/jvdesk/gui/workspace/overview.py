"""The overview: the summit, one tile per panel with its headline, and what followed."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from jvdesk.core.formatting import format_date, format_date_range, format_figure
from jvdesk.core.model import Panel
from jvdesk.core.pack import ContentPack
from jvdesk.core.progress import progress
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.gui.common.widgets import (
    Box,
    FirstPaint,
    ReflowGrid,
    SourceMark,
    page_body,
    section_label,
    status_text,
    text_label,
)

TILE_WIDTH = 240  # the grid's narrowest column
# No tile is shorter than this (measured: 244 to 308 px in the shipped pack's overview), so
# a screen's height over it bounds the rows of tiles a window on that screen can show.
TILE_MIN_HEIGHT = 200
LATER_TILES = 16  # tiles added per turn of the event loop once the page has painted


def first_screen_tiles() -> int:
    """How many tiles the largest window on the screen can show before scrolling."""
    screen = QGuiApplication.primaryScreen()
    size = screen.availableSize() if screen is not None else QSize(1920, 1080)
    columns = max(1, size.width() // TILE_WIDTH)
    rows = max(1, -(-size.height() // TILE_MIN_HEIGHT))
    return columns * rows


class PanelTile(Box):
    """A clickable tile for one panel.

    Signals:
        chosen(str): the panel id, when the tile is clicked or activated by keyboard.
    """

    chosen = Signal(str)

    def __init__(self, pack: ContentPack, panel: Panel) -> None:
        super().__init__("tile")
        self.panel_id = panel.id
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint as the mouse comes and goes
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(text_label(panel.short_heading(), "tileTitle", selectable=False))
        if panel.targets:
            target = panel.targets[0]
            figure = format_figure(target.value, target.unit, target.qualifier, compact=True)
            box.addWidget(text_label(figure, "tileFigure", selectable=False))
            label = self.tr("{label}, {time_frame}").format(
                label=target.label, time_frame=target.time_frame
            )
            box.addWidget(text_label(label, "cardLabel", selectable=False))
            # Every target's status, once each: "indicator only", or "behind, on track".
            states = [progress(each, pack.meta.as_of) for each in panel.targets]
            words = list(dict.fromkeys(state.word for state in states))
            said = self.tr("Status: {status}").format(status=self.tr(", ").join(words))
            status = text_label(said, "progressStatus", selectable=False)
            meanings = dict.fromkeys(state.meaning for state in states)
            status.setToolTip("\n".join(meanings))
            box.addWidget(status)
        elif panel.figures:
            # A briefing is not a failure report: the panel's headline figure, in the
            # text's colour, where a target would be.
            key = panel.figures[0]
            value = format_figure(key.value, key.unit, key.qualifier, compact=True)
            box.addWidget(text_label(value, "tileNeutral", selectable=False))
            label = self.tr("{label}, {time_frame}").format(label=key.label, time_frame=key.as_of)
            box.addWidget(text_label(label, "cardLabel", selectable=False))
        else:
            initiative = panel.initiatives[0]
            box.addWidget(text_label(initiative.title, "tileNeutral", selectable=False))
            box.addWidget(text_label(panel.summary, "cardLabel", selectable=False))
        box.addStretch(1)
        box.addWidget(text_label(status_text(panel.status), "muted", selectable=False))
        self.setToolTip(panel.summary)
        self.setAccessibleName(panel.title)

    def emphasised(self) -> bool:
        return self.underMouse() or self.hasFocus()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(self.panel_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self.panel_id)
            return
        super().keyPressEvent(event)


class OverviewPage(QScrollArea):
    """The first page: the summit's header, the tiles, the follow-ups timeline.

    It shows the pack it is given, a localized pack in its language; the window builds it
    again when the language changes.

    Signals:
        panel_chosen(str): a tile was chosen.
        sources_requested(list): a source mark was clicked.
    """

    panel_chosen = Signal(str)
    sources_requested = Signal(list)

    def __init__(self, pack: ContentPack, marks: SourceIndex) -> None:
        super().__init__()
        self.setObjectName("page")
        self.setAccessibleName(self.tr("Overview"))  # the page takes the focus to scroll
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = page_body()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(14)

        summit = pack.meta.summit
        header = Box("header")
        head = QVBoxLayout(header)
        head.setContentsMargins(18, 14, 18, 14)
        head.addWidget(text_label(pack.title, "summitTitle"))
        when = format_date_range(summit.start_date, summit.end_date)
        summary = self.tr("{summit} · {place} · {dates}").format(
            summit=summit.title, place=summit.place, dates=when
        )
        head.addWidget(text_label(summary, "summary"))
        leaders = self.tr(" · ", "between two leaders").join(
            self.tr("{name}, {role}").format(name=leader.name, role=leader.role)
            for leader in summit.leaders
        )
        head.addWidget(text_label(leaders, "cardLabel"))
        adopted = self.tr("Adopted: {documents}").format(
            documents=self.tr("; ", "between two adopted documents").join(
                document.title for document in summit.documents
            )
        )
        head.addWidget(text_label(adopted, "muted"))
        self.as_of = text_label(
            self.tr("Information as of {date}").format(date=format_date(pack.meta.as_of)),
            "cardLabel",
        )
        head.addWidget(self.as_of)
        layout.addWidget(header)

        layout.addWidget(section_label(self.tr("The panels")))
        self.tiles: list[PanelTile] = []
        self._pack = pack
        self._grid = ReflowGrid(TILE_WIDTH)
        # The tiles a window can show are built now; a pack of many panels (100 in make
        # bench's 10× pack) gets the rest once the page has painted, a few per turn of the
        # event loop: building and laying out all 100 delayed its first paint by about
        # 150 ms. The rest come in order, within a few turns, below the first screen. A page
        # built out of sight gets them from the page stack's building ahead (``add_more``).
        first = first_screen_tiles()
        self._later = list(pack.panels[first:])
        for panel in pack.panels[:first]:
            self._add_tile(panel)
        if self._later:
            FirstPaint(body).painted.connect(self._add_more_each_turn)
        layout.addWidget(self._grid)

        if pack.meta.follow_ups:
            layout.addWidget(section_label(self.tr("Since the summit")))
            for item in pack.follow_ups():
                row = QHBoxLayout()
                date = text_label(format_date(item.date), "sectionTitle")
                date.setMinimumWidth(110)
                row.addWidget(date, 0, Qt.AlignmentFlag.AlignTop)
                text = item.title
                if item.detail:
                    text = self.tr("{title} — {detail}").format(title=text, detail=item.detail)
                row.addWidget(text_label(text, "bullet"), 1)
                mark = SourceMark(marks.cite(item.sources), item.sources)
                mark.activated.connect(self.sources_requested)
                row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
                layout.addLayout(row)
        layout.addStretch(1)
        self.setWidget(body)

    def _add_tile(self, panel: Panel) -> None:
        tile = PanelTile(self._pack, panel)
        tile.chosen.connect(self.panel_chosen)
        self._grid.add(tile)
        if self.tiles:  # a tile made later would come last in Tab's order otherwise
            QWidget.setTabOrder(self.tiles[-1], tile)
        self.tiles.append(tile)

    def add_more(self) -> None:
        """Add the next few tiles not built yet."""
        for panel in self._later[:LATER_TILES]:
            self._add_tile(panel)
        del self._later[:LATER_TILES]

    def _add_more_each_turn(self) -> None:
        self.add_more()
        if self._later:
            QTimer.singleShot(0, self, self._add_more_each_turn)  # not after the page is gone

    def complete(self) -> bool:
        """Whether every panel has its tile."""
        return not self._later
