"""Presentation mode in another language: the views re-word themselves live, the slides keep
the deck's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.gui.drawing.slidepainter import SlidePainter
from jvdesk.gui.show.audience import AudienceWindow
from jvdesk.gui.show.cache import SlideCache
from jvdesk.gui.show.keys import help_title, key_help
from jvdesk.gui.show.presentation import Presentation
from jvdesk.gui.show.presenter import PresenterWindow
from jvdesk.gui.show.state import Show
from tests.gui.common.catalogues import compile_catalogue, installed
from tests.gui.show.pixels import rgb

JAPANESE = [
    ("PresenterWindow", "jvdesk presenter view", "jvdesk 発表者ビュー"),
    ("PresenterWindow", "Next", "次"),
    ("PresenterWindow", "Slide {number} of {count}", "スライド {number}/{count}"),
    ("PresenterWindow", "Elapsed {time}", "経過 {time}"),
    ("PresenterWindow", "Pause timer (T)", "タイマー停止 (T)"),
    ("PresenterWindow", "End show (Esc)", "終了 (Esc)"),
    ("AudienceWindow", "jvdesk presentation", "jvdesk プレゼンテーション"),
    ("ShowKeys", "Presentation keys", "プレゼンテーションのキー"),
    ("ShowKeys", "Next slide", "次のスライド"),
    ("ShowKeys", "{keys}, click", "{keys}、クリック"),
]


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    return compile_catalogue(tmp_path, "ja", JAPANESE)


@pytest.fixture
def presenter(qtbot: QtBot, minimal_plan: DeckPlan) -> Iterator[PresenterWindow]:
    view = PresenterWindow(Show(minimal_plan), SlideCache(minimal_plan, SlidePainter()))
    qtbot.addWidget(view)
    yield view
    view.timer.stop()


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self.paints = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_presenter_view_rewords_itself_live(
    qtbot: QtBot, presenter: PresenterWindow, catalogue: Path
) -> None:
    count = presenter.show_state.count
    assert presenter.next_title.text() == "Next"
    assert presenter.position.text() == f"Slide 1 of {count}"
    with installed(catalogue):
        qtbot.waitUntil(lambda: presenter.next_title.text() == "次")
        assert presenter.windowTitle() == "jvdesk 発表者ビュー"
        assert presenter.position.text() == f"スライド 1/{count}"
        assert presenter.elapsed.text() == "経過 0:00"
        assert presenter.pause_button.text() == "タイマー停止 (T)"
        assert presenter.end_button.text() == "終了 (Esc)"
        assert presenter.reset_button.text() == "Reset timer (R)"  # not in the catalogue
        presenter.show_state.go(1)  # words set later come in the new language too
        assert presenter.position.text() == f"スライド 2/{count}"
        # The speaker notes are the plan's, in its own language: untouched.
        assert presenter.notes.toPlainText() == presenter.show_state.plan.slides[1].notes
    qtbot.waitUntil(lambda: presenter.next_title.text() == "Next")
    assert presenter.position.text() == f"Slide 2 of {count}"
    assert presenter.windowTitle() == "jvdesk presenter view"


def test_the_help_overlay_rewords_itself_live(
    qtbot: QtBot, shipped_plan: DeckPlan, catalogue: Path
) -> None:
    audience = AudienceWindow(Show(shipped_plan), SlideCache(shipped_plan, SlidePainter()))
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    audience.show_state.help = True
    audience.show()
    qtbot.waitExposed(audience)
    english = rgb(audience.grab().toImage())
    english_title = audience.help_layout().title
    counter = PaintCounter(audience)
    with installed(catalogue):
        # Nothing but the change of language asks the window to paint again.
        qtbot.waitUntil(lambda: counter.paints > 0)
        assert audience.windowTitle() == "jvdesk プレゼンテーション"
        assert help_title() == "プレゼンテーションのキー"
        rows = dict((meaning, keys) for keys, meaning in key_help())
        assert rows["次のスライド"].endswith("、クリック")
        assert len(rows) == 14
        assert audience.help_layout().title != english_title  # laid out for the new words
        assert not np.array_equal(rgb(audience.grab().toImage()), english)
    qtbot.waitUntil(lambda: audience.windowTitle() == "jvdesk presentation")
    assert help_title() == "Presentation keys"
    assert np.array_equal(rgb(audience.grab().toImage()), english)


def test_a_show_draws_its_own_words_in_the_decks_language(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    plan = plan_deck(minimal_pack, language="ja", notes_language="hi")
    show = Presentation(plan)
    qtbot.addWidget(show.audience)
    qtbot.addWidget(show.presenter)
    assert show.cache.painter.language == "ja"
    assert show.cache.painter.marking == plan.marking
    show.presenter.timer.stop()
