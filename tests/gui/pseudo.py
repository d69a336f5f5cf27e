"""A pseudo-locale for tests: every word jvdesk translates, accented, 40 % longer and marked.

``pseudo("Export…")`` is "⟦Éxpõrt…···⟧": a reader sees at once which words went through a
catalogue (accented, between the markers) and which did not (plain English), and the
padding makes every translated text 40 % longer than its source, as German or Hindi often
are. ``pseudo_locale`` installs it for Qt's catalogues (a ``QTranslator`` that answers every
message) and for gettext's (``jvdesk.core.i18n.catalogue``), with jvdesk's language still
English, so the pack's own texts stay as written.

``Findings`` walks windows and reports every text of jvdesk's own that is not pseudo (it is
neither marked nor made of the pack's content) and every text cut off, each with where it is.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from jvdesk.core import i18n

OPEN, CLOSE, PAD = "⟦", "⟧", "·"
GROWTH = 0.4  # a pseudo text is this much longer than its source, in characters
ACCENTS = str.maketrans("aeioucnyAEIOUCNY", "àéîõüçñÿÀÉÎÕÜÇÑŸ")
# Kept as they are: placeholders, Qt's %n and %1, HTML entities and tags, accelerators
# (&& is a literal ampersand), file name patterns (*.pptx).
KEEP = re.compile(
    r"\{[^{}]*\}|%n|%L?\d+|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);|&&|&.|<[^<>]*>|\*\.\w+",
    re.DOTALL,
)
# Not words: Qt asks its catalogue which way text runs ("RTL" for right to left).
UNTOUCHED = frozenset({"QT_LAYOUT_DIRECTION"})


def accented(text: str) -> str:
    """``text`` with its letters accented and what code and Qt read kept: "Opéñ {name}"."""
    parts = []
    last = 0
    for kept in KEEP.finditer(text):
        parts.append(text[last : kept.start()].translate(ACCENTS))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(ACCENTS))
    return "".join(parts)


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale: accented, padded 40 % longer, between markers.

    >>> pseudo("&Open {name}…")
    '⟦&Opéñ {name}…·····⟧'
    """
    if not text or text in UNTOUCHED:
        return text
    padding = PAD * max(1, math.ceil(len(text) * GROWTH))
    return f"{OPEN}{accented(text)}{padding}{CLOSE}"


class PseudoTranslator(QTranslator):
    """A Qt catalogue with every message in it, each in its pseudo form."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text or "")

    def isEmpty(self) -> bool:
        return False


class PseudoCatalogue(gettext.NullTranslations):
    """A gettext catalogue with every message in it, each in its pseudo form."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)


@contextmanager
def pseudo_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[PseudoTranslator]:
    """Speak the pseudo-locale in the block: Qt's words and gettext's, the pack in English.

    The language in force stays English (``i18n.current() == "en"``): the pack is shown as
    written, and English's catalogue is the pseudo one.
    """
    real = i18n.catalogue
    catalogue = PseudoCatalogue()

    def choose(language: i18n.Language) -> gettext.NullTranslations:
        return catalogue if language == i18n.DEFAULT else real(language)

    monkeypatch.setattr(i18n, "catalogue", choose)
    translator = PseudoTranslator()
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        monkeypatch.setattr(i18n, "catalogue", real)


# --- telling jvdesk's words from the pack's ------------------------------------------------

_SEGMENT = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_CUT_END = re.compile(f"{OPEN}[^{CLOSE}]*$")  # elided at the end: "⟦Éxpõrt dé…"
_CUT_START = re.compile(f"^[^{OPEN}]*{CLOSE}")  # elided at the start: "…ñdõüt···⟧"


def without_pseudo(text: str) -> str:
    """``text`` with every pseudo segment (nested ones too) taken out."""
    while True:
        shorter = _SEGMENT.sub(" ", text)
        if shorter == text:
            break
        text = shorter
    return _CUT_START.sub(" ", _CUT_END.sub(" ", text))


def is_cut(text: str) -> bool:
    """Whether a pseudo text lost its start or its end (its markers do not pair up)."""
    depth = 0
    for char in text:
        if char == OPEN:
            depth += 1
        elif char == CLOSE:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def _has_letters(text: str) -> bool:
    return any(char.isalpha() for char in text)


class Content:
    """What a screen may show untranslated: the pack's own texts and names, numbers, dates.

    A text is content when, once these pieces are taken out (each as whole words), no
    letter is left: digits, punctuation, spaces and source marks ("[3]") may remain. A
    piece that is one plain word ("Target", "about", "km") counts only as a text's whole:
    inside a longer text it would hide the same word left untranslated. ``names`` (of
    jvdesk, its parts, the languages) count anywhere.
    """

    def __init__(self, pieces: Iterable[str], names: Iterable[str] = ()) -> None:
        self.pieces = {p.strip() for p in pieces if p and p.strip()}
        self.names = {n.strip() for n in names if n and n.strip()}
        self._words = {p for p in self.pieces if p.isascii() and p.isalpha()}
        found = (self.pieces - self._words) | self.names
        self._phrases = sorted(found, key=len, reverse=True)

    def with_pieces(self, pieces: Iterable[str] = (), names: Iterable[str] = ()) -> Content:
        """This content and more."""
        return Content([*self.pieces, *pieces], [*self.names, *names])

    def leftover(self, text: str) -> str:
        """What of ``text`` is neither pseudo nor content; "" when nothing is."""
        rest = without_pseudo(text)
        if not _has_letters(rest) or _bare(rest) in self._words:
            return ""
        for piece in self._phrases:
            if piece in rest:
                rest = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", rest)
                if not _has_letters(rest):
                    return ""
        return " ".join(rest.split())


def _bare(text: str) -> str:
    """``text`` without the digits, spaces and punctuation around it: "[3] km." is "km"."""
    return text.strip(" \t\n0123456789.,;:·•–—-()[]“”\"'")


# --- walking windows -----------------------------------------------------------------------


def where(widget: QWidget) -> str:
    """A widget's path from its window, by class and object name ("" names left out)."""
    names = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            name += f"#{current.objectName()}"
        if name != "QWidget" or current is widget:
            names.append(name)
        current = current.parentWidget()
    return "/".join(reversed(names))


def plain(text: str, widget: QLabel | None = None) -> str:
    """A label's text as it reads: rich text as plain text."""
    rich = widget is not None and (
        widget.textFormat() == Qt.TextFormat.RichText
        or (widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


class Findings:
    """Untranslated and clipped texts found so far, a line each, for one assertion.

    Args:
        content: what may be shown untranslated.
        skip: widgets whose texts are not checked (with everything inside them).
    """

    def __init__(self, content: Content, skip: Callable[[QWidget], bool] = lambda w: False):
        self.content = content
        self.skip = skip
        self.untranslated: list[str] = []
        self.clipped: list[str] = []
        self._seen: set[tuple[str, str]] = set()
        self.checked: list[tuple[str, str, str]] = []  # (place, kind, text) of every text

    def text(self, place: str, kind: str, text: str) -> None:
        """Check a text of jvdesk's own: pseudo, or content."""
        if not text or (place, text) in self._seen:
            return
        self._seen.add((place, text))
        self.checked.append((place, kind, text))
        for line in text.splitlines():
            left = self.content.leftover(line)
            if left:
                self.untranslated.append(f"{place}: {kind} {line!r} (left: {left!r})")

    def cut(self, place: str, what: str) -> None:
        self.clipped.append(f"{place}: {what}")

    # --- whole windows ---

    def window(self, window: QWidget, limit: tuple[int, int] | None = None) -> None:
        """Check a window and every visible widget in it; ``limit``: the screen it must fit."""
        place = where(window)
        self.text(place, "window title", window.windowTitle())
        if limit is not None and (window.width() > limit[0] or window.height() > limit[1]):
            self.cut(
                place,
                f"is {window.width()}×{window.height()}, larger than the "
                f"{limit[0]}×{limit[1]} screen (it needs "
                f"{window.minimumSizeHint().width()}×{window.minimumSizeHint().height()})",
            )
        for action in window.actions():
            self.action(place, action)
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible() and not self._skipped(widget, window):
                self.widget(widget)

    def _skipped(self, widget: QWidget, top: QWidget) -> bool:
        current: QWidget | None = widget
        while current is not None and current is not top:
            if self.skip(current):
                return True
            current = current.parentWidget()
        return False

    def action(self, place: str, action: QAction) -> None:
        """An action's text, its tool bar text and its tooltip; a submenu's too."""
        if action.isSeparator() or not action.isVisible():
            return
        name = action.text().replace("&", "") or action.objectName()
        here = f"{place} > {name}"
        self.text(here, "action", action.text())
        self.text(here, "action icon text", action.iconText())
        self.text(here, "action tooltip", action.toolTip())
        self.text(here, "action status tip", action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.menu(here, menu)

    def menu(self, place: str, menu: QMenu) -> None:
        self.text(place, "menu title", menu.title())
        self.text(place, "menu tooltip", menu.toolTip())
        for action in menu.actions():
            self.action(place, action)

    def widget(self, widget: QWidget) -> None:
        """One visible widget: its own words, and whether any is cut off."""
        place = where(widget)
        self.text(place, "tooltip", widget.toolTip())
        self.text(place, "accessible name", widget.accessibleName())
        self.text(place, "accessible description", widget.accessibleDescription())
        if isinstance(widget, QDockWidget):
            self.text(place, "dock title", widget.windowTitle())
        if isinstance(widget, QLabel):
            self.label(place, widget)
        elif isinstance(widget, QAbstractButton):
            self.button(place, widget)
        elif isinstance(widget, QLineEdit):
            self.text(place, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.text(place, "combo box item", widget.itemText(index))
            line = widget.lineEdit()
            if line is not None:
                self.text(place, "placeholder", line.placeholderText())
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                self.text(place, "list item", item.text())
                self.text(place, "list item tooltip", item.toolTip())
        elif isinstance(widget, QGroupBox):
            self.text(place, "group box title", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.text(place, "tab", widget.tabText(index))
        elif isinstance(widget, QAbstractSpinBox):
            self.text(place, "spin box text", widget.specialValueText())
            self.text(place, "spin box affix", getattr(widget, "suffix", str)())
            self.text(place, "spin box affix", getattr(widget, "prefix", str)())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            self.text(place, "text", widget.toPlainText())
        elif isinstance(widget, QMenu):
            self.menu(place, widget)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                self.action(place, action)
        elif isinstance(widget, QToolBar):
            self.text(place, "tool bar title", widget.windowTitle())

    def label(self, place: str, label: QLabel) -> None:
        text = plain(label.text(), label)
        self.text(place, "label", text)
        if not text.strip():
            return
        room = label.contentsRect()
        metrics = label.fontMetrics()
        if label.buddy() is not None:  # "&Name:" shows as "Name:", its N underlined
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if is_cut(text) and not label.toolTip():
            self.cut(place, f"{text!r} is elided and has no tooltip")
        if label.wordWrap():
            flags = int(Qt.TextFlag.TextWordWrap)
            needed = metrics.boundingRect(QRect(0, 0, room.width(), 1_000_000), flags, text)
            # Japanese hangs a comma or full stop past the line's end rather than start a
            # line with it (burasagari): up to one character over is typesetting, not a cut.
            if needed.width() > room.width() + metrics.horizontalAdvance("、"):
                self.cut(place, f"{text!r} has a word wider than its {room.width()} pixels")
            if label.height() < label.heightForWidth(label.width()):
                self.cut(
                    place,
                    f"{text!r} needs {label.heightForWidth(label.width())} pixels of height, "
                    f"has {label.height()}",
                )
            return
        width = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        if width > room.width() + 1:
            self.cut(place, f"{text!r} needs {width} pixels, has {room.width()}")

    def button(self, place: str, button: QAbstractButton) -> None:
        text = button.text()
        self.text(place, "button", text)
        if isinstance(button, QToolButton) and button.objectName() == "qt_toolbar_ext_button":
            self.cut(place, "the tool bar is too narrow: some of it hides behind »")
            return
        if text and button.sizeHint().width() > button.width():
            self.cut(
                place,
                f"{text!r} needs {button.sizeHint().width()} pixels, has {button.width()}",
            )


def report(title: str, lines: list[str]) -> str:
    """An assertion message: a title and a line per finding."""
    return "\n".join([f"{title} ({len(lines)}):", *(f"  {line}" for line in lines)])


def strings_of(value: Any) -> Iterator[str]:
    """Every string in a dataclass tree (a deck plan's slides, say), depth first."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_of(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            yield from strings_of(getattr(value, name))
