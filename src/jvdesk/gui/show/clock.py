"""The presenter's clock: elapsed time with pause, and whether the talk keeps its pace."""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

Clock = Callable[[], float]


class Pace(Enum):
    """How the talk stands against the briefing's duration."""

    ON_PACE = "on pace"
    BEHIND = "behind"
    OVER = "over"


class ShowClock:
    """Elapsed time of a show, which can be paused, resumed and reset.

    Args:
        clock: a monotonic clock in seconds (tests pass their own, so no test sleeps).
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def elapsed(self) -> float:
        """Seconds since the start, pauses excluded."""
        now = self._paused_at if self._paused_at is not None else self._clock()
        return max(0.0, now - self._started - self._paused_total)

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def toggle(self) -> None:
        """Pause when running, resume when paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def reset(self) -> None:
        """Start again from zero (staying paused if it was)."""
        self._started = self._clock()
        self._paused_total = 0.0
        if self._paused_at is not None:
            self._paused_at = self._started

    def pace(self, slide: int, slides: int, duration_minutes: int) -> Pace:
        """Over the duration, behind the share of it the slides so far may take, or on pace.

        Args:
            slide: the current slide, counted from 0.
            slides: how many slides the show has.
            duration_minutes: the briefing's duration.
        """
        budget = duration_minutes * 60.0
        elapsed = self.elapsed()
        if elapsed > budget:
            return Pace.OVER
        share = (slide + 1) / max(1, slides)
        return Pace.BEHIND if elapsed > budget * share else Pace.ON_PACE


def clock_text(seconds: float) -> str:
    """Seconds as H:MM:SS or M:SS, with a minus sign for negative values."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02}:{secs:02}" if hours else f"{sign}{minutes}:{secs:02}"
