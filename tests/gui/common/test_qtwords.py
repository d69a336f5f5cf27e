"""Qt's own standard buttons in the interface's language, Hindi included (no qtbase_hi)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from jvdesk.gui.common import language


@pytest.fixture
def back_to_english(qapp: object) -> Iterator[None]:
    yield
    language.apply("en")


@pytest.mark.usefixtures("back_to_english")
@pytest.mark.parametrize(
    ("chosen", "cancel", "close"),
    [("ja", "キャンセル", "閉じる"), ("hi", "रद्द करें", "बंद करें"), ("en", "Cancel", "Close")],
)
def test_standard_buttons_speak_the_language(chosen: str, cancel: str, close: str) -> None:
    assert language.apply(chosen)  # type: ignore[arg-type]
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == close


@pytest.mark.usefixtures("back_to_english")
def test_a_language_names_its_bundled_font_after_the_interfaces() -> None:
    # Qt then takes Japanese and Devanagari glyphs from the bundled fonts without asking
    # fontconfig for a fallback; Latin text keeps the interface's font.
    interface = QGuiApplication.font().families()[:1]
    language.apply("ja")
    assert QGuiApplication.font().families() == [*interface, "Noto Sans CJK JP"]
    language.apply("hi")
    assert QGuiApplication.font().families() == [*interface, "Noto Sans Devanagari"]
    language.apply("en")
    assert QGuiApplication.font().families() == interface
