"""Small building blocks shared by the pages: labels, boxes, source marks, a reflowing grid.

They draw in the current theme (``jvdesk.gui.common.theme``) without a style sheet; ``restyle``
brings them up to date after the theme or the text scale changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)
from shiboken6 import isValid

from jvdesk.gui.common.theme import TEXT_ROLES, current_theme, focus_width, style_text

_MARK_PAD = 2  # pixels either side of a source mark's text
RADIUS = 10  # corner radius of boxes, in pixels


def sentence(reason: str) -> str:
    """A message from the core ("the pack checker stopped…") as the start of a sentence."""
    reason = reason.strip().rstrip(".")
    return reason[:1].upper() + reason[1:]


def status_text(status: str) -> str:
    """A panel's editorial status in words, translated."""
    if status == "checked":
        return QCoreApplication.translate("status", "Checked against the official text")
    return QCoreApplication.translate(
        "status", "From summaries; to be checked against the official text"
    )


class TextLabel(QLabel):
    """A label that search can highlight: the theme's highlight colours, rounded."""

    def highlighted(self) -> bool:
        return bool(self.property("highlight"))

    def set_highlighted(self, on: bool) -> None:
        """Mark the label as a search match, or clear the mark."""
        if self.highlighted() == on:
            return
        self.setProperty("highlight", on)
        self.show_highlight()

    def show_highlight(self) -> None:
        """Draw the mark (or none) in the current theme's colours."""
        if self.highlighted():
            colours = self.palette()
            colours.setColor(self.foregroundRole(), QColor(current_theme().highlight_text))
            self.setPalette(colours)
        else:
            self.setPalette(QPalette())  # back to the application's palette
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.highlighted():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(current_theme().highlight))
            painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
            painter.end()
        super().paintEvent(event)


def section_label(title: str) -> TextLabel:
    """A section heading on a page ("Targets", "Key initiatives")."""
    label = TextLabel(title)
    label.setObjectName("sectionTitle")
    style_text(label)
    return label


def text_label(text: str, name: str = "", *, selectable: bool = False) -> TextLabel:
    """A wrapping label for pack text (plain text: a pack never injects markup).

    ``name`` is its text role (``jvdesk.gui.common.theme.TEXT_ROLES``). Selectable labels each
    carry a text document of their own (about 20 KiB), so only text an official would copy
    (quotes) is selectable.
    """
    label = TextLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
        style_text(label)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)  # a wrapping label is as tall as its width makes it
    label.setSizePolicy(policy)
    return label


class Box(QFrame):
    """A rounded box in the theme's surface colour: a card, a quote, a chart's frame.

    ``accent_edge`` gives it a thick left edge in the accent colour (targets, quotes).
    """

    def __init__(self, name: str, *, accent_edge: bool = False) -> None:
        super().__init__()
        self.setObjectName(name)
        self.accent_edge = accent_edge
        self.fit_edges()

    def edge(self) -> int:
        """The width of the left edge, in pixels."""
        width = current_theme().border_width
        return max(5, 3 * width) if self.accent_edge else width

    def fit_edges(self) -> None:
        """Keep the contents clear of the edges (the high-contrast theme draws them wider)."""
        width = current_theme().border_width
        self.setContentsMargins(self.edge(), width, width, width)

    def emphasised(self) -> bool:
        """Whether the outline is the accent's focus ring (a tile under the mouse or in focus)."""
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        width = theme.border_width
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = theme.accent if self.emphasised() else theme.border
        ring = focus_width(theme) if self.emphasised() else width
        painter.setPen(QPen(QColor(outline), ring))
        painter.setBrush(QColor(theme.surface))
        inset = ring / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
        )
        if self.accent_edge:
            painter.setClipRect(QRectF(0, 0, self.edge(), self.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.accent))
            painter.drawRoundedRect(QRectF(self.rect()), RADIUS, RADIUS)


class PillLabel(TextLabel):
    """A short label in a rounded outline (a panel's editorial status)."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__(text)
        self.setObjectName(name)
        style_text(self)
        self.setContentsMargins(10, 2, 10, 2)
        self.setWordWrap(True)  # on a narrow window at a large text size it takes two lines

    def sizeHint(self) -> QSize:
        # One line when there is room (a wrapping label would otherwise guess a narrower box).
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left()
        width += margins.right() + 2
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.border), theme.border_width))
        inset = theme.border_width / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        radius = min(RADIUS, rect.height() / 2)
        painter.drawRoundedRect(rect, radius, radius)
        painter.end()
        super().paintEvent(event)


def page_body() -> QWidget:
    """The widget a page's content sits on, in the theme's window colour."""
    body = QWidget()
    body.setObjectName("pageBody")
    body.setAutoFillBackground(True)
    return body


def restyle(root: QWidget) -> None:
    """Bring every label, box and highlight under ``root`` to the current theme and scale."""
    for widget in root.findChildren(QWidget):
        if widget.objectName() in TEXT_ROLES:
            style_text(widget)
        if isinstance(widget, Box):
            widget.fit_edges()
        if isinstance(widget, TextLabel) and widget.highlighted():
            widget.show_highlight()


class SourceMark(QAbstractButton):
    """A source mark such as "[3]": clicking it (or Enter, or Space) shows its sources.

    A button that paints its own text rather than a label: a focusable label carries a
    text document of its own (about 20 KiB), and the ten panels hold some 170 marks.

    Signals:
        activated(list): the source ids behind the mark.
    """

    activated = Signal(list)

    def __init__(self, mark: str, source_ids: Sequence[str]) -> None:
        super().__init__()
        self.setText(mark)
        self.source_ids = list(source_ids)
        self.setObjectName("sourceMark")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda: self.activated.emit(self.source_ids))
        self.retranslate()

    def retranslate(self) -> None:
        """Word the tooltip and the name a screen reader says in the interface's language."""
        self.setToolTip(self.tr("Show the source"))
        self.setAccessibleName(self.tr("Source {mark}").format(mark=self.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_mark(self, mark: str) -> None:
        """Show another mark for the same sources (the sources were renumbered)."""
        if mark != self.text():
            self.setText(mark)
            self.retranslate()
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * _MARK_PAD, metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        colour = palette.color(QPalette.ColorRole.Link)
        if self.hasFocus():  # the keyboard's place: the theme's selection colours
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(self.rect(), 3, 3)
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(colour)
        font = self.font()  # the interface font, so it follows the text size
        font.setUnderline(True)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


RINGED = "jvdeskRingedFocus"  # the property ``ring_focus`` marks a keyboard stop with


class FocusRing(QWidget):
    """The keyboard focus drawn over a widget that shows none of its own (see ``ring_focus``).

    One ring for the whole application: it follows the focus (``QApplication.focusChanged``)
    onto any widget ``ring_focus`` marked, as a child laid over it, and draws a ring in the
    theme's accent colour just inside its edges, as wide as the style sheet's
    (``theme.focus_width``). Only the widget holding the focus is watched, so the rest of
    the app pays nothing for it (an event filter on every page and chart did: a language
    switch rebuilds them all). It takes no mouse events.
    """

    _ring: FocusRing | None = None
    _following = False

    @classmethod
    def follow_focus(cls) -> None:
        """Start following the focus, once for the application."""
        app = QApplication.instance()
        if not cls._following and isinstance(app, QApplication):
            # A class method, not a ring's: the ring is deleted with a page that held the
            # focus (a language switch), and a new one is made for the next focus.
            app.focusChanged.connect(cls._on_focus_changed)
            cls._following = True

    @classmethod
    def _on_focus_changed(cls, old: QWidget | None, new: QWidget | None) -> None:
        ring = cls._ring
        if ring is None or not isValid(ring):
            ring = cls._ring = FocusRing()
        ring.follow(new)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.watched: QWidget | None = None

    def follow(self, new: QWidget | None) -> None:
        """Lie over ``new`` if ``ring_focus`` marked it, else hide."""
        if self.watched is not None and isValid(self.watched):
            self._watch(self.watched, False)
        self.watched = None
        self.hide()
        if new is None or not new.property(RINGED):
            self.setParent(None)
            return
        self.watched = new
        self.setParent(new)
        self._watch(new, True)
        self._cover()

    def _watch(self, widget: QWidget, on: bool) -> None:
        for watched in (widget, *widget.findChildren(QWidget, options=DIRECT)):
            if watched is self:
                continue
            if on:
                watched.installEventFilter(self)
            else:
                watched.removeEventFilter(self)

    def _cover(self) -> None:
        if self.watched is not None:
            self.setGeometry(self.watched.rect())
            self.show()
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.watched and kind == QEvent.Type.Resize:
            self._cover()
        elif kind == QEvent.Type.ZOrderChange and self.isVisible():
            self.raise_()  # a scroll area raises its scroll bars each time it lays them out
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = current_theme()
        width = focus_width(theme)
        painter = QPainter(self)
        painter.setPen(QPen(QColor(theme.accent), width))
        inset = width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))


DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def ring_focus(root: QWidget) -> None:
    """Ring the focus of ``root`` and of every keyboard stop under it that shows none itself.

    Pages carry no style sheet (see ``theme.TEXT_ROLES``), so their scroll area, charts,
    buttons and tables would show the focus in the platform's own way: none for a scroll
    area or a chart, a faint line in Fusion's dark theme. Boxes (tiles) and source marks draw
    their own; a widget that passes its focus on to another (a viewport) needs none.
    """
    FocusRing.follow_focus()
    for widget in (root, *root.findChildren(QWidget)):
        if (
            widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
            and widget.focusProxy() is None
            and not isinstance(widget, (Box, SourceMark, FocusRing))
        ):
            widget.setProperty(RINGED, True)


class ReflowGrid(QWidget):
    """Children in as many equal columns as fit the width (cards, tiles)."""

    def __init__(self, minimum_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum_width = minimum_width
        self.children_in_order: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        self._columns = 0

    def add(self, widget: QWidget) -> None:
        """Place a widget after the others (in the next cell, unless the columns change)."""
        self.children_in_order.append(widget)
        columns = self.columns_for(max(self.width(), self.minimum_width))
        if columns != self._columns:
            self._relayout(force=True)
            return
        index = len(self.children_in_order) - 1  # not every widget again: 100 tiles
        self.grid.addWidget(widget, index // columns, index % columns)

    def columns_for(self, width: int) -> int:
        return max(1, min(len(self.children_in_order) or 1, width // self.minimum_width))

    def _relayout(self, force: bool = False) -> None:
        columns = self.columns_for(max(self.width(), self.minimum_width))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for widget in self.children_in_order:
            self.grid.removeWidget(widget)
        for index, widget in enumerate(self.children_in_order):
            self.grid.addWidget(widget, index // columns, index % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._relayout()


class FirstPaint(QObject):
    """Emits once, when the watched widget first paints (just after, in the event loop).

    Signals:
        painted(): the widget has painted for the first time.
    """

    painted = Signal()

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False
