"""The presenter's clock, with a clock the test moves by hand."""

from __future__ import annotations

import pytest

from jvdesk.gui.show.clock import Pace, ShowClock, clock_text


class Hand:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def test_elapsed_excludes_pauses() -> None:
    hand = Hand()
    clock = ShowClock(hand)
    hand.now += 30
    clock.pause()
    hand.now += 100
    assert clock.paused and clock.elapsed() == 30
    clock.toggle()
    hand.now += 5
    assert not clock.paused and clock.elapsed() == 35


def test_reset_starts_from_zero_and_keeps_a_pause() -> None:
    hand = Hand()
    clock = ShowClock(hand)
    hand.now += 50
    clock.pause()
    clock.reset()
    hand.now += 20
    assert clock.elapsed() == 0 and clock.paused
    clock.resume()
    hand.now += 7
    assert clock.elapsed() == 7


@pytest.mark.parametrize(
    ("seconds", "slide", "expected"),
    [
        (149, 0, Pace.ON_PACE),  # slide 1 of 8 of 20 minutes is worth 2:30
        (151, 0, Pace.BEHIND),
        (151, 1, Pace.ON_PACE),
        (20 * 60 + 1, 7, Pace.OVER),
    ],
)
def test_pace(seconds: float, slide: int, expected: Pace) -> None:
    hand = Hand()
    clock = ShowClock(hand)
    hand.now += seconds
    assert clock.pace(slide, 8, 20) is expected


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (65, "1:05"), (3600 + 62, "1:01:02"), (-75, "-1:15"), (59.9, "0:59")],
)
def test_clock_text(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text
