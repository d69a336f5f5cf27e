"""Small building blocks shared by the pages: labels, source marks and a reflowing grid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QSizePolicy, QWidget

_MARK_PAD = 2  # pixels either side of a source mark's text


def status_text(status: str) -> str:
    """A panel's editorial status in words, translated."""
    if status == "checked":
        return QCoreApplication.translate("status", "Checked against the official text")
    return QCoreApplication.translate(
        "status", "From summaries; to be checked against the official text"
    )


def section_label(title: str) -> QLabel:
    """A section heading on a page ("Targets", "Key initiatives")."""
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    return label


def text_label(text: str, name: str = "", *, selectable: bool = False) -> QLabel:
    """A wrapping label for pack text (plain text: a pack never injects markup).

    Selectable labels each carry a text document of their own, which over ten panels adds
    tens of megabytes, so only text an official would copy (quotes, notes) is selectable.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


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
        self.setToolTip(self.tr("Show the source"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setAccessibleName(self.tr("Source {mark}").replace("{mark}", mark))
        self.clicked.connect(lambda: self.activated.emit(self.source_ids))

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
        painter.setFont(self.font())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


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
        self.children_in_order.append(widget)
        self._relayout(force=True)

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
